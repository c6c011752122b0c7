package factpipe.extract.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AmountReaderTest {

    private static final AmountReader READER = new AmountReader(NumberWords.load(), Currencies.load());

    private static AmountReader.Amount amount(String value, String currency) {
        return new AmountReader.Amount(new BigDecimal(value), currency);
    }

    @Test
    void readsPlainNumbers() {
        assertThat(READER.read("22")).contains(amount("22", null));
        assertThat(READER.read("10,000")).contains(amount("10000", null));
        assertThat(READER.read("seven")).contains(amount("7", null));
        assertThat(READER.read("one hundred and five")).contains(amount("105", null));
        assertThat(READER.read("1.2 million")).contains(amount("1200000", null));
    }

    @Test
    void readsMoneyInEveryForm() {
        assertThat(READER.read("$599 million")).contains(amount("599000000", "USD"));
        assertThat(READER.read("US$5 million")).contains(amount("5000000", "USD"));
        assertThat(READER.read("USD 34.6 million")).contains(amount("34600000", "USD"));
        assertThat(READER.read("USD34.6 million")).contains(amount("34600000", "USD"));
        assertThat(READER.read("34.6 million dollars")).contains(amount("34600000", "USD"));
        assertThat(READER.read("3.8 billion yen")).contains(amount("3800000000", "JPY"));
        assertThat(READER.read("one million US dollars")).contains(amount("1000000", "USD"));
        assertThat(READER.read("a million yen")).contains(amount("1000000", "JPY"));
        assertThat(READER.read("1000-yen")).contains(amount("1000", "JPY"));
        assertThat(READER.read("\u20ac2bn")).contains(amount("2000000000", "EUR"));
        assertThat(READER.read("10 million pounds sterling")).contains(amount("10000000", "GBP"));
    }

    @Test
    void rejectsWhatIsNotOneAmount() {
        assertThat(READER.read("6 million yen dollars")).isEmpty();
        assertThat(READER.read("34.6 apples")).isEmpty();
        assertThat(READER.read("1.2x")).isEmpty();
        assertThat(READER.read("yen")).isEmpty();
        assertThat(READER.read("$5 million euros")).isEmpty();
    }
}
