package factpipe.extract.treaty;

import static org.assertj.core.api.Assertions.assertThat;

import factpipe.core.document.Document;
import factpipe.core.fact.TreatyValue;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TreatyExtractorTest {

    private static TreatyExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = new TreatyExtractor(new TreatyGazetteer());
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
}
