package factpipe.extract.count;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CurrenciesTest {

    private static final Currencies CURRENCIES = Currencies.load();

    private static Currencies.Match before(String text, String number) {
        int at = text.indexOf(number);
        return CURRENCIES.before(text, at, 0).orElse(null);
    }

    private static Currencies.Match after(String text, String amount, boolean scaled) {
        int end = text.indexOf(amount) + amount.length();
        return CURRENCIES.after(text, end, text.length(), scaled).orElse(null);
    }

    @Test
    void findsSymbolsAndCodesBeforeTheDigits() {
        assertThat(before("gave $599 million", "599")).isEqualTo(new Currencies.Match(5, 6, "USD"));
        assertThat(before("gave US$5 million", "5")).isEqualTo(new Currencies.Match(5, 8, "USD"));
        assertThat(before("gave USD 34.6 million", "34.6")).isEqualTo(new Currencies.Match(5, 8, "USD"));
        assertThat(before("gave USD34.6 million", "34.6")).isEqualTo(new Currencies.Match(5, 8, "USD"));
        assertThat(before("gave \u00a5300 million", "300")).isEqualTo(new Currencies.Match(5, 6, "JPY"));
        assertThat(before("gave \u20ac2 million", "2")).isEqualTo(new Currencies.Match(5, 6, "EUR"));
        assertThat(before("gave \u00a34 million", "4")).isEqualTo(new Currencies.Match(5, 6, "GBP"));
        assertThat(before("gave HK$10", "10")).isEqualTo(new Currencies.Match(5, 8, "HKD"));
    }

    @Test
    void findsNamesAndCodesAfterTheAmount() {
        assertThat(after("3.8 billion yen in aid", "3.8 billion", true)).isEqualTo(new Currencies.Match(12, 15, "JPY"));
        assertThat(after("1 million US dollars.", "1 million", true)).isEqualTo(new Currencies.Match(10, 20, "USD"));
        assertThat(after("2 million euros", "2 million", true)).isEqualTo(new Currencies.Match(10, 15, "EUR"));
        assertThat(after("34.6 million USD", "34.6 million", true)).isEqualTo(new Currencies.Match(13, 16, "USD"));
        assertThat(after("10 million pounds sterling", "10 million", true))
                .isEqualTo(new Currencies.Match(11, 26, "GBP"));
    }

    @Test
    void wordsThatAreAlsoOrdinaryEnglishNeedAScaleWord() {
        assertThat(after("2 million pounds", "2 million", true)).isEqualTo(new Currencies.Match(10, 16, "GBP"));
        assertThat(after("500 pounds", "500", false)).isNull();
        assertThat(after("2 million pounds of cannabis", "2 million", true)).isNull();
        assertThat(after("5 billion won", "5 billion", true)).isEqualTo(new Currencies.Match(10, 13, "KRW"));
    }

    @Test
    void doesNotMatchInsideWords() {
        assertThat(after("3 yenta", "3", false)).isNull();
        assertThat(before("ABCUSD 5", "5")).isNull();
        assertThat(after("5 eurosceptics", "5", false)).isNull();
    }

    @Test
    void readsWholeStrings() {
        assertThat(CURRENCIES.leading("US$5 million")).contains(new Currencies.Match(0, 3, "USD"));
        assertThat(CURRENCIES.trailing("3.8 billion yen")).contains(new Currencies.Match(12, 15, "JPY"));
        assertThat(CURRENCIES.trailing("1000-yen")).contains(new Currencies.Match(5, 8, "JPY"));
        assertThat(CURRENCIES.trailing("seven")).isEmpty();
    }
}
