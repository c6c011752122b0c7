package factpipe.extract.organization;

import factpipe.extract.country.CityGazetteer;
import factpipe.extract.country.CountryGazetteer;
import factpipe.extract.text.Token;
import factpipe.extract.text.TokenTrie;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The states one document names, and the state the words around a body point to: the state
 * named with it ("the Chinese ...", "... of Japan"), the state a locative after it names ("... in
 * the south of Serbia"), the state "the country's" refers back to, the one state its sentence
 * names before it, and the state the document is mostly about. Built once per document.
 */
final class StateContext {

    /** "in the south of Serbia", "in northern Japan": where in a state. */
    private static final Set<String> PARTS = Set.of("north", "south", "east", "west", "northeast", "northwest",
            "southeast", "southwest", "centre", "center", "middle", "heart", "capital", "outskirts", "border");
    /** How an apposition calls a private body, its words written together: "non-profit", "nongovernmental". */
    private static final Set<String> PRIVATE_MARKS = Set.of("non-profit", "nonprofit", "not-for-profit", "non-governmental",
            "nongovernmental", "private", "ngo", "charity", "charitable");
    /** "for Mongolia, the ...": prepositions that frame what follows with a state. */
    private static final Set<String> FRAMING_PREPOSITIONS = Set.of("in", "for", "from", "of", "within");
    /** "the country's National Police": a reference back to the state named last. */
    private static final Set<String> STATE_NOUNS = Set.of("country", "nation", "state");

    private final List<Token> tokens;
    private final TokenTrie<CountryGazetteer.Surface> countries;
    private final CityGazetteer cities;
    /** Every state named, in text order (adjectives included). */
    private final List<TokenTrie.Match<CountryGazetteer.Surface>> named = new ArrayList<>();
    private final String home;

    StateContext(List<Token> tokens, CountryGazetteer gazetteer, CityGazetteer cities) {
        this.tokens = tokens;
        this.countries = gazetteer.trie();
        this.cities = cities;
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (TokenTrie.Match<CountryGazetteer.Surface> m : countries.findAll(tokens)) {
            if (m.value() instanceof CountryGazetteer.Country c) {
                named.add(m);
                counts.merge(c.iso2(), 1, Integer::sum);
            }
        }
        // ties go to the state named first
        home = counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** The state the document is mostly about: the most often named one, or null. */
    String home() {
        return home;
    }

    /** The state named at token {@code at}, as a name or an adjective, or null. */
    CountryGazetteer.Country stateAt(int at) {
        if (at < 0 || at >= tokens.size()) {
            return null;
        }
        TokenTrie.Match<CountryGazetteer.Surface> m = countries.longestAt(tokens, at);
        return m != null && m.value() instanceof CountryGazetteer.Country c ? c : null;
    }

    /** The end of the state named at token {@code at}, or -1. */
    int stateEnd(int at) {
        if (at < 0 || at >= tokens.size()) {
            return -1;
        }
        TokenTrie.Match<CountryGazetteer.Surface> m = countries.longestAt(tokens, at);
        return m != null && m.value() instanceof CountryGazetteer.Country ? m.to() : -1;
    }

    /** The end of the country word or phrase at token {@code at}, a state or not ("Indian Ocean"), or -1. */
    int countryWordsEnd(int at) {
        TokenTrie.Match<CountryGazetteer.Surface> m = at >= 0 && at < tokens.size() ? countries.longestAt(tokens, at) : null;
        return m != null ? m.to() : -1;
    }

    /** The country named right before a body ("Korean", "Japan's") or right after it ("of Japan"). */
    String adjacent(int from, int to) {
        int before = from;
        if (before >= 2 && tokens.get(before - 1).is("s") && tokens.get(before - 2).is("'")) {
            before -= 2;
        }
        for (int start = Math.max(0, before - 4); start < before; start++) {
            CountryGazetteer.Country c = stateAt(start);
            if (c != null && stateEnd(start) == before) {
                return c.iso2();
            }
        }
        // "the Maritime Crime Analysis Centre (MCAC) of Fiji": look past the acronym
        if (to + 3 < tokens.size() && tokens.get(to).is("(") && tokens.get(to + 2).is(")")) {
            to += 3;
        }
        if (to + 1 < tokens.size() && tokens.get(to).is("of")) {
            int at = tokens.get(to + 1).is("the") ? to + 2 : to + 1;
            CountryGazetteer.Country c = stateAt(at);
            if (c != null && !c.adjective()) {
                return c.iso2();
            }
        }
        return null;
    }

    /** The one state named inside a name ("Japan Coast Guard"); none for a joint body ("Japan-India ..."). */
    String inside(int from, int to) {
        String found = null;
        for (int k = from; k < to; k++) {
            TokenTrie.Match<CountryGazetteer.Surface> m = countries.longestAt(tokens, k);
            if (m != null && m.to() <= to && m.value() instanceof CountryGazetteer.Country c) {
                if (found != null && !found.equals(c.iso2())) {
                    return null;
                }
                found = c.adjective() ? found : c.iso2();
                k = m.to() - 1;
            }
        }
        return found;
    }

    /** "Japan-India Joint Working Group": a name with two states in it, a body of neither. */
    boolean namesTwoStates(int from, int to) {
        Set<String> seen = new HashSet<>();
        for (int k = from; k < to; k++) {
            TokenTrie.Match<CountryGazetteer.Surface> m = countries.longestAt(tokens, k);
            if (m != null && m.to() <= to && m.value() instanceof CountryGazetteer.Country c) {
                seen.add(c.iso2());
                k = m.to() - 1;
            }
        }
        return seen.size() >= 2;
    }

    /**
     * "the Nis Symphonic Orchestra in the south of Serbia", "... in Malaysia", "the Directorate of
     * Criminal Investigations (DCI) in Nairobi": the state it is in.
     */
    String locatedIn(int to) {
        to = afterBracket(to);
        if (to >= tokens.size() || !tokens.get(to).is("in")) {
            return null;
        }
        int at = to + 1;
        if (at + 2 < tokens.size() && tokens.get(at).is("the") && PARTS.contains(tokens.get(at + 1).norm())
                && tokens.get(at + 2).is("of")) {
            at += 3;
        }
        CountryGazetteer.Country c = stateAt(at);
        if (c != null) {
            return c.adjective() ? null : c.iso2();
        }
        CityGazetteer.City city = cities.cityAt(tokens, at);
        return city != null ? city.iso2() : null;
    }

    /**
     * "the Financial Reporting Centre (FRC), Kenya's financial intelligence unit": the state an
     * apposition after the name gives it, by a possessive or an adjective, or null.
     */
    String ofApposition(int to) {
        int k = afterBracket(to);
        if (k + 1 >= tokens.size() || !tokens.get(k).is(",")) {
            return null;
        }
        k++;
        if (tokens.get(k).is("the") || tokens.get(k).is("a") || tokens.get(k).is("an")) {
            k++;
        }
        CountryGazetteer.Country c = stateAt(k);
        int end = stateEnd(k);
        if (c == null || end + 1 >= tokens.size()) {
            return null;
        }
        boolean possessive = !c.adjective() && tokens.get(end).is("'") && tokens.get(end + 1).is("s");
        int next = possessive ? end + 2 : end;
        // the apposition describes: its next word is a common noun or adjective, not a name
        boolean describes = next < tokens.size() && tokens.get(next).isWord() && !tokens.get(next).isCapitalized();
        return (possessive || c.adjective()) && describes ? c.iso2() : null;
    }

    /**
     * ", a non-profit organization", ", a non-governmental organisation": an apposition that
     * says the body is private, of no state.
     */
    boolean describedAsPrivate(int to) {
        int k = afterBracket(to);
        if (k + 2 >= tokens.size() || !tokens.get(k).is(",") || !(tokens.get(k + 1).is("a") || tokens.get(k + 1).is("an"))) {
            return false;
        }
        StringBuilder words = new StringBuilder();
        for (int j = k + 2; j < Math.min(tokens.size(), k + 6); j++) {
            words.append(tokens.get(j).norm().toLowerCase(java.util.Locale.ROOT));
        }
        String w = words.toString();
        return PRIVATE_MARKS.stream().anyMatch(w::startsWith);
    }

    /** The token after a bracket that opens at {@code k} ("(DCI)"), or {@code k}. */
    private int afterBracket(int k) {
        if (k < tokens.size() && tokens.get(k).is("(")) {
            for (int j = k + 1; j < tokens.size() && j < k + 12 && !tokens.get(j).atLineStart(); j++) {
                if (tokens.get(j).is(")")) {
                    return j + 1;
                }
            }
        }
        return k;
    }

    /** "the country's National Police": the state named last before it, or null. */
    String referredBack(int from) {
        if (from < 4 || !tokens.get(from - 1).is("s") || !tokens.get(from - 2).is("'")
                || !STATE_NOUNS.contains(tokens.get(from - 3).norm())
                || !(tokens.get(from - 4).is("the") || tokens.get(from - 4).is("that") || tokens.get(from - 4).is("this"))) {
            return null;
        }
        String last = null;
        for (TokenTrie.Match<CountryGazetteer.Surface> m : named) {
            if (m.to() > from - 4) {
                break;
            }
            last = ((CountryGazetteer.Country) m.value()).iso2();
        }
        return last;
    }

    /**
     * "for Mongolia, the Ministry of Justice and Home Affairs", "In Indonesia, the State Police":
     * the state of a prepositional phrase that frames the name, right before it.
     */
    String framing(int from) {
        int k = from - 1;
        if (k >= 0 && tokens.get(k).is("the")) {
            k--;
        }
        if (k < 1 || !tokens.get(k).is(",")) {
            return null;
        }
        for (TokenTrie.Match<CountryGazetteer.Surface> m : named) {
            if (m.to() == k) {
                CountryGazetteer.Country c = (CountryGazetteer.Country) m.value();
                return !c.adjective() && m.from() > 0 && FRAMING_PREPOSITIONS.contains(tokens.get(m.from() - 1).norm().toLowerCase(java.util.Locale.ROOT))
                        ? c.iso2() : null;
            }
            if (m.from() >= k) {
                break;
            }
        }
        return null;
    }

    /** The one state the sentence names before token {@code from} ("In Indonesia, the State Police"), or null. */
    String ofSentence(int from) {
        int start = sentenceStart(tokens, from);
        String found = null;
        for (TokenTrie.Match<CountryGazetteer.Surface> m : named) {
            if (m.to() > from) {
                break;
            }
            if (m.from() >= start) {
                String iso2 = ((CountryGazetteer.Country) m.value()).iso2();
                if (found != null && !found.equals(iso2)) {
                    return null;
                }
                found = iso2;
            }
        }
        return found;
    }

    /**
     * The first token of the sentence that holds token {@code at}: after a line break or after a
     * full stop that ends no abbreviation ("U.S.", "No.").
     */
    static int sentenceStart(List<Token> tokens, int at) {
        int k = Math.min(at, tokens.size() - 1);
        while (k > 0 && !tokens.get(k).atLineStart()) {
            Token before = tokens.get(k - 1);
            if ((before.is(".") || before.is("?") || before.is("!")) && !endsAnAbbreviation(tokens, k - 1)) {
                break;
            }
            k--;
        }
        return k;
    }

    private static boolean endsAnAbbreviation(List<Token> tokens, int stop) {
        if (stop == 0) {
            return false;
        }
        Token word = tokens.get(stop - 1);
        return word.isWord() && word.norm().length() <= 2 && word.isCapitalized();
    }
}
