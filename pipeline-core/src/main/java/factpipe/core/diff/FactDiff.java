package factpipe.core.diff;

import factpipe.core.fact.Fact;
import factpipe.core.fact.FactType;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The differences between two fact sets of one document, in {@link FactChange#ORDER}, and the NEW
 * facts that are the same in OLD (type, span, text and value).
 */
public record FactDiff(String documentId, List<FactChange> changes, List<Fact> unchanged) {

    public FactDiff {
        Objects.requireNonNull(documentId, "documentId");
        changes = changes.stream().sorted(FactChange.ORDER).toList();
        unchanged = unchanged.stream().sorted(Fact.CANONICAL_ORDER).toList();
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    public int count(ChangeKind kind) {
        return (int) changes.stream().filter(c -> c.kind() == kind).count();
    }

    /** Per kind of change, how many there are (every kind present, zeros included). */
    public Map<ChangeKind, Integer> countsByKind() {
        Map<ChangeKind, Integer> counts = zeros();
        changes.forEach(c -> counts.merge(c.kind(), 1, Integer::sum));
        return Collections.unmodifiableMap(counts);
    }

    /** Per fact type with at least one change, how many changes of each kind. */
    public Map<FactType, Map<ChangeKind, Integer>> countsByType() {
        Map<FactType, Map<ChangeKind, Integer>> counts = new EnumMap<>(FactType.class);
        for (FactChange c : changes) {
            counts.computeIfAbsent(c.type(), t -> zeros()).merge(c.kind(), 1, Integer::sum);
        }
        counts.replaceAll((t, m) -> Collections.unmodifiableMap(m));
        return Collections.unmodifiableMap(counts);
    }

    private static Map<ChangeKind, Integer> zeros() {
        Map<ChangeKind, Integer> m = new EnumMap<>(ChangeKind.class);
        for (ChangeKind k : ChangeKind.values()) {
            m.put(k, 0);
        }
        return m;
    }
}
