package factpipe.extract.country;

import factpipe.core.document.Document;
import factpipe.core.fact.Fact;
import factpipe.core.fact.Span;
import factpipe.core.pipeline.Extractor;
import factpipe.extract.text.Token;
import factpipe.extract.text.TokenTrie;
import factpipe.extract.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * COUNTRY facts from the {@link CountryGazetteer}: every name, abbreviation and adjective of a
 * state, also inside compounds ("Japan–US") and names ("Japan Coast Guard"). An adjective used
 * for a language ("in Japanese only", "in Japanese, English, Korean and Vietnamese", see
 * {@link LanguageUses}) is not a mention of the state, nor is a state's name that names a
 * geographic feature ("Somali Basin", "Sea of Japan", "Lake Chad").
 */
public final class CountryExtractor implements Extractor {

    private final CountryGazetteer gazetteer;
    private final LanguageUses languages;

    public CountryExtractor(CountryGazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.languages = new LanguageUses(gazetteer.languageNames());
    }

    @Override
    public String name() {
        return "country-gazetteer";
    }

    @Override
    public String version() {
        return "5";
    }

    @Override
    public String fingerprint() {
        return id() + " " + String.join(" ", gazetteer.resourceHashes());
    }

    @Override
    public List<Fact> extract(Document document) {
        String text = document.text();
        List<Token> tokens = Tokenizer.tokenize(text);
        List<Fact> facts = new ArrayList<>();
        List<TokenTrie.Match<CountryGazetteer.Surface>> matches = gazetteer.trie().findAll(tokens);
        Set<Integer> languageUses = languages.find(tokens, matches);
        for (TokenTrie.Match<CountryGazetteer.Surface> m : matches) {
            if (!(m.value() instanceof CountryGazetteer.Country c)) {
                continue;
            }
            if (c.adjective() && languageUses.contains(m.from()) || namesAPlace(tokens, m.from(), m.to())) {
                continue;
            }
            Span span = new Span(tokens.get(m.from()).start(), tokens.get(m.to() - 1).end());
            facts.add(Fact.at(text, span, gazetteer.value(c), id()));
        }
        return facts;
    }

    /**
     * "the Somali Basin", "the Singapore Strait", "the Sea of Japan", "Lake Chad": a state's name
     * or adjective right before a geographic feature's noun, after the noun and "of", or right
     * after a feature noun written before names ("Lake", "Mount") names the feature. The noun is
     * capitalised and on the same line: "the coast of Somalia" is the state's coast.
     */
    private boolean namesAPlace(List<Token> tokens, int from, int to) {
        if (gazetteer.featureTitleBefore(tokens, from)) {
            return true;
        }
        if (to < tokens.size() && tokens.get(to).newlinesBefore() == 0 && gazetteer.isFeatureNoun(tokens.get(to).norm())) {
            return true;
        }
        return from >= 2 && tokens.get(from - 1).is("of") && tokens.get(from).newlinesBefore() == 0
                && tokens.get(from - 1).newlinesBefore() == 0 && gazetteer.isFeatureNoun(tokens.get(from - 2).norm());
    }
}
