package factpipe.extract.country;

import factpipe.extract.text.Token;
import factpipe.extract.text.TokenTrie;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Adjectives of states used as names of languages: "in Japanese only", "the Japanese language",
 * and every adjective of a coordinated list that is a language use as a whole ("published in
 * Japanese, English, Korean and Vietnamese") or that names a language which is no state's
 * adjective ("English and Korean versions"). Such a use is no mention of the state. Immutable.
 */
final class LanguageUses {

    private static final Set<String> LANGUAGE_NOUNS = Set.of("language", "languages", "translation", "translations",
            "speakers", "speaker");
    private static final Set<String> CONJUNCTIONS = Set.of("and", "or");

    /** An adjective of a state, or a language name, at tokens {@code [from, to)}. */
    private record Item(int from, int to, boolean adjective) {
    }

    private final Set<String> languageNames;

    LanguageUses(Set<String> languageNames) {
        this.languageNames = Set.copyOf(languageNames);
    }

    /** The first tokens of the adjective matches among {@code matches} that are language uses. */
    Set<Integer> find(List<Token> tokens, List<TokenTrie.Match<CountryGazetteer.Surface>> matches) {
        Set<Integer> languages = new HashSet<>();
        List<Item> items = items(tokens, matches);
        int i = 0;
        while (i < items.size()) {
            // a coordinated list: items joined by ",", "and", "or", ", and", ", or" on one line
            int j = i;
            while (j + 1 < items.size() && coordinated(tokens, items.get(j).to(), items.get(j + 1).from())) {
                j++;
            }
            List<Item> list = items.subList(i, j + 1);
            boolean languageList = list.size() > 1
                    && (list.stream().anyMatch(it -> !it.adjective())
                        || languageUse(tokens, list.get(0).from(), list.get(list.size() - 1).to()));
            for (Item it : list) {
                if (it.adjective() && (languageList || list.size() == 1 && languageUse(tokens, it.from(), it.to()))) {
                    languages.add(it.from());
                }
            }
            i = j + 1;
        }
        return languages;
    }

    private List<Item> items(List<Token> tokens, List<TokenTrie.Match<CountryGazetteer.Surface>> matches) {
        List<Item> items = new ArrayList<>();
        int m = 0;
        for (int k = 0; k < tokens.size(); k++) {
            while (m < matches.size() && matches.get(m).from() < k) {
                m++;
            }
            if (m < matches.size() && matches.get(m).from() == k) {
                TokenTrie.Match<CountryGazetteer.Surface> match = matches.get(m);
                if (match.value() instanceof CountryGazetteer.Country c && c.adjective()) {
                    items.add(new Item(k, match.to(), true));
                }
                k = match.to() - 1;
            } else if (languageNames.contains(tokens.get(k).norm())) {
                items.add(new Item(k, k + 1, false));
            }
        }
        return items;
    }

    /** Only ",", "and", "or", ", and" or ", or" between two items, on one line. */
    private static boolean coordinated(List<Token> tokens, int end, int next) {
        int n = next - end;
        if (n < 1 || n > 2) {
            return false;
        }
        for (int k = end; k <= next; k++) {
            if (tokens.get(k).newlinesBefore() > 0) {
                return false;
            }
        }
        Token a = tokens.get(end);
        if (n == 1) {
            return a.is(",") || CONJUNCTIONS.contains(a.norm());
        }
        return a.is(",") && CONJUNCTIONS.contains(tokens.get(end + 1).norm());
    }

    /** "in Japanese", "Japanese only", "the Japanese language", for a word or a list at {@code [from, to)}. */
    private static boolean languageUse(List<Token> tokens, int from, int to) {
        Token next = to < tokens.size() ? tokens.get(to) : null;
        if (next != null && LANGUAGE_NOUNS.contains(next.norm())) {
            return true;
        }
        boolean afterIn = from > 0 && tokens.get(from - 1).is("in");
        boolean endsPhrase = next == null || !next.isWord() || next.is("only") || next.is("and") || next.is("or");
        return afterIn && endsPhrase;
    }
}
