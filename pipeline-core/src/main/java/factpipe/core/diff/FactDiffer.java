package factpipe.core.diff;

import factpipe.core.fact.Fact;
import factpipe.core.fact.FactType;
import factpipe.core.fact.FactValue;
import factpipe.core.fact.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Compares two fact sets of the same document, OLD and NEW.
 *
 * <ol>
 *   <li>Facts of the same type and span are paired; where several share a span, equal values
 *       are paired first. A pair is unchanged, {@link ChangeKind#VALUE_CHANGED} or, when the text
 *       at the span differs, {@link ChangeKind#TEXT_CHANGED}.</li>
 *   <li>Among the rest, facts of the same value (and so the same type) are paired, nearest
 *       spans first: the occurrences of each value are aligned in document order so that the
 *       total distance is smallest (on a line, the cheapest pairing never crosses), so when text
 *       is inserted above, every later fact pairs with its own shifted copy. A pair is
 *       {@link ChangeKind#MOVED}, or {@link ChangeKind#TEXT_CHANGED} when the surface text
 *       differs.</li>
 *   <li>The rest are {@link ChangeKind#REMOVED} (OLD) and {@link ChangeKind#ADDED} (NEW).</li>
 * </ol>
 *
 * Values are compared as the fact guide writes them ({@link FactValue}): the extractor and the
 * code-point span play no part. Stateless and thread-safe.
 */
public final class FactDiffer {

    private final int contextWords;

    public FactDiffer() {
        this(Context.WORDS);
    }

    public FactDiffer(int contextWords) {
        if (contextWords < 0) {
            throw new IllegalArgumentException("contextWords < 0");
        }
        this.contextWords = contextWords;
    }

    private record SpanKey(FactType type, Span span) {
        static SpanKey of(Fact f) {
            return new SpanKey(f.type(), f.span());
        }
    }

    public FactDiff diff(DocumentFacts oldFacts, DocumentFacts newFacts) {
        DocumentFacts oldSide = oldFacts.withTextFrom(newFacts);
        DocumentFacts newSide = newFacts.withTextFrom(oldFacts);
        List<Fact> olds = oldSide.facts();
        List<Fact> news = newSide.facts();
        int[] partnerOfOld = new int[olds.size()];
        boolean[] newTaken = new boolean[news.size()];
        Arrays.fill(partnerOfOld, -1);

        List<FactChange> changes = new ArrayList<>();
        List<Fact> unchanged = new ArrayList<>();

        // 1. same type and span; equal values first, so that duplicates pair as well as they can
        Map<SpanKey, List<Integer>> newBySpan = new HashMap<>();
        for (int j = 0; j < news.size(); j++) {
            newBySpan.computeIfAbsent(SpanKey.of(news.get(j)), k -> new ArrayList<>()).add(j);
        }
        for (boolean equalValueOnly : new boolean[] {true, false}) {
            for (int i = 0; i < olds.size(); i++) {
                if (partnerOfOld[i] >= 0) {
                    continue;
                }
                for (int j : newBySpan.getOrDefault(SpanKey.of(olds.get(i)), List.of())) {
                    if (!newTaken[j] && (!equalValueOnly || olds.get(i).value().equals(news.get(j).value()))) {
                        partnerOfOld[i] = j;
                        newTaken[j] = true;
                        break;
                    }
                }
            }
        }
        for (int i = 0; i < olds.size(); i++) {
            if (partnerOfOld[i] >= 0) {
                Fact o = olds.get(i);
                Fact n = news.get(partnerOfOld[i]);
                if (!o.text().equals(n.text())) {
                    changes.add(paired(ChangeKind.TEXT_CHANGED, o, n, oldSide, newSide));
                } else if (!o.value().equals(n.value())) {
                    changes.add(paired(ChangeKind.VALUE_CHANGED, o, n, oldSide, newSide));
                } else {
                    unchanged.add(n);
                }
            }
        }

        // 2. same value, nearest span first
        Map<FactValue, List<Integer>> oldByValue = new LinkedHashMap<>();
        for (int i = 0; i < olds.size(); i++) {
            if (partnerOfOld[i] < 0) {
                oldByValue.computeIfAbsent(olds.get(i).value(), k -> new ArrayList<>()).add(i);
            }
        }
        Map<FactValue, List<Integer>> newByValue = new HashMap<>();
        for (int j = 0; j < news.size(); j++) {
            if (!newTaken[j]) {
                newByValue.computeIfAbsent(news.get(j).value(), k -> new ArrayList<>()).add(j);
            }
        }
        for (Map.Entry<FactValue, List<Integer>> e : oldByValue.entrySet()) {
            List<Integer> candidates = newByValue.get(e.getKey());
            if (candidates == null) {
                continue;
            }
            List<Integer> oldIdx = e.getValue();
            int[] match = align(spans(olds, oldIdx), spans(news, candidates));
            for (int k = 0; k < oldIdx.size(); k++) {
                if (match[k] < 0) {
                    continue;
                }
                int i = oldIdx.get(k);
                int j = candidates.get(match[k]);
                partnerOfOld[i] = j;
                newTaken[j] = true;
                Fact o = olds.get(i);
                Fact n = news.get(j);
                ChangeKind kind = o.text().equals(n.text()) ? ChangeKind.MOVED : ChangeKind.TEXT_CHANGED;
                changes.add(paired(kind, o, n, oldSide, newSide));
            }
        }

        // 3. the rest
        for (int i = 0; i < olds.size(); i++) {
            if (partnerOfOld[i] < 0) {
                changes.add(FactChange.removed(olds.get(i), context(oldSide, olds.get(i))));
            }
        }
        for (int j = 0; j < news.size(); j++) {
            if (!newTaken[j]) {
                changes.add(FactChange.added(news.get(j), context(newSide, news.get(j))));
            }
        }
        return new FactDiff(newFacts.id(), changes, unchanged);
    }

    /** Documents paired by id; a document on one side only is compared with no facts. */
    public FolderDiff diff(Map<String, DocumentFacts> oldDocuments, Map<String, DocumentFacts> newDocuments) {
        TreeSet<String> ids = new TreeSet<>(oldDocuments.keySet());
        ids.addAll(newDocuments.keySet());
        List<DocumentDiff> documents = new ArrayList<>();
        for (String id : ids) {
            DocumentFacts o = oldDocuments.get(id);
            DocumentFacts n = newDocuments.get(id);
            if (o != null && n != null) {
                documents.add(new DocumentDiff(id, DocumentDiff.Presence.BOTH, diff(o, n)));
            } else if (o != null) {
                documents.add(new DocumentDiff(id, DocumentDiff.Presence.ONLY_OLD, diff(o, o.withoutFacts())));
            } else {
                documents.add(new DocumentDiff(id, DocumentDiff.Presence.ONLY_NEW, diff(n.withoutFacts(), n)));
            }
        }
        return new FolderDiff(documents);
    }

    private FactChange paired(ChangeKind kind, Fact o, Fact n, DocumentFacts oldSide, DocumentFacts newSide) {
        return new FactChange(kind, o, n, context(oldSide, o), context(newSide, n));
    }

    private Context context(DocumentFacts side, Fact fact) {
        return side.hasText() ? Context.around(side.text(), fact.span(), contextWords) : Context.NONE;
    }

    private static List<Span> spans(List<Fact> facts, List<Integer> indexes) {
        return indexes.stream().map(i -> facts.get(i).span()).toList();
    }

    /**
     * Pairs as many of {@code a} with {@code b} as possible (min of the sizes), keeping document
     * order, with the smallest total distance; returns for each element of {@code a} the index in
     * {@code b} it is paired with, or -1. On equal cost the earlier partner wins.
     */
    static int[] align(List<Span> a, List<Span> b) {
        if (a.size() > b.size()) {
            int[] reverse = align(b, a);
            int[] match = new int[a.size()];
            Arrays.fill(match, -1);
            for (int j = 0; j < reverse.length; j++) {
                match[reverse[j]] = j;
            }
            return match;
        }
        int m = a.size();
        int n = b.size();
        // cost[i][j]: cheapest pairing of the first i of a with i of the first j of b (i <= j)
        long[][] cost = new long[m + 1][n + 1];
        for (int i = 1; i <= m; i++) {
            for (int j = 0; j <= n; j++) {
                if (j < i) {
                    cost[i][j] = Long.MAX_VALUE;
                    continue;
                }
                long pair = cost[i - 1][j - 1] + distance(a.get(i - 1), b.get(j - 1));
                long skip = j > i ? cost[i][j - 1] : Long.MAX_VALUE;
                cost[i][j] = Math.min(pair, skip);
            }
        }
        int[] match = new int[m];
        int j = n;
        for (int i = m; i > 0; i--) {
            // walk back: skip b[j-1] whenever that is as cheap, so a[i-1] takes the earliest partner
            while (j > i && cost[i][j - 1] == cost[i][j]) {
                j--;
            }
            match[i - 1] = j - 1;
            j--;
        }
        return match;
    }

    private static long distance(Span x, Span y) {
        return Math.abs((long) x.start() - y.start()) + Math.abs((long) x.end() - y.end());
    }
}
