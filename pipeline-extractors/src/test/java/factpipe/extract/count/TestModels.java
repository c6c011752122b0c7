package factpipe.extract.count;

import factpipe.nlp.OpenNlpModels;

/** One model holder for all tests of this package, so that each model is read once per test run. */
final class TestModels {

    static final OpenNlpModels MODELS = new OpenNlpModels();
    static final CountLexicon LEXICON = CountLexicon.load();

    private TestModels() {
    }

    static TextTagger tagger() {
        return new TextTagger(MODELS);
    }

    static NounLemmas lemmas() {
        return new NounLemmas(LEXICON.unitLemmas, MODELS::lemmatizer);
    }

    static UnitPhrase units() {
        return new UnitPhrase(LEXICON, lemmas());
    }

    /** The whole string tagged as one stretch of text. */
    static TaggedText tag(String text) {
        return tagger().tag(text, 0, text.length());
    }
}
