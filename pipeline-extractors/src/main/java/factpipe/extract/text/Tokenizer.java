package factpipe.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits text into {@link Token}s in one linear pass. Gazetteer entries and documents go through
 * the same tokenizer, so "U.S.", "People's" and "Japan–US" match however they are written.
 *
 * <p>A line break after a word that cannot end a line of prose or a heading ("Ministry of",
 * "the") is a page or column break inside a sentence, as text taken from a PDF has them: the
 * next token is not counted as starting a line, so a name runs on across it.
 */
public final class Tokenizer {

    /** Prepositions, articles and conjunctions: a line that ends on one goes on in the next. */
    private static final Set<String> RUNS_ON = Set.of("of", "the", "a", "an", "and", "or", "for", "to", "in", "on",
            "with", "by", "from", "at", "between", "against");

    private Tokenizer() {
    }

    public static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>(text.length() / 5);
        int i = 0;
        int n = text.length();
        int newlines = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                if (c == '\n') {
                    newlines++;
                }
                i++;
                continue;
            }
            int start = i;
            if (Character.isLetterOrDigit(c)) {
                while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                    i++;
                }
            } else {
                i += Character.charCount(text.codePointAt(i));
            }
            boolean runsOn = !tokens.isEmpty() && RUNS_ON.contains(tokens.get(tokens.size() - 1).norm());
            tokens.add(new Token(fold(text.substring(start, i)), start, i, tokens.isEmpty() ? 2 : runsOn ? 0 : newlines));
            newlines = 0;
        }
        return tokens;
    }

    /** Folds curly quotes to straight ones and every dash to a hyphen-minus. */
    public static String fold(String s) {
        if (s.length() != 1) {
            return s;
        }
        return switch (s.charAt(0)) {
            case '\u2019', '\u2018', '\u02BC', '`' -> "'";
            case '\u201C', '\u201D' -> "\"";
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> "-";
            default -> s;
        };
    }
}
