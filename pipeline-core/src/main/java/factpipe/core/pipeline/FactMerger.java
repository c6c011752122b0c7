package factpipe.core.pipeline;

import factpipe.core.fact.Fact;
import factpipe.core.fact.FactType;
import factpipe.core.fact.FactValue;
import factpipe.core.fact.OrganizationValue;
import factpipe.core.fact.TreatyValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * Merges the facts of several extractors into one consistent set for a document.
 *
 * <ol>
 *   <li>Same-type overlaps: the longer span wins; on equal length, the extractor registered
 *       earlier (the more specific one) wins; then the earlier start. Facts of different types
 *       may nest inside a name, except that a body named inside a treaty's name is not a fact
 *       there (fact guide: "United Nations" inside "United Nations Convention against ..."), nor
 *       is a treaty named inside a body's name ("ReCAAP" inside "ReCAAP Information Sharing
 *       Centre"). A number inside a date is a day or a year of it, never a count: a COUNT within
 *       a DATE's span goes ("from 11 to 15 November", "3 and 4 September"). The date grammar
 *       knows every form a date takes, so the count reader need not repeat it.</li>
 *   <li>One canonical value per entity: organisation and treaty mentions that name the same
 *       entity (same acronym, or same name) all take the most complete value among them.</li>
 *   <li>Canonical order: span start, span end, type.</li>
 * </ol>
 */
public final class FactMerger {

    private final ToIntFunction<String> extractorRank;

    /** @param extractorRank rank of an extractor id, lower = more specific */
    public FactMerger(ToIntFunction<String> extractorRank) {
        this.extractorRank = extractorRank;
    }

    public List<Fact> merge(List<Fact> facts) {
        Map<FactType, List<Fact>> byType = new EnumMap<>(FactType.class);
        for (Fact f : facts) {
            byType.computeIfAbsent(f.type(), t -> new ArrayList<>()).add(f);
        }
        dropInside(byType, FactType.TREATY, FactType.ORGANIZATION, true);
        dropInside(byType, FactType.ORGANIZATION, FactType.TREATY, false);
        dropInside(byType, FactType.COUNT, FactType.DATE, false);
        List<Fact> merged = new ArrayList<>();
        for (List<Fact> sameType : byType.values()) {
            merged.addAll(unify(dropOverlaps(sameType)));
        }
        merged.sort(Fact.CANONICAL_ORDER);
        return merged;
    }

    /** Removes the facts of type {@code inner} whose span lies within a fact of type {@code outer}. */
    /** Drops the facts of type {@code inner} inside a fact of type {@code outer} ({@code strictly}: shorter than it). */
    private static void dropInside(Map<FactType, List<Fact>> byType, FactType inner, FactType outer, boolean strictly) {
        List<Fact> outers = byType.getOrDefault(outer, List.of());
        List<Fact> inners = byType.get(inner);
        if (!outers.isEmpty() && inners != null) {
            inners.removeIf(f -> outers.stream().anyMatch(o -> o.span().contains(f.span()) && !(strictly && o.span().equals(f.span()))));
        }
    }

    private List<Fact> dropOverlaps(List<Fact> facts) {
        List<Fact> byPriority = new ArrayList<>(facts);
        byPriority.sort(Comparator.<Fact>comparingInt(f -> -f.span().length())
                .thenComparingInt(f -> extractorRank.applyAsInt(f.extractor()))
                .thenComparing(Fact::span));
        List<Fact> kept = new ArrayList<>();
        // kept spans are disjoint; a TreeMap by start would make this O(n log n), but the
        // facts of one type in one document number in the hundreds
        for (Fact candidate : byPriority) {
            if (kept.stream().noneMatch(k -> k.span().overlaps(candidate.span()))) {
                kept.add(candidate);
            }
        }
        return kept;
    }

    /** Gives every mention of the same organisation or treaty the most complete value among them. */
    private static List<Fact> unify(List<Fact> facts) {
        Map<String, FactValue> best = new HashMap<>();
        for (Fact f : facts) {
            for (String key : entityKeys(f.value())) {
                best.merge(key, f.value(), FactMerger::moreComplete);
            }
        }
        List<Fact> out = new ArrayList<>(facts.size());
        for (Fact f : facts) {
            FactValue value = f.value();
            for (String key : entityKeys(f.value())) {
                value = moreComplete(value, best.get(key));
            }
            out.add(value.equals(f.value()) ? f : f.withValue(value));
        }
        return out;
    }

    private static List<String> entityKeys(FactValue v) {
        if (v instanceof OrganizationValue o) {
            return keys("org", o.name(), o.acronym(), o.country());
        }
        if (v instanceof TreatyValue t) {
            return keys("treaty", t.name(), t.acronym(), null);
        }
        return List.of();
    }

    private static List<String> keys(String kind, String name, String acronym, String country) {
        // the country keeps Japan's and Korea's "National Police Agency" apart
        String scope = kind + "|" + (country == null ? "" : country) + "|";
        return acronym == null ? List.of(scope + "n:" + name) : List.of(scope + "n:" + name, scope + "a:" + acronym);
    }

    private static FactValue moreComplete(FactValue a, FactValue b) {
        return completeness(b) > completeness(a) ? b : a;
    }

    private static int completeness(FactValue v) {
        if (v instanceof OrganizationValue o) {
            return (o.acronym() != null ? 2 : 0) + (o.country() != null ? 1 : 0) + o.name().length() * 4;
        }
        if (v instanceof TreatyValue t) {
            return (t.acronym() != null ? 2 : 0) + t.name().length() * 4;
        }
        return 0;
    }
}
