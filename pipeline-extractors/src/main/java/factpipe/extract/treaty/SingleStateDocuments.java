package factpipe.extract.treaty;

import factpipe.extract.country.CountryGazetteer;
import factpipe.extract.text.ResourceLines;
import factpipe.extract.text.Token;
import factpipe.extract.text.TokenTrie;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Titles that name one state's own document, not an international instrument: a head that can
 * be unilateral ("Charter") in a title owned by a single state, "Japan's ODA Charter", "the
 * Japanese ODA Charter", "the Development Cooperation Charter of Japan". An instrument needs
 * parties; a charter that belongs to one state is its policy or constitution. A compound of
 * states or bodies ("Japan-ASEAN Charter") names more than one and stays. Immutable and
 * thread-safe.
 */
final class SingleStateDocuments {

    static final String HEADS = "/factpipe/treaty/single-state-heads.txt";
    /** At most this many modifiers between the owner and the title: "Japan's revised 2003 ODA Charter". */
    private static final int MAX_MODIFIERS = 2;

    private final CountryGazetteer countries;
    private final TitleGrammar grammar;
    private final ResourceLines headLines;
    private final Set<String> heads;

    SingleStateDocuments(CountryGazetteer countries, TitleGrammar grammar) {
        this(countries, grammar, ResourceLines.load(HEADS));
    }

    SingleStateDocuments(CountryGazetteer countries, TitleGrammar grammar, ResourceLines heads) {
        this.countries = countries;
        this.grammar = grammar;
        this.headLines = heads;
        this.heads = Set.copyOf(heads.lines().stream().map(String::strip).toList());
    }

    List<String> resourceHashes() {
        List<String> hashes = new ArrayList<>(countries.resourceHashes());
        hashes.add(headLines.sha256());
        return List.copyOf(hashes);
    }

    /** Whether the candidate title is a single state's own document. */
    boolean owns(List<Token> tokens, TitleGrammar.Candidate c) {
        if (!heads.contains(tokens.get(c.headAt()).norm())) {
            return false;
        }
        return possessiveBefore(tokens, c.from()) || stateFirst(tokens, c) || stateAfterOf(tokens, c);
    }

    /** "Japan's ODA Charter", "the United States' ... Charter", with up to two modifiers between: "Japan's new ODA Charter". */
    private boolean possessiveBefore(List<Token> tokens, int from) {
        int k = from - 1;
        for (int modifiers = 0; k >= 1 && modifiers < MAX_MODIFIERS && isModifier(tokens, k); modifiers++) {
            k--;
        }
        if (k >= 1 && tokens.get(k).is("s") && tokens.get(k - 1).is("'")) {
            k--;
        }
        if (k < 1 || !tokens.get(k).is("'")) {
            return false;
        }
        for (int start = k - 1; start >= Math.max(0, k - 8); start--) {
            TokenTrie.Match<CountryGazetteer.Surface> m = countries.trie().longestAt(tokens, start);
            if (m != null && m.to() == k) {
                return isState(m, false) && !joined(tokens, start - 1);
            }
        }
        return false;
    }

    /** A year or a lower-case word that is no function word: "new", "revised", "2003"; not the "s" of "Japan's". */
    private boolean isModifier(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        if (!t.isWord() || (t.is("s") && tokens.get(k - 1).is("'"))) {
            return false;
        }
        char first = t.norm().charAt(0);
        return Character.isDigit(first) || (Character.isLowerCase(first) && !grammar.isFunctionWord(t.norm()));
    }

    /** "the Japanese ODA Charter": a state's name or adjective opens the title, joined to no other by a hyphen. */
    private boolean stateFirst(List<Token> tokens, TitleGrammar.Candidate c) {
        TokenTrie.Match<CountryGazetteer.Surface> m = countries.trie().longestAt(tokens, c.from());
        return m != null && m.to() <= c.headAt() && isState(m, true) && !joined(tokens, m.to()) && !joined(tokens, c.from() - 1);
    }

    /** "the Development Cooperation Charter of Japan": the title ends with "of" and a state. */
    private boolean stateAfterOf(List<Token> tokens, TitleGrammar.Candidate c) {
        for (int k = c.headAt() + 1; k < c.to() - 1; k++) {
            if (tokens.get(k).is("of")) {
                int start = tokens.get(k + 1).is("the") ? k + 2 : k + 1;
                TokenTrie.Match<CountryGazetteer.Surface> m = start < c.to() ? countries.trie().longestAt(tokens, start) : null;
                if (m != null && m.to() == c.to() && isState(m, false)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isState(TokenTrie.Match<CountryGazetteer.Surface> m, boolean adjectiveToo) {
        return m.value() instanceof CountryGazetteer.Country c && (adjectiveToo || !c.adjective());
    }

    /** A hyphen at {@code k} joins two parties: "Japan-ASEAN". */
    private static boolean joined(List<Token> tokens, int k) {
        return k >= 0 && k < tokens.size() && tokens.get(k).is("-");
    }
}
