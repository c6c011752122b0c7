package factpipe.core.eval;

import factpipe.core.fact.FactType;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** Counts per fact type (every type present) and overall; sums micro-average across documents. */
public record ScoreSheet(Map<FactType, LevelCounts> byType) {

    public static final ScoreSheet EMPTY = new ScoreSheet(Map.of());

    public ScoreSheet {
        Map<FactType, LevelCounts> all = new EnumMap<>(FactType.class);
        for (FactType t : FactType.values()) {
            all.put(t, byType.getOrDefault(t, LevelCounts.ZERO));
        }
        byType = Collections.unmodifiableMap(all);
    }

    public LevelCounts get(FactType type) {
        return byType.get(type);
    }

    public LevelCounts overall() {
        return byType.values().stream().reduce(LevelCounts.ZERO, LevelCounts::plus);
    }

    public ScoreSheet plus(ScoreSheet o) {
        Map<FactType, LevelCounts> sum = new EnumMap<>(FactType.class);
        for (FactType t : FactType.values()) {
            sum.put(t, get(t).plus(o.get(t)));
        }
        return new ScoreSheet(sum);
    }
}
