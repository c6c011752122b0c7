package factpipe.core.eval;

import static factpipe.core.diff.Fixtures.JAPAN;
import static factpipe.core.diff.Fixtures.KOREA;
import static factpipe.core.diff.Fixtures.KOREAN;
import static factpipe.core.diff.Fixtures.NPA_JP;
import static factpipe.core.diff.Fixtures.NPA_KR;
import static factpipe.core.diff.Fixtures.doc;
import static factpipe.core.diff.Fixtures.fact;
import static org.assertj.core.api.Assertions.assertThat;

import factpipe.core.diff.ChangeKind;
import factpipe.core.diff.DocumentFacts;
import factpipe.core.diff.FactChange;
import factpipe.core.fact.DateValue;
import factpipe.core.fact.Fact;
import factpipe.core.fact.FactType;
import factpipe.core.fact.OrganizationValue;
import factpipe.core.fact.Span;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluatorTest {

    /** See FactDifferTest.TEXT for the offsets. */
    static final String TEXT =
            "On 5 August 2003 the National Police Agency (NPA) of Japan signed a memorandum with the Korean National Police Agency in Seoul.";

    static final Fact G_DATE = fact(TEXT, 3, 16, DateValue.of("2003-08-05"));
    static final Fact G_NPA_NAME = fact(TEXT, 21, 43, NPA_JP);
    static final Fact G_NPA = fact(TEXT, 45, 48, NPA_JP);
    static final Fact G_JAPAN = fact(TEXT, 53, 58, JAPAN);
    static final Fact G_KOREAN = fact(TEXT, 88, 94, KOREAN);
    static final Fact G_KNPA = fact(TEXT, 95, 117, NPA_KR);

    static final Fact P_DATE = fact(TEXT, 3, 16, DateValue.of("2003-08-05"), "date-grammar@1");
    /** "the National Police Agency": the article is wrongly inside the span. */
    static final Fact P_NPA_NAME = fact(TEXT, 17, 43, NPA_JP, "org-gazetteer@1");
    static final Fact P_NPA = fact(TEXT, 45, 48, new OrganizationValue("National Police Agency", "NPA", null), "org-gazetteer@1");
    static final Fact P_JAPAN = fact(TEXT, 53, 58, JAPAN, "country-gazetteer@1");
    static final Fact P_KOREAN = fact(TEXT, 88, 94, KOREA, "country-gazetteer@1");
    /** "Seoul" taken for the country. */
    static final Fact P_SEOUL = fact(TEXT, 121, 126, KOREA, "country-gazetteer@1");

    static DocumentFacts gold() {
        return doc("r", TEXT, G_DATE, G_NPA_NAME, G_NPA, G_JAPAN, G_KOREAN, G_KNPA);
    }

    static DocumentFacts predicted() {
        return doc("r", TEXT, P_DATE, P_NPA_NAME, P_NPA, P_JAPAN, P_KOREAN, P_SEOUL);
    }

    private final Evaluator evaluator = new Evaluator();

    @Test
    void countsPerTypeAtEachLevel() {
        ScoreSheet s = evaluator.evaluate("r", gold(), predicted()).scores();
        assertThat(s.get(FactType.DATE)).isEqualTo(new LevelCounts(new Counts(1, 1, 1), new Counts(1, 1, 1), new Counts(1, 1, 1)));
        // ORGANIZATION: the only same-value overlap is "the National Police Agency" / "National Police Agency";
        // distinct: gold {NPA (JP), NPA (KR)}, predicted {NPA (JP), NPA without country}
        assertThat(s.get(FactType.ORGANIZATION)).isEqualTo(new LevelCounts(new Counts(0, 2, 3), new Counts(1, 2, 3), new Counts(1, 2, 2)));
        // COUNTRY: Japan exact; "Korean" lost its adjective form; "Seoul" is spurious
        assertThat(s.get(FactType.COUNTRY)).isEqualTo(new LevelCounts(new Counts(1, 3, 2), new Counts(1, 3, 2), new Counts(1, 2, 2)));
        assertThat(s.get(FactType.COUNT)).isEqualTo(LevelCounts.ZERO);
        assertThat(s.get(FactType.TREATY)).isEqualTo(LevelCounts.ZERO);
    }

    @Test
    void overallScoresAreMicroAverages() {
        LevelCounts all = evaluator.evaluate("r", gold(), predicted()).scores().overall();
        assertThat(all.strict()).isEqualTo(new Counts(2, 6, 6));
        assertThat(all.strict().precision()).hasValue(2.0 / 6);
        assertThat(all.strict().recall()).hasValue(2.0 / 6);
        assertThat(all.strict().f1()).hasValue(4.0 / 12);
        assertThat(all.lenient()).isEqualTo(new Counts(3, 6, 6));
        assertThat(all.lenient().f1()).hasValue(0.5);
        assertThat(all.distinct()).isEqualTo(new Counts(3, 5, 5));
        assertThat(all.distinct().precision()).hasValue(0.6);
        assertThat(all.distinct().recall()).hasValue(0.6);
        assertThat(all.distinct().f1()).hasValue(0.6);
    }

    @Test
    void aTypeWithPredictionsButNoMatchesScoresZeroNotUndefined() {
        Counts org = evaluator.evaluate("r", gold(), predicted()).scores().get(FactType.ORGANIZATION).strict();
        assertThat(org.precision()).hasValue(0.0);
        assertThat(org.recall()).hasValue(0.0);
        assertThat(org.f1()).hasValue(0.0);
        Counts count = evaluator.evaluate("r", gold(), predicted()).scores().get(FactType.COUNT).strict();
        assertThat(count.f1()).isEmpty();
    }

    @Test
    void missedAndSpuriousAreTheRestOfTheDiff() {
        DocumentEvaluation d = evaluator.evaluate("r", gold(), predicted());
        assertThat(d.missed()).containsExactly(G_NPA_NAME, G_NPA, G_KOREAN, G_KNPA);
        assertThat(d.spurious()).containsExactly(P_NPA_NAME, P_NPA, P_KOREAN, P_SEOUL);
        assertThat(d.errors()).extracting(FactChange::kind).containsExactly(
                ChangeKind.TEXT_CHANGED, ChangeKind.VALUE_CHANGED, ChangeKind.VALUE_CHANGED, ChangeKind.REMOVED, ChangeKind.ADDED);
        Counts strict = d.scores().overall().strict();
        assertThat(strict.gold() - strict.matched()).isEqualTo(d.missed().size());
        assertThat(strict.predicted() - strict.matched()).isEqualTo(d.spurious().size());
        assertThat(d.errors().get(0).newContext().before()).isEqualTo("On 5 August 2003 ");
    }

    @Test
    void theExtractorPlaysNoPart() {
        DocumentEvaluation d = evaluator.evaluate("r", doc("r", TEXT, G_JAPAN), doc("r", TEXT, P_JAPAN));
        assertThat(d.scores().overall().strict()).isEqualTo(new Counts(1, 1, 1));
        assertThat(d.errors()).isEmpty();
    }

    @Test
    void lenientMatchingIsOneToOne() {
        // two predictions overlap one gold fact: only one of them is found
        Fact ofJapan = fact(TEXT, 50, 58, JAPAN);
        DocumentEvaluation d = evaluator.evaluate("r", doc("r", TEXT, G_JAPAN), doc("r", TEXT, ofJapan, fact(TEXT, 53, 55, JAPAN)));
        assertThat(d.scores().get(FactType.COUNTRY).lenient()).isEqualTo(new Counts(1, 2, 1));
        assertThat(d.scores().get(FactType.COUNTRY).distinct()).isEqualTo(new Counts(1, 1, 1));
    }

    @Test
    void lenientMatchingFindsTheLargestMatching() {
        // gold A [0,10) and B [10,20); prediction X [2,12) overlaps both (A more), Y [0,2) only A:
        // A->X first would leave B alone; the maximum pairs A-Y and B-X
        List<Fact> gold = List.of(fact(TEXT, 0, 10, JAPAN), fact(TEXT, 10, 20, JAPAN));
        List<Fact> predicted = List.of(fact(TEXT, 0, 2, JAPAN), fact(TEXT, 2, 12, JAPAN));
        assertThat(Evaluator.lenientMatches(gold, predicted)).isEqualTo(2);
        assertThat(Evaluator.lenientMatches(gold, List.of(fact(TEXT, 2, 12, KOREA)))).isZero();
        assertThat(Evaluator.lenientMatches(gold, List.of(fact(TEXT, 20, 25, JAPAN)))).isZero(); // touching is not overlapping
    }

    @Test
    void distinctComparesSetsOfValues() {
        // NPA three times in gold, once predicted, anywhere: one distinct value found
        Fact far = fact(TEXT, 95, 117, NPA_JP);
        DocumentEvaluation d = evaluator.evaluate("r", doc("r", TEXT, G_NPA_NAME, G_NPA), doc("r", TEXT, far));
        assertThat(d.scores().get(FactType.ORGANIZATION)).isEqualTo(
                new LevelCounts(new Counts(0, 1, 2), new Counts(0, 1, 2), new Counts(1, 1, 1)));
    }

    @Test
    void goldWithoutPredictionCountsAsAllMissedAndPredictionWithoutGoldIsNotScored() {
        DocumentFacts other = doc("s", TEXT, G_JAPAN);
        Evaluation e = evaluator.evaluate(Map.of("r", gold(), "s", other), Map.of("r", predicted(), "t", doc("t", TEXT, P_JAPAN)));
        assertThat(e.documents()).extracting(DocumentEvaluation::id, DocumentEvaluation::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("r", DocumentEvaluation.Status.SCORED),
                org.assertj.core.groups.Tuple.tuple("s", DocumentEvaluation.Status.NOT_PREDICTED));
        DocumentEvaluation s = e.documents().get(1);
        assertThat(s.scores().overall().strict()).isEqualTo(new Counts(0, 0, 1));
        assertThat(s.missed()).containsExactly(G_JAPAN);
        assertThat(s.spurious()).isEmpty();
        assertThat(e.unscored()).containsExactly("t");
        assertThat(e.total().overall().strict()).isEqualTo(new Counts(2, 6, 7));
        assertThat(e.total().get(FactType.COUNTRY).distinct()).isEqualTo(new Counts(1, 2, 3));
    }

    @Test
    void aTextOnlyDifferenceAtTheSameSpanIsAStrictMatch() {
        // the texts differ (a re-extraction folded a character), the fact's span and value agree
        String other = TEXT.replace("Japan", "JAPAN");
        Fact upper = fact(other, 53, 58, JAPAN);
        DocumentEvaluation d = evaluator.evaluate("r", doc("r", TEXT, G_JAPAN), doc("r", other, upper));
        assertThat(d.diff().changes()).extracting(FactChange::kind).containsExactly(ChangeKind.TEXT_CHANGED);
        assertThat(d.scores().overall().strict()).isEqualTo(new Counts(1, 1, 1));
        assertThat(d.errors()).isEmpty();
        assertThat(upper.span()).isEqualTo(new Span(53, 58));
    }
}
