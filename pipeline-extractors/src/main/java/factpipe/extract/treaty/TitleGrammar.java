package factpipe.extract.treaty;

import factpipe.extract.text.ResourceLines;
import factpipe.extract.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shape of an instrument's title that no gazetteer knows: capitalised words around a head
 * ("Convention", "Treaty", "Agreement", ...), continued by "on/for/against/to/between ..." while
 * the words stay capitalised or are connectors: "Treaty between Japan and the Republic of Korea
 * on Extradition", "Agreement between the Government of X and the Government of Y on ...".
 * After the parties ("between A and B", "among ..."), the subject runs on in lower case as a short
 * noun phrase: "Working Arrangement between the NPA and Europol on establishing cooperative
 * relations". A title in quotation marks runs to the closing quote. Immutable and thread-safe.
 */
final class TitleGrammar {

    static final String HEADS = "/factpipe/treaty/heads.txt";
    static final String NON_TREATY_WORDS = "/factpipe/treaty/non-treaty-words.txt";
    static final String LEADING_WORDS = "/factpipe/text/leading-function-words.txt";
    static final String SUBJECT_OPENERS = "/factpipe/treaty/subject-openers.txt";
    static final String SUBJECT_STOPS = "/factpipe/treaty/subject-stops.txt";
    static final String ADJUNCT_WORDS = "/factpipe/treaty/adjunct-words.txt";
    static final String HEAD_ACRONYMS = "/factpipe/treaty/head-acronyms.tsv";

    private static final Set<String> CONNECTORS = Set.of("of", "for", "on", "and", "the", "a", "an", "in", "against", "to",
            "between", "with", "concerning", "relating", "regarding", "among", "amongst", "by", "at", "its", "their");
    private static final Set<String> QUOTES = Set.of("\"");
    private static final int MAX_QUOTED_WORDS = 30;
    /** Inside a lower-case subject phrase: "the exchange of information", "assistance in criminal matters". */
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    /** Links that need a noun phrase after them: without one the phrase is not a clean noun phrase. */
    private static final Set<String> BINDING_LINKS = Set.of("of", "against");
    /** Links that, without a noun phrase after them, end the subject: "in December", "and was signed". */
    private static final Set<String> LOOSE_LINKS = Set.of("in", "and", "or");
    /** Punctuation that ends a subject phrase cleanly. */
    private static final Set<String> CLAUSE_PUNCTUATION = Set.of(".", ",", ";", ":", "(", ")", "[", "]", "!", "?", "\"");
    /** A lower-case subject is a short phrase; a longer run is more likely a clause than a title. */
    private static final int MAX_SUBJECT_WORDS = 8;

    record Candidate(int from, int to, int headAt) {
    }

    private final Set<String> heads;
    private final Set<String> nonTreatyWords;
    private final Set<String> leadingWords;
    private final Set<String> subjectOpeners;
    private final Set<String> subjectStops;
    private final Set<String> adjunctWords;
    /** "MLAT" -> "Treaty": acronyms that head a name as the word they abbreviate would. */
    private final Map<String, String> headAcronyms = new HashMap<>();
    private final List<String> resourceHashes;

    TitleGrammar() {
        this(ResourceLines.load(HEADS), ResourceLines.load(NON_TREATY_WORDS), ResourceLines.load(LEADING_WORDS),
                ResourceLines.load(SUBJECT_OPENERS), ResourceLines.load(SUBJECT_STOPS), ResourceLines.load(ADJUNCT_WORDS),
                ResourceLines.load(HEAD_ACRONYMS));
    }

    TitleGrammar(ResourceLines heads, ResourceLines nonTreatyWords, ResourceLines leadingWords,
            ResourceLines subjectOpeners, ResourceLines subjectStops, ResourceLines adjunctWords, ResourceLines headAcronyms) {
        this.heads = words(heads);
        this.nonTreatyWords = words(nonTreatyWords);
        this.leadingWords = words(leadingWords);
        this.subjectOpeners = words(subjectOpeners);
        this.subjectStops = words(subjectStops);
        this.adjunctWords = words(adjunctWords);
        for (String[] row : headAcronyms.rows(2)) {
            this.headAcronyms.put(row[0], row[1]);
        }
        this.resourceHashes = List.of(heads.sha256(), nonTreatyWords.sha256(), leadingWords.sha256(),
                subjectOpeners.sha256(), subjectStops.sha256(), adjunctWords.sha256(), headAcronyms.sha256());
    }

    private static Set<String> words(ResourceLines lines) {
        return Set.copyOf(lines.lines().stream().map(String::strip).toList());
    }

    List<String> resourceHashes() {
        return resourceHashes;
    }

    boolean isHead(Token t) {
        return heads.contains(t.norm()) || headAcronyms.containsKey(t.norm());
    }

    /** "treaty", "Convention": a head word written in any case. */
    boolean isHeadInAnyCase(Token t) {
        String w = t.norm();
        return !w.isEmpty() && heads.contains(Character.toUpperCase(w.charAt(0)) + w.substring(1));
    }

    /** A head of one or two words: "Treaty", "Joint Declaration". */
    private boolean isHeadAt(List<Token> tokens, int i) {
        return isHead(tokens.get(i)) || (i > 0 && heads.contains(tokens.get(i - 1).norm() + " " + tokens.get(i).norm()));
    }

    /**
     * The head word of the instrument named by tokens {@code [from, to)}: its first head, the last
     * word of a two-word head ("Declaration" of "Joint Declaration"); null when it has none.
     */
    String headOf(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (isHead(tokens.get(k)) || (k > from && heads.contains(tokens.get(k - 1).norm() + " " + tokens.get(k).norm()))) {
                return headAcronyms.getOrDefault(tokens.get(k).norm(), tokens.get(k).norm());
            }
        }
        return null;
    }

    /** An article, connector, preposition, auxiliary or relative word: no modifier of a name. */
    boolean isFunctionWord(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        return ARTICLES.contains(w) || CONNECTORS.contains(w) || BINDING_LINKS.contains(w) || LOOSE_LINKS.contains(w)
                || subjectOpeners.contains(w) || subjectStops.contains(w);
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
            int to = subjectPhrase(tokens, i, rightEdge(tokens, i));
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

    /**
     * After the head: connectors followed by capitalised words, and ", Especially ..." continuations;
     * not a preposition that opens a date or circumstance ("... on Monday", "... in May 2019"), nor
     * an "and" right after the head, which joins a second instrument.
     */
    private int rightEdge(List<Token> tokens, int head) {
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
            // "the Mekong MOU and the Tokyo MoU": a title that ends on its head is not continued by "and"
            if (i == head + 1 && (t.is("and") || t.is("or"))) {
                break;
            }
            int j = i;
            while (j < tokens.size() && !tokens.get(j).atLineStart()
                    && (CONNECTORS.contains(tokens.get(j).norm()) || tokens.get(j).is("-") || isPossessive(tokens, j))) {
                j++;
            }
            if (j > i && j < tokens.size() && !tokens.get(j).atLineStart() && tokens.get(j).isWord() && tokens.get(j).isCapitalized()
                    && !adjunctWords.contains(lower(tokens.get(j)))) {
                i = j;
                continue;
            }
            break;
        }
        return to;
    }

    /**
     * The end of the title once its lower-case subject is added: {@code to} is right after the
     * parties ("between A and B", "among ..."), an opener ("on", "concerning", ...) follows, and
     * after it a short noun phrase that ends cleanly, before a verb, a relative word, an adjunct
     * preposition, punctuation or the end of the line. Anything else (a capitalised word or a
     * number inside the phrase, a date or circumstance word, a run too long) leaves {@code to}.
     */
    private int subjectPhrase(List<Token> tokens, int head, int to) {
        if (to >= tokens.size() || tokens.get(to).atLineStart() || !subjectOpeners.contains(tokens.get(to).norm())
                || !endsWithParties(tokens, head, to)) {
            return to;
        }
        int end = -1;
        int words = 0;
        for (int k = to + 1; k < tokens.size() && !tokens.get(k).atLineStart(); k++) {
            Token t = tokens.get(k);
            if (!t.isWord()) {
                if (isInnerHyphen(tokens, k) && end == k) {
                    continue;
                }
                if (CLAUSE_PUNCTUATION.contains(t.norm()) || t.is("-")) {
                    break;
                }
                return to;
            }
            String w = lower(t);
            if (subjectStops.contains(w) && end > 0) {
                break;
            }
            if (++words > MAX_SUBJECT_WORDS || !Character.isLowerCase(t.norm().charAt(0)) || adjunctWords.contains(w)
                    || subjectStops.contains(w)) {
                return to;
            }
            if (ARTICLES.contains(w) || BINDING_LINKS.contains(w) || LOOSE_LINKS.contains(w)) {
                boolean nounFollows = isSubjectWord(tokens, nextAfterArticles(tokens, k));
                if (nounFollows && (end > 0 || ARTICLES.contains(w))) {
                    continue;
                }
                if (LOOSE_LINKS.contains(w) && end > 0) {
                    break;
                }
                return to;
            }
            end = k + 1;
        }
        return end > 0 ? end : to;
    }

    /** The parties close the title so far: a "between ... and ..." or "among ..." after the head, and no subject before them. */
    private boolean endsWithParties(List<Token> tokens, int head, int to) {
        int parties = -1;
        for (int k = head + 1; k < to; k++) {
            String w = tokens.get(k).norm();
            if (w.equals("between") || w.equals("among") || w.equals("amongst")) {
                parties = k;
            }
        }
        if (parties < 0) {
            return false;
        }
        for (int k = head + 1; k < parties; k++) {
            if (subjectOpeners.contains(tokens.get(k).norm())) {
                return false;
            }
        }
        if (!tokens.get(parties).is("between")) {
            return true;
        }
        for (int k = parties + 1; k < to; k++) {
            if (tokens.get(k).is("and")) {
                return true;
            }
        }
        return false;
    }

    private static int nextAfterArticles(List<Token> tokens, int k) {
        int j = k + 1;
        while (j < tokens.size() && !tokens.get(j).atLineStart() && ARTICLES.contains(tokens.get(j).norm())) {
            j++;
        }
        return j;
    }

    /** A lower-case word that can stand in a subject noun phrase. */
    private boolean isSubjectWord(List<Token> tokens, int k) {
        if (k >= tokens.size() || tokens.get(k).atLineStart()) {
            return false;
        }
        Token t = tokens.get(k);
        String w = lower(t);
        return t.isWord() && Character.isLowerCase(t.norm().charAt(0)) && !subjectStops.contains(w) && !adjunctWords.contains(w)
                && !BINDING_LINKS.contains(w) && !LOOSE_LINKS.contains(w);
    }

    /** The hyphen of "cross-border": no space on either side, a lower-case word after it. */
    private static boolean isInnerHyphen(List<Token> tokens, int k) {
        return tokens.get(k).is("-") && k > 0 && k + 1 < tokens.size()
                && tokens.get(k - 1).end() == tokens.get(k).start() && tokens.get(k).end() == tokens.get(k + 1).start()
                && tokens.get(k + 1).isWord() && Character.isLowerCase(tokens.get(k + 1).norm().charAt(0));
    }

    private static String lower(Token t) {
        return t.norm().toLowerCase(java.util.Locale.ROOT);
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
