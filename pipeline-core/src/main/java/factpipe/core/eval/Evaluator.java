package factpipe.core.eval;

import factpipe.core.diff.DocumentFacts;
import factpipe.core.diff.FactChange;
import factpipe.core.diff.FactDiff;
import factpipe.core.diff.FactDiffer;
import factpipe.core.fact.Fact;
import factpipe.core.fact.FactType;
import factpipe.core.fact.FactValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores predicted fact sets against gold ones, document by document, at the three {@link Level}s.
 * Values are compared as the fact guide writes them ({@link FactValue}); the extractor and the
 * code-point span play no part.
 *
 * <ul>
 *   <li>strict: the pairs of the {@link FactDiffer} diff (gold as OLD, prediction as NEW) with
 *       the same span and value, so the missed and spurious facts are exactly the rest of that
 *       diff;</li>
 *   <li>lenient: a maximum one-to-one matching of same-value facts whose spans overlap;</li>
 *   <li>distinct: the sets of values per type.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class Evaluator {

    private final FactDiffer differ;

    public Evaluator() {
        this(new FactDiffer());
    }

    public Evaluator(FactDiffer differ) {
        this.differ = differ;
    }

    /** Gold documents paired with predictions by id; predictions without gold are listed as unscored. */
    public Evaluation evaluate(Map<String, DocumentFacts> gold, Map<String, DocumentFacts> predicted) {
        List<DocumentEvaluation> documents = new ArrayList<>();
        for (Map.Entry<String, DocumentFacts> e : gold.entrySet()) {
            DocumentFacts p = predicted.get(e.getKey());
            documents.add(p == null ? notPredicted(e.getKey(), e.getValue()) : evaluate(e.getKey(), e.getValue(), p));
        }
        List<String> unscored = predicted.keySet().stream().filter(id -> !gold.containsKey(id)).toList();
        return new Evaluation(documents, unscored);
    }

    public DocumentEvaluation evaluate(String id, DocumentFacts gold, DocumentFacts predicted) {
        return score(id, DocumentEvaluation.Status.SCORED, gold, predicted);
    }

    /** A gold document with no prediction: scored against no facts, so every gold fact is missed. */
    public DocumentEvaluation notPredicted(String id, DocumentFacts gold) {
        return score(id, DocumentEvaluation.Status.NOT_PREDICTED, gold, gold.withoutFacts());
    }

    private DocumentEvaluation score(String id, DocumentEvaluation.Status status, DocumentFacts gold, DocumentFacts predicted) {
        FactDiff diff = differ.diff(gold, predicted);
        Map<FactType, int[]> strict = tally();
        for (Fact f : diff.unchanged()) {
            strict.get(f.type())[0]++;
        }
        for (FactChange c : diff.changes()) {
            if (c.sameSpanAndValue()) {
                strict.get(c.type())[0]++;
            }
        }
        Map<FactType, List<Fact>> goldByType = byType(gold.facts());
        Map<FactType, List<Fact>> predByType = byType(predicted.facts());
        Map<FactType, LevelCounts> byType = new EnumMap<>(FactType.class);
        for (FactType t : FactType.values()) {
            List<Fact> g = goldByType.get(t);
            List<Fact> p = predByType.get(t);
            Counts s = new Counts(strict.get(t)[0], p.size(), g.size());
            Counts l = new Counts(lenientMatches(g, p), p.size(), g.size());
            Set<FactValue> gv = new HashSet<>();
            g.forEach(f -> gv.add(f.value()));
            Set<FactValue> pv = new HashSet<>();
            p.forEach(f -> pv.add(f.value()));
            int both = (int) gv.stream().filter(pv::contains).count();
            byType.put(t, new LevelCounts(s, l, new Counts(both, pv.size(), gv.size())));
        }
        return new DocumentEvaluation(id, status, new ScoreSheet(byType), diff);
    }

    /** The size of a maximum matching of same-value facts with overlapping spans (augmenting paths). */
    static int lenientMatches(List<Fact> gold, List<Fact> predicted) {
        Map<FactValue, List<Fact>> predByValue = new LinkedHashMap<>();
        predicted.forEach(f -> predByValue.computeIfAbsent(f.value(), v -> new ArrayList<>()).add(f));
        Map<FactValue, List<Fact>> goldByValue = new LinkedHashMap<>();
        gold.forEach(f -> goldByValue.computeIfAbsent(f.value(), v -> new ArrayList<>()).add(f));
        int matched = 0;
        for (Map.Entry<FactValue, List<Fact>> e : goldByValue.entrySet()) {
            List<Fact> p = predByValue.get(e.getKey());
            if (p != null) {
                matched += maximumMatching(e.getValue(), p);
            }
        }
        return matched;
    }

    private static int maximumMatching(List<Fact> gold, List<Fact> predicted) {
        List<int[]> candidates = new ArrayList<>();
        for (Fact g : gold) {
            List<Integer> overlapping = new ArrayList<>();
            for (int j = 0; j < predicted.size(); j++) {
                if (g.span().overlaps(predicted.get(j).span())) {
                    overlapping.add(j);
                }
            }
            // the largest overlap first, so that the matching found pairs the likeliest mentions
            overlapping.sort(Comparator.comparingInt((Integer j) -> -overlap(g, predicted.get(j))).thenComparingInt(j -> j));
            candidates.add(overlapping.stream().mapToInt(Integer::intValue).toArray());
        }
        int[] goldOfPred = new int[predicted.size()];
        Arrays.fill(goldOfPred, -1);
        int matched = 0;
        for (int i = 0; i < gold.size(); i++) {
            if (augment(i, candidates, goldOfPred, new boolean[predicted.size()])) {
                matched++;
            }
        }
        return matched;
    }

    private static boolean augment(int g, List<int[]> candidates, int[] goldOfPred, boolean[] seen) {
        for (int p : candidates.get(g)) {
            if (seen[p]) {
                continue;
            }
            seen[p] = true;
            if (goldOfPred[p] < 0 || augment(goldOfPred[p], candidates, goldOfPred, seen)) {
                goldOfPred[p] = g;
                return true;
            }
        }
        return false;
    }

    private static int overlap(Fact a, Fact b) {
        return Math.min(a.span().end(), b.span().end()) - Math.max(a.span().start(), b.span().start());
    }

    private static Map<FactType, int[]> tally() {
        Map<FactType, int[]> m = new EnumMap<>(FactType.class);
        for (FactType t : FactType.values()) {
            m.put(t, new int[1]);
        }
        return m;
    }

    private static Map<FactType, List<Fact>> byType(List<Fact> facts) {
        Map<FactType, List<Fact>> m = new EnumMap<>(FactType.class);
        for (FactType t : FactType.values()) {
            m.put(t, new ArrayList<>());
        }
        facts.forEach(f -> m.get(f.type()).add(f));
        return m;
    }
}
