package factpipe.extract.treaty;

import static org.assertj.core.api.Assertions.assertThat;

import factpipe.core.document.Document;
import factpipe.core.fact.TreatyValue;
import factpipe.extract.country.CountryGazetteer;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TreatyExtractorTest {

    private static TreatyExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = new TreatyExtractor(new TreatyGazetteer(), new CountryGazetteer());
    }

    private static List<String> found(String text) {
        return extractor.extract(Document.fromText("t", text)).stream()
                .map(f -> {
                    TreatyValue v = (TreatyValue) f.value();
                    return f.text() + "@" + f.span().start() + "-" + f.span().end() + "=" + v.name()
                            + (v.acronym() == null ? "" : "|" + v.acronym());
                })
                .toList();
    }

    private static final String UNTOC = "United Nations Convention against Transnational Organized Crime|UNTOC";

    @Test
    void resolvesShortNamesAndAcronymsToTheFullTitle() {
        assertThat(found("Japan ratified the Palermo Convention (UNTOC) in 2017; UNTOC entered into force."))
                .containsExactly("Palermo Convention@19-37=" + UNTOC, "UNTOC@39-44=" + UNTOC, "UNTOC@55-60=" + UNTOC);
    }

    @Test
    void matchesTitleVariantsWithoutArticles() {
        assertThat(found("the Convention for Suppression of Unlawful Seizure of Aircraft and the Hague Convention"))
                .extracting(s -> s.substring(s.indexOf('=') + 1))
                .containsOnly("Convention for the Suppression of Unlawful Seizure of Aircraft");
    }

    @Test
    void readsUnknownBilateralTitles() {
        assertThat(found("the Treaty between Japan and the Republic of Ruritania on Mutual Legal Assistance in Criminal Matters was signed"))
                .containsExactly("Treaty between Japan and the Republic of Ruritania on Mutual Legal Assistance in Criminal Matters@4-101="
                        + "Treaty between Japan and the Republic of Ruritania on Mutual Legal Assistance in Criminal Matters");
    }

    @Test
    void aLowerCaseDescriptionIsNoTitle() {
        assertThat(found("After the mutual legal assistance treaty took effect, talks on the draft United Nations convention"
                + " against transnational organized crime began.")).isEmpty();
        assertThat(found("the UNITED NATIONS CONVENTION AGAINST TRANSNATIONAL ORGANIZED CRIME"))
                .containsExactly("UNITED NATIONS CONVENTION AGAINST TRANSNATIONAL ORGANIZED CRIME@4-67=" + UNTOC);
    }

    @Test
    void aShortNameWithItsPartiesAfterATitleIsThatInstrument() {
        String title = "Treaty between Japan and Mongolia on Mutual Legal Assistance in Criminal Matters";
        assertThat(found("The " + title + " (the Japan-Mongolia MLAT) was signed. The Japan-Mongolia MLAT enters into force later;"
                + " an MLAT with Fiji is planned, and the Agreement between Japan and Mongolia for an Economic Partnership applies."))
                .containsExactly(title + "@4-84=" + title, "Japan-Mongolia MLAT@90-109=" + title, "Japan-Mongolia MLAT@127-146=" + title,
                        "MLAT@175-179=Mutual Legal Assistance Treaty|MLAT",
                        "Agreement between Japan and Mongolia for an Economic Partnership@210-274="
                                + "Agreement between Japan and Mongolia for an Economic Partnership");
    }

    @Test
    void anMouIsAnInstrument() {
        assertThat(found("Projects under the Mekong MOU and the Tokyo MoU are coordinated."))
                .containsExactly("Mekong MOU@19-29=Mekong MOU", "Tokyo MoU@38-47=Tokyo MoU");
    }

    @Test
    void readsAQuotedTitleToItsClosingQuote() {
        assertThat(found("under the \"Joint Declaration for Cooperation in the fight against Piracy\" adopted"))
                .containsExactly("Joint Declaration for Cooperation in the fight against Piracy@11-72="
                        + "Joint Declaration for Cooperation in the fight against Piracy");
    }

    @Test
    void refusesGenericReferencesResolutionsAndModifiers() {
        assertThat(found("the treaty, these conventions and a mutual assistance treaty")).isEmpty();
        assertThat(found("Security Council Resolution 2178 and the Action Plan")).isEmpty();
        assertThat(found("the Treaty Negotiations division and the Convention Secretariat")).isEmpty();
    }

    @Test
    void aDefinedAcronymLinksLaterMentions() {
        assertThat(found("the Agreement on Port State Measures (PSMA) ... Japan joined the PSMA"))
                .extracting(s -> s.substring(0, s.indexOf('@')))
                .containsExactly("Agreement on Port State Measures", "PSMA", "PSMA");
    }

    private static final String RURITANIA = "Agreement between Japan and Ruritania";

    @Test
    void aLowerCaseSubjectAfterThePartiesBelongsToTheTitle() {
        assertThat(found("In December 2019, a Working Arrangement between the NPA and Europol on establishing cooperative relations was signed."))
                .containsExactly("Working Arrangement between the NPA and Europol on establishing cooperative relations@20-105="
                        + "Working Arrangement between the NPA and Europol on establishing cooperative relations");
        assertThat(found("the Agreement between Japan and Ruritania concerning mutual assistance in criminal matters, signed in 2003"))
                .containsExactly("Agreement between Japan and Ruritania concerning mutual assistance in criminal matters@4-90="
                        + "Agreement between Japan and Ruritania concerning mutual assistance in criminal matters");
        assertThat(found("a Memorandum among the ASEAN Member States on cooperation against cross-border crime in 2018"))
                .containsExactly("Memorandum among the ASEAN Member States on cooperation against cross-border crime@2-84="
                        + "Memorandum among the ASEAN Member States on cooperation against cross-border crime");
        // "of Cooperation" names the kind of memorandum, not its subject
        assertThat(found("the Memorandum of Cooperation between Japan and Ruritania on police training"))
                .extracting(s -> s.substring(0, s.indexOf('=')))
                .containsExactly("Memorandum of Cooperation between Japan and Ruritania on police training@4-76");
    }

    @Test
    void theSubjectEndsBeforeARelativeWordOrAnAdjunct() {
        assertThat(found("the Arrangement between Japan and Ruritania on data exchange which entered into force"))
                .extracting(s -> s.substring(0, s.indexOf('=')))
                .containsExactly("Arrangement between Japan and Ruritania on data exchange@4-60");
        assertThat(found("an Arrangement between Japan and Ruritania for the exchange of information in December 2019"))
                .extracting(s -> s.substring(0, s.indexOf('=')))
                .containsExactly("Arrangement between Japan and Ruritania for the exchange of information@3-74");
    }

    @Test
    void aDateOrCircumstanceAfterThePartiesIsNotASubject() {
        for (String after : List.of(" on 5 May", " on Monday", " on May 5, 2003", " in March", " on the sidelines of the summit",
                " for the first time", " on the occasion of the visit", " on behalf of the police", " on 2 June was signed",
                " for example", " on hold")) {
            assertThat(found("They signed the " + RURITANIA + after + "."))
                    .as(after)
                    .containsExactly(RURITANIA + "@16-53=" + RURITANIA);
        }
    }

    @Test
    void aSubjectThatIsNotAShortCleanNounPhraseIsLeftOut() {
        for (String after : List.of(
                " on the protection of Japanese nationals",            // a capitalised word inside: not read as lower case
                " on cooperation in the fight against crime and the exchange of data", // longer than a title's subject
                " on which the talks were based",                      // a relative clause
                " on ensuring/improving cooperation")) {               // a symbol inside
            assertThat(found("They signed the " + RURITANIA + after + "."))
                    .as(after)
                    .containsExactly(RURITANIA + "@16-53=" + RURITANIA);
        }
        // a title that already has its subject takes no second one
        assertThat(found("the Treaty on Extradition between Japan and Ruritania on arrival of the delegation"))
                .extracting(s -> s.substring(0, s.indexOf('=')))
                .containsExactly("Treaty on Extradition between Japan and Ruritania@4-53");
    }

    private static final String MLA_US = "Treaty between Japan and the United States of America on Mutual Legal Assistance in Criminal Matters";
    private static final String MLAT_CLASS = "Mutual Legal Assistance Treaty|MLAT";

    @Test
    void aNameInBracketsAfterATitleIsItsShortNameFromThenOn() {
        assertThat(found("Japan signed Mutual Legal Assistance Treaties (MLAT) with several states. The treaty, formally known as the "
                + MLA_US + " (Mutual Legal Assistance Treaty), was signed in 2003. The Mutual Legal Assistance Treaty entered into force"
                + " in 2006; Japan is negotiating a Mutual Legal Assistance Treaty with Brazil."))
                .containsExactly(
                        "Mutual Legal Assistance Treaties@13-45=" + MLAT_CLASS,
                        "MLAT@47-51=" + MLAT_CLASS,
                        MLA_US + "@108-208=" + MLA_US,
                        "Mutual Legal Assistance Treaty@210-240=" + MLA_US,
                        "Mutual Legal Assistance Treaty@267-297=" + MLA_US,
                        // another treaty of the class
                        "Mutual Legal Assistance Treaty@349-379=" + MLAT_CLASS);
        String ruritania = "Agreement between Japan and Ruritania on Police Cooperation";
        assertThat(found("the " + ruritania + " (the Police Cooperation Agreement) of 2001. The Police Cooperation Agreement was revised."))
                .containsExactly(ruritania + "@4-63=" + ruritania,
                        "Police Cooperation Agreement@69-97=" + ruritania,
                        "Police Cooperation Agreement@112-140=" + ruritania);
    }

    @Test
    void aBracketedNameIsNoShortNameWithAnotherHeadOrMoreWords() {
        // the convention a protocol supplements, not a name of the protocol
        assertThat(found("the Protocol against the Smuggling of Migrants (Palermo Convention)"))
                .containsExactly("Protocol against the Smuggling of Migrants@4-46=Protocol against the Smuggling of Migrants by Land, Sea"
                        + " and Air, supplementing the United Nations Convention against Transnational Organized Crime",
                        "Palermo Convention@48-66=" + UNTOC);
        // a bracket that says more than a name
        assertThat(found("the " + MLA_US + " (Mutual Legal Assistance Treaty of 2003)"))
                .containsExactly(MLA_US + "@4-104=" + MLA_US, "Mutual Legal Assistance Treaty@106-136=" + MLAT_CLASS);
        // a use before the definition keeps its own reading
        assertThat(found("Mutual Legal Assistance Treaty: the " + MLA_US + " (Mutual Legal Assistance Treaty)"))
                .first().isEqualTo("Mutual Legal Assistance Treaty@0-30=" + MLAT_CLASS);
    }

    @Test
    void aCharterOwnedByOneStateIsItsOwnDocument() {
        assertThat(found("it is one of the priority issues in Japan’s ODA Charter.")).isEmpty();
        assertThat(found("under the Japanese ODA Charter")).isEmpty();
        assertThat(found("Japan's revised 2015 Development Cooperation Charter")).isEmpty();
        assertThat(found("the Development Cooperation Charter of Japan")).isEmpty();
        assertThat(found("the United States' Cyber Charter")).isEmpty();
    }

    @Test
    void aCharterOfSeveralPartiesOrNotOwnedByTheStateStays() {
        assertThat(found("Japan's commitment to the Charter of the United Nations and the ASEAN Charter"))
                .containsExactly("Charter of the United Nations@26-55=Charter of the United Nations",
                        "ASEAN Charter@64-77=Charter of the Association of Southeast Asian Nations");
        assertThat(found("Japan's UN Charter obligations")).containsExactly("UN Charter@8-18=Charter of the United Nations");
        assertThat(found("Korea's support for the Bangkok Charter")).containsExactly("Bangkok Charter@24-39=Bangkok Charter");
        assertThat(found("the Japan-Korea Youth Charter")).containsExactly("Japan-Korea Youth Charter@4-29=Japan-Korea Youth Charter");
        assertThat(found("the European Social Charter")).containsExactly("European Social Charter@4-27=European Social Charter");
        // a treaty needs parties: the state is one of them, not the owner
        assertThat(found("Japan's Extradition Treaty entered into force")).containsExactly("Extradition Treaty@8-26=Extradition Treaty");
    }
}
