package factpipe.extract.organization;

import factpipe.core.document.Document;
import factpipe.core.fact.Fact;
import factpipe.core.fact.OrganizationValue;
import factpipe.core.fact.Span;
import factpipe.core.pipeline.Extractor;
import factpipe.extract.country.CityGazetteer;
import factpipe.extract.country.CountryGazetteer;
import factpipe.extract.text.Token;
import factpipe.extract.text.TokenTrie;
import factpipe.extract.text.Tokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * ORGANIZATION facts, in passes over one tokenization that add to one {@link BodyMentions}:
 * <ol>
 *   <li>known bodies from the {@link OrganizationGazetteer}; a national name ("National Police",
 *       "Ministry of Foreign Affairs") is the body of the state its context gives
 *       ({@link StateContext});</li>
 *   <li>diplomatic missions, named by the states that send and host them ({@link DiplomaticMissions}),
 *       and long known names written without their function words;</li>
 *   <li>unknown bodies whose names have the shape of a body's name ({@link NameGrammar}), with the
 *       state their context gives; in a heading only when the prose confirms them;</li>
 *   <li>units listed by their words after the plural of their kind ({@link UnitEnumerations});</li>
 *   <li>bare organs of a body named before them ("the Executive Committee" of INTERPOL);</li>
 *   <li>acronyms the text defines ({@link DefinedAcronyms}), so that every later bare "NPA" is the
 *       same body;</li>
 *   <li>a statistical {@link OrganizationFinder} as a filtered recall backstop
 *       ({@link StatisticalBackstop}), never overriding a rule.</li>
 * </ol>
 * A country adjective in front of a name stays outside the span ("Chinese | Ministry of Public
 * Security") but gives the body its country.
 */
public final class OrganizationExtractor implements Extractor {

    private final OrganizationGazetteer gazetteer;
    private final CountryGazetteer countries;
    private final CityGazetteer cities;
    private final NameGrammar grammar;
    private final UnitEnumerations enumerations;
    private final DiplomaticMissions missions;
    private final DefinedAcronyms acronyms;
    private final UnknownBodyStates bodyStates;
    private final List<OrganizationFinder> finders;
    private final List<StatisticalBackstop> backstop;

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
        this.cities = new CityGazetteer();
        this.missions = new DiplomaticMissions(cities);
        this.acronyms = new DefinedAcronyms(gazetteer);
        this.bodyStates = new UnknownBodyStates(grammar);
        this.finders = List.copyOf(backstop);
        this.backstop = finders.stream().map(f -> new StatisticalBackstop(f, grammar)).toList();
    }

    @Override
    public String name() {
        return "organization";
    }

    @Override
    public String version() {
        StringBuilder v = new StringBuilder("2");
        finders.forEach(f -> v.append('+').append(f.id()));
        return v.toString();
    }

    @Override
    public List<Fact> extract(Document document) {
        String text = document.text();
        List<Token> tokens = Tokenizer.tokenize(text);
        StateContext states = new StateContext(tokens, countries, cities);
        BodyMentions mentions = new BodyMentions();

        for (TokenTrie.Match<List<OrganizationValue>> m : gazetteer.trie().findAll(tokens)) {
            int to = withoutStateTail(tokens, m.from(), m.to(), m.value().get(0).name());
            String surface = text.substring(tokens.get(m.from()).start(), tokens.get(m.to() - 1).end()).replaceAll("\\s+", " ");
            boolean national = gazetteer.isNationalName(surface);
            String state = national ? stateOfNationalName(states, m.from(), to) : null;
            OrganizationValue v = national
                    ? nationalBody(m.value(), surface, state, states.home())
                    : choose(m.value(), states.adjacent(m.from(), to), states.home());
            // a national name whose context names no state is some state's body, unknown which
            mentions.put(new BodyMention(withoutStateHead(tokens, states, m.from(), to, v.name()), to, v, national && state == null));
        }
        for (DiplomaticMissions.Mission m : missions.find(tokens, states)) {
            if (!mentions.overlapsAny(m.from(), m.to())) {
                mentions.put(new BodyMention(m.from(), m.to(), m.value()));
            }
        }
        for (TokenTrie.Match<List<OrganizationValue>> m : gazetteer.looseTrie().findAll(tokens)) {
            if (!mentions.overlapsAny(m.from(), m.to())) {
                mentions.put(new BodyMention(m.from(), m.to(), choose(m.value(), states.adjacent(m.from(), m.to()), states.home())));
            }
        }
        BodyMentions listedBodies = mentions.snapshot();
        // capitals say little in a heading: a name guessed there must also stand in the prose,
        // or be a unit named with its known parent ("Alumni Association for National Police Academy")
        List<NameGrammar.Candidate> inHeadings = new ArrayList<>();
        BodyMentions listed = mentions.snapshot();
        for (NameGrammar.Candidate c : grammar.candidates(tokens, this::isPlace, k -> listed.overlapsAny(k, k + 1))) {
            if (NameGrammar.inHeadingLine(tokens, c.from())) {
                inHeadings.add(c);
            } else {
                addGuessed(patternMention(tokens, text, afterCoordinatedBody(tokens, c, mentions), mentions, states), tokens, mentions);
            }
        }
        Set<String> proseNames = new HashSet<>();
        mentions.all().forEach(m -> proseNames.add(m.value().name()));
        for (NameGrammar.Candidate c : inHeadings) {
            BodyMention m = patternMention(tokens, text, afterCoordinatedBody(tokens, c, mentions), mentions, states);
            if (m != null && (proseNames.contains(m.value().name()) || endsOnItsParent(tokens, m, mentions))) {
                addGuessed(new BodyMention(m.from(), m.to(), m.value(), true), tokens, mentions);
            }
        }
        for (UnitEnumerations.Unit u : enumerations.find(text, tokens)) {
            if (!mentions.overlapsAny(u.from(), u.to())) {
                UnknownBodyStates.BodyState state = bodyStates.of(tokens, u.from(), u.to(), mentions, states);
                mentions.put(new BodyMention(u.from(), u.to(), new OrganizationValue(u.name(), null, state.iso2()), state.assumed()));
            }
        }
        dropReferencesBack(text, tokens, mentions, listedBodies);
        addOtherMentionsOfGuessedNames(text, tokens, mentions);
        oneStatePerName(mentions);
        resolveOrgans(text, tokens, mentions);
        acronyms.link(text, tokens, mentions, states);
        statesOfCoordinatedBodies(tokens, mentions);
        for (StatisticalBackstop finder : backstop) {
            finder.addTo(text, tokens, mentions, states);
        }

        List<Fact> facts = new ArrayList<>();
        for (BodyMention m : mentions.all()) {
            Span span = new Span(tokens.get(m.from()).start(), tokens.get(m.to() - 1).end());
            facts.add(Fact.at(text, span, m.value(), id()));
        }
        return facts;
    }

    /**
     * A longer name may contain known bodies ("G7 Roma-Lyon Group"); it replaces them, but never
     * cuts one in two.
     */
    private void addGuessed(BodyMention m, List<Token> tokens, BodyMentions mentions) {
        if (m != null && !grammar.containsFacilityName(tokens, m.from(), m.to())
                && !grammar.isItemAmongNonBodies(tokens, m.from(), m.to()) && !mentions.crossesAny(m.from(), m.to()) && !mentions.coveredByOne(m.from(), m.to())
                && addsANameWord(tokens, m, mentions)) {
            mentions.clear(m.from(), m.to());
            mentions.put(m);
        }
    }

    /**
     * "the OECD Working Group on Bribery ... The Working Group will assess": a guessed name of two
     * words that an earlier body's name contains refers back to that body, as "the Commission"
     * does; it is no name of its own.
     */
    private static void dropReferencesBack(String text, List<Token> tokens, BodyMentions mentions, BodyMentions listed) {
        List<BodyMention> all = mentions.all();
        for (int i = 0; i < all.size(); i++) {
            BodyMention m = all.get(i);
            if (listed.startingAt(m.from()) != null || words(tokens, m) != 2) {
                continue;
            }
            String surface = text.substring(tokens.get(m.from()).start(), tokens.get(m.to() - 1).end());
            for (int j = 0; j < i; j++) {
                String earlier = all.get(j).value().name();
                if (earlier.length() > surface.length() && earlier.contains(surface)) {
                    mentions.clear(m.from(), m.to());
                    break;
                }
            }
        }
    }

    /**
     * One name, one body in a document: a name of three words or more that the rules found once
     * as a body's is that body's wherever else it stands, even where the grammar refused it ("the
     * Kenya Coast Guard Service (KCGS)" ... "under the Kenya Coast Guard Service Act", a body named
     * in a law's title). Shorter names are too generic ("Coast Guard" in "Heads of Asian Coast
     * Guard Agencies Meeting").
     */
    private void addOtherMentionsOfGuessedNames(String text, List<Token> tokens, BodyMentions mentions) {
        Map<String, BodyMention> guessed = new LinkedHashMap<>();
        for (BodyMention m : mentions.all()) {
            String surface = text.substring(tokens.get(m.from()).start(), tokens.get(m.to() - 1).end());
            if (words(tokens, m) >= 3 && gazetteer.bySurface(surface).isEmpty() && !NameGrammar.inHeadingLine(tokens, m.from())) {
                guessed.putIfAbsent(surface, m);
            }
        }
        if (guessed.isEmpty()) {
            return;
        }
        TokenTrie.Builder<BodyMention> builder = TokenTrie.builder(false, Set.of());
        guessed.forEach(builder::add);
        for (TokenTrie.Match<BodyMention> m : builder.build().findAll(tokens)) {
            if (!mentions.overlapsAny(m.from(), m.to())) {
                mentions.put(new BodyMention(m.from(), m.to(), m.value().value(), m.value().assumed()));
            }
        }
    }

    /**
     * "officers of the KCGS, the National Police Service (NPS) and the Kenya Revenue Authority":
     * a body listed between bodies of one state, whose own state was only assumed, is of that
     * state, in all its mentions.
     */
    private static void statesOfCoordinatedBodies(List<Token> tokens, BodyMentions mentions) {
        List<BodyMention> all = mentions.all();
        for (int i = 0; i < all.size(); i++) {
            BodyMention m = all.get(i);
            if (!m.assumed()) {
                continue;
            }
            String before = i > 0 && coordinated(tokens, all.get(i - 1).to(), m.from()) ? readState(all.get(i - 1)) : null;
            String after = i + 1 < all.size() && coordinated(tokens, afterAcronym(tokens, m.to()), all.get(i + 1).from())
                    ? readState(all.get(i + 1)) : null;
            // two bodies joined by "and" may be of two states; a list's items on both sides agree
            String state = before != null && before.equals(after) ? before : null;
            if (state != null && !state.equals(m.value().country())) {
                OrganizationValue old = m.value();
                OrganizationValue v = new OrganizationValue(old.name(), old.acronym(), state);
                for (BodyMention same : mentions.all()) {
                    if (same.value().equals(old)) {
                        mentions.replaceValue(same, v);
                    }
                }
            }
        }
    }

    /** The state a mention read from its context, or null. */
    private static String readState(BodyMention m) {
        return m.assumed() ? null : m.value().country();
    }

    /** Only list separators between tokens {@code from} and {@code to}: ",", "and", "the". */
    private static boolean coordinated(List<Token> tokens, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (!(t.is(",") || t.is("and") || t.is("the") || t.is("&") || t.is("or")) || t.atLineStart()) {
                return false;
            }
        }
        return true;
    }

    /** The token after "(ACRONYM)" at {@code k}, or {@code k}. */
    private static int afterAcronym(List<Token> tokens, int k) {
        return k + 2 < tokens.size() && tokens.get(k).is("(") && tokens.get(k + 2).is(")") ? k + 3 : k;
    }

    private static int words(List<Token> tokens, BodyMention m) {
        int words = 0;
        for (int k = m.from(); k < m.to(); k++) {
            words += tokens.get(k).isWord() ? 1 : 0;
        }
        return words;
    }

    /**
     * One name, one body: a mention whose state was only assumed takes the state that another
     * mention of the same name reads from its context ("the Nis Symphonic Orchestra in the south
     * of Serbia" ... "after the Nis Symphonic Orchestra concert").
     */
    private static void oneStatePerName(BodyMentions mentions) {
        Map<String, OrganizationValue> read = new HashMap<>();
        for (BodyMention m : mentions.all()) {
            if (!m.assumed()) {
                read.putIfAbsent(m.value().name(), m.value());
            }
        }
        for (BodyMention m : mentions.all()) {
            OrganizationValue v = read.get(m.value().name());
            if (m.assumed() && v != null) {
                mentions.put(new BodyMention(m.from(), m.to(), v));
            }
        }
    }

    /** "Alumni Association for National Police Academy": a head, "of"/"for", and a known body to the end. */
    private boolean endsOnItsParent(List<Token> tokens, BodyMention m, BodyMentions known) {
        for (int k = m.from() + 1; k + 1 < m.to(); k++) {
            if ((tokens.get(k).is("of") || tokens.get(k).is("for")) && grammar.isHead(tokens.get(k - 1))) {
                BodyMention parent = known.startingAt(tokens.get(k + 1).is("the") ? k + 2 : k + 1);
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
    private void resolveOrgans(String text, List<Token> tokens, BodyMentions mentions) {
        for (BodyMention m : mentions.all()) {
            if (!isBareOrganName(tokens, m)) {
                continue;
            }
            String organ = text.substring(tokens.get(m.from()).start(), tokens.get(m.to() - 1).end());
            for (BodyMention parent : mentions.before(m.from())) {
                if (tokens.subList(parent.from() + 1, m.from() + 1).stream().anyMatch(Token::afterBreak)) {
                    break;
                }
                String written = text.substring(tokens.get(parent.from()).start(), tokens.get(parent.to() - 1).end());
                OrganizationValue found = organOf(parent.value(), written, organ);
                if (found != null) {
                    mentions.put(new BodyMention(m.from(), m.to(), found));
                    break;
                }
            }
        }
    }

    /** Two or three capitalised words, no acronym and no state: a name that needs its body. */
    private boolean isBareOrganName(List<Token> tokens, BodyMention m) {
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

    /** The organ listed under the parent's acronym, name or the form the text gives ("Bali Process"), or null. */
    private OrganizationValue organOf(OrganizationValue parent, String written, String organ) {
        List<String> parentNames = parent.acronym() != null ? List.of(parent.acronym(), parent.name(), written) : List.of(parent.name(), written);
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
     * "the U.S. Department of State", "the Chinese People's Armed Police Force": a state before a
     * known body's name stays outside the span, as the guide has it, unless the official name
     * starts with that state ("U.S. Coast Guard": United States Coast Guard).
     */
    private int withoutStateHead(List<Token> tokens, StateContext states, int from, int to, String canonicalName) {
        CountryGazetteer.Country lead = states.stateAt(from);
        int end = states.stateEnd(from);
        if (lead == null || end >= to) {
            return from;
        }
        List<Token> name = Tokenizer.tokenize(canonicalName);
        TokenTrie.Match<CountryGazetteer.Surface> own = countries.trie().longestAt(name, 0);
        boolean official = own != null && own.value() instanceof CountryGazetteer.Country c && c.iso2().equals(lead.iso2());
        return official ? from : end;
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
     * "The IHO and Intergovernmental Oceanographic Commission": two bodies, not one name, and so
     * are a name and a known body after "and"; "the NPA's International Affairs Department": the
     * known body owns the unit and is not part of its name.
     */
    private NameGrammar.Candidate afterCoordinatedBody(List<Token> tokens, NameGrammar.Candidate c, BodyMentions known) {
        int from = c.from();
        for (int k = c.from(); k + 2 < c.to(); k++) {
            // "the U.S. Department of State's Diplomatic Security Service": the owner may start
            // before the guessed name does
            BodyMention owner = known.endingAt(k);
            if (owner != null && tokens.get(k + 1).is("'") && tokens.get(k + 2).is("s")) {
                from = k + 3;
                break;
            }
        }
        for (BodyMention m : known.startingIn(c.from(), c.to())) {
            // "the Ministry of Justice and Home Affairs": what follows "and" without a head of its
            // own goes on with the known name's field, and the whole is one name
            if (m.to() < c.to() - 1 && (tokens.get(m.to()).is("and") || tokens.get(m.to()).is(","))
                    && containsHead(tokens, m.to() + 1, c.to())) {
                from = m.to() + 1;
                while (from < c.to() && !(tokens.get(from).isWord() && tokens.get(from).isCapitalized())) {
                    from++;
                }
            }
        }
        // "the Minister of Justice and the National Public Safety Commission": a known body after
        // "and" is a body of its own, and the words before it are no part of its name
        int to = c.to();
        for (BodyMention m : known.startingIn(from + 1, c.to())) {
            int and = tokens.get(m.from() - 1).is("the") ? m.from() - 2 : m.from() - 1;
            if (and > from && (tokens.get(and).is("and") || tokens.get(and).is("&") || tokens.get(and).is(","))) {
                to = and;
                break;
            }
        }
        return from == c.from() && to == c.to() ? c : new NameGrammar.Candidate(from, to);
    }

    /**
     * The state a national name ("National Police", "Cabinet") belongs to: the one named with it,
     * the one "the country's" refers back to, the one its sentence names, the document's own.
     */
    private static String stateOfNationalName(StateContext states, int from, int to) {
        String state = states.adjacent(from, to);
        if (state == null) {
            state = states.referredBack(from);
        }
        if (state == null) {
            state = states.framing(from);
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

    private BodyMention patternMention(List<Token> tokens, String text, NameGrammar.Candidate c, BodyMentions known,
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
                country = lc.iso2();
            } else if (lead.to() + 2 < to && tokens.get(lead.to()).is("'") && tokens.get(lead.to() + 1).is("s")) {
                // "Brazil's Council for Financial Activities Control": a possessive, like an adjective
                from = lead.to() + 2;
                country = lc.iso2();
            } else {
                // "Japan-India Joint Working Group": a joint body belongs to neither state
                country = states.inside(from, to) != null ? lc.iso2() : null;
            }
        }
        // "the Office of the Director of Public Prosecutions of Kenya": a state or a known body
        // after the name's own "of" phrase stays outside it and gives its country
        int ownerTail = ownerTailAfterAComplement(tokens, from, to, known, states);
        if (ownerTail > 0 && country == null) {
            int at = tokens.get(ownerTail + 1).is("the") ? ownerTail + 2 : ownerTail + 1;
            CountryGazetteer.Country state = states.stateAt(at);
            country = state != null ? state.iso2() : known.startingAt(at).value().country();
            to = ownerTail;
        }
        // "Ministry of Justice of Japan": the state stays outside the name and gives its country;
        // "Hydrographic Department of the Japan Coast Guard": the parent is a body of its own
        int of = lastOf(tokens, from, to, known);
        if (of > from) {
            int tail = tokens.get(of + 1).is("the") ? of + 2 : of + 1;
            TokenTrie.Match<CountryGazetteer.Surface> state = tail < to ? countries.trie().longestAt(tokens, tail) : null;
            BodyMention parent = known.startingAt(tail);
            if (parent == null && state != null && state.value() instanceof CountryGazetteer.Country pc && pc.adjective()) {
                // "Foreign Affairs Bureau of the Chinese Ministry of Public Security"
                parent = known.startingAt(state.to());
                country = pc.iso2();
            }
            int head = from;
            while (known.startingAt(head) != null && known.startingAt(head).to() < of) {
                head = known.startingAt(head).to();
            }
            if (state != null && state.to() == to && state.value() instanceof CountryGazetteer.Country sc && !sc.adjective()) {
                country = sc.iso2();
                to = of;
            } else if (parent != null && parent.to() == to && of - head == 1 && grammar.isHead(tokens.get(head))) {
                // "the UNODC Fund of the UN International Drug Control Programme": a bare head
                // is named by its body, and a body before it is its owner, not part of its name
                String name = text.substring(tokens.get(head).start(), tokens.get(tail).start()).replaceAll("\\s+", " ")
                        + parent.value().name();
                return new BodyMention(head, to, new OrganizationValue(name, null, country != null ? country : parent.value().country()));
            } else if (parent != null && parent.to() == to) {
                country = country != null ? country : parent.value().country();
                to = of;
            }
        }
        if (to - from < 2 || !grammar.isHead(tokens.get(to - 1)) && !containsHead(tokens, from, to)) {
            return null;
        }
        boolean assumed = false;
        if (country == null && !states.namesTwoStates(from, c.to())) {
            UnknownBodyStates.BodyState state = bodyStates.of(tokens, from, to, known, states);
            country = state.iso2();
            assumed = state.assumed();
        }
        String name = text.substring(tokens.get(from).start(), tokens.get(to - 1).end()).replaceAll("\\s+", " ");
        List<OrganizationValue> listed = gazetteer.byName(name);
        if (!listed.isEmpty()) {
            return new BodyMention(from, to, choose(listed, country, null), assumed);
        }
        return new BodyMention(from, to, new OrganizationValue(name, null, country), assumed);
    }

    /**
     * The "of" of an "of [the] <state or known body>" that ends the name after an earlier
     * "of/for/on" phrase, or -1: "the Office of the Director of Public Prosecutions of Kenya", "the
     * Criminal Police Department on Drug-related Crimes of the MPS".
     */
    private static int ownerTailAfterAComplement(List<Token> tokens, int from, int to, BodyMentions known, StateContext states) {
        for (int of = to - 2; of > from + 1; of--) {
            if (!tokens.get(of).is("of")) {
                continue;
            }
            int at = tokens.get(of + 1).is("the") ? of + 2 : of + 1;
            CountryGazetteer.Country c = states.stateAt(at);
            BodyMention body = known.startingAt(at);
            boolean state = c != null && !c.adjective() && states.stateEnd(at) == to;
            if (!state && (body == null || body.to() != to)) {
                return -1;
            }
            for (int k = Math.max(from, of - 4); k < of; k++) {
                if (states.stateEnd(k) == to) {
                    return -1; // the "of" is the state's own: "... for Kingdom of Cambodia"
                }
            }
            for (int k = from + 1; k < of - 1; k++) {
                if (tokens.get(k).is("of") || tokens.get(k).is("for") || tokens.get(k).is("on")) {
                    return of;
                }
            }
            return -1;
        }
        return -1;
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
    private int lastOf(List<Token> tokens, int from, int to, BodyMentions known) {
        for (int k = to - 2; k > from; k--) {
            if (tokens.get(k).is("of") && grammar.isHead(tokens.get(k - 1)) && !known.overlapsAny(k, k + 1)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * A name that contains known bodies must add a word of its own that is not a state, nor the
     * word for its seat: "G7 Roma-Lyon Group" or "FBI National Academy" are names; "US Federal
     * Bureau of Investigation" is a state and a known body, "AFP Headquarters" a known body's seat,
     * "National Central Bureau for the International Criminal Police Organization" two known bodies.
     */
    private boolean addsANameWord(List<Token> tokens, BodyMention m, BodyMentions known) {
        var inside = known.startingIn(m.from(), m.to());
        if (inside.isEmpty()) {
            return true;
        }
        for (int k = m.from(); k < m.to(); k++) {
            BodyMention in = known.holding(k);
            if (in != null && in.from() >= m.from()) {
                k = in.to() - 1;
                continue;
            }
            Token t = tokens.get(k);
            boolean seat = k > m.from() && known.endingAt(k - 1) != null && grammar.isSeatWord(t);
            if (t.isWord() && t.isCapitalized() && !seat) {
                TokenTrie.Match<CountryGazetteer.Surface> c = countries.trie().longestAt(tokens, k);
                if (c == null || !(c.value() instanceof CountryGazetteer.Country)) {
                    return true;
                }
                k = c.to() - 1;
            }
        }
        return false;
    }

    @Override
    public void preload() {
        finders.forEach(OrganizationFinder::preload);
    }

    @Override
    public String fingerprint() {
        return id() + " " + String.join(" ", gazetteer.resourceHashes()) + " " + String.join(" ", grammar.resourceHashes())
                + " " + enumerations.resourceHash() + " " + String.join(" ", missions.resourceHashes()) + " " + countries.resourceHashes().get(0);
    }
}
