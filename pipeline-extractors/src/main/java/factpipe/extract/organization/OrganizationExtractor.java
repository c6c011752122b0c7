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
import java.util.HashMap;
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
        this.backstop = List.copyOf(backstop);
    }

    @Override
    public String name() {
        return "organization";
    }

    @Override
    public String version() {
        StringBuilder v = new StringBuilder("1");
        backstop.forEach(f -> v.append('+').append(f.id()));
        return v.toString();
    }

    /** One body mention: token range and value. */
    private record Mention(int from, int to, OrganizationValue value) {
    }

    @Override
    public List<Fact> extract(Document document) {
        String text = document.text();
        List<Token> tokens = Tokenizer.tokenize(text);
        String home = homeCountry(tokens);
        TreeMap<Integer, Mention> mentions = new TreeMap<>();

        for (TokenTrie.Match<List<OrganizationValue>> m : gazetteer.trie().findAll(tokens)) {
            int to = withoutStateTail(tokens, m.from(), m.to(), m.value().get(0).name());
            OrganizationValue v = choose(m.value(), contextCountry(tokens, m.from(), to), home);
            mentions.put(m.from(), new Mention(m.from(), to, v));
        }
        for (NameGrammar.Candidate c : grammar.candidates(tokens, this::isPlace)) {
            if (inHeadingLine(tokens, c.from())) {
                continue;
            }
            Mention m = patternMention(tokens, text, afterCoordinatedBody(tokens, c, mentions), mentions, home);
            // a longer name may contain known bodies ("G7 Roma-Lyon Group"); it replaces them,
            // but never cuts one in two
            if (m != null && !crossesAny(mentions, m.from(), m.to()) && !coveredByOne(mentions, m.from(), m.to())
                    && addsANameWord(tokens, m, mentions)) {
                mentions.subMap(m.from(), m.to()).clear();
                mentions.put(m.from(), m);
            }
        }
        addDefinedAcronyms(text, tokens, mentions);
        for (OrganizationFinder finder : backstop) {
            addFound(finder, text, tokens, mentions);
        }

        List<Fact> facts = new ArrayList<>(mentions.size());
        for (Mention m : mentions.values()) {
            Span span = new Span(tokens.get(m.from()).start(), tokens.get(m.to() - 1).end());
            facts.add(Fact.at(text, span, m.value(), id()));
        }
        return facts;
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
    private void addFound(OrganizationFinder finder, String text, List<Token> tokens, TreeMap<Integer, Mention> mentions) {
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
                findIn(finder, text, text.substring(offset, tokens.get(to - 1).end()), offset, tokens, mentions, tokenAtStart, tokenAtEnd);
            }
            k = to;
        }
    }

    private static final int WINDOW = 12;

    private void findIn(OrganizationFinder finder, String text, String passage, int offset, List<Token> tokens,
                        TreeMap<Integer, Mention> mentions, Map<Integer, Integer> tokenAtStart, Map<Integer, Integer> tokenAtEnd) {
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
                String country = contextCountry(tokens, from, to);
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

    /** The state the document is mostly about: the most often named country, ties to the first. */
    private String homeCountry(List<Token> tokens) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (TokenTrie.Match<CountryGazetteer.Surface> m : countries.trie().findAll(tokens)) {
            if (m.value() instanceof CountryGazetteer.Country c) {
                counts.merge(c.iso2(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /**
     * The country named right before a body ("Korean", "Japan's") or right after it ("of Japan").
     */
    private String contextCountry(List<Token> tokens, int from, int to) {
        int before = from;
        if (before >= 2 && tokens.get(before - 1).is("s") && tokens.get(before - 2).is("'")) {
            before -= 2;
        }
        for (int start = Math.max(0, before - 4); start < before; start++) {
            TokenTrie.Match<CountryGazetteer.Surface> m = countries.trie().longestAt(tokens, start);
            if (m != null && m.to() == before && m.value() instanceof CountryGazetteer.Country c) {
                return c.iso2();
            }
        }
        // "the Maritime Crime Analysis Centre (MCAC) of Fiji": look past the acronym
        if (to + 3 < tokens.size() && tokens.get(to).is("(") && tokens.get(to + 2).is(")")) {
            to += 3;
        }
        if (to + 1 < tokens.size() && tokens.get(to).is("of")) {
            int at = to + 1;
            if (tokens.get(at).is("the")) {
                at++;
            }
            if (at < tokens.size()) {
                TokenTrie.Match<CountryGazetteer.Surface> m = countries.trie().longestAt(tokens, at);
                if (m != null && m.value() instanceof CountryGazetteer.Country c && !c.adjective()) {
                    return c.iso2();
                }
            }
        }
        return null;
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
                                   String home) {
        int from = c.from();
        int to = c.to();
        String country = null;
        // a leading adjective ("Chinese") names the state, not the body; a leading noun
        // ("Japan Coast Guard") starts the official name
        TokenTrie.Match<CountryGazetteer.Surface> lead = countries.trie().longestAt(tokens, from);
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
            if (state != null && state.to() == to && state.value() instanceof CountryGazetteer.Country sc && !sc.adjective()) {
                country = sc.iso2();
                to = of;
            } else if (parent != null && parent.to() == to) {
                country = country != null ? country : parent.value().country();
                to = of;
            }
        }
        if (to - from < 2 || !grammar.isHead(tokens.get(to - 1)) && !containsHead(tokens, from, to)) {
            return null;
        }
        if (country == null) {
            country = contextCountry(tokens, from, to);
            if (country == null) {
                country = countryInside(tokens, from, to);
            }
            if (country == null) {
                // "FBI National Academy": a name built on a national body belongs to its state
                country = known.subMap(from, to).values().stream().map(m -> m.value().country())
                        .filter(Objects::nonNull).findFirst().orElse(null);
            }
            Mention container = bracketedAfter(tokens, from, known);
            if (container != null) {
                // "UNODC (Terrorism Prevention Branch)": a unit of the body before the bracket
                country = container.value().country();
            } else if (country == null && grammar.isSubUnitHead(tokens.get(to - 1))) {
                country = home;
            }
        }
        String name = text.substring(tokens.get(from).start(), tokens.get(to - 1).end()).replaceAll("\\s+", " ");
        List<OrganizationValue> listed = gazetteer.byName(name);
        if (!listed.isEmpty()) {
            return new Mention(from, to, choose(listed, country, null));
        }
        return new Mention(from, to, new OrganizationValue(name, null, country));
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
            Mention longForm = mentionEndingAt(mentions, tokenAtEnd.get(d.longEnd()));
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
        return id() + " " + gazetteer.resourceHash() + " " + String.join(" ", grammar.resourceHashes())
                + " " + countries.resourceHashes().get(0);
    }
}
