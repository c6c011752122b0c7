package factpipe.extract.organization;

import static org.assertj.core.api.Assertions.assertThat;

import factpipe.core.document.Document;
import factpipe.core.fact.OrganizationValue;
import factpipe.extract.country.CountryGazetteer;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OrganizationExtractorTest {

    private static OrganizationExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = new OrganizationExtractor(new OrganizationGazetteer(), new CountryGazetteer());
    }

    /** "text@start-end=name|acronym|country" per fact. */
    private static List<String> found(String text) {
        return extractor.extract(Document.fromText("t", text)).stream()
                .map(f -> {
                    OrganizationValue v = (OrganizationValue) f.value();
                    return f.text() + "@" + f.span().start() + "-" + f.span().end() + "=" + v.name() + "|"
                            + (v.acronym() == null ? "" : v.acronym()) + "|" + (v.country() == null ? "" : v.country());
                })
                .toList();
    }

    @Test
    void knownBodiesTakeTheirCanonicalNameFromEveryForm() {
        assertThat(found("INTERPOL and ICPO-INTERPOL; the UN and the United Nations."))
                .containsExactly(
                        "INTERPOL@0-8=International Criminal Police Organization|INTERPOL|",
                        "ICPO-INTERPOL@13-26=International Criminal Police Organization|INTERPOL|",
                        "UN@32-34=United Nations|UN|",
                        "United Nations@43-57=United Nations|UN|");
    }

    @Test
    void aDefinedAcronymLinksLaterBareMentions() {
        String text = "The Maritime Crime Analysis Centre (MCAC) of Fiji was founded. Later the MCAC grew.";
        assertThat(found(text)).containsExactly(
                "Maritime Crime Analysis Centre@4-34=Maritime Crime Analysis Centre|MCAC|FJ",
                "MCAC@36-40=Maritime Crime Analysis Centre|MCAC|FJ",
                "MCAC@73-77=Maritime Crime Analysis Centre|MCAC|FJ");
    }

    @Test
    void findsUnknownBodiesByTheShapeOfTheirNames() {
        assertThat(found("officers of the Kestrel Valley Border Police joined"))
                .containsExactly("Kestrel Valley Border Police@16-44=Kestrel Valley Border Police||");
    }

    @Test
    void keepsACountryAdjectiveOutsideButUsesIt() {
        assertThat(found("talks with the Chinese Ministry of Public Security"))
                .containsExactly("Ministry of Public Security@23-50=Ministry of Public Security|MPS|CN");
        assertThat(found("talks with the Vietnamese Ministry of Public Security"))
                .containsExactly("Ministry of Public Security@26-53=Ministry of Public Security||VN");
    }

    @Test
    void keepsAnOfStateTailOutside() {
        assertThat(found("In 2004, the Ministry of Justice of Japan held a seminar."))
                .containsExactly("Ministry of Justice@13-32=Ministry of Justice|MOJ|JP");
    }

    @Test
    void anOfficialNameThatStartsWithTheStateKeepsIt() {
        assertThat(found("the Japan Coast Guard patrols")).containsExactly("Japan Coast Guard@4-21=Japan Coast Guard|JCG|JP");
    }

    @Test
    void refusesMeetingsProgrammesLawsAndJobTitles() {
        assertThat(found("the G7 Interior Ministers' Meeting and the Seminar on Criminal Investigation"))
                .containsExactly("G7@4-6=Group of Seven|G7|");
        assertThat(found("the Director-General of the Traffic Safety Programme under the Police Act")).isEmpty();
    }

    @Test
    void aHeadingLineYieldsNoGuessedNames() {
        assertThat(found("Exchange with Overseas Law Enforcement and Security Organization\nThe rest is prose.")).isEmpty();
    }

    @Test
    void refusesGenericReferences() {
        assertThat(found("the police, law enforcement agencies, the ministry and the Japanese Police")).isEmpty();
        assertThat(found("This Regional Training Centre is used for courses.")).isEmpty();
    }

    @Test
    void findsTheBodyNamedByAMeeting() {
        assertThat(found("the 6th Meeting of the Japan-Chile Joint Working Group on Fisheries took place"))
                .containsExactly("Japan-Chile Joint Working Group on Fisheries@23-67=Japan-Chile Joint Working Group on Fisheries||");
    }

    @Test
    void aNameMayContainAKnownBodyButNotJustAStateAndOne() {
        assertThat(found("officers trained at the FBI National Academy and visited the US Federal Bureau of Investigation in May."))
                .containsExactly("FBI National Academy@24-44=FBI National Academy||US",
                        "Federal Bureau of Investigation@64-95=Federal Bureau of Investigation|FBI|US");
    }

    @Test
    void aUnitNamedWithItsParentIsTwoBodies() {
        assertThat(found("requests went to the Public Relations Office of the General Affairs Division, which replied."))
                .extracting(s -> s.substring(0, s.indexOf('@')))
                .containsExactly("Public Relations Office", "General Affairs Division");
    }

    @Test
    void aUnitOfAPossessiveParent() {
        assertThat(found("the duty was taken over by the Planning Division of the Commissioner-General's Secretariat as part of it."))
                .extracting(s -> s.substring(0, s.indexOf('@')))
                .containsExactly("Planning Division", "Commissioner-General's Secretariat");
    }

    @Test
    void aKnownBodysPossessiveOwnsTheUnit() {
        assertThat(found("officials of the NPA's International Affairs Department attended."))
                .extracting(s -> s.substring(0, s.indexOf('@')))
                .containsExactly("NPA", "International Affairs Department");
    }

    @Test
    void aNameRunsOnThroughInButNotIntoAPlaceOrATime() {
        assertThat(found("the ministers set up the Council for Measures Against Trafficking in Persons in May."))
                .extracting(s -> s.substring(0, s.indexOf('@')))
                .containsExactly("Council for Measures Against Trafficking in Persons");
        assertThat(found("experts of the Regional Centre for Counter Terrorism in Malaysia came."))
                .extracting(s -> s.substring(0, s.indexOf('@')))
                .containsExactly("Regional Centre for Counter Terrorism");
    }

    @Test
    void anIndefiniteDescriptionIsNoName() {
        assertThat(found("The Secretary-General established a High-Level Panel to review it.")).isEmpty();
    }

    @Test
    void twoCoordinatedBodiesStayTwo() {
        assertThat(found("The IHO and Intergovernmental Oceanographic Commission work together."))
                .extracting(s -> s.substring(0, s.indexOf('@')))
                .containsExactly("IHO", "Intergovernmental Oceanographic Commission");
    }
}
