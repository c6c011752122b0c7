package factpipe.extract.organization;

import factpipe.core.document.Document;
import factpipe.core.fact.Fact;
import factpipe.core.fact.OrganizationValue;
import factpipe.core.fact.Span;
import factpipe.core.pipeline.Extractor;
import factpipe.extract.country.CountryGazetteer;
import factpipe.extract.text.AcronymDefinitions;
import factpipe.extract.text.Token;
import factpipe.extract.text.TokenTrie;
import factpipe.extract.text.Tokenizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * ORGANIZATION facts, in three passes over one tokenization:
 * <ol>
 *   <li>known bodies from the {@link OrganizationGazetteer}, the country of a generic national
 *       name ("Ministry of Foreign Affairs") chosen from the words around it;</li>
 *   <li>unknown bodies whose names have the shape of a body's name ({@link NameGrammar});</li>
 *   <li>acronyms the text defines ("National Police Agency (NPA)"), so that every later bare
 *       "NPA" is the same body;</li>
 *   <li>a statistical {@link OrganizationFinder} as a recall backstop, asked only about lines
 *       where capitalised words remain unexplained, its answers filtered against the guide's
 *       exclusions (meetings, programmes, laws, titles) and never overriding a rule.</li>
 * </ol>
 * A country adjective in front of a name stays outside the span ("Chinese | Ministry of Public
 * Security") but gives the body its country.
 */
public final class OrganizationExtractor implements Extractor {

    private final OrganizationGazetteer gazetteer;
    private final CountryGazetteer countries;
    private final NameGrammar grammar;
    private final UnitEnumerations enumerations;
    private final DiplomaticMissions missions;
    private final List<OrganizationFinder> backstop;

    /** Rules only. */
    public OrganizationExtractor(OrganizationGazetteer gazetteer, CountryGazetteer countries) {
        this(gazetteer, countries, List.of());
    }

    /** Rules, then the statistical finders as a backstop. */
    public OrganizationExtractor(OrganizationGazetteer gazetteer, CountryGazetteer countries, List<OrganizationFinder> backstop) {
        this.gazetteer = gazetteer;
        this.countries = countries;
        this.grammar = new NameGrammar();
        this.enumerations = new UnitEnumerations();
        this.missions = new DiplomaticMissions();
        this.backstop = List.copyOf(backstop);
    }

    @Override
    public String name() {
        return "organization";
    }

    @Override
    public String version() {
        StringBuilder v = new StringBuilder("2");
        backstop.forEach(f -> v.append('+').append(f.id()));
        return v.toString();
    }

    /**
     * One body mention: token range and value; {@code assumed} when its state was not read from
     * its context but assumed from the sentence or the document.
     */
    private record Mention(int from, int to, OrganizationValue value, boolean assumed) {
        Mention(int from, int to, OrganizationValue value) {
            this(from, to, value, false);
        }
    }

    @Override
    public List<Fact> extract(Document document) {
        String text = document.text();
        List<Token> tokens = Tokenizer.tokenize(text);
        StateContext states = new StateContext(tokens, countries);
        TreeMap<Integer, Mention> mentions = new TreeMap<>();

        for (TokenTrie.Match<List<OrganizationValue>> m : gazetteer.trie().findAll(tokens)) {
            int to = withoutStateTail(tokens, m.from(), m.to(), m.value().get(0).name());
            String surface = text.substring(tokens.get(m.from()).start(), tokens.get(m.to() - 1).end()).replaceAll("\\s+", " ");
            OrganizationValue v = gazetteer.isNationalName(surface)
                    ? nationalBody(m.value(), surface, stateOfNationalName(states, m.from(), to), states.home())
                    : choose(m.value(), states.adjacent(m.from(), to), states.home());
            mentions.put(m.from(), new Mention(m.from(), to, v));
        }
        for (DiplomaticMissions.Mission m : missions.find(tokens, states)) {
            if (!overlapsAny(mentions, m.from(), m.to())) {
                mentions.put(m.from(), new Mention(m.from(), m.to(), m.value()));
            }
        }
        for (TokenTrie.Match<List<OrganizationValue>> m : gazetteer.looseTrie().findAll(tokens)) {
            if (!overlapsAny(mentions, m.from(), m.to())) {
                mentions.put(m.from(), new Mention(m.from(), m.to(), choose(m.value(), states.adjacent(m.from(), m.to()), states.home())));
            }
        }
        // capitals say little in a heading: a name guessed there must also stand in the prose,
        // or be a unit named with its known parent ("Alumni Association for National Police Academy")
        List<NameGrammar.Candidate> inHeadings = new ArrayList<>();
        TreeMap<Integer, Mention> listed = new TreeMap<>(mentions);
        for (NameGrammar.Candidate c : grammar.candidates(tokens, this::isPlace, k -> overlapsAny(listed, k, k + 1))) {
            if (inHeadingLine(tokens, c.from())) {
                inHeadings.add(c);
            } else {
                addGuessed(patternMention(tokens, text, afterCoordinatedBody(tokens, c, mentions), mentions, states), tokens, mentions);
            }
        }
        Set<String> proseNames = new HashSet<>();
        mentions.values().forEach(m -> proseNames.add(m.value().name()));
        for (NameGrammar.Candidate c : inHeadings) {
            Mention m = patternMention(tokens, text, afterCoordinatedBody(tokens, c, mentions), mentions, states);
            if (m != null && (proseNames.contains(m.value().name()) || endsOnItsParent(tokens, m, mentions))) {
                addGuessed(new Mention(m.from(), m.to(), m.value(), true), tokens, mentions);
            }
        }
        for (UnitEnumerations.Unit u : enumerations.find(text, tokens)) {
            if (!overlapsAny(mentions, u.from(), u.to())) {
                BodyState state = stateOfUnknownBody(tokens, u.from(), u.to(), mentions, states);
                mentions.put(u.from(), new Mention(u.from(), u.to(), new OrganizationValue(u.name(), null, state.iso2()), state.assumed()));
            }
        }
        oneStatePerName(mentions);
        resolveOrgans(text, tokens, mentions);
        addDefinedAcronyms(text, tokens, mentions);
        for (OrganizationFinder finder : backstop) {
            addFound(finder, text, tokens, mentions, states);
        }

        List<Fact> facts = new ArrayList<>(mentions.size());
        for (Mention m : mentions.values()) {
            Span span = new Span(tokens.get(m.from()).start(), tokens.get(m.to() - 1).end());
            facts.add(Fact.at(text, span, m.value(), id()));
        }
        return facts;
    }

    /**
     * A longer name may contain known bodies ("G7 Roma-Lyon Group"); it replaces them, but never
     * cuts one in two.
     */
    private void addGuessed(Mention m, List<Token> tokens, TreeMap<Integer, Mention> mentions) {
        if (m != null && !grammar.containsFacilityName(tokens, m.from(), m.to())
                && !grammar.isItemAmongNonBodies(tokens, m.from(), m.to()) && !crossesAny(mentions, m.from(), m.to()) && !coveredByOne(mentions, m.from(), m.to())
                && addsANameWord(tokens, m, mentions)) {
            mentions.subMap(m.from(), m.to()).clear();
            mentions.put(m.from(), m);
        }
    }

    /**
     * One name, one body: a mention whose state was only assumed takes the state that another
     * mention of the same name reads from its context ("the Nis Symphonic Orchestra in the south
     * of Serbia" ... "after the Nis Symphonic Orchestra concert").
     */
    private static void oneStatePerName(TreeMap<Integer, Mention> mentions) {
        Map<String, OrganizationValue> read = new HashMap<>();
        for (Mention m : mentions.values()) {
            if (!m.assumed()) {
                read.putIfAbsent(m.value().name(), m.value());
            }
        }
        for (Mention m : List.copyOf(mentions.values())) {
            OrganizationValue v = read.get(m.value().name());
            if (m.assumed() && v != null) {
                mentions.put(m.from(), new Mention(m.from(), m.to(), v));
            }
        }
    }

    /** "Alumni Association for National Police Academy": a head, "of"/"for", and a known body to the end. */
    private boolean endsOnItsParent(List<Token> tokens, Mention m, TreeMap<Integer, Mention> known) {
        for (int k = m.from() + 1; k + 1 < m.to(); k++) {
            if ((tokens.get(k).is("of") || tokens.get(k).is("for")) && grammar.isHead(tokens.get(k - 1))) {
                Mention parent = known.get(tokens.get(k + 1).is("the") ? k + 2 : k + 1);
                return parent != null && parent.to() == m.to();
            }
        }
        return false;
    }

    /**
     * A body's organ named bare ("the Executive Committee", "the General Secretariat") in a
     * paragraph about the body: the organ the gazetteer lists under that body's name, looked for
     * under the bodies named before it in the paragraph, nearest first.
     */
    private void resolveOrgans(String text, List<Token> tokens, TreeMap<Integer, Mention> mentions) {
        for (Mention m : List.copyOf(mentions.values())) {
            if (!isBareOrganName(tokens, m)) {
                continue;
            }
            String organ = text.substring(tokens.get(m.from()).start(), tokens.get(m.to() - 1).end());
            for (Mention parent : mentions.headMap(m.from(), false).descendingMap().values()) {
                if (tokens.subList(parent.from() + 1, m.from() + 1).stream().anyMatch(Token::afterBreak)) {
                    break;
                }
                OrganizationValue found = organOf(parent.value(), organ);
                if (found != null) {
                    mentions.put(m.from(), new Mention(m.from(), m.to(), found));
                    break;
                }
            }
        }
    }

    /** Two or three capitalised words, no acronym and no state: a name that needs its body. */
    private boolean isBareOrganName(List<Token> tokens, Mention m) {
        int words = m.to() - m.from();
        if (words < 2 || words > 3 || m.value().country() != null) {
            return false;
        }
        for (int k = m.from(); k < m.to(); k++) {
            Token t = tokens.get(k);
            if (!t.isWord() || !t.isCapitalized() || t.isAllCaps() || countries.trie().longestAt(tokens, k) != null) {
                return false;
            }
        }
        return true;
    }

    private OrganizationValue organOf(OrganizationValue parent, String organ) {
        List<String> parentNames = parent.acronym() != null ? List.of(parent.acronym(), parent.name()) : List.of(parent.name());
        for (String name : parentNames) {
            for (String composite : List.of(name + " " + organ, organ + " of " + name)) {
                List<OrganizationValue> found = gazetteer.bySurface(composite);
                if (!found.isEmpty()) {
                    return found.get(0);
                }
            }
        }
        return null;
    }

    /**
     * "Ministry of Justice of Japan": the state after a body's name stays outside the span (as a
     * state before it does), unless the canonical name itself ends so ("Bank of Japan").
     */
    private int withoutStateTail(List<Token> tokens, int from, int to, String canonicalName) {
        for (int of = to - 2; of > from; of--) {
            if (!tokens.get(of).is("of")) {
                continue;
            }
            int at = tokens.get(of + 1).is("the") ? of + 2 : of + 1;
            TokenTrie.Match<CountryGazetteer.Surface> m = at < to ? countries.trie().longestAt(tokens, at) : null;
            if (m != null && m.to() == to && m.value() instanceof CountryGazetteer.Country
                    && !canonicalName.endsWith(tokens.get(to - 1).norm())) {
                return of;
            }
            break;
        }
        return to;
    }

    /**
     * "The IHO and Intergovernmental Oceanographic Commission": two bodies, not one name; "the
     * NPA's International Affairs Department": the known body owns the unit and is not part of its name.
     */
    private static NameGrammar.Candidate afterCoordinatedBody(List<Token> tokens, NameGrammar.Candidate c, TreeMap<Integer, Mention> known) {
        int from = c.from();
        Mention first = known.get(c.from());
        if (first != null && first.to() + 2 < c.to() && tokens.get(first.to()).is("'") && tokens.get(first.to() + 1).is("s")) {
            from = first.to() + 2;
        }
        for (Mention m : known.subMap(c.from(), c.to()).values()) {
            if (m.to() < c.to() - 1 && (tokens.get(m.to()).is("and") || tokens.get(m.to()).is(","))) {
                from = m.to() + 1;
                while (from < c.to() && !(tokens.get(from).isWord() && tokens.get(from).isCapitalized())) {
                    from++;
                }
            }
        }
        return from == c.from() ? c : new NameGrammar.Candidate(from, c.to());
    }

    /**
     * Asks the finder about each line that still has a run of two or more capitalised words no
     * mention explains, and keeps a found name only if the rules had no reason to refuse it: two
     * or more words, all capitalised but for connectors, no word of a meeting, law or title, not
     * ending on a head noun (the grammar judged those), not in a heading, overlapping nothing.
     */
    private void addFound(OrganizationFinder finder, String text, List<Token> tokens, TreeMap<Integer, Mention> mentions,
                          StateContext states) {
        Map<Integer, Integer> tokenAtStart = new HashMap<>();
        Map<Integer, Integer> tokenAtEnd = new HashMap<>();
        for (int k = 0; k < tokens.size(); k++) {
            tokenAtStart.put(tokens.get(k).start(), k);
            tokenAtEnd.put(tokens.get(k).end(), k);
        }
        // the finder's features are local, so it reads a window around each unexplained run
        // rather than the whole paragraph, and only runs right after "the" can be kept anyway
        int k = 0;
        while (k < tokens.size()) {
            int runEnd = unexplainedRunAfterThe(tokens, k, mentions);
            if (runEnd < 0) {
                k++;
                continue;
            }
            int from = Math.max(lineStartOf(tokens, k), k - WINDOW);
            int to = Math.min(lineEndOf(tokens, runEnd - 1), runEnd + WINDOW);
            if (!inHeadingLine(tokens, k)) {
                int offset = tokens.get(from).start();
                findIn(finder, text, text.substring(offset, tokens.get(to - 1).end()), offset, tokens, mentions, tokenAtStart, tokenAtEnd, states);
            }
            k = to;
        }
    }

    private static final int WINDOW = 12;

    private void findIn(OrganizationFinder finder, String text, String passage, int offset, List<Token> tokens,
                        TreeMap<Integer, Mention> mentions, Map<Integer, Integer> tokenAtStart, Map<Integer, Integer> tokenAtEnd,
                        StateContext states) {
        for (Span s : finder.find(passage)) {
            Integer from = tokenAtStart.get(offset + s.start());
            Integer last = tokenAtEnd.get(offset + s.end());
            if (from == null || last == null) {
                continue;
            }
            while (from <= last && (grammar.isLeadingWord(tokens.get(from)) || !tokens.get(from).isWord())) {
                from++;
            }
            int to = last + 1;
            if (acceptable(text, tokens, from, to) && !overlapsAny(mentions, from, to)) {
                String name = text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
                String country = states.adjacent(from, to);
                mentions.put(from, new Mention(from, to, new OrganizationValue(name, null,
                        country != null ? country : countryInside(tokens, from, to))));
            }
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
    private int unexplainedRunAfterThe(List<Token> tokens, int k, TreeMap<Integer, Mention> mentions) {
        if (k == 0 || !tokens.get(k - 1).norm().equalsIgnoreCase("the") || tokens.get(k).atLineStart()) {
            return -1;
        }
        int words = 0;
        int end = k;
        for (int j = k; j < tokens.size() && (j == k || !tokens.get(j).atLineStart()); j++) {
            Token t = tokens.get(j);
            if (overlapsAny(mentions, j, j + 1)) {
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

    private boolean acceptable(String text, List<Token> tokens, int from, int to) {
        if (from == 0 || !tokens.get(from - 1).norm().equalsIgnoreCase("the")
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
        TokenTrie.Match<CountryGazetteer.Surface> c = countries.trie().longestAt(tokens, from);
        return c == null || c.to() < to;
    }

    /**
     * Abstract nouns name topics, not bodies: "Promotion of Accession", "Crisis Management",
     * "Combating Piracy". A statistical guess that ends on one is refused.
     */
    private static final java.util.regex.Pattern ABSTRACT_HEAD =
            java.util.regex.Pattern.compile(".*(tions?|sions?|ments?|ings?|ity|ities|ness|ance|ence|isms?|ships?|ssues?)");

    /** "Fifth Ministerial Plenary": a numbered occurrence is an event. */
    private static final java.util.regex.Pattern ORDINAL =
            java.util.regex.Pattern.compile("First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|\\d+(st|nd|rd|th)");

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

    /** Lower-case words that may stand inside a name: "Carabineros de Chile", "Bank of ...". */
    private static final Set<String> SMALL_WORDS = Set.of("of", "and", "for", "de", "del", "la", "le", "des", "du", "the", "on");

    /**
     * The state a national name ("National Police", "Cabinet") belongs to: the one named with it,
     * the one "the country's" refers back to, the one its sentence names, the document's own.
     */
    private static String stateOfNationalName(StateContext states, int from, int to) {
        String state = states.adjacent(from, to);
        if (state == null) {
            state = states.referredBack(from);
        }
        return state != null ? state : states.ofSentence(from);
    }

    /**
     * The listed body of the context's state, else that state's body under the national name
     * itself. Without such a state, the listed body of the document's state; else the body the
     * name itself belongs to in this genre, listed first ("Ministry of Public Security": China's);
     * else the name with no state.
     */
    private static OrganizationValue nationalBody(List<OrganizationValue> options, String surface, String state, String home) {
        String wanted = state != null ? state : home;
        for (OrganizationValue o : options) {
            if (o.country() != null && o.country().equals(wanted)) {
                return o;
            }
        }
        if (state != null) {
            return new OrganizationValue(surface, null, state);
        }
        return options.stream().filter(o -> o.name().equals(surface)).findFirst()
                .orElse(new OrganizationValue(surface, null, null));
    }

    /** Among bodies sharing a surface, the one of the context's country, else of the home country. */
    private static OrganizationValue choose(List<OrganizationValue> options, String contextCountry, String home) {
        if (contextCountry != null) {
            for (OrganizationValue o : options) {
                if (contextCountry.equals(o.country())) {
                    return o;
                }
            }
            OrganizationValue first = options.get(0);
            if (first.country() != null) {
                // a national body of another state than the listed ones: same name, its own country
                return new OrganizationValue(first.name(), null, contextCountry);
            }
            return first;
        }
        if (home != null) {
            for (OrganizationValue o : options) {
                if (home.equals(o.country())) {
                    return o;
                }
            }
        }
        return options.get(0);
    }

    private Mention patternMention(List<Token> tokens, String text, NameGrammar.Candidate c, TreeMap<Integer, Mention> known,
                                   StateContext states) {
        int from = c.from();
        int to = c.to();
        String country = null;
        // a leading adjective ("Chinese") names the state, not the body; a leading noun
        // ("Japan Coast Guard") starts the official name
        TokenTrie.Match<CountryGazetteer.Surface> lead = countries.trie().longestAt(tokens, from);
        // "Japan and the Kestrel Police Agency": a state and a body, not one name
        if (lead != null && lead.value() instanceof CountryGazetteer.Country && lead.to() + 1 < to
                && (tokens.get(lead.to()).is("and") || tokens.get(lead.to()).is("&"))) {
            from = tokens.get(lead.to() + 1).is("the") ? lead.to() + 2 : lead.to() + 1;
            lead = from < to ? countries.trie().longestAt(tokens, from) : null;
        }
        if (lead != null && lead.value() instanceof CountryGazetteer.Country lc) {
            if (lc.adjective()) {
                from = lead.to();
            }
            // "Japan-India Joint Working Group": a joint body belongs to neither state
            country = lc.adjective() || countryInside(tokens, from, to) != null ? lc.iso2() : null;
        }
        // "Ministry of Justice of Japan": the state stays outside the name and gives its country;
        // "Hydrographic Department of the Japan Coast Guard": the parent is a body of its own
        int of = lastOf(tokens, from, to, known);
        if (of > from) {
            int tail = tokens.get(of + 1).is("the") ? of + 2 : of + 1;
            TokenTrie.Match<CountryGazetteer.Surface> state = tail < to ? countries.trie().longestAt(tokens, tail) : null;
            Mention parent = known.get(tail);
            if (parent == null && state != null && state.value() instanceof CountryGazetteer.Country pc && pc.adjective()) {
                // "Foreign Affairs Bureau of the Chinese Ministry of Public Security"
                parent = known.get(state.to());
                country = pc.iso2();
            }
            int head = from;
            while (known.containsKey(head) && known.get(head).to() < of) {
                head = known.get(head).to();
            }
            if (state != null && state.to() == to && state.value() instanceof CountryGazetteer.Country sc && !sc.adjective()) {
                country = sc.iso2();
                to = of;
            } else if (parent != null && parent.to() == to && of - head == 1 && grammar.isHead(tokens.get(head))) {
                // "the UNODC Fund of the UN International Drug Control Programme": a bare head
                // is named by its body, and a body before it is its owner, not part of its name
                String name = text.substring(tokens.get(head).start(), tokens.get(tail).start()).replaceAll("\\s+", " ")
                        + parent.value().name();
                return new Mention(head, to, new OrganizationValue(name, null, country != null ? country : parent.value().country()));
            } else if (parent != null && parent.to() == to) {
                country = country != null ? country : parent.value().country();
                to = of;
            }
        }
        if (to - from < 2 || !grammar.isHead(tokens.get(to - 1)) && !containsHead(tokens, from, to)) {
            return null;
        }
        boolean assumed = false;
        if (country == null && !isJoint(tokens, from, c.to())) {
            BodyState state = stateOfUnknownBody(tokens, from, to, known, states);
            country = state.iso2();
            assumed = state.assumed();
        }
        String name = text.substring(tokens.get(from).start(), tokens.get(to - 1).end()).replaceAll("\\s+", " ");
        List<OrganizationValue> listed = gazetteer.byName(name);
        if (!listed.isEmpty()) {
            return new Mention(from, to, choose(listed, country, null), assumed);
        }
        return new Mention(from, to, new OrganizationValue(name, null, country), assumed);
    }

    /**
     * The state of a body no gazetteer knows, from the first of: a state named with it ("Chinese
     * ...", "... of Japan") or in it ("Kosovo Philharmonic Orchestra"); a body its name is built on
     * ("FBI National Academy"; none for "G20 Anti-Corruption Working Group"); the body it is
     * bracketed after ("UNODC (Terrorism Prevention Branch)"); where it is ("... in the south of
     * Serbia"); who set it up (", established ... by the Chinese Ministry of Public Security");
     * an international body named before it in its sentence (none: "the PBC ... the Working Group
     * on Lessons Learned"); a region in its name (none: "Balkan Chamber Orchestra"); the one state
     * its sentence names; the state the document is about, since reports in this genre name their
     * own government's bodies without saying whose they are.
     */
    private BodyState stateOfUnknownBody(List<Token> tokens, int from, int to, TreeMap<Integer, Mention> known, StateContext states) {
        String country = states.adjacent(from, to);
        if (country == null) {
            country = countryInside(tokens, from, to);
        }
        if (country != null) {
            return new BodyState(country, false);
        }
        Collection<Mention> within = known.subMap(from, to).values();
        if (!within.isEmpty()) {
            return new BodyState(within.stream().map(m -> m.value().country()).filter(Objects::nonNull).findFirst().orElse(null), false);
        }
        Mention container = bracketedAfter(tokens, from, known);
        if (container != null) {
            return new BodyState(container.value().country(), false);
        }
        country = states.locatedIn(to);
        if (country != null) {
            return new BodyState(country, false);
        }
        Owner owner = ownerAfter(tokens, to, known, states);
        if (owner != null) {
            return new BodyState(owner.country(), false);
        }
        Mention before = bodyEarlierInSentence(tokens, from, known);
        if (before != null && before.value().country() == null || namesARegion(tokens, from, to)) {
            return new BodyState(null, false);
        }
        country = states.ofSentence(from);
        return new BodyState(country != null ? country : states.home(), true);
    }

    /** A body's state (null: none), and whether it was assumed rather than read from the context. */
    private record BodyState(String iso2, boolean assumed) {
    }

    /** "Japan-India Joint Working Group": a body of two states belongs to neither. */
    private boolean isJoint(List<Token> tokens, int from, int to) {
        Set<String> named = new HashSet<>();
        for (int k = from; k < to; k++) {
            TokenTrie.Match<CountryGazetteer.Surface> m = countries.trie().longestAt(tokens, k);
            if (m != null && m.to() <= to && m.value() instanceof CountryGazetteer.Country c) {
                named.add(c.iso2());
                k = m.to() - 1;
            }
        }
        return named.size() >= 2;
    }

    /** Who set a body up, and that one's state (null for an international body). */
    private record Owner(String country) {
    }

    /** ", established in Wuxi City, Jiangsu Province, by the Chinese Ministry of Public Security". */
    private Owner ownerAfter(List<Token> tokens, int to, TreeMap<Integer, Mention> known, StateContext states) {
        int k = to < tokens.size() && tokens.get(to).is(",") ? to + 1 : to;
        if (k >= tokens.size() || !grammar.isFoundingVerb(tokens.get(k))) {
            return null;
        }
        for (int j = k + 1; j < Math.min(tokens.size() - 1, k + 12); j++) {
            Token t = tokens.get(j);
            if (t.is(".") || t.is(";") || t.atLineStart()) {
                return null;
            }
            if (t.is("by")) {
                int at = tokens.get(j + 1).is("the") ? j + 2 : j + 1;
                CountryGazetteer.Country state = states.stateAt(at);
                if (state != null) {
                    return new Owner(state.iso2());
                }
                Mention body = known.get(at);
                return body != null ? new Owner(body.value().country()) : null;
            }
        }
        return null;
    }

    /**
     * The body named last before token {@code from} in the same sentence, or null; a body that
     * only starts a longer name ("United Nations Convention against ...") does not count.
     */
    private static Mention bodyEarlierInSentence(List<Token> tokens, int from, TreeMap<Integer, Mention> known) {
        int start = StateContext.sentenceStart(tokens, from);
        for (Mention m : known.headMap(from, false).descendingMap().values()) {
            if (m.from() < start) {
                return null;
            }
            Token next = m.to() < tokens.size() ? tokens.get(m.to()) : null;
            if (next == null || !(next.isWord() && next.isCapitalized())) {
                return m;
            }
        }
        return null;
    }

    private boolean namesARegion(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (grammar.isRegionWord(tokens.get(k))) {
                return true;
            }
        }
        return false;
    }

    private static Mention bracketedAfter(List<Token> tokens, int from, TreeMap<Integer, Mention> known) {
        if (from < 2 || !tokens.get(from - 1).is("(")) {
            return null;
        }
        Map.Entry<Integer, Mention> e = known.floorEntry(from - 2);
        return e != null && e.getValue().to() == from - 1 ? e.getValue() : null;
    }

    /** A state, or a capitalised place followed by ", <state>" ("New Delhi, India"). */
    private boolean isPlace(List<Token> tokens, int at) {
        if (at >= tokens.size()) {
            return false;
        }
        TokenTrie.Match<CountryGazetteer.Surface> c = countries.trie().longestAt(tokens, at);
        if (c != null && c.value() instanceof CountryGazetteer.Country) {
            return true;
        }
        int k = at;
        while (k < tokens.size() && k < at + 3 && tokens.get(k).isWord() && tokens.get(k).isCapitalized()) {
            k++;
        }
        if (k == at || k + 1 >= tokens.size() || !tokens.get(k).is(",")) {
            return false;
        }
        TokenTrie.Match<CountryGazetteer.Surface> after = countries.trie().longestAt(tokens, k + 1);
        return after != null && after.value() instanceof CountryGazetteer.Country;
    }

    private boolean containsHead(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (grammar.isHead(tokens.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** The last "of" in the name that follows a head word and is not inside a known body's name, or -1. */
    private int lastOf(List<Token> tokens, int from, int to, TreeMap<Integer, Mention> known) {
        for (int k = to - 2; k > from; k--) {
            if (tokens.get(k).is("of") && grammar.isHead(tokens.get(k - 1)) && !overlapsAny(known, k, k + 1)) {
                return k;
            }
        }
        return -1;
    }

    /** The one state named inside a name ("Japan Coast Guard"); none for a joint body ("Japan-India ..."). */
    private String countryInside(List<Token> tokens, int from, int to) {
        String found = null;
        for (int k = from; k < to; k++) {
            TokenTrie.Match<CountryGazetteer.Surface> m = countries.trie().longestAt(tokens, k);
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

    /** A line of capitalised words without a sentence end: a heading, where capitals say nothing. */
    private static boolean inHeadingLine(List<Token> tokens, int at) {
        int start = at;
        while (start > 0 && !tokens.get(start).atLineStart()) {
            start--;
        }
        int end = at;
        while (end + 1 < tokens.size() && !tokens.get(end + 1).atLineStart()) {
            end++;
        }
        int words = 0;
        int capitalized = 0;
        for (int k = start; k <= end; k++) {
            Token t = tokens.get(k);
            if (t.isWord() && Character.isLetter(t.norm().charAt(0)) && t.norm().length() > 3) {
                words++;
                if (t.isCapitalized()) {
                    capitalized++;
                }
            }
        }
        // a line that ends like a sentence, or is too long for a title, is prose, however many capitals it has
        boolean sentence = (tokens.get(end).is(".") && !tokens.get(end - 1).is(".")) || tokens.get(end).is(":")
                || words > 12;
        return !sentence && words > 0 && capitalized * 10 >= words * 8;
    }

    /**
     * A name that contains known bodies must add a word of its own that is not a state: "G7
     * Roma-Lyon Group" or "FBI National Academy" are names; "US Federal Bureau of Investigation"
     * is a state and a known body.
     */
    private boolean addsANameWord(List<Token> tokens, Mention m, TreeMap<Integer, Mention> known) {
        var inside = known.subMap(m.from(), m.to()).values();
        if (inside.isEmpty() || inside.size() >= 2) {
            return true;
        }
        Mention only = inside.iterator().next();
        for (int k = m.from(); k < m.to(); k++) {
            if (k >= only.from() && k < only.to()) {
                continue;
            }
            Token t = tokens.get(k);
            if (t.isWord() && t.isCapitalized()) {
                TokenTrie.Match<CountryGazetteer.Surface> c = countries.trie().longestAt(tokens, k);
                if (c == null || !(c.value() instanceof CountryGazetteer.Country)) {
                    return true;
                }
                k = c.to() - 1;
            }
        }
        return false;
    }

    /** Some mention starts inside and ends outside [from, to), or the other way round. */
    private static boolean crossesAny(TreeMap<Integer, Mention> mentions, int from, int to) {
        Map.Entry<Integer, Mention> before = mentions.lowerEntry(from);
        if (before != null && before.getValue().to() > from) {
            return true;
        }
        for (Mention m : mentions.subMap(from, to).values()) {
            if (m.to() > to) {
                return true;
            }
        }
        return false;
    }

    private static boolean coveredByOne(TreeMap<Integer, Mention> mentions, int from, int to) {
        Map.Entry<Integer, Mention> e = mentions.floorEntry(from);
        return e != null && e.getValue().to() >= to;
    }

    private static boolean overlapsAny(TreeMap<Integer, Mention> mentions, int from, int to) {
        Map.Entry<Integer, Mention> before = mentions.floorEntry(to - 1);
        return before != null && before.getValue().to() > from;
    }

    /**
     * Links acronyms defined in the text to the body they abbreviate, then finds every bare use of
     * them. A definition whose long form is no body ("Official Development Assistance (ODA)") is
     * ignored.
     */
    private void addDefinedAcronyms(String text, List<Token> tokens, TreeMap<Integer, Mention> mentions) {
        Map<Integer, Integer> tokenAtEnd = new HashMap<>();
        for (int k = 0; k < tokens.size(); k++) {
            tokenAtEnd.put(tokens.get(k).end(), k);
        }
        Map<String, OrganizationValue> defined = new LinkedHashMap<>();
        for (AcronymDefinitions.Definition d : AcronymDefinitions.find(text)) {
            Integer last = tokenAtEnd.get(d.longEnd());
            Mention longForm = mentionEndingAt(mentions, last);
            if (longForm == null && last != null) {
                // "Ministry of Justice of Japan (MOJ)": the state after the name is outside it
                longForm = mentionEndingAt(mentions, beforeAnOfStateTail(tokens, last));
            }
            // the text's own definition outranks what the gazetteer says the acronym means
            if (longForm != null) {
                OrganizationValue v = longForm.value();
                List<OrganizationValue> listed = gazetteer.byAcronym(d.shortForm());
                if (v.acronym() == null && listed.size() == 1 && gazetteer.byName(v.name()).isEmpty()) {
                    // "UN Asia and Far East Institute (UNAFEI)": a known body under a shorter name
                    v = listed.get(0);
                    replaceValue(mentions, longForm, v);
                } else if (v.acronym() == null) {
                    v = new OrganizationValue(v.name(), d.shortForm(), v.country());
                    replaceValue(mentions, longForm, v);
                }
                defined.putIfAbsent(d.shortForm(), v);
            }
        }
        if (defined.isEmpty()) {
            return;
        }
        TokenTrie.Builder<OrganizationValue> builder = TokenTrie.builder(false, Set.of());
        defined.forEach(builder::add);
        TokenTrie<OrganizationValue> acronyms = builder.build();
        for (TokenTrie.Match<OrganizationValue> m : acronyms.findAll(tokens)) {
            Mention existing = mentions.get(m.from());
            if (existing != null && existing.to() == m.to()) {
                mentions.put(m.from(), new Mention(m.from(), m.to(), m.value()));
            } else if (!overlapsAny(mentions, m.from(), m.to())) {
                mentions.put(m.from(), new Mention(m.from(), m.to(), m.value()));
            }
        }
        // the long forms too take the value with the defined acronym
        for (Mention m : List.copyOf(mentions.values())) {
            for (OrganizationValue v : defined.values()) {
                if (m.value().name().equals(v.name()) && Objects.equals(m.value().country(), v.country()) && !m.value().equals(v)) {
                    mentions.put(m.from(), new Mention(m.from(), m.to(), v));
                }
            }
        }
    }

    /** The last token before "of [the] <state>" that ends at {@code last}, or null. */
    private Integer beforeAnOfStateTail(List<Token> tokens, int last) {
        for (int of = last - 1; of > 0 && of >= last - 5; of--) {
            if (tokens.get(of).is("of")) {
                int at = tokens.get(of + 1).is("the") ? of + 2 : of + 1;
                TokenTrie.Match<CountryGazetteer.Surface> m = at <= last ? countries.trie().longestAt(tokens, at) : null;
                return m != null && m.to() == last + 1 && m.value() instanceof CountryGazetteer.Country ? of - 1 : null;
            }
        }
        return null;
    }

    private static Mention mentionEndingAt(TreeMap<Integer, Mention> mentions, Integer lastToken) {
        if (lastToken == null) {
            return null;
        }
        Map.Entry<Integer, Mention> e = mentions.floorEntry(lastToken);
        return e != null && e.getValue().to() == lastToken + 1 ? e.getValue() : null;
    }

    private static void replaceValue(TreeMap<Integer, Mention> mentions, Mention old, OrganizationValue v) {
        mentions.put(old.from(), new Mention(old.from(), old.to(), v));
    }

    @Override
    public void preload() {
        backstop.forEach(OrganizationFinder::preload);
    }

    @Override
    public String fingerprint() {
        return id() + " " + String.join(" ", gazetteer.resourceHashes()) + " " + String.join(" ", grammar.resourceHashes())
                + " " + enumerations.resourceHash() + " " + String.join(" ", missions.resourceHashes()) + " " + countries.resourceHashes().get(0);
    }
}
