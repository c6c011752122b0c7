package factpipe.core.fact;

import factpipe.core.document.DocumentInfo;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.EnumMap;

/** All facts of one document, in canonical order, with the description of the document. */
public record FactSet(DocumentInfo document, List<Fact> facts) {

    public FactSet {
        Objects.requireNonNull(document, "document");
        facts = facts.stream().sorted(Fact.CANONICAL_ORDER).toList();
    }

    public Map<FactType, Integer> countsByType() {
        Map<FactType, Integer> counts = new EnumMap<>(FactType.class);
        for (FactType t : FactType.values()) {
            counts.put(t, 0);
        }
        facts.forEach(f -> counts.merge(f.type(), 1, Integer::sum));
        return counts;
    }
}
