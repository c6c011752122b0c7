package factpipe.extract.count;

import static org.assertj.core.api.Assertions.assertThat;

import factpipe.core.fact.CountValue;
import factpipe.core.fact.Span;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RoundTripTest {

    private static final RoundTrip CHECK = new RoundTrip(new AmountReader(NumberWords.load(), Currencies.load()));
    private static final String TEXT = "Japan pledged USD34.6 million and sent 21 officers.";

    private static CountFinding money(int start, int end, String quantity, String code) {
        return new CountFinding(new Span(start, end), new CountValue(new BigDecimal(quantity), code, null), true, true);
    }

    @Test
    void acceptsASpanThatReadsBackToItsValue() {
        assertThat(CHECK.mismatch(TEXT, money(14, 29, "34600000", "USD"))).isEmpty();
        CountFinding officers = new CountFinding(new Span(39, 41), CountValue.of(21, "officer"), false, false);
        assertThat(CHECK.mismatch(TEXT, officers)).isEmpty();
    }

    @Test
    void rejectsASpanCutInsideTheNumber() {
        // "6 million" out of "USD34.6 million": the corruption the check exists for
        assertThat(CHECK.mismatch(TEXT, money(20, 29, "34600000", "USD"))).contains("6000000");
    }

    @Test
    void rejectsAWrongQuantityOrCurrency() {
        assertThat(CHECK.mismatch(TEXT, money(14, 29, "6000000", "USD"))).contains("34600000 USD");
        assertThat(CHECK.mismatch(TEXT, money(14, 29, "34600000", "JPY"))).contains("34600000 USD");
    }

    @Test
    void anElidedAmountTakesItsCurrencyFromBeforeButItsQuantityFromTheSpan() {
        String text = "3.8 billion yen in 2013 and 2.1 billion in 2014";
        CountFinding elided = new CountFinding(new Span(28, 39),
                new CountValue(new BigDecimal("2100000000"), "JPY", null), true, false);
        assertThat(CHECK.mismatch(text, elided)).isEmpty();
    }

    @Test
    void rejectsASpanWithNoNumber() {
        CountFinding f = new CountFinding(new Span(0, 5), CountValue.of(5, "country"), false, false);
        assertThat(CHECK.mismatch(TEXT, f)).contains("no amount");
    }
}
