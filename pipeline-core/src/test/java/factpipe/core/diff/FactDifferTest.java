package factpipe.core.diff;

import static factpipe.core.diff.Fixtures.JAPAN;
import static factpipe.core.diff.Fixtures.KOREA;
import static factpipe.core.diff.Fixtures.KOREAN;
import static factpipe.core.diff.Fixtures.NPA_JP;
import static factpipe.core.diff.Fixtures.NPA_KR;
import static factpipe.core.diff.Fixtures.doc;
import static factpipe.core.diff.Fixtures.docWithoutText;
import static factpipe.core.diff.Fixtures.fact;
import static org.assertj.core.api.Assertions.assertThat;

import factpipe.core.fact.DateValue;
import factpipe.core.fact.Fact;
import factpipe.core.fact.OrganizationValue;
import factpipe.core.fact.Span;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FactDifferTest {

    /** 5 August 2003 [3,16), National Police Agency [21,43), NPA [45,48), Japan [53,58), Korean [88,94),
     *  National Police Agency [95,117), Seoul [121,126); 127 chars. */
    static final String TEXT =
            "On 5 August 2003 the National Police Agency (NPA) of Japan signed a memorandum with the Korean National Police Agency in Seoul.";
    /** The same report with a 41-char sentence inserted at the top. */
    static final String SHIFTED = "In 2015 the agencies met again in Tokyo. " + TEXT;

    private final FactDiffer differ = new FactDiffer();

    private static Fact date(String text, int s, int e, String edtf) {
        return fact(text, s, e, DateValue.of(edtf));
    }

    @Test
    void identicalFactSetsHaveNoChanges() {
        DocumentFacts a = doc("r", TEXT, date(TEXT, 3, 16, "2003-08-05"), fact(TEXT, 45, 48, NPA_JP), fact(TEXT, 53, 58, JAPAN));
        FactDiff d = differ.diff(a, a);
        assertThat(d.isEmpty()).isTrue();
        assertThat(d.unchanged()).hasSize(3);
        assertThat(d.documentId()).isEqualTo("r");
    }

    @Test
    void extractorAndCodePointSpanDoNotMakeADifference() {
        Fact byHand = fact(TEXT, 53, 58, JAPAN);
        Fact byExtractor = new Fact("Japan", new Span(53, 58), new Span(0, 5), JAPAN, "country-gazetteer@1");
        FactDiff d = differ.diff(doc("r", TEXT, byHand), doc("r", TEXT, byExtractor));
        assertThat(d.isEmpty()).isTrue();
        assertThat(d.unchanged()).containsExactly(byExtractor);
    }

    @Test
    void aFactOnlyInNewIsAddedWithItsContext() {
        Fact npa = fact(TEXT, 45, 48, NPA_JP);
        FactDiff d = differ.diff(doc("r", TEXT, fact(TEXT, 53, 58, JAPAN)), doc("r", TEXT, npa, fact(TEXT, 53, 58, JAPAN)));
        assertThat(d.changes()).containsExactly(new FactChange(ChangeKind.ADDED, null, npa, Context.NONE,
                new Context("2003 the National Police Agency (", ") of Japan signed a memorandum", true, true)));
    }

    @Test
    void aFactOnlyInOldIsRemovedWithItsOldContext() {
        Fact seoulDate = date(TEXT, 3, 16, "2003-08-05");
        FactDiff d = differ.diff(doc("r", TEXT, seoulDate), doc("r", TEXT));
        assertThat(d.changes()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ChangeKind.REMOVED);
            assertThat(c.oldFact().span()).isEqualTo(new Span(3, 16));
            assertThat(c.newFact()).isNull();
            assertThat(c.oldContext()).isEqualTo(new Context("On ", " the National Police Agency (NPA)", false, true));
            assertThat(c.newContext()).isEqualTo(Context.NONE);
        });
    }

    @Test
    void sameSpanAndTextWithAnotherValueIsAValueChange() {
        Fact before = fact(TEXT, 45, 48, new OrganizationValue("National Police Agency", "NPA", null));
        Fact after = fact(TEXT, 45, 48, NPA_JP);
        FactDiff d = differ.diff(doc("r", TEXT, before), doc("r", TEXT, after));
        assertThat(d.changes()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ChangeKind.VALUE_CHANGED);
            assertThat(c.oldFact()).isEqualTo(before);
            assertThat(c.newFact()).isEqualTo(after);
            assertThat(c.sameSpanAndValue()).isFalse();
        });
    }

    @Test
    void textInsertedAboveMovesEveryFactByItsLength() {
        DocumentFacts old = doc("r", TEXT, date(TEXT, 3, 16, "2003-08-05"), fact(TEXT, 45, 48, NPA_JP), fact(TEXT, 53, 58, JAPAN));
        DocumentFacts shifted = doc("r", SHIFTED, date(SHIFTED, 3, 7, "2015"), date(SHIFTED, 44, 57, "2003-08-05"),
                fact(SHIFTED, 86, 89, NPA_JP), fact(SHIFTED, 94, 99, JAPAN));
        FactDiff d = differ.diff(old, shifted);
        assertThat(d.changes()).extracting(FactChange::kind, c -> span(c.oldFact()), c -> span(c.newFact()))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ChangeKind.ADDED, null, new Span(3, 7)),
                        org.assertj.core.groups.Tuple.tuple(ChangeKind.MOVED, new Span(3, 16), new Span(44, 57)),
                        org.assertj.core.groups.Tuple.tuple(ChangeKind.MOVED, new Span(45, 48), new Span(86, 89)),
                        org.assertj.core.groups.Tuple.tuple(ChangeKind.MOVED, new Span(53, 58), new Span(94, 99)));
        // each side's context comes from its own text
        FactChange movedDate = d.changes().get(1);
        assertThat(movedDate.oldContext().before()).isEqualTo("On ");
        assertThat(movedDate.newContext().before()).isEqualTo("met again in Tokyo. On ");
    }

    @Test
    void repeatedValuesPairInDocumentOrderWithoutCrossing() {
        String text = "Japan, Japan and Japan.";
        String shifted = "In 2015 the agencies met again in Tokyo. " + text;
        DocumentFacts old = doc("r", text, fact(text, 0, 5, JAPAN), fact(text, 7, 12, JAPAN));
        DocumentFacts neu = doc("r", shifted, fact(shifted, 41, 46, JAPAN), fact(shifted, 48, 53, JAPAN));
        FactDiff d = differ.diff(old, neu);
        assertThat(d.changes()).extracting(FactChange::kind, c -> span(c.oldFact()), c -> span(c.newFact()))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ChangeKind.MOVED, new Span(0, 5), new Span(41, 46)),
                        org.assertj.core.groups.Tuple.tuple(ChangeKind.MOVED, new Span(7, 12), new Span(48, 53)));
    }

    @Test
    void aValuePairsWithTheNearestSpan() {
        String text = "Japan, Japan and Japan.";
        DocumentFacts old = doc("r", text, fact(text, 7, 12, JAPAN));
        DocumentFacts neu = doc("r", text, fact(text, 0, 5, JAPAN), fact(text, 17, 22, JAPAN));
        FactDiff d = differ.diff(old, neu);
        assertThat(d.changes()).extracting(FactChange::kind, c -> span(c.oldFact()), c -> span(c.newFact()))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ChangeKind.MOVED, new Span(7, 12), new Span(0, 5)),
                        org.assertj.core.groups.Tuple.tuple(ChangeKind.ADDED, null, new Span(17, 22)));
    }

    @Test
    void sameValueWithOtherSurfaceTextIsATextChange() {
        Fact acronym = fact(TEXT, 45, 48, NPA_JP);
        Fact fullName = fact(TEXT, 21, 43, NPA_JP);
        FactDiff d = differ.diff(doc("r", TEXT, acronym), doc("r", TEXT, fullName));
        assertThat(d.changes()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ChangeKind.TEXT_CHANGED);
            assertThat(c.oldFact().text()).isEqualTo("NPA");
            assertThat(c.newFact().text()).isEqualTo("National Police Agency");
            assertThat(c.newFact().span()).isEqualTo(new Span(21, 43));
            assertThat(c.sameSpanAndValue()).isFalse();
        });
    }

    @Test
    void sameSpanWithOtherTextIsATextChangeEvenWhenTheValueDiffers() {
        String other = TEXT.replace("of Japan", "of Korea");
        FactDiff d = differ.diff(doc("r", TEXT, fact(TEXT, 53, 58, JAPAN)), doc("r", other, fact(other, 53, 58, KOREA)));
        assertThat(d.changes()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ChangeKind.TEXT_CHANGED);
            assertThat(c.oldFact().text()).isEqualTo("Japan");
            assertThat(c.newFact().text()).isEqualTo("Korea");
            assertThat(c.oldFact().span()).isEqualTo(c.newFact().span());
        });
    }

    @Test
    void spanPairingComesBeforeValuePairing() {
        // "Officers of the NPA met officers of the NPA of Korea in Busan.": NPA [16,19) and [40,43)
        String text = "Officers of the NPA met officers of the NPA of Korea in Busan.";
        Fact oldFirst = fact(text, 16, 19, NPA_JP);
        Fact newFirst = fact(text, 16, 19, NPA_KR);
        Fact newSecond = fact(text, 40, 43, NPA_JP);
        FactDiff d = differ.diff(doc("r", text, oldFirst), doc("r", text, newFirst, newSecond));
        // by value first it would be MOVED [16,19) -> [40,43) and ADDED [16,19)
        assertThat(d.changes()).extracting(FactChange::kind, c -> span(c.oldFact()), c -> span(c.newFact()))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ChangeKind.VALUE_CHANGED, new Span(16, 19), new Span(16, 19)),
                        org.assertj.core.groups.Tuple.tuple(ChangeKind.ADDED, null, new Span(40, 43)));
    }

    @Test
    void atOneSpanEqualValuesPairFirst() {
        // a hand-written set with two values at one span: the one NEW keeps is unchanged, the other removed
        Fact a = fact(TEXT, 45, 48, NPA_JP);
        Fact b = fact(TEXT, 45, 48, new OrganizationValue("National Police Agency", "NPA", null));
        FactDiff d = differ.diff(doc("r", TEXT, a, b), doc("r", TEXT, b));
        assertThat(d.unchanged()).containsExactly(b);
        assertThat(d.changes()).extracting(FactChange::kind, FactChange::oldFact)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ChangeKind.REMOVED, a));
    }

    @Test
    void typesNeverPair() {
        Fact country = fact(TEXT, 88, 94, KOREAN);
        Fact organization = fact(TEXT, 88, 94, new OrganizationValue("Korean", null, null));
        FactDiff d = differ.diff(doc("r", TEXT, country), doc("r", TEXT, organization));
        assertThat(d.changes()).extracting(FactChange::kind).containsExactly(ChangeKind.ADDED, ChangeKind.REMOVED);
    }

    @Test
    void changesAreInDocumentOrderWhateverTheInputOrder() {
        Fact date = date(TEXT, 3, 16, "2003-08-05");
        Fact npa = fact(TEXT, 45, 48, NPA_JP);
        Fact japan = fact(TEXT, 53, 58, JAPAN);
        Fact korean = fact(TEXT, 88, 94, KOREAN);
        FactDiff one = differ.diff(doc("r", TEXT, korean, date), doc("r", TEXT, japan, npa));
        FactDiff two = differ.diff(doc("r", TEXT, date, korean), doc("r", TEXT, npa, japan));
        assertThat(one).isEqualTo(two);
        assertThat(one.changes()).extracting(c -> c.fact().span())
                .containsExactly(new Span(3, 16), new Span(45, 48), new Span(53, 58), new Span(88, 94));
    }

    @Test
    void aSideWithoutTextBorrowsTheOtherWhenBothIndexTheSameText() {
        Fact npa = fact(TEXT, 45, 48, NPA_JP);
        FactDiff d = differ.diff(docWithoutText("r", TEXT, npa), doc("r", TEXT));
        assertThat(d.changes().get(0).oldContext().before()).isEqualTo("2003 the National Police Agency (");

        FactDiff noText = differ.diff(docWithoutText("r", TEXT, npa), docWithoutText("r", TEXT));
        assertThat(noText.changes().get(0).oldContext()).isEqualTo(Context.NONE);

        String other = TEXT.replace("Seoul", "Busan");
        FactDiff otherText = differ.diff(docWithoutText("r", TEXT, npa), doc("r", other));
        assertThat(otherText.changes().get(0).oldContext()).isEqualTo(Context.NONE);
    }

    @Test
    void foldersPairDocumentsById() {
        DocumentFacts a = doc("a", TEXT, fact(TEXT, 53, 58, JAPAN));
        DocumentFacts b = doc("b", TEXT, fact(TEXT, 45, 48, NPA_JP), fact(TEXT, 53, 58, JAPAN));
        DocumentFacts c = doc("c", TEXT);
        FolderDiff d = differ.diff(Map.of("a", a, "b", b), Map.of("a", a, "c", c));
        assertThat(d.documents()).extracting(DocumentDiff::id, DocumentDiff::presence, DocumentDiff::hasDifferences)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("a", DocumentDiff.Presence.BOTH, false),
                        org.assertj.core.groups.Tuple.tuple("b", DocumentDiff.Presence.ONLY_OLD, true),
                        org.assertj.core.groups.Tuple.tuple("c", DocumentDiff.Presence.ONLY_NEW, true));
        assertThat(d.documents().get(1).facts().changes()).extracting(FactChange::kind)
                .containsExactly(ChangeKind.REMOVED, ChangeKind.REMOVED);
        assertThat(d.hasDifferences()).isTrue();
        assertThat(differ.diff(Map.of("a", a), Map.of("a", a)).hasDifferences()).isFalse();
    }

    @Test
    void alignmentTakesTheEarlierPartnerOnEqualCost() {
        int[] m = FactDiffer.align(List.of(new Span(10, 15)), List.of(new Span(0, 5), new Span(20, 25)));
        assertThat(m).containsExactly(0);
        int[] reverse = FactDiffer.align(List.of(new Span(0, 5), new Span(20, 25)), List.of(new Span(19, 24)));
        assertThat(reverse).containsExactly(-1, 0);
    }

    private static Span span(Fact f) {
        return f == null ? null : f.span();
    }
}
