package factpipe.extract.organization;

import factpipe.core.fact.OrganizationValue;
import factpipe.core.fact.Span;
import factpipe.extract.text.Token;
import factpipe.extract.text.TokenOffsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A statistical {@link OrganizationFinder} as a recall backstop for bodies no rule knows. It is
 * asked only about the lines where a run of capitalised words after "the" remains unexplained,
 * and a name it finds is kept only if the rules had no reason to refuse it: two or more words,
 * all capitalised but for connectors, no word of a meeting, law, title or thing, not ending on a
 * head noun (the grammar judged those), not in a heading, not a state, overlapping nothing.
 */
final class StatisticalBackstop {

    /** The finder's features are local: it reads this many tokens either side of a run. */
    private static final int WINDOW = 12;

    /**
     * Abstract nouns name topics, not bodies: "Promotion of Accession", "Crisis Management",
     * "Combating Piracy". A guess that starts or ends on one is refused.
     */
    private static final Pattern ABSTRACT_HEAD =
            Pattern.compile(".*(tions?|sions?|ments?|ings?|ity|ities|ness|ance|ence|isms?|ships?|ssues?)");

    /** "Fifth Ministerial Plenary": a numbered occurrence is an event. */
    private static final Pattern ORDINAL =
            Pattern.compile("First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|\\d+(st|nd|rd|th)");

    /** Lower-case words that may stand inside a name: "Carabineros de Chile", "Bank of ...". */
    private static final Set<String> SMALL_WORDS = Set.of("of", "and", "for", "de", "del", "la", "le", "des", "du", "the", "on");

    private final OrganizationFinder finder;
    private final NameGrammar grammar;

    StatisticalBackstop(OrganizationFinder finder, NameGrammar grammar) {
        this.finder = finder;
        this.grammar = grammar;
    }

    void addTo(String text, List<Token> tokens, BodyMentions mentions, StateContext states) {
        int k = 0;
        while (k < tokens.size()) {
            int runEnd = unexplainedRunAfterThe(tokens, k, mentions);
            if (runEnd < 0) {
                k++;
                continue;
            }
            int from = Math.max(lineStartOf(tokens, k), k - WINDOW);
            int to = Math.min(lineEndOf(tokens, runEnd - 1), runEnd + WINDOW);
            if (!NameGrammar.inHeadingLine(tokens, k)) {
                int offset = tokens.get(from).start();
                for (Span s : finder.find(text.substring(offset, tokens.get(to - 1).end()))) {
                    add(text, tokens, TokenOffsets.startingAt(tokens, offset + s.start()), TokenOffsets.endingAt(tokens, offset + s.end()),
                            mentions, states);
                }
            }
            k = to;
        }
    }

    private void add(String text, List<Token> tokens, Integer from, Integer last, BodyMentions mentions, StateContext states) {
        if (from == null || last == null) {
            return;
        }
        while (from <= last && (grammar.isLeadingWord(tokens.get(from)) || !tokens.get(from).isWord())) {
            from++;
        }
        int to = last + 1;
        if (acceptable(text, tokens, from, to, states) && !mentions.overlapsAny(from, to)) {
            String name = text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
            String country = states.adjacent(from, to);
            mentions.put(new BodyMention(from, to, new OrganizationValue(name, null, country != null ? country : states.inside(from, to))));
        }
    }

    private static int lineStartOf(List<Token> tokens, int k) {
        while (k > 0 && !tokens.get(k).atLineStart()) {
            k--;
        }
        return k;
    }

    private static int lineEndOf(List<Token> tokens, int k) {
        while (k + 1 < tokens.size() && !tokens.get(k + 1).atLineStart()) {
            k++;
        }
        return k + 1;
    }

    /**
     * The end of a run of two or more capitalised words that starts right after "the" at
     * {@code k} and that no mention explains, or -1.
     */
    private static int unexplainedRunAfterThe(List<Token> tokens, int k, BodyMentions mentions) {
        if (k == 0 || !tokens.get(k - 1).norm().equalsIgnoreCase("the") || tokens.get(k).atLineStart()) {
            return -1;
        }
        int words = 0;
        int end = k;
        for (int j = k; j < tokens.size() && (j == k || !tokens.get(j).atLineStart()); j++) {
            Token t = tokens.get(j);
            if (mentions.overlapsAny(j, j + 1)) {
                return -1;
            }
            if (t.isWord() && t.isCapitalized()) {
                words++;
                end = j + 1;
            } else if (!SMALL_WORDS.contains(t.norm()) && !t.is("-")) {
                break;
            }
        }
        return words >= 2 ? end : -1;
    }

    private boolean acceptable(String text, List<Token> tokens, int from, int to, StateContext states) {
        if (from == 0 || from >= to || !tokens.get(from - 1).norm().equalsIgnoreCase("the")
                || text.substring(tokens.get(from).start(), tokens.get(to - 1).end()).matches("(?s).*[\\t\\n].*")
                || ABSTRACT_HEAD.matcher(tokens.get(to - 1).norm()).matches()
                || ABSTRACT_HEAD.matcher(tokens.get(from).norm()).matches()
                || ORDINAL.matcher(tokens.get(from).norm()).matches()) {
            return false;
        }
        int words = 0;
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (t.atLineStart() && k > from || grammar.isNonBodyWord(t) || Character.isDigit(t.norm().charAt(0))) {
                return false;
            }
            if (t.isWord()) {
                if (!t.isCapitalized() && !SMALL_WORDS.contains(t.norm())) {
                    return false;
                }
                words++;
            }
        }
        if (words < 2 || grammar.isHead(tokens.get(to - 1)) || !tokens.get(to - 1).isWord()
                || SMALL_WORDS.contains(tokens.get(to - 1).norm()) || continuesAName(tokens, to)) {
            return false;
        }
        // a run of state names ("Costa Rica") is no body
        int state = states.countryWordsEnd(from);
        return state < 0 || state < to;
    }

    /**
     * "International Penal and Penitentiary Conference": a guess that stops where capitalised
     * words go on is part of a longer name, whatever that name is.
     */
    private static boolean continuesAName(List<Token> tokens, int to) {
        int k = to;
        while (k < tokens.size() && !tokens.get(k).atLineStart() && (SMALL_WORDS.contains(tokens.get(k).norm()) || tokens.get(k).is("-"))) {
            k++;
        }
        return k < tokens.size() && !tokens.get(k).atLineStart() && tokens.get(k).isWord() && tokens.get(k).isCapitalized();
    }
}
