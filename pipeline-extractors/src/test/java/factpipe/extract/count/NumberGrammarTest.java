package factpipe.extract.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumberGrammarTest {

    private static final NumberGrammar GRAMMAR = new NumberGrammar(NumberWords.load(), Currencies.load());

    /** The text tokenized, every token tagged X: the grammar reads no tags. */
    static TaggedText untagged(String text) {
        List<TextToken> tokens = WordTokenizer.tokenize(text, 0, text.length());
        String[] tags = new String[tokens.size()];
        Arrays.fill(tags, "X");
        return new TaggedText(text, tokens, tags, new int[tokens.size()]);
    }

    private static List<String> found(String marked) {
        Marked m = Marked.of(marked);
        return GRAMMAR.find(untagged(m.text())).stream()
                .map(n -> m.text().substring(n.start(), n.end()) + "=" + n.value().stripTrailingZeros().toPlainString()
                        + (n.money() ? " " + n.currency() : ""))
                .toList();
    }

    @Test
    void findsDigitsWithSeparatorsAndDecimals() {
        assertThat(found("over 103,000 troops, 3.8 tonnes and 22 persons"))
                .containsExactly("103,000=103000", "3.8=3.8", "22=22");
    }

    @Test
    void findsNumberWords() {
        assertThat(found("seven experts, twenty-two trainees, one hundred and five officers, a dozen cars"))
                .containsExactly("seven=7", "twenty-two=22", "one hundred and five=105", "a dozen=12");
    }

    @Test
    void stopsAWordNumberWhereTheWordsStopMakingOneNumber() {
        assertThat(found("the two and three officers")).containsExactly("two=2", "three=3");
    }

    @Test
    void joinsScaleWords() {
        assertThat(found("1.2 million people and two hundred thousand refugees"))
                .containsExactly("1.2 million=1200000", "two hundred thousand=200000");
    }

    @Test
    void takesTheCurrencyIntoTheExpression() {
        assertThat(found("$599 million, US$5 million, USD 34.6 million, USD34.6 million, 3.8 billion yen, "
                + "one million US dollars, \u00a5300 million, \u20ac2bn, 1000-yen"))
                .containsExactly("$599 million=599000000 USD", "US$5 million=5000000 USD",
                        "USD 34.6 million=34600000 USD", "USD34.6 million=34600000 USD",
                        "3.8 billion yen=3800000000 JPY", "one million US dollars=1000000 USD",
                        "\u00a5300 million=300000000 JPY", "\u20ac2bn=2000000000 EUR", "1000-yen=1000 JPY");
    }

    @Test
    void readsNoNumberInOrdinalsNamesCodesRangesOrCompounds() {
        assertThat(found("the 10th G7 meeting on COVID-19, AMMTC+3, a three-year plan, May 17-19, the second day"))
                .isEmpty();
    }

    @Test
    void marksAScaleAbbreviationWithoutCurrency() {
        NumberMatch m = GRAMMAR.find(untagged("1.2m people")).get(0);
        assertThat(m.abbreviated()).isTrue();
        assertThat(m.money()).isFalse();
        assertThat(m.value()).isEqualByComparingTo(new BigDecimal("1200000"));
    }
}
