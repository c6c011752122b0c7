package factpipe.core.eval;

import java.util.Objects;

/** The counts at each of the three levels. */
public record LevelCounts(Counts strict, Counts lenient, Counts distinct) {

    public static final LevelCounts ZERO = new LevelCounts(Counts.ZERO, Counts.ZERO, Counts.ZERO);

    public LevelCounts {
        Objects.requireNonNull(strict, "strict");
        Objects.requireNonNull(lenient, "lenient");
        Objects.requireNonNull(distinct, "distinct");
    }

    public Counts get(Level level) {
        return switch (level) {
            case STRICT -> strict;
            case LENIENT -> lenient;
            case DISTINCT -> distinct;
        };
    }

    public LevelCounts plus(LevelCounts o) {
        return new LevelCounts(strict.plus(o.strict), lenient.plus(o.lenient), distinct.plus(o.distinct));
    }
}
