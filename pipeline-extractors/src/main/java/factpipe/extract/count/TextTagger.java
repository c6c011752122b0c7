package factpipe.extract.count;

import factpipe.nlp.OpenNlpModels;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;

/** Tokenizes a stretch of text, splits it into sentences, and POS-tags each sentence with the OpenNLP models when first needed. */
final class TextTagger {

    private final OpenNlpModels models;

    TextTagger(OpenNlpModels models) {
        this.models = models;
    }

    /** The stretch without knowledge of the document's bodies. */
    TaggedText tag(String text, int from, int to) {
        return tag(text, from, to, BodyNames.NONE);
    }

    TaggedText tag(String text, int from, int to, BodyNames bodies) {
        List<TextToken> tokens = WordTokenizer.tokenize(text, from, to);
        int[] sentence = new int[tokens.size()];
        if (tokens.isEmpty()) {
            return new TaggedText(text, tokens, new String[0], sentence);
        }
        Span[] spans = models.sentenceDetector().sentPosDetect(text.substring(from, to));
        int s = 0;
        for (int i = 0; i < tokens.size(); i++) {
            int rel = tokens.get(i).start() - from;
            while (s + 1 < spans.length && rel >= spans[s + 1].getStart()) {
                s++;
            }
            sentence[i] = s;
        }
        // renumber so that sentence indices are 0, 1, 2 ... without gaps
        int current = 0;
        int seen = sentence[0];
        for (int i = 0; i < sentence.length; i++) {
            if (sentence[i] != seen) {
                seen = sentence[i];
                current++;
            }
            sentence[i] = current;
        }
        return TaggedText.tagLazily(text, tokens, sentence, words -> models.posTagger().tag(words), bodies);
    }
}
