package factpipe.extract.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The grammar alone: which expressions it reads, their parts and kinds, before the year rules and inference. */
class DateGrammarTest {

    private static final DateLexicon LEXICON = DateLexicon.load();
    private final DateGrammar grammar = new DateGrammar(LEXICON);

    private List<String> scan(String text) {
        return grammar.scan(new Tokenizer().tokenize(text)).stream()
                .map(m -> text.substring(m.start(), m.end()) + " | " + m.kind() + " | " + m.from().edtf()
                        + (m.to() != null ? "/" + m.to().edtf() : m.openEnd() ? "/.." : "")
                        + (m.explicitYear() ? "" : " | inferred"))
                .toList();
    }

    @Test
    void readsPointsOfEveryPrecision() {
        assertThat(scan("In 2003, August 2003, August 5, 2003, the 1970s, the 19th century and summer 2016."))
                .containsExactly(
                        "2003 | YEARS | 2003",
                        "August 2003 | CALENDAR | 2003-08",
                        "August 5, 2003 | CALENDAR | 2003-08-05",
                        "1970s | CALENDAR | 197X | inferred",
                        "19th century | CALENDAR | 18XX | inferred",
                        "summer 2016 | CALENDAR | 2016-22");
    }

    @Test
    void takesTheLongestExpressionAtEachToken() {
        assertThat(scan("on May 17-19, 2005 and Oct. 12–17"))
                .containsExactly("May 17-19, 2005 | CALENDAR | 2005-05-17/2005-05-19",
                        "Oct. 12–17 | CALENDAR | XXXX-10-12/XXXX-10-17 | inferred");
    }

    @Test
    void sharesYearAndMonthAcrossARange() {
        assertThat(scan("from June to December 2023")).containsExactly(
                "from June to December 2023 | CALENDAR | 2023-06/2023-12");
        assertThat(scan("17–19 May 2005")).containsExactly("17–19 May 2005 | CALENDAR | 2005-05-17/2005-05-19");
        assertThat(scan("FY 1978–2003")).containsExactly("FY 1978–2003 | CALENDAR | 1978/2003");
    }

    @Test
    void marksBareNumbersForTheYearRules() {
        assertThat(scan("officers 2000 and 1996–2000 and 2004-05")).containsExactly(
                "2000 | YEARS | 2000", "1996–2000 | YEARS | 1996/2000", "2004-05 | YEARS | 2004/2005");
    }

    @Test
    void readsOpenEnds() {
        assertThat(scan("Seminar (1975–) and Seminar (June 2002–)")).containsExactly(
                "1975– | CALENDAR | 1975/..", "June 2002– | CALENDAR | 2002-06/..");
    }

    @Test
    void acceptsAMonthAloneOnlyAfterAPrepositionOrInAList() {
        assertThat(scan("In May, in October and November, since Sept. and through April, May and June"))
                .containsExactly("May | CALENDAR | XXXX-05 | inferred",
                        "October | CALENDAR | XXXX-10 | inferred",
                        "November | CALENDAR | XXXX-11 | inferred",
                        "Sept. | CALENDAR | XXXX-09 | inferred",
                        "April | CALENDAR | XXXX-04 | inferred",
                        "May | CALENDAR | XXXX-05 | inferred",
                        "June | CALENDAR | XXXX-06 | inferred");
        assertThat(scan("May they succeed. The March began. Jan said so. in Jan the team")).isEmpty();
    }

    @Test
    void marksDaysThatNameEvents() {
        assertThat(scan("after the September 11 attacks")).containsExactly("September 11 | EVENT | XXXX-09-11 | inferred");
        assertThat(scan("after the September 11 meeting with the delegates")).containsExactly(
                "September 11 | EVENT | XXXX-09-11 | inferred");
        assertThat(scan("on September 11 in Geneva")).containsExactly("September 11 | CALENDAR | XXXX-09-11 | inferred");
    }

    @Test
    void readsABareDayOnlyAsOnTheOrdinal() {
        assertThat(scan("on the 14th, and on the 15th it closed")).containsExactly(
                "14th | CALENDAR | XXXX-XX-14 | inferred", "15th | CALENDAR | XXXX-XX-15 | inferred");
        assertThat(scan("the 14th, on the 14th floor, on the 14th ASEAN meeting, on the 32nd")).isEmpty();
    }

    @Test
    void readsRelativeYearPhrasesAsPartOfTheMonth() {
        assertThat(scan("in July of the same year and March of the following year")).containsExactly(
                "July of the same year | CALENDAR | XXXX-07 | inferred",
                "March of the following year | CALENDAR | XXXX-03 | inferred");
    }

    @Test
    void dropsImpossibleDatesWholesale() {
        // the impossible date is consumed: its year does not survive as a fact of its own
        assertThat(scan("on February 30, 2003 and April 31 and 2003-13-01 and 31 June 2004")).isEmpty();
    }

    @Test
    void listsFurtherDaysOfTheSameMonth() {
        assertThat(scan("Jun. 6/11 and May 3, 4 and 9")).containsExactly(
                "Jun. 6 | CALENDAR | XXXX-06-06 | inferred", "11 | CALENDAR | XXXX-06-11 | inferred",
                "May 3 | CALENDAR | XXXX-05-03 | inferred", "4 | CALENDAR | XXXX-05-04 | inferred",
                "9 | CALENDAR | XXXX-05-09 | inferred");
        assertThat(scan("on June 15, 16 countries attended")).containsExactly("June 15 | CALENDAR | XXXX-06-15 | inferred");
    }

    @Test
    void readsDaysListedBeforeADayFirstDate() {
        assertThat(scan("on 3 and 4 September, 3 and 9 October 2023 and 5, 6 and 7 May")).containsExactly(
                "3 and 4 September | CALENDAR | XXXX-09-03/XXXX-09-04 | inferred",
                "3 | CALENDAR | 2023-10-03 | inferred", "9 October 2023 | CALENDAR | 2023-10-09",
                "5 | CALENDAR | XXXX-05-05 | inferred", "6 | CALENDAR | XXXX-05-06 | inferred",
                "7 May | CALENDAR | XXXX-05-07 | inferred");
        assertThat(scan("June 6 and 7, then June 8 and 10")).containsExactly(
                "June 6 and 7 | CALENDAR | XXXX-06-06/XXXX-06-07 | inferred",
                "June 8 | CALENDAR | XXXX-06-08 | inferred", "10 | CALENDAR | XXXX-06-10 | inferred");
        assertThat(scan("3 and 4 percent, pages 3 and 4, 3 and on 4")).isEmpty();
    }

    @Test
    void keepsYearsWithAMonthInAWiderRange() {
        assertThat(scan("in August 1066 and in 1066 and in 2150")).containsExactly("August 1066 | CALENDAR | 1066-08");
    }

    @Test
    void readsFiscalYears() {
        assertThat(scan("FY 1988, FY1988, FY.1988, fiscal 1988, Fiscal Year 1988, JFY2001")).hasSize(6)
                .allMatch(s -> s.contains("| CALENDAR |"));
        assertThat(grammar.scan(new Tokenizer().tokenize("FY2014"))).allMatch(DateMention::fiscal);
    }
}
