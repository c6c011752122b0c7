package factpipe.extract.treaty;

import factpipe.core.document.Document;
import factpipe.core.fact.Fact;
import factpipe.core.fact.Span;
import factpipe.core.fact.TreatyValue;
import factpipe.core.pipeline.Extractor;
import factpipe.extract.text.AcronymDefinitions;
import factpipe.extract.text.Token;
import factpipe.extract.text.TokenTrie;
import factpipe.extract.text.Tokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * TREATY facts: known instruments from the {@link TreatyGazetteer} (full titles, variants without
 * articles, short names, acronyms), unknown ones by the {@link TitleGrammar}, and acronyms the text
 * defines for them ("Mutual Legal Assistance Treaty (MLAT)"). Every mention of the same instrument
 * carries its full official title.
 */
public final class TreatyExtractor implements Extractor {

    private final TreatyGazetteer gazetteer;
    private final TitleGrammar grammar = new TitleGrammar();

    public TreatyExtractor(TreatyGazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public String name() {
        return "treaty-rules";
    }

    @Override
    public String version() {
        return "2";
    }

    @Override
    public String fingerprint() {
        return id() + " " + gazetteer.resourceHash() + " " + String.join(" ", grammar.resourceHashes());
    }

    private record Mention(int from, int to, TreatyValue value) {
    }

    @Override
    public List<Fact> extract(Document document) {
        String text = document.text();
        List<Token> tokens = Tokenizer.tokenize(text);
        TreeMap<Integer, Mention> mentions = new TreeMap<>();
        for (TokenTrie.Match<TreatyValue> m : gazetteer.titles().findAll(tokens)) {
            mentions.put(m.from(), new Mention(m.from(), m.to(), m.value()));
        }
        for (TokenTrie.Match<TreatyValue> m : gazetteer.shortForms().findAll(tokens)) {
            if (!overlapsAny(mentions, m.from(), m.to())) {
                mentions.put(m.from(), new Mention(m.from(), m.to(), m.value()));
            }
        }
        for (TitleGrammar.Candidate c : grammar.candidates(tokens)) {
            if (overlapsAny(mentions, c.from(), c.to())) {
                continue;
            }
            String title = text.substring(tokens.get(c.from()).start(), tokens.get(c.to() - 1).end()).replaceAll("\\s+", " ");
            TreatyValue known = gazetteer.byTitle(title);
            mentions.put(c.from(), new Mention(c.from(), c.to(), known != null ? known : new TreatyValue(title, null)));
        }
        addDefinedAcronyms(text, tokens, mentions);
        List<Fact> facts = new ArrayList<>();
        for (Mention m : mentions.values()) {
            facts.add(Fact.at(text, new Span(tokens.get(m.from()).start(), tokens.get(m.to() - 1).end()), m.value(), id()));
        }
        return facts;
    }

    private void addDefinedAcronyms(String text, List<Token> tokens, TreeMap<Integer, Mention> mentions) {
        Map<Integer, Integer> tokenAtEnd = new HashMap<>();
        for (int k = 0; k < tokens.size(); k++) {
            tokenAtEnd.put(tokens.get(k).end(), k);
        }
        Map<String, TreatyValue> defined = new LinkedHashMap<>();
        for (AcronymDefinitions.Definition d : AcronymDefinitions.find(text)) {
            Integer last = tokenAtEnd.get(d.longEnd());
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

    private static boolean overlapsAny(TreeMap<Integer, Mention> mentions, int from, int to) {
        Map.Entry<Integer, Mention> before = mentions.floorEntry(to - 1);
        return before != null && before.getValue().to() > from;
    }
}
