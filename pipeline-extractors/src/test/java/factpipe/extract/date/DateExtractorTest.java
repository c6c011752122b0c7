package factpipe.extract.date;

import static org.assertj.core.api.Assertions.assertThat;

import factpipe.core.document.Document;
import factpipe.core.document.DocumentInfo;
import factpipe.core.fact.DateModifier;
import factpipe.core.fact.DateValue;
import factpipe.core.fact.Fact;
import factpipe.core.fact.FactType;
import factpipe.core.fact.Span;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The DATE extractor end to end, on invented sentences in the reports' style. Each case marks its
 * expected facts in place ({@link MarkedText}); a case without marks must yield no fact at all.
 */
class DateExtractorTest {

    private static final DateExtractor EXTRACTOR = new DateExtractor();

    private static void assertDates(String marked) {
        MarkedText expected = MarkedText.parse(marked);
        List<String> found = EXTRACTOR.extract(expected.document()).stream().map(MarkedText::render).toList();
        assertThat(found).as(expected.text()).containsExactlyElementsOf(expected.expectedRendered());
    }

    private static List<Fact> extract(String text) {
        return EXTRACTOR.extract(new Document(new DocumentInfo("t", "t.txt", "text/plain", "0", "0", text.length(), null), text));
    }

    @Test
    void describesItself() {
        assertThat(EXTRACTOR.name()).isEqualTo("date-grammar");
        assertThat(EXTRACTOR.version()).isEqualTo("3");
        assertThat(EXTRACTOR.id()).isEqualTo("date-grammar@3");
        // the id and one SHA-256 per word list
        assertThat(EXTRACTOR.fingerprint()).startsWith("date-grammar@3 ")
                .matches("date-grammar@3( [0-9a-f]{64}){13}");
    }

    @Test
    void factsCarryExactOffsetsTypeAndExtractor() {
        String text = "The treaty was signed on August 5, 2003 and entered into force in 2004.";
        List<Fact> facts = extract(text);
        assertThat(facts).hasSize(2);
        assertThat(facts.get(0).span()).isEqualTo(new Span(25, 39));
        assertThat(facts.get(0).text()).isEqualTo("August 5, 2003");
        assertThat(facts.get(0).type()).isEqualTo(FactType.DATE);
        assertThat(facts.get(0).value()).isEqualTo(DateValue.of("2003-08-05"));
        assertThat(facts.get(0).extractor()).isEqualTo("date-grammar@3");
        assertThat(facts.get(1).span()).isEqualTo(new Span(66, 70));
        assertThat(facts.get(1).value()).isEqualTo(DateValue.of("2004"));
    }

    @Test
    void modifierAndFiscalFlagAreInTheValue() {
        List<Fact> facts = extract("Cooperation grew in the early 1970s and was funded from FY 1978 to FY 2003.");
        assertThat(facts).extracting(Fact::value).containsExactly(
                new DateValue("197X", DateModifier.EARLY, false),
                new DateValue("1978-04/2004-03", null, true));
        assertThat(facts).extracting(Fact::text).containsExactly("early 1970s", "from FY 1978 to FY 2003");
    }

    @Test
    void isStatelessBetweenDocuments() {
        String first = "In 1995 the group met in October.";
        String second = "The group met in October.";
        assertThat(extract(first)).extracting(f -> ((DateValue) f.value()).edtf()).containsExactly("1995", "1995-10");
        // nothing carries over from the first document: the second has no year to infer from
        assertThat(extract(second)).extracting(f -> ((DateValue) f.value()).edtf()).containsExactly("XXXX-10");
    }

    @Nested
    class SingleDates {

        @ParameterizedTest
        @ValueSource(strings = {
            "The agreement was signed on {{August 5, 2003|2003-08-05}} in Tokyo.",
            "The agreement was signed on {{Aug. 5, 2003|2003-08-05}} in Tokyo.",
            "The agreement was signed on {{5 August 2003|2003-08-05}} in Tokyo.",
            "The agreement was signed on {{5 Aug 2003|2003-08-05}} in Tokyo.",
            "The agreement was signed on {{August 5 2003|2003-08-05}} in Tokyo.",
            "The agreement was signed on {{August 5th, 2003|2003-08-05}} in Tokyo.",
            "The agreement was signed on the {{5th of August 2003|2003-08-05}} in Tokyo.",
            "The agreement was signed on Tuesday, {{5 August 2003|2003-08-05}}, in Tokyo.",
            "The agreement was signed on {{2003-08-05|2003-08-05}} in Tokyo.",
            "Date of ratification: {{Jun.12, 1974|1974-06-12}}",
            "The office opened in {{August 2003|2003-08}} with five officers.",
            "The office opened in {{Aug 2003|2003-08}} with five officers.",
            "The office opened in {{Sept. 2003|2003-09}} with five officers.",
            "In {{September, 2005|2005-09}}, the NPA and JICA will hold a seminar.",
            "The office opened in {{May of 2003|2003-05}} with five officers.",
            "The NPA joined the Commission in {{1952|1952}}.",
            "The seminar was held in {{summer 2016|2016-22}} and again in {{Autumn 2017|2017-23}}.",
            "The guidelines were revised in {{early 2015|2015|EARLY}}, {{mid-2016|2016|MID}} and {{late 2017|2017|LATE}}.",
            "The team returned in {{mid-June 2005|2005-06|MID}}.",
            "JAPAN AND ASEAN MET IN {{JUNE 2005|2005-06}}.",
        })
        void allCommonEnglishForms(String marked) {
            assertDates(marked);
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "To date, Japan has concluded treaties with the U.S. ({{2006|2006}}) and Russia ({{2011|2011}}).",
            "Following the G7 Taormina Statement ({{May 2017|2017-05}}), the ministers met in Italy.",
            "This group has been held as the G7 Roma-Lyon Group since {{2015|2015}}.",
            "The office has been open since {{July 2004|2004-07}}.",
            "The NPA sent delegates to the {{2010|2010}} review conference.",
            "After the {{1999|1999}} reform, the {{1984|1984}} visit was recalled in {{2001|2001}}.",
            "Its {{2003|2003}} activities include the hosting of conferences.",
            "Japan's {{2009|2009}} Action Plan was replaced by the new {{2014|2014}} Action Plan.",
            "It was adopted at the {{1989|1989}} G7 Summit in France.",
            "{{2014|2014}} was a year in which terrorism became a global concern.",
            "The training expanded in {{1998|1998}}, {{1999|1999}} and {{2002|2002}}.",
            "Japan ratified them in {{2001|2001}} and {{2002|2002}}, respectively.",
            "The progress made up to {{2003|2003}} is reviewed here.",
            "The FBI has trained officers by {{2003|2003}}, with the exception of {{2000|2000}}.",
            // a treaty's title may hold its year: that is a date (fact guide)
            "Japan is a party to the Single Convention on Narcotic Drugs, {{1961|1961}}, as amended.",
            "The Act came into force in {{2019|2019}}, the Code in {{2020|2020}}.",
            "The resolution was adopted unanimously ({{2024|2024}}).",
        })
        void yearsAsDates(String marked) {
            assertDates(marked);
        }
    }

    @Nested
    class Ranges {

        @ParameterizedTest
        @ValueSource(strings = {
            "Japan attended the conference in Bali, {{May 17-19, 2005|2005-05-17/2005-05-19}}.",
            "Officers served in East Timor from {{July 4 ~ September 9, 1999|1999-07-04/1999-09-09}}.",
            "Officers served in Cambodia {{October 13, 1992 ~ July 8, 1993|1992-10-13/1993-07-08}}.",
            "The meeting took place on {{17–19 May 2005|2005-05-17/2005-05-19}} in Jakarta.",
            "The course ran {{from 2 to 5 May 2005|2005-05-02/2005-05-05}}.",
            "The course ran {{17 May – 2 June 2005|2005-05-17/2005-06-02}}.",
            "The seminar ran {{1996–2000|1996/2000}} in Tokyo.",
            "The seminar ran {{1996-2000|1996/2000}} in Tokyo.",
            "The seminar ran {{from 1996 to 2000|1996/2000}} in Tokyo.",
            "The seminar ran {{From 1989 to 1993|1989/1993}} in Wuxi.",
            "The seminar ran {{between 1996 and 2000|1996/2000}} in Tokyo.",
            "Japan was elected to serve {{from 2015 until 2017|2015/2017}}.",
            "The budget for {{2004-05|2004/2005}} was approved.",
            "The plan covers {{2015-16|2015/2016}} and {{1999-00|1999/2000}}.",
            "Seminar on Criminal Investigation II ({{1975–|1975/..}}), Seminar on International Cooperation ({{1999–2001|1999/2001}})",
            "A contact office has operated since then ({{2002 –|2002/..}}).",
            "The post has been filled ({{1999–present|1999/..}}).",
            "The application was open {{from June to December 2023|2023-06/2023-12}}.",
            "The course ran {{June–August 2004|2004-06/2004-08}}.",
            "Co-chair of the ISM on Disaster Relief ({{July 2013 – summer 2016|2013-07/2016-22}}).",
            "Round 2 met on {{Apr. 26– May 2, 2002|2002-04-26/2002-05-02}} in Vancouver.",
            "Treaties were adopted {{between the 1960s and the 1980s|196X/198X}}.",
            "Negotiations ran in the {{mid 1960s to the mid 1970s|196X/197X|MID}}.",
        })
        void oneFactForTheWholeRange(String marked) {
            assertDates(marked);
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "Bangkok, {{12 September 2024|2024-09-12}}\n\nOn {{3 and 4 September|2024-09-03/2024-09-04}}, Thai officers raided a centre.",
            "The raids took place on {{3 and 4 September 2023|2023-09-03/2023-09-04}} in Bangkok.",
            "The raids took place {{between 3 and 4 September 2023|2023-09-03/2023-09-04}} in Bangkok.",
            "The ministers met on {{June 6 and 7|XXXX-06-06/XXXX-06-07}} in Tokyo.",
        })
        void twoConsecutiveDaysJoinedByAndAreOnePeriod(String marked) {
            assertDates(marked);
        }

        @ParameterizedTest
        @ValueSource(strings = {
            // days that are not consecutive, or more than two, are each a date
            "Inspections took place on {{3|2023-10-03}} and {{9 October 2023|2023-10-09}}.",
            "The team met on {{3|XXXX-06-03}}, {{10|XXXX-06-10}} and {{17 June|XXXX-06-17}} in Manila.",
            "The team met on {{3|XXXX-09-03}}, {{4|XXXX-09-04}} and {{5 September|XXXX-09-05}} in Manila.",
            "The team met on {{3|XXXX-09-03}} or {{4 September|XXXX-09-04}} in Manila.",
            // no day of a month: a preposition between, a percentage, pages
            "The team met on 3 and on {{4 September|XXXX-09-04}} in Manila.",
            "Rates rose by 3 and 4 percent, as pages 3 and 4 of the report show.",
        })
        void daysListedBeforeAMonth(String marked) {
            assertDates(marked);
        }

        @ParameterizedTest
        @ValueSource(strings = {
            // different modifiers cannot share one value: two facts
            "Negotiations ran from the {{early 1960s|196X|EARLY}} to the {{late 1970s|197X|LATE}}.",
            // "and" makes a list, not a range
            "In {{2013|2013}} and {{2014|2014}}, the UN developed a manual.",
            // "from X of 1990 to the end of 2003": the years are not next to the link
            "They served from the Iranian Earthquake of {{1990|1990}} to the end of {{2003|2003}}.",
            // an end before the start is no range
            "The files from {{2003|2003}} to {{1999|1999}} were sorted.",
        })
        void notOneRange(String marked) {
            assertDates(marked);
        }
    }

    @Nested
    class DecadesCenturiesAndFiscalYears {

        @ParameterizedTest
        @ValueSource(strings = {
            "Japan had concluded such treaties by the {{1970s|197X}}.",
            "Japan had concluded such treaties by the {{1970's|197X}}.",
            "Cooperation gathered momentum in the {{early 1970s|197X|EARLY}}.",
            "Cooperation gathered momentum in the {{early of the 1970s|197X|EARLY}}.",
            "Seminars started in the {{mid 1950s|195X|MID}}.",
            "Seminars started in the {{mid-1950s|195X|MID}}.",
            "Requests rose in the {{late 1990s|199X|LATE}}.",
            "The Commission was founded in the {{19th century|18XX}}.",
            "The Commission was established in the {{second half of the 19th century|18XX|LATE}}.",
            "The Commission was established in the {{first half of the 20th century|19XX|EARLY}}.",
            "The Commission was established in the {{early 20th century|19XX|EARLY}}.",
            "Challenges of the {{twenty-first century|20XX}} and the {{21st century|20XX}} differ.",
            "Records from the {{1800s|18XX}} and the {{2000s|200X}} survive.",
        })
        void decadesAndCenturies(String marked) {
            assertDates(marked);
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "Surveys began in {{FY 1988|1988-04/1989-03|fiscal}} under its ODA program.",
            "Surveys began in {{FY1988|1988-04/1989-03|fiscal}} under its ODA program.",
            "Surveys began in {{fiscal 1988|1988-04/1989-03|fiscal}} under its ODA program.",
            "Surveys began in {{fiscal year 1988|1988-04/1989-03|fiscal}} under its ODA program.",
            "Japan contributed from the {{FY2014|2014-04/2015-03|fiscal}} supplementary budget.",
            "A total of 400 experts were dispatched {{from FY 1978 to FY 2003|1978-04/2004-03|fiscal}}.",
            "A total of 400 experts were dispatched in {{FY 1978–2003|1978-04/2004-03|fiscal}}.",
        })
        void japaneseFiscalYears(String marked) {
            assertDates(marked);
        }
    }

    @Nested
    class YearlessDates {

        @ParameterizedTest
        @ValueSource(strings = {
            // the dateline under the title supplies the year
            "Progress Report on Counter-Terrorism\n\n{{June 2005|2005-06}}\n\nAt the Senior Officials Meeting on {{June 15|2005-06-15}}, Japan reported.",
            "The committee met in {{2014|2014}}. In {{November|2014-11}}, it adopted the plan.",
            "The Summit was held in {{September 2014|2014-09}}.\n\nThe Japan–China meeting was held in {{November|2014-11}}.",
            "In {{2014|2014}} the Council met in {{April|2014-04}}, {{May|2014-05}} and {{June|2014-06}}.",
            "Summit meetings in {{2014|2014}} took place in {{October|2014-10}} and {{November|2014-11}}.",
            "The Naples Summit was held in {{1994|1994}}, and in {{November of the same year|1994-11}} a conference followed.",
            "The council met in {{April 2014|2014-04}} and in {{March of the following year|2015-03}}.",
            "Year (Country)\tRound\tDate\n{{1995|1995}} (Canada)\t1\t{{Oct. 12–17|1995-10-12/1995-10-17}}\tOttawa\n\t2\t{{Nov. 27–29|1995-11-27/1995-11-29}}\tMontebello",
            "Japan contributed in {{FY2014|2014-04/2015-03|fiscal}}. The summit was on {{September 26|2014-09-26}} and the review in {{February|2015-02}}.",
            "The team arrived in {{March 2004|2004-03}}, and on the {{14th|2004-03-14}} it signed the minutes.",
            "Delegates met in {{2002|2002}}: the Minister on {{Jun. 6|2002-06-06}}/{{11|2002-06-11}} and the Attorney General on {{Oct. 21|2002-10-21}}.",
            "The working group met on {{May 3|XXXX-05-03}}, {{4|XXXX-05-04}} and {{9|XXXX-05-09}}.",
            "The ministers met on {{October 12|XXXX-10-12}}.",
            "The delegation arrived on {{August 5|XXXX-08-05}} and left in {{Sept.|XXXX-09}}",
            "Talks ran {{Oct. 12–17|XXXX-10-12/XXXX-10-17}} in Ottawa.",
        })
        void yearLessDatesTakeTheNearestYearBefore(String marked) {
            assertDates(marked);
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "After the {{September 11|2001-09-11}} attacks in {{2001|2001}}, the groups were merged.",
            "The group was established in {{2001|2001}} after the {{September 11|2001-09-11}} terrorist attacks.",
            // the year of an earlier sentence is the narrative's, not the event's
            "The group met in {{2005|2005}}. It recalled the {{September 11|XXXX-09-11}} attacks.",
        })
        void eventDaysTakeOnlyAYearOfTheirSentence(String marked) {
            assertDates(marked);
        }

        @Test
        void yearLessRangeRunsIntoTheNextYear() {
            assertDates("In {{2004|2004}} the talks ran {{Dec. 28–Jan. 3|2004-12-28/2005-01-03}} in Geneva.");
        }

        @Test
        void aTitleYearIsNoAnchor() {
            assertDates("Global Synthetic Drugs Assessment 2014 was launched in {{2016|2016}}.\n"
                    + "In {{May|2016-05}}, Japan co-hosted the press launch.");
        }
    }

    @Nested
    class NotYears {

        @ParameterizedTest
        @ValueSource(strings = {
            "As many as 2000 officers took part in the operation.",
            "Some 2000 officers took part in the operation.",
            "The police opened 1,995 cases and 2,003 investigations.",
            "Japan contributed $2005 and ¥2010 to the fund.",
            "The UN Security Council adopted Resolution 2178 unanimously.",
            "The Council referred to Article 1999 and to Law No. 2001 of the code.",
            "The laboratory is certified under ISO 9001 and ISO 2001.",
            "The figure appears on page 2003 and in section 2005 of the manual.",
            "The FATF adopted the 40 Recommendations in Paris.",
            "Japan became the world's No. 1 donor.",
            "The 40th anniversary of Japan-ASEAN Friendship was celebrated.",
            "Diplomatic Bluebook 2015 describes the Tokyo 2020 preparations.",
            "The report cites the “2022 Action Plan to Combat Trafficking in Persons” as a model.",
            "Contact: Tel. +81-3-3581-2003, or see www.npa.go.jp/english/2003/report.html for details.",
            "The G7 Taormina Statement called for action.",
            "The KCGS, established under the Kenya Coast Guard Service Act, 2018, patrols the coast.",
            "Kenya's Merchant Shipping Act, 2009 is under review, and so is the Penal Code, 1930.",
            "After United Nations Security Council resolution 2722 (2024) condemned the attacks, patrols rose.",
            "The force was 2000-strong and spent 1990-yen per day, 2003% of the budget.",
            "More than 2000 persons and approximately 1990 staff took part.",
            "The budget of the post-2015 agenda was 2009-08 in the ledger.",
        })
        void countsIdentifiersNamesAndCodes(String marked) {
            assertDates(marked);
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "The training lasted six months, within a three-year plan.",
            "The meeting has been convened every two years for 10 years.",
            "The officer, aged 25, served for two and a half years.",
            "Last year and this month, as in recent years, the number rose.",
            "To date, the NPA has currently sent experts; a workshop will be held this autumn.",
            "This year, the group met again.",
        })
        void durationsAgesAndRelativeExpressions(String marked) {
            assertDates(marked);
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "May I ask whether the delegates may be ready?",
            "May they succeed in their mission.",
            "The officers will march to the square in the morning.",
            "The March on the capital was peaceful.",
            "Jan Kowalski and April Smith met the delegation.",
            "The 14th session met on the 14th floor.",
            "The 25th ASEAN Chief of Police Conference was held in Bali.",
        })
        void monthAndDayLookAlikes(String marked) {
            assertDates(marked);
        }

        @Test
        void theDocumentTitleIsAPublicationName() {
            assertDates("Progress of International Cooperation and Exchange to 2003\n\n"
                    + "In {{2003|2003}}, the NPA hosted a conference.");
        }

        @Test
        void aYearUnderAFiscalYearHeaderIsAFiscalYear() {
            assertDates("Course\tFY\tNumber of participants\nSeminar\t{{2019|2019-04/2020-03|fiscal}}\t18\n"
                    + "Workshop\t{{2021\u20132022|2021-04/2023-03|fiscal}}\t15");
            assertDates("Fiscal year\tBudget\n{{2019|2019-04/2020-03|fiscal}}\t120");
            assertDates("Seminar\tFY (provisional)\nCT\t{{2023|2023-04/2024-03|fiscal}}");
            // a year written with more in its cell, and a header that only ends in "fiscal year", are not
            assertDates("Course\tFY\nSeminar\t{{2019|2019}} (Tokyo)");
            assertDates("Course\tHeld in fiscal year\nSeminar\t{{2019|2019}}");
        }

        @Test
        void aTableColumnOfCountsHoldsNoYears() {
            assertDates("Year\tCases\tPersons\n{{2003|2003}}\t1998\t2450\n{{2002|2002}}\t2001\t1876\n{{2001|2001}}\t1500\t2005");
        }
    }

    @Nested
    class ImpossibleDates {

        @ParameterizedTest
        @ValueSource(strings = {
            "The meeting was held on February 30, 2003 in Tokyo.",
            "The meeting was held on April 31, 2004 in Tokyo.",
            "The meeting was held on 31 April 2004 in Tokyo.",
            "The meeting was held on Feb. 0, 2003 in Tokyo.",
            "The meeting was held on 2003-13-05 in Tokyo.",
            "The meeting was held on 2003-02-30 in Tokyo.",
            "The meeting was held on February 27–30, 2003 in Tokyo.",
            "The meeting was held on February 29, 2003 in Tokyo.",
        })
        void areNoFactsAtAll(String marked) {
            assertDates(marked);
        }

        @Test
        void leapDaysExist() {
            assertDates("The meeting was held on {{February 29, 2004|2004-02-29}} in Tokyo.");
        }
    }

    @Nested
    class Spans {

        @Test
        void leaveOutTheArticleBracketsAndTrailingPunctuation() {
            assertDates("It began in the {{1970s|197X}}, in ({{2006|2006}}), and in {{2003|2003}}.");
        }

        @Test
        void keepTheAbbreviationDotOfAMonth() {
            // the period of "Sept." is the abbreviation's, even where it also ends the sentence
            assertDates("Trafficking fell in {{Sept.|XXXX-09}} Arrests rose in {{Oct.|XXXX-10}}");
            assertDates("Talks were held on {{Aug. 5, 2003|2003-08-05}}.");
        }

        @Test
        void doNotCrossCellsOrLines() {
            // "May" ends its line: "17, 2005" on the next is no part of it; a tab ends a cell
            assertDates("Officers met in {{May|XXXX-05}}\n17, {{2005|2005}} was the deadline.\nRound\t{{2003|2003}}\t05");
        }
    }

    @Test
    void handlesALongDocumentOfManyDates() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            text.append("In 1999 the group met on May 17-19, 2005 and in November. ");
        }
        List<Fact> facts = extract(text.toString());
        assertThat(facts).hasSize(15000);
        assertThat(facts.get(14999).value()).isEqualTo(DateValue.of("2005-11"));
    }
}
