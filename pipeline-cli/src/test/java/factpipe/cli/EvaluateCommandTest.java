package factpipe.cli;

import static factpipe.cli.Cli.factpipe;
import static factpipe.cli.FactSetFiles.JAPAN;
import static factpipe.cli.FactSetFiles.KOREA;
import static factpipe.cli.FactSetFiles.KOREAN;
import static factpipe.cli.FactSetFiles.NPA_JP;
import static factpipe.cli.FactSetFiles.NPA_KR;
import static factpipe.cli.FactSetFiles.TEXT;
import static factpipe.cli.FactSetFiles.fact;
import static factpipe.cli.FactSetFiles.write;
import static factpipe.cli.FactSetFiles.writeFactsOnly;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import factpipe.cli.Cli.Run;
import factpipe.core.fact.DateValue;
import factpipe.core.fact.OrganizationValue;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code factpipe evaluate} end to end, in-process. Gold "r" has six facts; the prediction finds
 * the date and Japan exactly, "the National Police Agency" (article inside the span), the NPA
 * without its country, "Korean" without its adjective form, and takes "Seoul" for Korea.
 * Gold "s" (Japan) has no prediction; predicted "t" has no gold.
 */
class EvaluateCommandTest {

    @TempDir
    Path tmp;

    private Path gold() {
        return tmp.resolve("gold");
    }

    private Path pred() {
        return tmp.resolve("pred");
    }

    /** Gold as golden files are kept (no .txt); predictions as extract writes them (with .txt). */
    private void writeCase() {
        writeFactsOnly(gold(), "r", TEXT, fact(TEXT, 3, 16, DateValue.of("2003-08-05")), fact(TEXT, 21, 43, NPA_JP),
                fact(TEXT, 45, 48, NPA_JP), fact(TEXT, 53, 58, JAPAN), fact(TEXT, 88, 94, KOREAN), fact(TEXT, 95, 117, NPA_KR));
        writeFactsOnly(gold(), "s", TEXT, fact(TEXT, 53, 58, JAPAN));
        write(pred(), "r", TEXT, fact(TEXT, 3, 16, DateValue.of("2003-08-05"), "date-grammar@1"),
                fact(TEXT, 17, 43, NPA_JP, "org-gazetteer@1"),
                fact(TEXT, 45, 48, new OrganizationValue("National Police Agency", "NPA", null), "org-gazetteer@1"),
                fact(TEXT, 53, 58, JAPAN, "country-gazetteer@1"), fact(TEXT, 88, 94, KOREA, "country-gazetteer@1"),
                fact(TEXT, 121, 126, KOREA, "country-gazetteer@1"));
        write(pred(), "t", TEXT, fact(TEXT, 53, 58, JAPAN, "country-gazetteer@1"));
    }

    private static final String SUMMARY = """
            document  gold  pred  strict P  strict R  strict F1  note
            r            6     6     0.333     0.333      0.333
            s            1     -         -     0.000      0.000  not in pred: its 1 gold fact counts as missed
            not scored (in pred only, no gold): t

            type          level     gold  pred  match  precision  recall     F1
            DATE          strict       1     1      1      1.000   1.000  1.000
            DATE          lenient      1     1      1      1.000   1.000  1.000
            DATE          distinct     1     1      1      1.000   1.000  1.000
            ORGANIZATION  strict       3     2      0      0.000   0.000  0.000
            ORGANIZATION  lenient      3     2      1      0.500   0.333  0.400
            ORGANIZATION  distinct     2     2      1      0.500   0.500  0.500
            COUNTRY       strict       3     3      1      0.333   0.333  0.333
            COUNTRY       lenient      3     3      1      0.333   0.333  0.333
            COUNTRY       distinct     3     2      1      0.500   0.333  0.400
            COUNT         strict       0     0      0          -       -      -
            COUNT         lenient      0     0      0          -       -      -
            COUNT         distinct     0     0      0          -       -      -
            TREATY        strict       0     0      0          -       -      -
            TREATY        lenient      0     0      0          -       -      -
            TREATY        distinct     0     0      0          -       -      -
            overall       strict       7     6      2      0.333   0.286  0.308
            overall       lenient      7     6      3      0.500   0.429  0.462
            overall       distinct     6     5      3      0.600   0.500  0.545
            """;

    @Test
    void printsDocumentLinesAndATableOfScores() {
        writeCase();
        Run run = factpipe("evaluate", "--gold", gold(), "--pred", pred());
        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).isEqualTo(SUMMARY);
        assertThat(run.err()).isEmpty();
        assertThat(run.stray()).isEmpty();
    }

    @Test
    void detailsListEveryMissedAndSpuriousFactWithContextFromThePredictedText() {
        writeCase();
        Run run = factpipe("evaluate", "--gold", gold(), "--pred", pred(), "--details");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo(SUMMARY + """

                Missed and spurious facts (strict): - missed (gold only), + spurious (predicted only), ~ value or text differs (missed + spurious), > span differs (missed + spurious)
                === r: 4 missed, 4 spurious
                ~ ORGANIZATION text: "National Police Agency" [21,43) → "the National Police Agency" [17,43) National Police Agency (NPA, JP)   On 5 August 2003 «the National Police Agency» (NPA) of Japan signed a…
                ~ ORGANIZATION "NPA" [45,48) value: National Police Agency (NPA, JP) → National Police Agency (NPA)   …2003 the National Police Agency («NPA») of Japan signed a memorandum…
                ~ COUNTRY "Korean" [88,94) value: South Korea (KR, adjective) → South Korea (KR)   …signed a memorandum with the «Korean» National Police Agency in Seoul.
                - ORGANIZATION "National Police Agency" [95,117) National Police Agency (KR)   …a memorandum with the Korean «National Police Agency» in Seoul.
                + COUNTRY "Seoul" [121,126) South Korea (KR)   …Korean National Police Agency in «Seoul».
                === s: not in pred, 1 missed, 0 spurious
                - COUNTRY "Japan" [53,58) Japan (JP)
                """);
    }

    @Test
    void contextComesFromTheGoldTextWhenThePredictionHasNone() throws Exception {
        writeCase();
        Files.writeString(gold().resolve("s.txt"), TEXT);
        Files.delete(pred().resolve("r.txt"));
        Run run = factpipe("evaluate", "--gold", gold(), "--pred", pred(), "--details");
        assertThat(run.out())
                .contains("- COUNTRY \"Japan\" [53,58) Japan (JP)   …National Police Agency (NPA) of «Japan» signed a memorandum with the…")
                .contains("+ COUNTRY \"Seoul\" [121,126) South Korea (KR)\n");
    }

    @Test
    void jsonCarriesTheSameScores() throws Exception {
        writeCase();
        Run run = factpipe("evaluate", "--gold", gold(), "--pred", pred(), "--json", "--details");
        assertThat(run.exit()).isZero();
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertThat(root.at("/overall/strict/matched").asInt()).isEqualTo(2);
        assertThat(root.at("/overall/strict/recall").asDouble()).isEqualTo(2.0 / 7);
        assertThat(root.at("/overall/lenient/f1").asDouble()).isEqualTo(6.0 / 13);
        assertThat(root.at("/byType/ORGANIZATION/distinct/precision").asDouble()).isEqualTo(0.5);
        assertThat(root.at("/byType/TREATY/strict/precision").isNull()).isTrue();
        assertThat(root.at("/documents/0/id").asText()).isEqualTo("r");
        assertThat(root.at("/documents/1/status").asText()).isEqualTo("NOT_PREDICTED");
        assertThat(root.at("/unscored/0").asText()).isEqualTo("t");
        assertThat(root.at("/details/0/missed")).hasSize(4);
        assertThat(root.at("/details/0/spurious/0/text").asText()).isEqualTo("the National Police Agency");
        assertThat(root.at("/details/0/spurious/0/change").asText()).isEqualTo("TEXT_CHANGED");
        assertThat(root.at("/details/1/missed/0/text").asText()).isEqualTo("Japan");
    }

    @Test
    void minF1FailsTheRunOnlyWhenStrictF1IsBelowIt() {
        writeCase();
        Run below = factpipe("evaluate", "--gold", gold(), "--pred", pred(), "--min-f1", "0.5");
        assertThat(below.exit()).isEqualTo(1);
        assertThat(below.out()).isEqualTo(SUMMARY);
        assertThat(below.err()).isEqualTo("factpipe evaluate: overall strict F1 0.3077 (2*2/(6+7)) is below --min-f1 0.5\n");
        Run above = factpipe("evaluate", "--gold", gold(), "--pred", pred(), "--min-f1", "0.3");
        assertThat(above.exit()).isZero();
        assertThat(above.err()).isEmpty();
    }

    @Test
    void perfectPredictionsPassAnyThreshold() {
        write(gold(), "a", TEXT, fact(TEXT, 53, 58, JAPAN));
        write(pred(), "a", TEXT, fact(TEXT, 53, 58, JAPAN, "country-gazetteer@1"));
        Run run = factpipe("evaluate", "--gold", gold(), "--pred", pred(), "--min-f1", "1");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("overall       strict       1     1      1      1.000   1.000  1.000");
    }

    @Test
    void usageErrorsExitTwo() {
        writeCase();
        assertThat(factpipe("evaluate", "--gold", gold()).exit()).isEqualTo(2);
        Run range = factpipe("evaluate", "--gold", gold(), "--pred", pred(), "--min-f1", "80");
        assertThat(range.exit()).isEqualTo(2);
        assertThat(range.err()).contains("--min-f1 must be between 0 and 1, not 80.0");
        Run notNumber = factpipe("evaluate", "--gold", gold(), "--pred", pred(), "--min-f1", "high");
        assertThat(notNumber.exit()).isEqualTo(2);
    }

    @Test
    void aMissingFolderIsTrouble() {
        writeCase();
        Path missing = tmp.resolve("nowhere");
        Run run = factpipe("evaluate", "--gold", gold(), "--pred", missing);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("factpipe evaluate: " + missing + ": no such folder\n");
    }

    @Test
    void anInvalidFactSetIsTroubleAndNothingIsScored() throws Exception {
        writeCase();
        Path broken = pred().resolve("r.facts.json");
        Files.writeString(broken, "{\"schemaVersion\": \"2.0\"}");
        Run run = factpipe("evaluate", "--gold", gold(), "--pred", pred());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).hasSize(2);
        assertThat(run.errLines().get(0)).startsWith("factpipe evaluate: " + broken + ": not a valid fact set: ");
        assertThat(run.errLines().get(1)).isEqualTo("factpipe evaluate: not scored: fix or remove the files above");
    }
}
