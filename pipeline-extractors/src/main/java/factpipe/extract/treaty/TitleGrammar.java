package factpipe.extract.treaty;

import factpipe.extract.text.ResourceLines;
import factpipe.extract.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The shape of an instrument's title that no gazetteer knows: capitalised words around a head
 * ("Convention", "Treaty", "Agreement", ...), continued by "on/for/against/to/between ..." while
 * the words stay capitalised or are connectors: "Treaty between Japan and the Republic of Korea
 * on Extradition", "Agreement between the Government of X and the Government of Y on ...".
 * A title in quotation marks runs to the closing quote. Immutable and thread-safe.
 */
final class TitleGrammar {

    static final String HEADS = "/factpipe/treaty/heads.txt";
    static final String NON_TREATY_WORDS = "/factpipe/treaty/non-treaty-words.txt";
    static final String LEADING_WORDS = "/factpipe/text/leading-function-words.txt";

    private static final Set<String> CONNECTORS = Set.of("of", "for", "on", "and", "the", "in", "against", "to",
            "between", "with", "concerning", "relating", "regarding", "among", "amongst", "by", "at", "its", "their");
    private static final Set<String> QUOTES = Set.of("\"");
    private static final int MAX_QUOTED_WORDS = 30;

    record Candidate(int from, int to, int headAt) {
    }

    private final Set<String> heads;
    private final Set<String> nonTreatyWords;
    private final Set<String> leadingWords;
    private final List<String> resourceHashes;

    TitleGrammar() {
        this(ResourceLines.load(HEADS), ResourceLines.load(NON_TREATY_WORDS), ResourceLines.load(LEADING_WORDS));
    }

    TitleGrammar(ResourceLines heads, ResourceLines nonTreatyWords, ResourceLines leadingWords) {
        this.heads = Set.copyOf(heads.lines().stream().map(String::strip).toList());
        this.nonTreatyWords = Set.copyOf(nonTreatyWords.lines().stream().map(String::strip).toList());
        this.leadingWords = Set.copyOf(leadingWords.lines().stream().map(String::strip).toList());
        this.resourceHashes = List.of(heads.sha256(), nonTreatyWords.sha256(), leadingWords.sha256());
    }

    List<String> resourceHashes() {
        return resourceHashes;
    }

    boolean isHead(Token t) {
        return heads.contains(t.norm());
    }

    /** A head of one or two words: "Treaty", "Joint Declaration". */
    private boolean isHeadAt(List<Token> tokens, int i) {
        return isHead(tokens.get(i)) || (i > 0 && heads.contains(tokens.get(i - 1).norm() + " " + tokens.get(i).norm()));
    }

    /** A plural head ("Treaties", "Conventions"): a class name, not one instrument. */
    boolean isPluralHead(Token t) {
        String w = t.norm();
        return (w.endsWith("ies") && heads.contains(w.substring(0, w.length() - 3) + "y"))
                || (w.endsWith("s") && heads.contains(w.substring(0, w.length() - 1)));
    }

    List<Candidate> candidates(List<Token> tokens) {
        List<Candidate> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!isHeadAt(tokens, i)) {
                i++;
                continue;
            }
            int from = leftEdge(tokens, i);
            while (from < i && leadingWords.contains(tokens.get(from).norm())) {
                from++;
            }
            int to = rightEdge(tokens, i);
            int quoteStart = from - 1;
            if (quoteStart >= 0 && QUOTES.contains(tokens.get(quoteStart).norm())) {
                int close = closingQuote(tokens, from);
                if (close > to) {
                    to = close;
                }
            }
            // "Treaty Negotiations", "Convention Secretariat": the head only modifies another noun
            boolean modifier = i + 1 < tokens.size() && tokens.get(i + 1).isWord() && tokens.get(i + 1).isCapitalized()
                    && !tokens.get(i + 1).atLineStart()
                    && !CONNECTORS.contains(tokens.get(i + 1).norm().toLowerCase(java.util.Locale.ROOT));
            if (!modifier && !containsNonTreatyWord(tokens, from, to) && (to - from >= 2)) {
                found.add(new Candidate(from, to, i));
            }
            i = Math.max(i + 1, to);
        }
        return found;
    }

    /** Capitalised words (and hyphens between them) right before the head: "Budapest", "ASEAN-JAPAN Joint". */
    private static int leftEdge(List<Token> tokens, int head) {
        int from = head;
        while (from > 0) {
            Token prev = tokens.get(from - 1);
            if (tokens.get(from).atLineStart()) {
                break;
            }
            if (prev.isWord() && prev.isCapitalized()) {
                from--;
            } else if (prev.is("-") && from >= 2 && tokens.get(from - 2).isWord() && tokens.get(from - 2).isCapitalized()) {
                from--;
            } else {
                break;
            }
        }
        return from;
    }

    /** After the head: connectors followed by capitalised words, and ", Especially ..." continuations. */
    private static int rightEdge(List<Token> tokens, int head) {
        int to = head + 1;
        int i = head + 1;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (t.atLineStart()) {
                break;
            }
            if (t.isWord() && t.isCapitalized()) {
                to = ++i;
                continue;
            }
            int j = i;
            while (j < tokens.size() && !tokens.get(j).atLineStart()
                    && (CONNECTORS.contains(tokens.get(j).norm()) || tokens.get(j).is("-") || isPossessive(tokens, j))) {
                j++;
            }
            if (j > i && j < tokens.size() && !tokens.get(j).atLineStart() && tokens.get(j).isWord() && tokens.get(j).isCapitalized()) {
                i = j;
                continue;
            }
            break;
        }
        return to;
    }

    /** The "'" and "s" of "People's". */
    private static boolean isPossessive(List<Token> tokens, int j) {
        return (tokens.get(j).is("'") && j + 1 < tokens.size() && tokens.get(j + 1).is("s"))
                || (tokens.get(j).is("s") && j > 0 && tokens.get(j - 1).is("'"));
    }

    private static int closingQuote(List<Token> tokens, int from) {
        int words = 0;
        for (int k = from; k < tokens.size() && words <= MAX_QUOTED_WORDS; k++) {
            Token t = tokens.get(k);
            if (k > from && t.atLineStart()) {
                return -1;
            }
            if (QUOTES.contains(t.norm())) {
                return k;
            }
            if (t.is(".") || t.is(";")) {
                return -1;
            }
            if (t.isWord()) {
                words++;
            }
        }
        return -1;
    }

    private boolean containsNonTreatyWord(List<Token> tokens, int from, int to) {
        for (int k = from; k < Math.min(to + 1, tokens.size()); k++) {
            if (nonTreatyWords.contains(tokens.get(k).norm())) {
                return true;
            }
        }
        return false;
    }
}
