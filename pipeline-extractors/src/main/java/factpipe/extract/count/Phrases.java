package factpipe.extract.count;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** A list of short phrases matched case-insensitively against tokens, longest first. */
final class Phrases {

    private final List<List<String>> phrases;

    private Phrases(List<List<String>> phrases) {
        List<List<String>> sorted = new ArrayList<>(phrases);
        sorted.sort(Comparator.comparingInt((List<String> p) -> p.size()).reversed());
        this.phrases = List.copyOf(sorted);
    }

    static Phrases of(List<String> texts) {
        List<List<String>> phrases = new ArrayList<>();
        for (String text : texts) {
            phrases.add(words(text));
        }
        return new Phrases(phrases);
    }

    /** The phrase as the tokenizer splits it, lower-cased ("per cent" gives [per, cent], "No." gives [no, .]). */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (TextToken t : WordTokenizer.tokenize(text, 0, text.length())) {
            words.add(t.lower());
        }
        return List.copyOf(words);
    }

    /** Length of the longest phrase starting at token {@code i}, or 0. */
    int matchAt(List<TextToken> tokens, int i) {
        for (List<String> p : phrases) {
            if (matches(tokens, i, p)) {
                return p.size();
            }
        }
        return 0;
    }

    /** Length of the longest phrase ending just before token {@code i}, or 0. */
    int matchEndingBefore(List<TextToken> tokens, int i) {
        for (List<String> p : phrases) {
            if (matches(tokens, i - p.size(), p)) {
                return p.size();
            }
        }
        return 0;
    }

    /** Whether some phrase covers token {@code i} at a position where it has the word of token {@code i}. */
    boolean matchAround(List<TextToken> tokens, int i) {
        String word = tokens.get(i).lower();
        for (List<String> p : phrases) {
            for (int k = 0; k < p.size(); k++) {
                if (p.get(k).equals(word) && matches(tokens, i - k, p)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean matches(List<TextToken> tokens, int from, List<String> p) {
        if (from < 0 || from + p.size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < p.size(); k++) {
            if (!tokens.get(from + k).text().toLowerCase(Locale.ROOT).equals(p.get(k))) {
                return false;
            }
        }
        return true;
    }
}
