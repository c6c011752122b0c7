package factpipe.core.eval;

import static factpipe.core.diff.Fixtures.doc;
import static factpipe.core.eval.EvaluatorTest.G_JAPAN;
import static factpipe.core.eval.EvaluatorTest.P_JAPAN;
import static factpipe.core.eval.EvaluatorTest.TEXT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluationReportTest {

    private final Evaluation evaluation = new Evaluator().evaluate(
            Map.of("r", EvaluatorTest.gold(), "s", doc("s", TEXT, G_JAPAN)),
            Map.of("r", EvaluatorTest.predicted(), "t", doc("t", TEXT, P_JAPAN)));

    @Test
    void oneLinePerDocumentWithItsStrictScores() {
        assertThat(EvaluationReport.plain().documents(evaluation)).isEqualTo("""
                document  gold  pred  strict P  strict R  strict F1  note
                r            6     6     0.333     0.333      0.333
                s            1     -         -     0.000      0.000  not in pred: its 1 gold fact counts as missed
                not scored (in pred only, no gold): t
                """);
    }

    @Test
    void aTableOfScoresPerTypeAndLevel() {
        assertThat(EvaluationReport.plain().scores(evaluation.total())).isEqualTo("""
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
                """);
    }

    @Test
    void detailsListMissedAndSpuriousFactsAsTheGoldToPredictedDiff() {
        assertThat(EvaluationReport.plain().details(evaluation)).isEqualTo("""
                Missed and spurious facts (strict): %s
                === r: 4 missed, 4 spurious
                ~ ORGANIZATION text: "National Police Agency" [21,43) → "the National Police Agency" [17,43) National Police Agency (NPA, JP)   On 5 August 2003 «the National Police Agency» (NPA) of Japan signed a…
                ~ ORGANIZATION "NPA" [45,48) value: National Police Agency (NPA, JP) → National Police Agency (NPA)   …2003 the National Police Agency («NPA») of Japan signed a memorandum…
                ~ COUNTRY "Korean" [88,94) value: South Korea (KR, adjective) → South Korea (KR)   …signed a memorandum with the «Korean» National Police Agency in Seoul.
                - ORGANIZATION "National Police Agency" [95,117) National Police Agency (KR)   …a memorandum with the Korean «National Police Agency» in Seoul.
                + COUNTRY "Seoul" [121,126) South Korea (KR)   …Korean National Police Agency in «Seoul».
                === s: not in pred, 1 missed, 0 spurious
                - COUNTRY "Japan" [53,58) Japan (JP)   …National Police Agency (NPA) of «Japan» signed a memorandum with the…
                """.formatted(EvaluationReport.LEGEND));
    }

    @Test
    void jsonCarriesCountsScoresAndDetails() throws Exception {
        JsonNode root = new ObjectMapper().readTree(EvaluationJson.write(evaluation, true));
        assertThat(root.at("/overall/strict/matched").asInt()).isEqualTo(2);
        assertThat(root.at("/overall/strict/predicted").asInt()).isEqualTo(6);
        assertThat(root.at("/overall/strict/gold").asInt()).isEqualTo(7);
        assertThat(root.at("/overall/strict/precision").asDouble()).isEqualTo(2.0 / 6);
        assertThat(root.at("/overall/strict/f1").asDouble()).isEqualTo(4.0 / 13);
        assertThat(root.at("/byType/COUNT/strict/f1").isNull()).isTrue();
        assertThat(root.at("/documents/1/status").asText()).isEqualTo("NOT_PREDICTED");
        assertThat(root.at("/unscored/0").asText()).isEqualTo("t");
        assertThat(root.at("/details/0/missed")).hasSize(4);
        assertThat(root.at("/details/0/spurious/3/text").asText()).isEqualTo("Seoul");
        assertThat(root.at("/details/0/spurious/3/change").asText()).isEqualTo("ADDED");
        assertThat(root.at("/details/0/spurious/3/extractor").asText()).isEqualTo("country-gazetteer@1");
        assertThat(root.at("/details/0/spurious/3/context/before").asText()).isEqualTo("Korean National Police Agency in ");
        assertThat(new ObjectMapper().readTree(EvaluationJson.write(evaluation, false)).has("details")).isFalse();
    }
}
