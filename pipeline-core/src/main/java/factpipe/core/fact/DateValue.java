package factpipe.core.fact;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A calendar point or period in EDTF (ISO 8601-2 level 0/1): "1952", "2014-02", "2003-08-05",
 * "1996/2000", "1975/..", "197X", "XXXX-10-12". {@code mod} may be null; {@code fiscal} marks a
 * Japanese fiscal year (April to March).
 */
public record DateValue(String edtf, DateModifier mod, boolean fiscal) implements FactValue {

    private static final String POINT = "(?:[0-9X]{4}(?:-[0-9X]{2}(?:-[0-9X]{2})?)?|[0-9]{2}XX|[0-9]{3}X)";
    private static final Pattern EDTF = Pattern.compile(POINT + "(?:/(?:" + POINT + "|\\.\\.))?|\\.\\./" + POINT);

    public DateValue {
        Objects.requireNonNull(edtf, "edtf");
        if (!EDTF.matcher(edtf).matches()) {
            throw new IllegalArgumentException("not an EDTF date: " + edtf);
        }
    }

    public static DateValue of(String edtf) {
        return new DateValue(edtf, null, false);
    }

    @Override
    public FactType type() {
        return FactType.DATE;
    }
}
