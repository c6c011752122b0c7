package factpipe.extract.count;

import static org.assertj.core.api.Assertions.assertThat;

import factpipe.core.fact.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumberRangesTest {

    private static final NumberWords NUMBERS = NumberWords.load();
    private static final Currencies CURRENCIES = Currencies.load();
    private static final NumberGrammar GRAMMAR = new NumberGrammar(NUMBERS, CURRENCIES);
    private static final NumberRanges RANGES = new NumberRanges(NUMBERS, CURRENCIES);

    private static List<NumberRange> found(String text) {
        TaggedText t = NumberGrammarTest.untagged(text);
        return RANGES.find(t, GRAMMAR.find(t));
    }

    /** The bounds of every range found, as the marked spans in order: low, high, low, high ... */
    private static void assertBounds(String marked) {
        Marked m = Marked.of(marked);
        List<Span> bounds = found(m.text()).stream().flatMap(r -> List.of(r.low().span(), r.high().span()).stream())
                .toList();
        assertThat(bounds).as(m.text()).containsExactlyElementsOf(m.spans());
    }

    @Test
    void twoNumbersJoinedByADashToOrBetweenAnd() {
        assertBounds("had [[20]]\u2013[[25]] participants, [[6]]-[[12]] months, [[4]] - [[6]] experts");
        assertBounds("lasted [[three]] to [[five]] days, between [[10]] and [[1,500]] officers");
    }

    @Test
    void fromBeforeTheLowNumberIsMarked() {
        assertThat(found("grew from 20 to 25 members")).singleElement().satisfies(r -> {
            assertThat(r.from()).isTrue();
            assertThat(r.first()).isEqualTo(2);
            assertThat(r.next()).isEqualTo(5);
        });
        assertThat(found("had 20 to 25 members")).singleElement().extracting(NumberRange::from).isEqualTo(false);
    }

    @Test
    void theLowNumberIsBelowTheHighOne() {
        assertBounds("a 3-2 vote, 10 to 10 officers, 25\u201320 participants");
    }

    @Test
    void moneyScaleWordsAndOtherLinksMakeNoRange() {
        assertBounds("$10-15, 10 to 15 million yen, 10-15 million people, 3 and 4 officers, 3 or 4 officers");
    }
}
