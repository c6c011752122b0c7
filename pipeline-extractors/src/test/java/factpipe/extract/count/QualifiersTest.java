package factpipe.extract.count;

import static org.assertj.core.api.Assertions.assertThat;

import factpipe.core.fact.CountQualifier;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QualifiersTest {

    private static final Qualifiers QUALIFIERS = Qualifiers.load();

    /** The qualifier before the last token of {@code text}, the tokens tagged as given. */
    private static Optional<CountQualifier> before(String text, String... tags) {
        List<TextToken> tokens = WordTokenizer.tokenize(text, 0, text.length());
        TaggedText t = new TaggedText(text, tokens, tags, new int[tokens.size()]);
        return QUALIFIERS.before(t, tokens.size() - 1).map(Qualifiers.Found::qualifier);
    }

    @Test
    void readsEachQualifier() {
        assertThat(before("about 30", "ADV", "NUM")).contains(CountQualifier.APPROX);
        assertThat(before("close to 200,000", "ADV", "ADP", "NUM")).contains(CountQualifier.APPROX);
        assertThat(before("an estimated 2,000", "DET", "VERB", "NUM")).contains(CountQualifier.APPROX);
        assertThat(before("more than 400", "ADJ", "ADP", "NUM")).contains(CountQualifier.MORE_THAN);
        assertThat(before("fewer than 10", "ADJ", "ADP", "NUM")).contains(CountQualifier.LESS_THAN);
        assertThat(before("at least 12", "ADP", "ADJ", "NUM")).contains(CountQualifier.AT_LEAST);
        assertThat(before("as many as 97", "ADV", "ADJ", "ADP", "NUM")).contains(CountQualifier.UP_TO);
        assertThat(before("up to 60", "ADP", "ADP", "NUM")).contains(CountQualifier.UP_TO);
    }

    @Test
    void theLongestPhraseWins() {
        assertThat(before("no less than 5", "DET", "ADJ", "ADP", "NUM")).contains(CountQualifier.AT_LEAST);
        assertThat(before("no more than 5", "DET", "ADJ", "ADP", "NUM")).contains(CountQualifier.UP_TO);
    }

    @Test
    void overAfterANounIsAPreposition() {
        assertThat(before("dispatched over 400", "VERB", "ADP", "NUM")).contains(CountQualifier.MORE_THAN);
        assertThat(before("personnel over seven", "NOUN", "ADP", "NUM")).isEmpty();
        assertThat(before("training under two", "NOUN", "ADP", "NUM")).isEmpty();
    }

    @Test
    void readsAQualifierAfterTheNumber() {
        String text = "two or more countries, ten or fewer officers, 30 or so experts and two or three cases";
        List<TextToken> tokens = WordTokenizer.tokenize(text, 0, text.length());
        TaggedText t = new TaggedText(text, tokens, new String[tokens.size()], new int[tokens.size()]);
        assertThat(QUALIFIERS.after(t, 1)).contains(new Qualifiers.Following(CountQualifier.AT_LEAST, 2));
        assertThat(QUALIFIERS.after(t, 6)).contains(new Qualifiers.Following(CountQualifier.UP_TO, 2));
        assertThat(QUALIFIERS.after(t, 11)).contains(new Qualifiers.Following(CountQualifier.APPROX, 2));
        assertThat(QUALIFIERS.after(t, 16)).isEmpty();
        // a qualifier that follows is none before: "or more" ends no phrase before a number
        assertThat(QUALIFIERS.before(t, 3)).isEmpty();
    }

    @Test
    void theParticleOfAPhrasalVerbIsNoQualifier() {
        assertThat(before("handed over two", "VERB", "ADP", "NUM")).isEmpty();
        assertThat(before("took over two", "VERB", "ADP", "NUM")).isEmpty();
        assertThat(before("hands over two", "VERB", "ADP", "NUM")).isEmpty();
        assertThat(before("brought about three", "VERB", "ADV", "NUM")).isEmpty();
        assertThat(before("turned over 30", "VERB", "ADP", "NUM")).isEmpty();
        // other verbs take the qualifier
        assertThat(before("sent over 400", "VERB", "ADP", "NUM")).contains(CountQualifier.MORE_THAN);
        assertThat(before("trained about 30", "VERB", "ADV", "NUM")).contains(CountQualifier.APPROX);
    }

    @Test
    void aTotalOfIsNoQualifier() {
        assertThat(before("a total of 13", "DET", "NOUN", "ADP", "NUM")).isEmpty();
    }
}
