package factpipe.extract.count;

import java.util.function.UnaryOperator;

import java.util.List;
import java.util.Set;

/**
 * A stretch of the document (a paragraph line or a table cell): its tokens, their Universal
 * Dependencies POS tags, the sentence each token belongs to, and the names of bodies the
 * document uses.
 */
final class TaggedText {

    private static final Set<String> NOMINAL = Set.of("NOUN", "PROPN");

    private final String text;
    private final List<TextToken> tokens;
    private final String[] tags;
    private final int[] sentence;
    /** Tags the words of one sentence; null when every tag was given up front. */
    private final UnaryOperator<String[]> tagger;
    private final BodyNames bodies;

    TaggedText(String text, List<TextToken> tokens, String[] tags, int[] sentence) {
        this(text, tokens, tags.clone(), sentence, null, BodyNames.NONE);
        if (tags.length != tokens.size()) {
            throw new IllegalArgumentException("tags must match the tokens");
        }
    }

    /**
     * Tags sentences only when a reader first asks for one of their tags: most sentences hold no
     * number, and POS tagging is the most costly step. A tagged text belongs to one reader (one
     * document, one thread), so the cache needs no lock.
     */
    static TaggedText tagLazily(String text, List<TextToken> tokens, int[] sentence, UnaryOperator<String[]> tagger,
                                BodyNames bodies) {
        return new TaggedText(text, tokens, new String[tokens.size()], sentence, tagger, bodies);
    }

    private TaggedText(String text, List<TextToken> tokens, String[] tags, int[] sentence, UnaryOperator<String[]> tagger,
                       BodyNames bodies) {
        if (sentence.length != tokens.size()) {
            throw new IllegalArgumentException("sentences must match the tokens");
        }
        this.text = text;
        this.tokens = List.copyOf(tokens);
        this.tags = tags;
        this.sentence = sentence.clone();
        this.tagger = tagger;
        this.bodies = bodies;
    }

    /** The names of bodies the document uses. */
    BodyNames bodies() {
        return bodies;
    }

    /** The whole document text the offsets point into. */
    String text() {
        return text;
    }

    List<TextToken> tokens() {
        return tokens;
    }

    int size() {
        return tokens.size();
    }

    TextToken token(int i) {
        return tokens.get(i);
    }

    String lower(int i) {
        return tokens.get(i).lower();
    }

    String tag(int i) {
        if (i < 0 || i >= tags.length) {
            return "";
        }
        if (tags[i] == null && tagger != null) {
            tagSentenceOf(i);
        }
        return tags[i];
    }

    private void tagSentenceOf(int i) {
        int from = i;
        while (from > 0 && sentence[from - 1] == sentence[i]) {
            from--;
        }
        int to = i;
        while (to < sentence.length && sentence[to] == sentence[i]) {
            to++;
        }
        String[] words = new String[to - from];
        for (int k = from; k < to; k++) {
            words[k - from] = tokens.get(k).text();
        }
        System.arraycopy(tagger.apply(words), 0, tags, from, to - from);
    }

    int sentence(int i) {
        return sentence[i];
    }

    int sentenceCount() {
        return sentence.length == 0 ? 0 : sentence[sentence.length - 1] + 1;
    }

    /** First token of sentence {@code s}. */
    int sentenceStart(int s) {
        for (int i = 0; i < sentence.length; i++) {
            if (sentence[i] == s) {
                return i;
            }
        }
        return sentence.length;
    }

    /** One past the last token of sentence {@code s}. */
    int sentenceEnd(int s) {
        int end = sentenceStart(s);
        while (end < sentence.length && sentence[end] == s) {
            end++;
        }
        return end;
    }

    boolean nominal(int i) {
        return NOMINAL.contains(tag(i));
    }

    /**
     * The first word of its sentence, not counting punctuation, bullets and list markers before it
     * ("(1) Three officers", "• Seven countries").
     */
    boolean sentenceInitial(int i) {
        for (int j = i - 1; j >= 0 && sentence[j] == sentence[i]; j--) {
            if (tokens.get(j).isWord() && !listMarker(j)) {
                return false;
            }
        }
        return true;
    }

    /** No word before token {@code i} in this stretch: it opens the line. */
    boolean lineInitial(int i) {
        for (int j = 0; j < i; j++) {
            if (tokens.get(j).isWord()) {
                return false;
            }
        }
        return true;
    }

    /** A number or single letter closed by "." or ")", or standing in brackets: "1.", "(a)", "2)". */
    boolean listMarker(int j) {
        String t = tokens.get(j).text();
        boolean shortLabel = t.chars().allMatch(Character::isDigit) && t.length() <= 3
                || t.length() == 1 && Character.isLetter(t.charAt(0))
                || t.matches("(?i)[ivx]{1,4}");
        if (!shortLabel || j + 1 >= tokens.size()) {
            return false;
        }
        String next = tokens.get(j + 1).text();
        return next.equals(")") || next.equals(".") && adjacent(j, j + 1);
    }

    /** No character between the two tokens. */
    boolean adjacent(int a, int b) {
        return tokens.get(a).end() == tokens.get(b).start();
    }
}
