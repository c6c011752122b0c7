package factpipe.core.diff;

import static factpipe.core.diff.FactDifferTest.SHIFTED;
import static factpipe.core.diff.FactDifferTest.TEXT;
import static factpipe.core.diff.Fixtures.JAPAN;
import static factpipe.core.diff.Fixtures.KOREAN;
import static factpipe.core.diff.Fixtures.NPA_JP;
import static factpipe.core.diff.Fixtures.NPA_KR;
import static factpipe.core.diff.Fixtures.doc;
import static factpipe.core.diff.Fixtures.docWithoutText;
import static factpipe.core.diff.Fixtures.fact;
import static org.assertj.core.api.Assertions.assertThat;

import factpipe.core.fact.CountQualifier;
import factpipe.core.fact.CountValue;
import factpipe.core.fact.DateModifier;
import factpipe.core.fact.DateValue;
import factpipe.core.fact.OrganizationValue;
import factpipe.core.fact.TreatyValue;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DiffReportTest {

    private final FactDiffer differ = new FactDiffer();
    private final DiffReport report = DiffReport.plain();

    private FactDiff mixed() {
        DocumentFacts old = doc("r", TEXT, fact(TEXT, 3, 16, DateValue.of("2003-08-05")),
                fact(TEXT, 45, 48, new OrganizationValue("National Police Agency", "NPA", null)), fact(TEXT, 53, 58, JAPAN));
        DocumentFacts neu = doc("r", TEXT, fact(TEXT, 45, 48, NPA_JP), fact(TEXT, 88, 94, KOREAN), fact(TEXT, 95, 117, NPA_KR));
        return differ.diff(old, neu);
    }

    @Test
    void rendersAHeaderAndOneLinePerChange() {
        assertThat(report.render(mixed())).isEqualTo("""
                === r: 5 changes (2 removed, 2 added, 1 value changed)
                - DATE "5 August 2003" [3,16) 2003-08-05   On «5 August 2003» the National Police Agency (NPA)…
                ~ ORGANIZATION "NPA" [45,48) value: National Police Agency (NPA) → National Police Agency (NPA, JP)   …2003 the National Police Agency («NPA») of Japan signed a memorandum…
                - COUNTRY "Japan" [53,58) Japan (JP)   …National Police Agency (NPA) of «Japan» signed a memorandum with the…
                + COUNTRY "Korean" [88,94) South Korea (KR, adjective)   …signed a memorandum with the «Korean» National Police Agency in Seoul.
                + ORGANIZATION "National Police Agency" [95,117) National Police Agency (KR)   …a memorandum with the Korean «National Police Agency» in Seoul.
                """);
    }

    @Test
    void rendersMovesAndTextChanges() {
        FactDiff moved = differ.diff(doc("r", TEXT, fact(TEXT, 3, 16, DateValue.of("2003-08-05"))),
                doc("r", SHIFTED, fact(SHIFTED, 44, 57, DateValue.of("2003-08-05"))));
        assertThat(report.line(moved.changes().get(0))).isEqualTo(
                "> DATE \"5 August 2003\" moved [3,16) → [44,57) 2003-08-05   …met again in Tokyo. On «5 August 2003» the National Police Agency (NPA)…");
        FactDiff text = differ.diff(doc("r", TEXT, fact(TEXT, 45, 48, NPA_JP)), doc("r", TEXT, fact(TEXT, 21, 43, NPA_JP)));
        assertThat(report.line(text.changes().get(0))).isEqualTo(
                "~ ORGANIZATION text: \"NPA\" [45,48) → \"National Police Agency\" [21,43) National Police Agency (NPA, JP)"
                        + "   On 5 August 2003 the «National Police Agency» (NPA) of Japan signed a…");
    }

    @Test
    void withoutTextThereIsNoContext() {
        FactDiff d = differ.diff(docWithoutText("r", TEXT, fact(TEXT, 53, 58, JAPAN)), docWithoutText("r", TEXT));
        assertThat(report.line(d.changes().get(0))).isEqualTo("- COUNTRY \"Japan\" [53,58) Japan (JP)");
    }

    @Test
    void identicalFactSetsRenderAsNothing() {
        DocumentFacts a = doc("r", TEXT, fact(TEXT, 53, 58, JAPAN));
        assertThat(report.render(differ.diff(a, a))).isEmpty();
        assertThat(report.render(differ.diff(Map.of("r", a), Map.of("r", a)))).isEmpty();
        assertThat(report.stat(differ.diff(Map.of("r", a), Map.of("r", a)))).isEmpty();
    }

    @Test
    void aOneSidedDocumentIsAHeaderOnly() {
        DocumentFacts a = doc("a", TEXT, fact(TEXT, 53, 58, JAPAN), fact(TEXT, 45, 48, NPA_JP));
        DocumentFacts b = doc("b", TEXT, fact(TEXT, 53, 58, JAPAN));
        assertThat(report.render(differ.diff(Map.of("a", a), Map.of("b", b)))).isEqualTo("""
                === a: only in OLD (2 facts)
                === b: only in NEW (1 fact)
                """);
    }

    @Test
    void statCountsPerDocumentAndType() {
        FolderDiff folder = new FolderDiff(java.util.List.of(
                new DocumentDiff("r", DocumentDiff.Presence.BOTH, mixed()),
                differ.diff(Map.of(), Map.of("s", doc("s", TEXT, fact(TEXT, 53, 58, JAPAN)))).documents().get(0)));
        assertThat(report.stat(folder)).isEqualTo("""
                document         type          removed  added  value  text  moved
                r                DATE                1      0      0     0      0
                r                ORGANIZATION        0      1      1     0      0
                r                COUNTRY             1      1      0     0      0
                s (only in NEW)  COUNTRY             0      1      0     0      0
                total                                2      3      1     0      0
                """);
    }

    @Test
    void colourWrapsLinesInAnsiCodes() {
        String line = DiffReport.coloured().line(mixed().changes().get(3));
        assertThat(line).startsWith("\u001b[32m+ COUNTRY \"Korean\"").contains("\u001b[0m   \u001b[2m…signed");
        assertThat(report.line(mixed().changes().get(3))).doesNotContain("\u001b");
    }

    @Test
    void valuesInAFewWords() {
        assertThat(DiffReport.value(new DateValue("197X", DateModifier.EARLY, false))).isEqualTo("197X (EARLY)");
        assertThat(DiffReport.value(new DateValue("1988-04/1989-03", null, true))).isEqualTo("1988-04/1989-03 (fiscal)");
        assertThat(DiffReport.value(new CountValue(new BigDecimal("599000000"), "USD", CountQualifier.APPROX)))
                .isEqualTo("599000000 USD (APPROX)");
        assertThat(DiffReport.value(CountValue.of(75, "police personnel"))).isEqualTo("75 police personnel");
        assertThat(DiffReport.value(new TreatyValue("United Nations Convention against Transnational Organized Crime", "UNTOC")))
                .isEqualTo("United Nations Convention against Transnational Organized Crime (UNTOC)");
        assertThat(DiffReport.value(new OrganizationValue("Ministry of Public Security", null, "CN")))
                .isEqualTo("Ministry of Public Security (CN)");
    }

    @Test
    void valueChangesThatReadTheSameAreShownAsJson() {
        assertThat(DiffReport.valueChange(new OrganizationValue("United Nations", "UN", null),
                new OrganizationValue("United Nations", null, "UN")))
                .isEqualTo("{\"name\":\"United Nations\",\"acronym\":\"UN\"} → {\"name\":\"United Nations\",\"country\":\"UN\"}");
    }

    @Test
    void lineBreaksInAFactStayOnOneLine() {
        String text = "the National\nPolice Agency met";
        FactDiff d = differ.diff(doc("r", text), doc("r", text, fact(text, 4, 26, NPA_JP)));
        assertThat(report.line(d.changes().get(0))).isEqualTo(
                "+ ORGANIZATION \"National\\nPolice Agency\" [4,26) National Police Agency (NPA, JP)   the «National Police Agency» met");
    }
}
