package factpipe.extract.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A trie of token sequences, matched leftmost-longest over a tokenized text in time linear in
 * the text (times the longest entry), instead of one regular expression per entry.
 *
 * <p>Case folding, ignored words (articles and hyphens, for titles written with and without
 * them) and case-free words (function words, "ASEAN plus Three" / "ASEAN Plus Three") are
 * properties of the trie, applied alike to entries and text. Immutable after {@link Builder#build()}.
 *
 * @param <V> what an entry stands for
 */
public final class TokenTrie<V> {

    /** A match of tokens {@code [from, to)} of the text. */
    public record Match<V>(int from, int to, V value) {
    }

    private static final class Node<V> {
        final Map<String, Node<V>> next = new HashMap<>(4);
        V value;
    }

    private final Node<V> root;
    private final boolean foldCase;
    private final Set<String> ignored;
    private final Set<String> caseFree;

    private TokenTrie(Node<V> root, boolean foldCase, Set<String> ignored, Set<String> caseFree) {
        this.root = root;
        this.foldCase = foldCase;
        this.ignored = ignored;
        this.caseFree = caseFree;
    }

    public static <V> Builder<V> builder(boolean foldCase, Set<String> ignoredWords) {
        return new Builder<>(foldCase, ignoredWords, Set.of());
    }

    /** A case-sensitive trie in which {@code caseFreeWords} match in any case. */
    public static <V> Builder<V> builder(Set<String> ignoredWords, Set<String> caseFreeWords) {
        return new Builder<>(false, ignoredWords, caseFreeWords);
    }

    public static final class Builder<V> {
        private final Node<V> root = new Node<>();
        private final boolean foldCase;
        private final Set<String> ignored;
        private final Set<String> caseFree;

        private Builder(boolean foldCase, Set<String> ignoredWords, Set<String> caseFreeWords) {
            this.foldCase = foldCase;
            this.ignored = Set.copyOf(ignoredWords.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList());
            this.caseFree = Set.copyOf(caseFreeWords.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList());
        }

        /** Adds a surface form; an existing value for the same form is kept (first one wins). */
        public Builder<V> add(String surface, V value) {
            Node<V> node = root;
            int added = 0;
            for (Token t : Tokenizer.tokenize(surface)) {
                if (ignored.contains(t.norm().toLowerCase(Locale.ROOT))) {
                    continue;
                }
                node = node.next.computeIfAbsent(key(t.norm(), foldCase, caseFree), k -> new Node<>());
                added++;
            }
            if (added > 0 && node.value == null) {
                node.value = value;
            }
            return this;
        }

        public TokenTrie<V> build() {
            return new TokenTrie<>(root, foldCase, ignored, caseFree);
        }
    }

    private static String key(String norm, boolean foldCase, Set<String> caseFree) {
        if (foldCase) {
            return norm.toLowerCase(Locale.ROOT);
        }
        String lower = norm.toLowerCase(Locale.ROOT);
        return caseFree.contains(lower) ? lower : norm;
    }

    /** The longest entry that starts at token {@code from}, or null. */
    public Match<V> longestAt(List<Token> tokens, int from) {
        if (isIgnored(tokens.get(from))) {
            return null;
        }
        Node<V> node = root;
        Match<V> best = null;
        for (int i = from; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (i > from && t.afterBreak()) {
                break;
            }
            if (i > from && isIgnored(t)) {
                continue;
            }
            node = node.next.get(key(t.norm(), foldCase, caseFree));
            if (node == null) {
                break;
            }
            if (node.value != null) {
                best = new Match<>(from, i + 1, node.value);
            }
        }
        return best;
    }

    /** All leftmost-longest, non-overlapping matches. */
    public List<Match<V>> findAll(List<Token> tokens) {
        List<Match<V>> matches = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Match<V> m = longestAt(tokens, i);
            if (m == null) {
                i++;
            } else {
                matches.add(m);
                i = m.to();
            }
        }
        return matches;
    }

    private boolean isIgnored(Token t) {
        return !ignored.isEmpty() && ignored.contains(t.norm().toLowerCase(Locale.ROOT));
    }
}
