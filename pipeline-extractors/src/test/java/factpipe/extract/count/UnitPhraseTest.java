package factpipe.extract.count;

import static org.assertj.core.api.Assertions.assertThat;

import factpipe.extract.organization.OrganizationGazetteer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("models")
class UnitPhraseTest {

    private static final UnitPhrase UNITS = TestModels.units();

    /** The unit after the first token of {@code text}, the number. */
    private static UnitPhrase.Result after(String text) {
        TaggedText t = TestModels.tag(text);
        boolean one = t.lower(0).equals("one") || t.lower(0).equals("1");
        return UNITS.after(t, 1, one);
    }

    private static final BodyNames BODIES = BodyNames.of(new OrganizationGazetteer(), TestModels.LEXICON.bodyHeads);

    /** The unit after token {@code number} of {@code text}, read with the bodies the text names. */
    private static String unitIn(String text, BodyNames bodies, int number) {
        BodyNames named = bodies.inDocument(text);
        TaggedText t = TestModels.tagger().tag(text, 0, text.length(), named);
        UnitPhrase.Result r = UNITS.after(t, number + 1, false);
        assertThat(r.kind()).as(text).isEqualTo(UnitPhrase.Kind.UNIT);
        return r.unit();
    }

    private static String unitIn(String text, BodyNames bodies) {
        return unitIn(text, bodies, 0);
    }

    private static int indexOf(TaggedText t, String word) {
        for (int i = 0; i < t.size(); i++) {
            if (t.token(i).text().equals(word)) {
                return i;
            }
        }
        throw new IllegalArgumentException(word);
    }

    private static String unit(String text) {
        UnitPhrase.Result r = after(text);
        assertThat(r.kind()).as(text).isEqualTo(UnitPhrase.Kind.UNIT);
        return r.unit();
    }

    @Test
    void singularLowerCaseHead() {
        assertThat(unit("22 persons from 20 countries")).isEqualTo("person");
        assertThat(unit("20 countries took part")).isEqualTo("country");
        assertThat(unit("2,000 people were trained")).isEqualTo("person");
        assertThat(unit("10 buses packed with emigrants depart")).isEqualTo("bus");
    }

    @Test
    void keepsNounCompoundsAndClassifyingAdjectives() {
        assertThat(unit("3 patrol vessels were provided")).isEqualTo("patrol vessel");
        assertThat(unit("75 police personnel to Cambodia")).isEqualTo("police personnel");
        assertThat(unit("21 maritime security officers from 17 countries")).isEqualTo("maritime security officer");
        assertThat(unit("2 international organizations joined")).isEqualTo("international organization");
        assertThat(unit("490 emergency observation requests")).isEqualTo("emergency observation request");
    }

    @Test
    void aCompoundWithBothWordsInThePluralIsOneHead() {
        assertThat(unit("two other States Parties chosen by lot")).isEqualTo("state party");
        assertThat(unit("190 states parties to the Convention")).isEqualTo("state party");
        assertThat(unit("190 States parties to the Convention")).isEqualTo("state party");
        assertThat(unit("five Member States in Asia")).isEqualTo("member state");
        assertThat(unit("two Directors General attended")).isEqualTo("director general");
        assertThat(unit("three Directors-General attended")).isEqualTo("director-general");
    }

    @Test
    void dropsQualitativeAdjectives() {
        assertThat(unit("5 new members joined")).isEqualTo("member");
        assertThat(unit("three key pillars of the plan")).isEqualTo("pillar");
        assertThat(unit("seven separate disasters struck")).isEqualTo("disaster");
    }

    @Test
    void dropsANumberJoinedToAUnitOfMeasureOrTime() {
        assertThat(unit("two 30-metre patrol vessels were built")).isEqualTo("patrol vessel");
        assertThat(unit("ten 44-metre multi-role response vessels")).isEqualTo("multi-role response vessel");
        assertThat(unit("two 97-metre vessels in 2022")).isEqualTo("vessel");
        assertThat(unit("two 1,000-tonne-class patrol vessels")).isEqualTo("patrol vessel");
        assertThat(unit("three 10-year plans")).isEqualTo("plan");
        assertThat(unit("two five-metre boats")).isEqualTo("boat");
        // a hyphenated modifier without a number, or with no unit after it, stays
        assertThat(unit("three multi-role vessels")).isEqualTo("multi-role vessel");
        assertThat(unit("two COVID-19 vaccines")).isEqualTo("COVID-19 vaccine");
    }

    @Test
    void keepsCoordinatedHeadsAndModifiers() {
        assertThat(unit("26 countries and regions took part")).isEqualTo("country and region");
        assertThat(unit("103,000 military and police personnel deployed")).isEqualTo("military and police personnel");
        assertThat(unit("12 counter-terrorism conventions and protocols in force"))
                .isEqualTo("counter-terrorism convention and protocol");
        assertThat(unit("31 countries and territories and two organizations")).isEqualTo("country and territory");
    }

    @Test
    void aNameRightBeforeTheHeadStaysAndOneFurtherLeftGoes() {
        assertThat(unit("16 UN PKO missions are in place")).isEqualTo("PKO mission");
        assertThat(unit("8 Japanese police officers left")).isEqualTo("police officer");
        assertThat(unit("three Chinese visits followed")).isEqualTo("Chinese visit");
        assertThat(unit("two US officials left")).isEqualTo("US official");
    }

    @Test
    void aNameOfABodyGoesForItSaysWhoseThingsAreCounted() {
        // the gazetteer knows these bodies, by acronym or by name
        assertThat(unitIn("five FBI agents were invited", BODIES)).isEqualTo("agent");
        assertThat(unitIn("38 OECD members", BODIES)).isEqualTo("member");
        assertThat(unitIn("2 Japan Coast Guard officers left", BODIES)).isEqualTo("officer");
        assertThat(unitIn("fewer than 20 JCG officers", BODIES, 2)).isEqualTo("officer");
        // a common-noun acronym says what kind of thing is counted
        assertThat(unitIn("16 UN PKO missions are in place", BODIES)).isEqualTo("PKO mission");
        assertThat(unitIn("three ODA loans", BODIES)).isEqualTo("ODA loan");
    }

    @Test
    void anAcronymTheDocumentDefinesForABodyIsABodysName() {
        String text = "The JCG set up the Mobile Cooperation Team (MCT) under the Official Development Assistance (ODA)"
                + " budget. Four MCT instructors and two ODA experts left.";
        BodyNames bodies = BODIES.inDocument(text);
        TaggedText t = TestModels.tagger().tag(text, 0, text.length(), bodies);
        int four = indexOf(t, "Four");
        int two = indexOf(t, "two");
        assertThat(UNITS.after(t, four + 1, false).unit()).isEqualTo("instructor");
        assertThat(UNITS.after(t, two + 1, false).unit()).isEqualTo("ODA expert");
    }

    @Test
    void aTitleCasePhraseKeepsItsWordsInLowerCase() {
        assertThat(unit("13 ReCAAP Contracting Parties participated")).isEqualTo("contracting party");
        assertThat(unit("12 Counter-Terrorism Conventions and Protocols")).isEqualTo("counter-terrorism convention and protocol");
        assertThat(unit("one more Staff Officer there")).isEqualTo("staff officer");
    }

    @Test
    void durationsMeasuresAndMissingNounsAreNotUnits() {
        assertThat(after("six months later").kind()).isEqualTo(UnitPhrase.Kind.DURATION);
        assertThat(after("three times a year").kind()).isEqualTo(UnitPhrase.Kind.DURATION);
        assertThat(after("500 kilograms of cocaine").kind()).isEqualTo(UnitPhrase.Kind.MEASURE);
        assertThat(after("21 in June").kind()).isEqualTo(UnitPhrase.Kind.NONE);
        assertThat(after("four others were injured").kind()).isEqualTo(UnitPhrase.Kind.ANAPHORIC);
        assertThat(after("3 of them came").kind()).isEqualTo(UnitPhrase.Kind.ANAPHORIC);
    }

    @Test
    void aPartCountsTheNounOfTheWhole() {
        assertThat(unit("six of the 40 Recommendations")).isEqualTo("recommendation");
        assertThat(unit("three of the five countries")).isEqualTo("country");
        assertThat(unit("two of their 12 agencies")).isEqualTo("agency");
    }

    @Test
    void findsTheNounAnElidedNumberStandsFor() {
        TaggedText t = TestModels.tag("The first neighborhood police posts were set up, and their numbers rose to 97.");
        assertThat(UNITS.before(t, 0, t.size() - 2)).contains("neighborhood police post");
    }

    @Test
    void findsTheCollectiveNounBeforeOf() {
        TaggedText t = TestModels.tag("It had a permanent staff of 14 and the Group of 77 a total of 9.");
        assertThat(UNITS.collective(t, 5)).contains("staff");
        assertThat(UNITS.collective(t, 10)).isEmpty();
        assertThat(UNITS.collective(t, 14)).isEmpty();
    }

    @Test
    void readsTheCountedNounOfATableLabel() {
        assertThat(UNITS.label(TestModels.tag("Number of personnel dispatched"))).contains("personnel");
        assertThat(UNITS.label(TestModels.tag("Number of participating countries"))).contains("participating country");
        assertThat(UNITS.label(TestModels.tag("Number of countries (territories)"))).contains("country and territory");
        assertThat(UNITS.label(TestModels.tag("(1) Breakdown of expert dispatches by country"))).contains("expert dispatch");
        assertThat(UNITS.label(TestModels.tag("Participants"))).contains("participant");
        assertThat(UNITS.label(TestModels.tag("Long-term"))).isEmpty();
        assertThat(UNITS.label(TestModels.tag("Total"))).isEmpty();
        assertThat(UNITS.label(TestModels.tag("Country/territory"))).isEmpty();
    }
}
