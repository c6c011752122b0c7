package factpipe.extract.date;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MonthNameTest {

    private final Tokenizer tokenizer = new Tokenizer();

    private MonthName.Match of(String word) {
        return MonthName.of(tokenizer.tokenize(word).get(0));
    }

    @Test
    void readsFullNamesAndAbbreviations() {
        assertThat(of("August")).isEqualTo(new MonthName.Match(MonthName.AUGUST, false));
        assertThat(of("Aug")).isEqualTo(new MonthName.Match(MonthName.AUGUST, true));
        assertThat(of("Sept")).isEqualTo(new MonthName.Match(MonthName.SEPTEMBER, true));
        assertThat(of("Sep")).isEqualTo(new MonthName.Match(MonthName.SEPTEMBER, true));
        assertThat(of("May")).isEqualTo(new MonthName.Match(MonthName.MAY, false));
        assertThat(of("DECEMBER")).isEqualTo(new MonthName.Match(MonthName.DECEMBER, false));
        assertThat(of("Oct").month().number()).isEqualTo(10);
    }

    @Test
    void needsACapital() {
        assertThat(of("may")).isNull();
        assertThat(of("march")).isNull();
        assertThat(of("mAy")).isNull();
        assertThat(of("Mayor")).isNull();
        assertThat(of("2003")).isNull();
    }

    @Test
    void seasonsHaveEdtfCodes() {
        assertThat(Season.of(tokenizer.tokenize("summer").get(0))).isEqualTo(Season.SUMMER);
        assertThat(Season.of(tokenizer.tokenize("Fall").get(0))).isEqualTo(Season.AUTUMN);
        assertThat(Season.of(tokenizer.tokenize("season").get(0))).isNull();
        assertThat(Season.SPRING.code()).isEqualTo(21);
        assertThat(Season.WINTER.code()).isEqualTo(24);
    }
}
