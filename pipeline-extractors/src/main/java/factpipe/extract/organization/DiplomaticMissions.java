package factpipe.extract.organization;

import factpipe.core.fact.OrganizationValue;
import factpipe.extract.country.CityGazetteer;
import factpipe.extract.country.CountryGazetteer;
import factpipe.extract.text.ResourceLines;
import factpipe.extract.text.Token;
import factpipe.extract.text.TokenTrie;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Diplomatic missions, named by the state that sends them and the one they are in: "the Chinese
 * Embassy in Tokyo" is the Embassy of the People's Republic of China in Japan; "the Embassy of
 * Japan" in a report about Thailand, the Embassy of Japan in Thailand. The sending state is an
 * adjective or possessive before the head (which stays outside the span, as a state before any
 * body's name does) or "of <state>" after it, part of the official name with an "in <state>"
 * after it ("Embassy of Japan in Thailand"); the host is the city or state after "in", else the
 * state the document is about. Immutable and thread-safe.
 */
final class DiplomaticMissions {

    static final String HEADS = "/factpipe/organization/mission-heads.txt";
    static final String OFFICIAL_NAMES = "/factpipe/gazetteer/country-official-names.tsv";

    /** A mission: token range {@code [from, to)} and value. */
    record Mission(int from, int to, OrganizationValue value) {
    }

    private record StateNames(String official, String inPhrase) {
    }

    private final TokenTrie<String> heads;
    private final CityGazetteer cities;
    private final Map<String, StateNames> names = new HashMap<>();
    private final List<String> resourceHashes;

    DiplomaticMissions(CityGazetteer cities) {
        this(ResourceLines.load(HEADS), ResourceLines.load(OFFICIAL_NAMES), cities);
    }

    DiplomaticMissions(ResourceLines heads, ResourceLines officialNames, CityGazetteer cities) {
        TokenTrie.Builder<String> headBuilder = TokenTrie.builder(false, Set.of());
        heads.lines().forEach(h -> headBuilder.add(h.strip(), h.strip()));
        this.heads = headBuilder.build();
        for (String[] row : officialNames.rows(3)) {
            names.put(row[0], new StateNames(row[1], row[2]));
        }
        this.cities = cities;
        this.resourceHashes = List.of(heads.sha256(), officialNames.sha256(), cities.resourceHash());
    }

    List<String> resourceHashes() {
        return resourceHashes;
    }

    List<Mission> find(List<Token> tokens, StateContext states) {
        List<Mission> found = new ArrayList<>();
        for (TokenTrie.Match<String> head : heads.findAll(tokens)) {
            String sending = stateBefore(tokens, head.from(), states);
            int to = head.to();
            if (sending == null && to + 1 < tokens.size() && tokens.get(to).is("of")) {
                int at = tokens.get(to + 1).is("the") ? to + 2 : to + 1;
                CountryGazetteer.Country c = states.stateAt(at);
                if (c != null && !c.adjective()) {
                    sending = c.iso2();
                    to = states.stateEnd(at);
                }
            }
            StateNames sender = sending != null ? names.get(sending) : null;
            if (sender == null) {
                continue;
            }
            String host = hostAfter(tokens, to, states);
            if (host != null && to > head.to() && hostStateEnd(tokens, to, states) > 0) {
                // "the Embassy of Japan in Thailand": after "of <state>", "in <state>" completes the official name
                to = hostStateEnd(tokens, to, states);
            }
            if (host == null && states.home() != null && !states.home().equals(sending)) {
                host = states.home();
            }
            StateNames hostNames = host != null && !host.equals(sending) ? names.get(host) : null;
            String name = head.value() + " of " + sender.official() + (hostNames != null ? " in " + hostNames.inPhrase() : "");
            found.add(new Mission(head.from(), to, new OrganizationValue(name, null, sending)));
        }
        return found;
    }

    /** "Chinese Embassy", "Japan's Embassy": the sending state right before the head. */
    private static String stateBefore(List<Token> tokens, int head, StateContext states) {
        int end = head;
        if (end >= 2 && tokens.get(end - 1).is("s") && tokens.get(end - 2).is("'")) {
            end -= 2;
        }
        for (int start = Math.max(0, end - 4); start < end; start++) {
            CountryGazetteer.Country c = states.stateAt(start);
            if (c != null && states.stateEnd(start) == end && (c.adjective() || end < head)) {
                return c.iso2();
            }
        }
        return null;
    }

    /** The end of "in [the] <state>" at {@code to}, or -1 (also for a city). */
    private static int hostStateEnd(List<Token> tokens, int to, StateContext states) {
        if (to + 1 >= tokens.size() || !tokens.get(to).is("in")) {
            return -1;
        }
        int at = tokens.get(to + 1).is("the") ? to + 2 : to + 1;
        CountryGazetteer.Country c = states.stateAt(at);
        return c != null && !c.adjective() ? states.stateEnd(at) : -1;
    }

    /** "in Tokyo", "in Thailand": the host state, or null. */
    private String hostAfter(List<Token> tokens, int to, StateContext states) {
        if (to + 1 >= tokens.size() || !tokens.get(to).is("in")) {
            return null;
        }
        int at = tokens.get(to + 1).is("the") ? to + 2 : to + 1;
        CityGazetteer.City city = cities.cityAt(tokens, at);
        if (city != null) {
            return city.iso2();
        }
        CountryGazetteer.Country c = states.stateAt(at);
        return c != null && !c.adjective() ? c.iso2() : null;
    }
}
