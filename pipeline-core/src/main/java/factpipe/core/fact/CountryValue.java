package factpipe.core.fact;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A state or territory by its ISO 3166-1 alpha-2 code and its one fixed English short name;
 * {@code adjective} marks a demonym or adjectival mention ("Japanese citizens").
 */
public record CountryValue(String iso2, String name, boolean adjective) implements FactValue {

    private static final Pattern ISO2 = Pattern.compile("[A-Z]{2}");

    public CountryValue {
        Objects.requireNonNull(name, "name");
        if (iso2 == null || !ISO2.matcher(iso2).matches()) {
            throw new IllegalArgumentException("not an ISO 3166-1 alpha-2 code: " + iso2);
        }
    }

    @Override
    public FactType type() {
        return FactType.COUNTRY;
    }
}
