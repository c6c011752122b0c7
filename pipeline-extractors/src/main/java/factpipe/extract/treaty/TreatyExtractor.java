package factpipe.extract.treaty;

import factpipe.core.document.Document;
import factpipe.core.fact.Fact;
import factpipe.core.fact.Span;
import factpipe.core.fact.TreatyValue;
import factpipe.core.pipeline.Extractor;
import factpipe.extract.country.CountryGazetteer;
import factpipe.extract.text.AcronymDefinitions;
import factpipe.extract.text.ResourceLines;
import factpipe.extract.text.Token;
import factpipe.extract.text.TokenOffsets;
import factpipe.extract.text.TokenTrie;
import factpipe.extract.text.Tokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * TREATY facts: known instruments from the {@link TreatyGazetteer} (full titles, variants without
 * articles, short names, acronyms), unknown ones by the {@link TitleGrammar}, and acronyms and short
 * names the text defines for them ("Mutual Legal Assistance Treaty (MLAT)", "Treaty between Japan
 * and the United States of America on ... (Mutual Legal Assistance Treaty)"). Every mention of the
 * same instrument carries its full official title.
 */
public final class TreatyExtractor implements Extractor {

    static final String INDEFINITE_WORDS = "/factpipe/treaty/indefinite-words.txt";

    private final TreatyGazetteer gazetteer;
    private final TitleGrammar grammar = new TitleGrammar();
    private final SingleStateDocuments singleState;
    private final CountryGazetteer countries;
    private final ResourceLines indefiniteWords = ResourceLines.load(INDEFINITE_WORDS);
    private final Set<String> indefinite = Set.copyOf(indefiniteWords.lines().stream().map(String::strip).toList());

    public TreatyExtractor(TreatyGazetteer gazetteer, CountryGazetteer countries) {
        this.gazetteer = gazetteer;
        this.singleState = new SingleStateDocuments(countries, grammar);
        this.countries = countries;
    }

    @Override
    public String name() {
        return "treaty-rules";
    }

    @Override
    public String version() {
        return "4";
    }

    @Override
    public String fingerprint() {
        return id() + " " + gazetteer.resourceHash() + " " + String.join(" ", grammar.resourceHashes()) + " " + indefiniteWords.sha256()
                + " " + String.join(" ", singleState.resourceHashes());
    }

    private record Mention(int from, int to, TreatyValue value) {
    }

    @Override
    public List<Fact> extract(Document document) {
        String text = document.text();
        List<Token> tokens = Tokenizer.tokenize(text);
        TreeMap<Integer, Mention> mentions = new TreeMap<>();
        for (TokenTrie.Match<TreatyValue> m : gazetteer.titles().findAll(tokens)) {
            if (writtenAsAName(tokens, m.from(), m.to())) {
                mentions.put(m.from(), new Mention(m.from(), m.to(), m.value()));
            }
        }
        for (TokenTrie.Match<TreatyValue> m : gazetteer.shortForms().findAll(tokens)) {
            if (!overlapsAny(mentions, m.from(), m.to())) {
                mentions.put(m.from(), new Mention(m.from(), m.to(), m.value()));
            }
        }
        for (TitleGrammar.Candidate c : grammar.candidates(tokens)) {
            if (namedByItsParties(tokens, c, mentions)) {
                mentions.subMap(c.from(), c.to()).clear();
            } else if (overlapsAny(mentions, c.from(), c.to())) {
                continue;
            }
            String title = text.substring(tokens.get(c.from()).start(), tokens.get(c.to() - 1).end()).replaceAll("\\s+", " ");
            TreatyValue known = gazetteer.byTitle(title);
            if (known == null && singleState.owns(tokens, c)) {
                continue;
            }
            mentions.put(c.from(), new Mention(c.from(), c.to(), known != null ? known : new TreatyValue(title, null)));
        }
        addDefinedAcronyms(text, tokens, mentions);
        resolveDefinedShortNames(tokens, mentions);
        List<Fact> facts = new ArrayList<>();
        for (Mention m : mentions.values()) {
            facts.add(Fact.at(text, new Span(tokens.get(m.from()).start(), tokens.get(m.to() - 1).end()), m.value(), id()));
        }
        return facts;
    }

    /**
     * "the Japan-Mongolia MLAT": states before a known short name ("MLAT", the class of such
     * treaties) name the parties' own instrument, a longer name that replaces the short one.
     */
    private boolean namedByItsParties(List<Token> tokens, TitleGrammar.Candidate c, TreeMap<Integer, Mention> mentions) {
        Map.Entry<Integer, Mention> inside = mentions.ceilingEntry(c.from());
        if (inside == null || inside.getKey() >= c.to() || inside.getValue().to() != c.to() || inside.getKey() == c.from()
                || overlapsAny(mentions, c.from(), inside.getKey())) {
            return false;
        }
        int k = c.from();
        boolean state = false;
        while (k < inside.getKey()) {
            TokenTrie.Match<CountryGazetteer.Surface> m = countries.trie().longestAt(tokens, k);
            if (m != null && m.to() <= inside.getKey() && m.value() instanceof CountryGazetteer.Country) {
                state = true;
                k = m.to();
            } else if (tokens.get(k).is("-") || tokens.get(k).is("/")) {
                k++;
            } else {
                return false;
            }
        }
        return state;
    }

    /**
     * Long titles match in any case, but "the mutual legal assistance treaty" or "the draft United
     * Nations convention against cybercrime" describe an instrument rather than name it: a title
     * starts with a capital and writes its head word with one.
     */
    private boolean writtenAsAName(List<Token> tokens, int from, int to) {
        if (!tokens.get(from).isCapitalized()) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!tokens.get(k).isCapitalized() && grammar.isHeadInAnyCase(tokens.get(k))) {
                return false;
            }
        }
        return true;
    }

    private void addDefinedAcronyms(String text, List<Token> tokens, TreeMap<Integer, Mention> mentions) {
        Map<String, TreatyValue> defined = new LinkedHashMap<>();
        for (AcronymDefinitions.Definition d : AcronymDefinitions.find(text)) {
            Integer last = TokenOffsets.endingAt(tokens, d.longEnd());
            if (last == null) {
                continue;
            }
            Map.Entry<Integer, Mention> e = mentions.floorEntry(last);
            if (e != null && e.getValue().to() == last + 1) {
                TreatyValue v = e.getValue().value();
                if (v.acronym() == null) {
                    v = new TreatyValue(v.name(), d.shortForm());
                    mentions.put(e.getKey(), new Mention(e.getValue().from(), e.getValue().to(), v));
                }
                defined.putIfAbsent(d.shortForm(), v);
            }
        }
        if (defined.isEmpty()) {
            return;
        }
        TokenTrie.Builder<TreatyValue> builder = TokenTrie.builder(false, Set.of());
        defined.forEach(builder::add);
        for (TokenTrie.Match<TreatyValue> m : builder.build().findAll(tokens)) {
            Mention existing = mentions.get(m.from());
            if ((existing != null && existing.to() == m.to()) || !overlapsAny(mentions, m.from(), m.to())) {
                mentions.put(m.from(), new Mention(m.from(), m.to(), m.value()));
            }
        }
    }

    /**
     * "the Treaty between Japan and the United States of America on ... (Mutual Legal Assistance
     * Treaty)": a name in brackets right after a title, alone in them (an article aside), shorter
     * than the title and with the same head, is the short name the text gives that instrument, as
     * an acronym in brackets is. It takes the title's value, here and in the later mentions of the
     * same name, though the gazetteer reads the name as the class of such treaties; "a Mutual Legal
     * Assistance Treaty" stays the class. A bracketed name with another head is another instrument
     * ("Optional Protocol ... (Convention on the Rights of the Child)").
     */
    private void resolveDefinedShortNames(List<Token> tokens, TreeMap<Integer, Mention> mentions) {
        Map<String, TreatyValue> defined = new HashMap<>();
        for (Mention m : List.copyOf(mentions.values())) {
            String name = surface(tokens, m);
            Mention title = titleBefore(tokens, mentions, m);
            if (title != null) {
                defined.put(name, title.value());
            }
            TreatyValue v = defined.get(name);
            if (v != null && (m.from() == 0 || !indefinite.contains(tokens.get(m.from() - 1).norm().toLowerCase(Locale.ROOT)))) {
                mentions.put(m.from(), new Mention(m.from(), m.to(), v));
            }
        }
    }

    /** The title that {@code name} stands in brackets after as its short name, or null. */
    private Mention titleBefore(List<Token> tokens, TreeMap<Integer, Mention> mentions, Mention name) {
        int open = name.from() - 1;
        if (open >= 0 && TreatyGazetteer.ARTICLES.contains(tokens.get(open).norm().toLowerCase(Locale.ROOT))) {
            open--;
        }
        if (open < 1 || !tokens.get(open).is("(") || name.to() >= tokens.size() || !tokens.get(name.to()).is(")")) {
            return null;
        }
        Map.Entry<Integer, Mention> e = mentions.floorEntry(open - 1);
        if (e == null || e.getValue().to() != open) {
            return null;
        }
        Mention title = e.getValue();
        String head = grammar.headOf(tokens, name.from(), name.to());
        boolean shorter = words(tokens, name) < words(tokens, title);
        return head != null && shorter && head.equals(grammar.headOf(tokens, title.from(), title.to())) ? title : null;
    }

    private static String surface(List<Token> tokens, Mention m) {
        StringBuilder sb = new StringBuilder();
        for (int k = m.from(); k < m.to(); k++) {
            sb.append(tokens.get(k).norm()).append(' ');
        }
        return sb.toString().strip();
    }

    private static long words(List<Token> tokens, Mention m) {
        return tokens.subList(m.from(), m.to()).stream().filter(Token::isWord).count();
    }

    private static boolean overlapsAny(TreeMap<Integer, Mention> mentions, int from, int to) {
        Map.Entry<Integer, Mention> before = mentions.floorEntry(to - 1);
        return before != null && before.getValue().to() > from;
    }
}
