package factpipe.extract.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Year inference on grammar output (no year rules involved: every case writes full calendar dates). */
class YearInferenceTest {

    private static final DateLexicon LEXICON = DateLexicon.load();

    private static List<String> resolve(String text) {
        List<Token> tokens = new Tokenizer().tokenize(text);
        TextLayout layout = new TextLayout(text, tokens, LEXICON);
        return new YearInference().resolve(new DateGrammar(LEXICON).scan(tokens), layout).stream()
                .map(m -> text.substring(m.start(), m.end()) + "=" + m.value().edtf())
                .toList();
    }

    @Test
    void takesTheYearOfTheNearestExplicitDateBefore() {
        assertThat(resolve("In March 2004 the council met. In June it met again.\n\nIn December 2005 it closed; in May it reopened."))
                .containsExactly("March 2004=2004-03", "June=2004-06", "December 2005=2005-12", "May=2005-05");
    }

    @Test
    void takesTheStartYearOfARangeAnchor() {
        assertThat(resolve("The plan for July 2015 – March 2016 was adopted. In October, it was reviewed."))
                .containsExactly("July 2015 – March 2016=2015-07/2016-03", "October=2015-10");
    }

    @Test
    void inferredDatesAreNoAnchors() {
        // "June 15" takes 2005 from "May 2005"; "in July" still takes it from "May 2005", not from "June 15"
        assertThat(resolve("In May 2005 talks began. On June 15 they paused. In July they resumed."))
                .containsExactly("May 2005=2005-05", "June 15=2005-06-15", "July=2005-07");
    }

    @Test
    void fiscalYearAnchorsGiveJanuaryToMarchTheNextYear() {
        assertThat(resolve("In FY2014 Japan contributed. On September 26 and in January it reported."))
                .containsExactly("FY2014=2014-04/2015-03", "September 26=2014-09-26", "January=2015-01");
    }

    @Test
    void leavesTheYearUnknownWithoutAnAnchor() {
        assertThat(resolve("On October 12 the ministers met; in March of the following year they met again."))
                .containsExactly("October 12=XXXX-10-12", "March of the following year=XXXX-03");
    }

    @Test
    void shiftsRelativeYears() {
        assertThat(resolve("In April 2014 it met, in March of the following year and in May of the previous year."))
                .containsExactly("April 2014=2014-04", "March of the following year=2015-03",
                        "May of the previous year=2013-05");
    }

    @Test
    void bareDaysTakeMonthAndYearOfTheLastDateWithAMonth() {
        assertThat(resolve("In 2003 the team met in November, and on the 14th it signed."))
                .containsExactly("2003=2003", "November=2003-11", "14th=2003-11-14");
        assertThat(resolve("On the 14th it signed.")).containsExactly("14th=XXXX-XX-14");
    }

    @Test
    void keepsAnUnknownYearWhereTheInferredOneHasNoSuchDay() {
        assertThat(resolve("In 2003 it began. On February 29 it closed.")).containsExactly("2003=2003", "February 29=XXXX-02-29");
    }

    @Test
    void eventDaysLookOnlyInTheirSentence() {
        assertThat(resolve("In March 2005 talks began. After the September 11 attacks in 2001, the group merged."))
                .containsExactly("March 2005=2005-03", "September 11=2001-09-11", "2001=2001");
        assertThat(resolve("In March 2005 talks began. They recalled the September 11 attacks."))
                .containsExactly("March 2005=2005-03", "September 11=XXXX-09-11");
    }
}
