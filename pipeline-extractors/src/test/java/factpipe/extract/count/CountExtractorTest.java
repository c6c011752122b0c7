package factpipe.extract.count;

import static org.assertj.core.api.Assertions.assertThat;

import factpipe.core.document.Document;
import factpipe.core.document.DocumentInfo;
import factpipe.core.fact.CountValue;
import factpipe.core.fact.Fact;
import factpipe.core.fact.FactType;
import factpipe.core.fact.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("models")
class CountExtractorTest {

    private static final CountExtractor EXTRACTOR = new CountExtractor(TestModels.MODELS);

    static List<Fact> extract(String text) {
        Document d = new Document(new DocumentInfo("test", "test.txt", "text/plain", "0", "0", text.length(), null), text);
        return EXTRACTOR.extract(d);
    }

    /** "quantity|unit" or "quantity|unit|QUALIFIER" */
    private static String value(Fact f) {
        CountValue v = (CountValue) f.value();
        return v.quantity().toPlainString() + "|" + v.unit() + (v.qualifier() == null ? "" : "|" + v.qualifier());
    }

    /** The facts of the marked text are exactly the marked spans, with these values in order. */
    private static void assertCounts(String marked, String... values) {
        Marked m = Marked.of(marked);
        List<Fact> facts = extract(m.text());
        assertThat(facts).extracting(Fact::span).as(m.text()).containsExactlyElementsOf(m.spans());
        assertThat(facts).extracting(CountExtractorTest::value).as(m.text()).containsExactly(values);
    }

    private static void assertNoCounts(String text) {
        assertThat(extract(text)).as(text).extracting(Fact::text).isEmpty();
    }

    // ---- the extractor ----------------------------------------------------------------------

    @Test
    void namesItselfAndMarksItsFacts() {
        assertThat(EXTRACTOR.id()).isEqualTo("count-grammar@4");
        List<Fact> facts = extract("The NPA sent 12 experts.");
        assertThat(facts).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo(FactType.COUNT);
            assertThat(f.extractor()).isEqualTo("count-grammar@4");
            assertThat(f.text()).isEqualTo("12");
            assertThat(f.span()).isEqualTo(new Span(13, 15));
        });
    }

    @Test
    void fingerprintNamesTheModelsAndHashesEveryWordList() {
        String fingerprint = EXTRACTOR.fingerprint();
        assertThat(fingerprint).startsWith("count-grammar@4 ").contains("opennlp-en-ud-ewt-pos-1.3-2.5.4.bin");
        assertThat(fingerprint).containsPattern("currencies\\.tsv [0-9a-f]{64}")
                .containsPattern("qualifiers\\.tsv [0-9a-f]{64}")
                .containsPattern("number-words\\.tsv [0-9a-f]{64}");
        assertThat(fingerprint).isEqualTo(new CountExtractor(TestModels.MODELS).fingerprint());
    }

    @Test
    void isSafeToShareBetweenThreads() throws Exception {
        String text = "In 2024, 21 maritime security officers from 17 countries took part, and Japan gave $599 million.";
        List<String> expected = extract(text).stream().map(CountExtractorTest::value).toList();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<List<Fact>>> results = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                results.add(pool.submit(() -> extract(text)));
            }
            for (Future<List<Fact>> f : results) {
                assertThat(f.get()).extracting(CountExtractorTest::value).containsExactlyElementsOf(expected);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(expected).containsExactly("21|maritime security officer", "17|country", "599000000|USD");
    }

    // ---- numbers ----------------------------------------------------------------------------

    @Test
    void digitsWithThousandsSeparatorsAndDecimals() {
        assertCounts("Japan has dispatched [[10,000]] personnel and trained [[1,250]] cadets.",
                "10000|personnel", "1250|cadet");
        assertCounts("The programme reached [[1.5 million]] people in the region.", "1500000|person");
    }

    @Test
    void numbersInWords() {
        assertCounts("[[Seven]] experts, [[twenty-two]] trainees and [[one hundred and five]] officers took part.",
                "7|expert", "22|trainee", "105|officer");
        assertCounts("The agency dispatched [[two hundred thousand]] leaflets and [[a dozen]] vehicles.",
                "200000|leaflet", "12|vehicle");
    }

    @Test
    void oneCountsOnlyWhenItQuantifiesANoun() {
        assertCounts("The Cabinet decided to dispatch [[one]] more Staff Officer there.", "1|staff officer");
        assertCounts("[[One]] expert stayed in Manila.", "1|expert");
        assertNoCounts("One of the experts said, as one example, that no one would help one another.");
        assertNoCounts("This month I conduct the orchestra. One is in Serbia, and I am the only one able to travel.");
        assertNoCounts("In one way, they were successful, and the reports came one after another.");
    }

    @Test
    void oneCountsANounThatTheTaggerReadAsAnAdjectiveAfterADemonym() {
        // "national" after "Australian" is tagged ADJ, but a demonym needs a noun to modify
        assertCounts("Police arrested [[two]] Japanese nationals and [[one]] Australian national.",
                "2|Japanese national", "1|Australian national");
        assertCounts("[[One]] Australian national was arrested and [[one]] US official was questioned.",
                "1|Australian national", "1|US official");
        assertNoCounts("One of the Australian nationals opened a one-stop centre, the No. 1 centre in Manila.");
        assertNoCounts("Australia, one of the Japanese partners, was the only one.");
    }

    // ---- money ------------------------------------------------------------------------------

    @Test
    void moneyWithSymbolsAndCodes() {
        assertCounts("Japan has disbursed a total of [[$599 million]] since 2007.", "599000000|USD");
        assertCounts("It pledged [[US$5 million]], [[USD 34.6 million]] and [[USD34.6 million]] in all.",
                "5000000|USD", "34600000|USD", "34600000|USD");
        assertCounts("Grants of [[\u00a5300 million]], [[\u20ac2 million]] and [[\u00a34.5 million]] were approved.",
                "300000000|JPY", "2000000|EUR", "4500000|GBP");
        assertCounts("The fund holds [[$1.2m]] and [[\u20ac2bn]].", "1200000|USD", "2000000000|EUR");
    }

    @Test
    void moneyWithCurrencyNames() {
        assertCounts("Japan contributed approximately [[3.8 billion yen]] to this area.", "3800000000|JPY|APPROX");
        assertCounts("It has provided a total of approximately [[5.5 billion US dollars]] since 2001.",
                "5500000000|USD|APPROX");
        assertCounts("Japan has contributed [[one million US dollars]] to the Cooperation Fund.", "1000000|USD");
        assertCounts("The EU gave [[2 million euros]] and the UK [[10 million pounds sterling]].",
                "2000000|EUR", "10000000|GBP");
        assertCounts("Donors raised [[34.6 million dollars]] and [[5 billion won]].", "34600000|USD", "5000000000|KRW");
        assertCounts("The guards make a mere [[1000-yen]] a day.", "1000|JPY");
    }

    @Test
    void poundsOfWeightAreNotMoney() {
        assertNoCounts("Customs seized 500 pounds of cannabis and 20 kilograms of heroin.");
    }

    // ---- qualifiers -------------------------------------------------------------------------

    @Test
    void qualifiersGoToTheValueNotTheSpan() {
        assertCounts("About [[30]] countries, approximately [[480]] people, some [[75]] police personnel, nearly "
                        + "[[50]] participants, roughly [[40]] experts and an estimated [[2,000]] migrants.",
                "30|country|APPROX", "480|person|APPROX", "75|police personnel|APPROX", "50|participant|APPROX",
                "40|expert|APPROX", "2000|migrant|APPROX");
        assertCounts("The number of emigrants is close to [[200,000]] people.", "200000|person|APPROX");
        assertCounts("More than [[400]] personnel and over [[103,000]] troops were sent.",
                "400|personnel|MORE_THAN", "103000|troop|MORE_THAN");
        assertCounts("Less than [[20]] cases, fewer than [[10]] persons and under [[5]] incidents were reported.",
                "20|case|LESS_THAN", "10|person|LESS_THAN", "5|incident|LESS_THAN");
        assertCounts("At least [[12]] agencies, as many as [[97]] posts and up to [[60]] trainees.",
                "12|agency|AT_LEAST", "97|post|UP_TO", "60|trainee|UP_TO");
    }

    @Test
    void aQualifierMayFollowTheNumberBeforeItsNoun() {
        assertCounts("It depends on evidence held in [[two]] or more other countries.", "2|country|AT_LEAST");
        assertCounts("Teams of [[ten]] or fewer officers and [[30]] or so experts went, with [[5]] or less cases.",
                "10|officer|UP_TO", "30|expert|APPROX", "5|case|UP_TO");
        // "one or more" is no count of one thing; a time unit after the qualifier makes a duration
        assertNoCounts("One or more agencies met for two or more years.");
    }

    @Test
    void aRangeOfThingsIsTwoCountsTheLowAtLeastTheHighUpTo() {
        assertCounts("Courses typically had [[20]]\u2013[[25]] participants.", "20|participant|AT_LEAST",
                "25|participant|UP_TO");
        assertCounts("Each unit has [[10]] to [[15]] officers and between [[three]] and [[five]] patrol vessels; "
                        + "teams of [[4]] - [[6]] experts visit.", "10|officer|AT_LEAST", "15|officer|UP_TO",
                "3|patrol vessel|AT_LEAST", "5|patrol vessel|UP_TO", "4|expert|AT_LEAST", "6|expert|UP_TO");
        // after "from", a change or span whose ends are both written exactly
        assertCounts("Membership grew from [[20]] to [[25]] members.", "20|member", "25|member");
    }

    @Test
    void yearsDaysScoresAndIdentifiersAreNoRangesOfCounts() {
        assertNoCounts("The plan ran 2019\u20132024 and the workshop was held on 15\u201317 April and May 3-5.");
        assertNoCounts("The bill passed by a 3-2 vote; see pages 12-15 and Articles 3 to 5.");
    }

    @Test
    void overAfterANounIsAPrepositionNotAQualifier() {
        assertCounts("They dispatched a cumulative total of [[116]] personnel over [[seven]] separate disasters.",
                "116|personnel", "7|disaster");
    }

    @Test
    void theParticleOfAPhrasalVerbIsNoQualifier() {
        assertCounts("In 2017, Japan handed over [[two]] former JCG patrol vessels and sent over [[400]] officers.",
                "2|patrol vessel", "400|officer|MORE_THAN");
    }

    // ---- the counted noun -------------------------------------------------------------------

    @Test
    void countedNounInSingularLowerCase() {
        assertCounts("The seminar had [[22]] persons from [[20]] countries and [[13]] persons from [[13]] countries.",
                "22|person", "20|country", "13|person", "13|country");
        assertCounts("Japan provided [[3]] patrol vessels and [[75]] police personnel.", "3|patrol vessel",
                "75|police personnel");
        assertCounts("In 2024, [[21]] maritime security officers took part.", "21|maritime security officer");
        assertCounts("The forum admitted [[5]] new members.", "5|member");
    }

    @Test
    void aMeasureOfTheThingsIsNoPartOfTheUnit() {
        assertCounts("The SLCG received [[two]] 30-metre patrol vessels, and [[ten]] 44-metre multi-role response "
                + "vessels went to the PCG under a 10-year loan.", "2|patrol vessel", "10|multi-role response vessel");
    }

    @Test
    void coordinatedNounsStayTogether() {
        assertCounts("ARF has [[26]] countries and regions as members.", "26|country and region");
        assertCounts("It deployed [[103,000]] military and police personnel.", "103000|military and police personnel");
        // a count of instruments, not a name like "the 40 Recommendations"
        assertCounts("Ratification of the [[12]] counter-terrorism conventions and protocols has not progressed.",
                "12|counter-terrorism convention and protocol");
        assertCounts("Japan will hold the Seminar on Accession of the [[12]] Counter-Terrorism Conventions and Protocols.",
                "12|counter-terrorism convention and protocol");
    }

    @Test
    void namesInTheNounPhrase() {
        assertCounts("As of November, [[16]] UN PKO missions are in place.", "16|PKO mission");
        assertCounts("In 2024, [[13]] ReCAAP Contracting Parties participated.", "13|contracting party");
    }

    @Test
    void aBodysNameBeforeTheNounSaysWhoseThingsAreCountedAndGoes() {
        assertCounts("By 2003, [[five]] FBI agents had been invited to Japan.", "5|agent");
        assertCounts("Fewer than [[20]] JCG officers and [[two]] Japan Coast Guard officers qualified.",
                "20|officer|LESS_THAN", "2|officer");
        // a body's acronym the document defines, even after its use; not one for a common noun
        assertCounts("[[Four]] MCT instructors and [[three]] ODA experts went. The Mobile Cooperation Team (MCT) is "
                + "funded by Official Development Assistance (ODA).", "4|instructor", "3|ODA expert");
    }

    @Test
    void aCompoundPluralInBothWordsIsCountedInTheSingular() {
        assertCounts("Each State Party is reviewed by [[two]] other States Parties, and [[five]] Member States abstained.",
                "2|state party", "5|member state");
    }

    @Test
    void aPluralInsideANameIsNoHead() {
        // "Nations" ends the name "United Nations", not the noun phrase; a name one further left goes
        assertCounts("Japan is a party to the [[three]] United Nations drug control conventions: the Single "
                + "Convention.", "3|drug control convention");
        assertCounts("[[Two]] United States officials attended.", "2|United States official");
        // a capitalised plural before a verb, a conjunction or a preposition is the head
        assertCounts("In 2024, [[13]] ReCAAP Contracting Parties participated and [[5]] Member States in Asia "
                + "abstained.", "13|contracting party", "5|member state");
    }

    @Test
    void anaphoricNumbersAreCounts() {
        assertCounts("The agreement was signed between the [[two]] countries, and the [[three]] leaders met.",
                "2|country", "3|leader");
        assertCounts("The NPA plays a role in the first [[three]] sub-groups.", "3|sub-group");
    }

    @Test
    void anElidedNounIsTheOneItStandsFor() {
        assertCounts("[[48]] officers went to Peru, followed by Chile with [[21]].", "48|officer", "21|officer");
        assertCounts("Japan sent [[five]] experts in May and [[three]] in June.", "5|expert", "3|expert");
        assertCounts("The police dispatched [[75]] police personnel. One was killed, with [[four]] others injured.",
                "75|police personnel", "4|police personnel");
        assertCounts("The first neighborhood police posts opened in 1983, and their numbers have increased, reaching "
                + "as many as [[97]] in December 2003.", "97|neighborhood police post|UP_TO");
        assertCounts("Japan gave [[3.8 billion yen]] in 2013 and [[2.1 billion]] in 2014.", "3800000000|JPY",
                "2100000000|JPY");
    }

    @Test
    void aNumberAfterACollectiveNounCountsItsMembers() {
        // the collective is the counted noun the text gives, not a noun said before
        assertCounts("It is managed by [[two]] co-managers and had a staff of [[14]] at the end of 2024.",
                "2|co-manager", "14|staff");
        assertCounts("A police team of [[12]] and a delegation of about [[30]] arrived.", "12|police team",
                "30|delegation|APPROX");
        // a noun after the number is the unit
        assertCounts("A total of [[30]] officers and a group of [[25]] experts took part.", "30|officer", "25|expert");
        assertNoCounts("The Group of 77 is a coalition.");
    }

    @Test
    void theNounMayStandInThePreviousParagraph() {
        assertCounts("Japan sent [[48]] officers to Peru.\nChile received [[21]].", "48|officer", "21|officer");
        assertCounts("Japan sent [[48]] officers to Peru.\nChile hosted a seminar.\nBrazil received 21.",
                "48|officer");
    }

    @Test
    void aBareNumberWithNothingToStandForIsNoCount() {
        assertNoCounts("The report was adopted (the same as 2. (1)) and published.");
    }

    // ---- tables -----------------------------------------------------------------------------

    @Test
    void markdownTableCellsCountTheirColumnHeader() {
        assertCounts("| Country | Number of officers dispatched |\n|---|---|\n| Peru | [[48]] |\n| Chile | [[21]] |",
                "48|officer", "21|officer");
    }

    @Test
    void tabTableCellsCountTheirColumnHeader() {
        assertCounts("Date\tCountry/territory\tType of disaster\tNumber of personnel dispatched\n"
                        + "June 1990\tIran\tEarthquake\t[[6]]\nSeptember 1999\tTaiwan\tEarthquake\t[[45]]",
                "6|personnel", "45|personnel");
    }

    @Test
    void aHeaderWithoutCountedNounTakesItFromTheTitle() {
        assertCounts("(1) Breakdown of expert dispatches by country\n"
                        + "Country\tLong-term\tShort-term\tTotal\nChina\t[[2]]\t[[64]]\t[[66]]\nTotal\t[[44]]\t[[372]]\t[[416]]",
                "2|expert dispatch", "64|expert dispatch", "66|expert dispatch", "44|expert dispatch",
                "372|expert dispatch", "416|expert dispatch");
    }

    @Test
    void yearsPercentagesRowNumbersAndChangesInTablesAreNotCounts() {
        assertCounts("Breakdown of persons benefiting\nRegion\t2003\t%\t2002\t%\nAsia\t[[523]]\t63.0\t[[681]]\t71.0",
                "523|person", "681|person");
        assertCounts("\tNumber of cases (net change from previous year)\tNumber of countries (territories)\n"
                        + "2003\t[[109]] (-41)\t[[103]]\n2002\t[[150]] (+26)\t[[99]]",
                "109|case", "103|country and territory", "150|case", "99|country and territory");
        assertCounts("\tCountry/territory\t2003\n1\tKorea\t152\n2\tChina\t82", new String[0]);
        assertNoCounts("Year (Country)\tRound\tDate\tVenue\n1995 (Canada)\t1\tOct. 12\u201317\tOttawa\n\t2\tNov. 27\u201329\tMontebello");
    }

    @Test
    void textCellsAreReadAsText() {
        assertCounts("Round\tMain agenda\n1\tThe 40 Recommendations, UNTOC and its [[three]] supplementary protocols",
                "3|supplementary protocol");
    }

    @Test
    void contentsPageNumbersAreNotCounts() {
        assertNoCounts("CONTENTS\n1. Introduction.....\t1\n2. International Cooperation.....\t2\n(1) Dispatch of experts.....\t2");
        assertNoCounts("Introduction .......... 1");
    }

    // ---- not counts -------------------------------------------------------------------------

    @Test
    void identifiersAndNumbersInNames() {
        assertNoCounts("The UN Security Council adopted Resolution 2178 on September 24.");
        assertNoCounts("See Article 5, paragraph 2, of the Police Law.");
        assertNoCounts("Since the release of the 40 Recommendations, the FATF added the Eight Special Recommendations.");
        assertNoCounts("The G7 and the G20 discussed the issue at AMMTC+3 during COVID-19.");
        assertNoCounts("Japan became the world's No. 1 donor in 1989, ahead of the then No. 2 country.");
        assertNoCounts("The Seminar on Criminal Investigation III and ASEAN Plus Three met under the G8 Action Plan (25 Points).");
        assertNoCounts("The project entered Phase 2 and Symphony No. 4 was played.");
    }

    @Test
    void aNumberNoArticleOrTitleMakesPartOfASetsNameCountsItsMembers() {
        assertCounts("Japan was re-rated upwards on [[six]] of the 40 Recommendations, and [[four]] Recommendations "
                + "remained rated \"partially compliant\".", "6|recommendation", "4|recommendation");
        assertNoCounts("It adopted 10 Recommendations on the Tracking of Perpetrators and the G8 Recommendations "
                + "(Revised 40 Recommendations), after the Lyon Group's 40 Recommendations to Combat Crime.");
    }

    @Test
    void yearsAreNotCounts() {
        assertNoCounts("In 2003, the NPA reviewed its 2003 activities before the 2010 review conference.");
        assertNoCounts("Progress made up to 2003 is reviewed; negotiations began in 1999 and ended (2002).");
        assertCounts("More than [[1900]] officers took part.", "1900|officer|MORE_THAN");
    }

    @Test
    void ordinalsPercentagesAndTimesAreNotCounts() {
        assertNoCounts("Japan depends on maritime transport for more than 99.5% of its imports and 10 percent of exports.");
        assertNoCounts("The 10th meeting was the second held in Tokyo, after the 25th conference.");
        assertNoCounts("The plenary opened at 10 a.m. and closed at 5 pm.");
    }

    @Test
    void listMarkersSectionsAndPagesAreNotCounts() {
        assertNoCounts("(1) Support for capacity building; (2) training; and (3) equipment.");
        assertNoCounts("1. Introduction");
        assertNoCounts("In section 2 to 5, progress will be reviewed, and see page 12 and Part III, Section 1 (2).");
        assertNoCounts("  \u2022 1 Japan's initiatives in individual fields");
        assertNoCounts("This is disaster relief and maritime security1. It was founded by the GCTF (GCTF)1 in 2011.");
    }

    @Test
    void datesAreNotCounts() {
        assertNoCounts("At the meeting on June 15, Japan reported on the conference in Bali, May 17-19, 2005.");
        assertNoCounts("The protocol was done at Montreal, on 23 September 1971, and ratified on Oct. 12.");
    }

    @Test
    void durationsAgesAndPhoneNumbersAreNotCounts() {
        assertNoCounts("The training lasted six months, the meeting is held every two years for three days.");
        assertNoCounts("Under a three-year plan, it was the first meeting in about two and a half years.");
        assertNoCounts("A man aged 25, three years after independence, called +81 3 3581 0141.");
        assertNoCounts("They met three times.");
        assertCounts("[[5]] victims were children aged between 12 and 17.", "5|victim");
    }

    @Test
    void aRangeWhoseHighNumberCarriesATimeUnitIsADuration() {
        // the low number shares the high one's unit: it takes no unit from a count before it
        assertCounts("Training reached [[612]] officials. Courses lasted three to five days.", "612|official");
        assertNoCounts("Courses lasted two to three weeks, postings 6-12 months and visits from two to four days.");
        assertNoCounts("Exchanges last between two and three years; each flight takes 10 \u2013 12 hours.");
        assertNoCounts("Each raid seized between 10 and 20 kilograms of heroin.");
    }

    @Test
    void measuresAreNotCounts() {
        assertNoCounts("The zone extends 200 nautical miles and the ship seized 1.2m tonnes.");
    }
}
