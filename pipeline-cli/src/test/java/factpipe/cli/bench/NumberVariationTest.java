package factpipe.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NumberVariationTest {

    private static String vary(String text, int yearShift) {
        return new NumberVariation(yearShift, new Random(7)).apply(text);
    }

    @Test
    void shiftsEveryYearOfADocumentByTheSameAmount() {
        assertThat(vary("The MLAT was signed in 2006 and entered into force in March 2008.", 3))
                .isEqualTo("The MLAT was signed in 2009 and entered into force in March 2011.");
        assertThat(vary("In 1952, the NPA joined; (2019) followed.", -2))
                .isEqualTo("In 1950, the NPA joined; (2017) followed.");
    }

    @Test
    void leavesAYearThatWouldLeaveTheRangeAlone() {
        assertThat(vary("Founded in 1901.", -4)).isEqualTo("Founded in 1901.");
        assertThat(vary("Planned for 2098.", 3)).isEqualTo("Planned for 2098.");
    }

    @Test
    void changesCountsKeepingTheirDigitGrouping() {
        String varied = vary("Police arrested 250 suspects and seized 12,400 kilograms worth $599 million.", 1);
        assertThat(varied).doesNotContain(" 250 ").doesNotContain("12,400").doesNotContain("$599 ")
                .matches("Police arrested \\d+ suspects and seized \\d{1,3}(,\\d{3})* kilograms worth \\$\\d+ million\\.");
    }

    @Test
    void keepsCountsWithinHalfAndOneAndAHalfTimes() {
        for (int seed = 0; seed < 200; seed++) {
            String varied = new NumberVariation(1, new Random(seed)).apply("some 1,000 officers");
            long n = Long.parseLong(varied.replaceAll("\\D", ""));
            assertThat(n).isBetween(500L, 1500L).isNotEqualTo(1000L);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The G8 summit and the AMMTC+3 meeting.",
            "It rose by 1.5 per cent in the 2000s.",
            "Signed on 12/05/2019 and in force on 2019-06-01.",
            "Article 3(2) applies to FY2019 and case No.12.",
            "(1) Official development assistance",
            "2. International Cooperation",
            "  3) Hosting of training participants",
            "Reference 007 and the 6th meeting, one or 0 cases, 1 officer.",
            "During 2019-2020 the task force met."})
    void leavesCodesDecimalsDigitDatesListMarkersAndSmallNumbersAlone(String text) {
        assertThat(vary(text, 2)).isEqualTo(text);
    }

    @Test
    void aNumberInsideALineIsACountEvenAfterAListMarker() {
        assertThat(vary("2. The NPA sent 40 experts.", 1)).startsWith("2. The NPA sent ").doesNotContain(" 40 ");
    }
}
