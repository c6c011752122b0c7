package factpipe.core.diff;

import static org.assertj.core.api.Assertions.assertThat;

import factpipe.core.fact.Span;
import org.junit.jupiter.api.Test;

class ContextTest {

    private static final String TEXT =
            "On 5 August 2003 the National Police Agency (NPA) of Japan signed a memorandum with the Korean National Police Agency in Seoul.";

    @Test
    void keepsFiveWordsEitherSideInTheMiddle() {
        Context c = Context.around(TEXT, new Span(53, 58), 5); // Japan
        assertThat(c).isEqualTo(new Context("National Police Agency (NPA) of ", " signed a memorandum with the", true, true));
    }

    @Test
    void punctuationTouchingTheFactStaysAttached() {
        Context c = Context.around(TEXT, new Span(45, 48), 2); // NPA inside brackets
        assertThat(c).isEqualTo(new Context("Police Agency (", ") of Japan", true, true));
    }

    @Test
    void atTheStartOfTheTextThereIsNothingBefore() {
        Context c = Context.around(TEXT, new Span(0, 2), 3); // "On"
        assertThat(c).isEqualTo(new Context("", " 5 August 2003", false, true));
    }

    @Test
    void atTheEndOfTheTextThereIsNothingAfter() {
        Context c = Context.around(TEXT, new Span(121, 126), 3); // Seoul
        assertThat(c).isEqualTo(new Context("Police Agency in ", ".", true, false));
        Context atVeryEnd = Context.around(TEXT, new Span(126, 127), 3); // the final period
        assertThat(atVeryEnd).isEqualTo(new Context("Police Agency in Seoul", "", true, false));
    }

    @Test
    void fewerWordsThanAskedKeepsAllWithoutEllipsis() {
        Context c = Context.around("  The NPA met.  ", new Span(6, 9), 5);
        assertThat(c).isEqualTo(new Context("The ", " met.", false, false));
    }

    @Test
    void lineBreaksAndSpaceRunsFoldToOneSpace() {
        String text = "Japan\n\n  and   the\tKorean\r\npolice";
        Context c = Context.around(text, new Span(19, 25), 5); // Korean
        assertThat(c).isEqualTo(new Context("Japan and the ", " police", false, false));
    }

    @Test
    void spanBeyondTheTextGivesNoContext() {
        assertThat(Context.around("Japan", new Span(3, 9), 5)).isEqualTo(Context.NONE);
        assertThat(Context.NONE.isEmpty()).isTrue();
    }

    @Test
    void aVeryLongWordIsClippedToTheLimit() {
        String cell = "x".repeat(100);
        String text = cell + " Japan " + cell;
        Context c = Context.around(text, new Span(101, 106), 5);
        assertThat(c.before()).hasSize(Context.MAX_CHARS);
        assertThat(c.after()).hasSize(Context.MAX_CHARS);
        assertThat(c.moreBefore()).isTrue();
        assertThat(c.moreAfter()).isTrue();
    }

    @Test
    void clippingPrefersWordBoundaries() {
        String before = "alpha ".repeat(5) + "y".repeat(40) + " ";
        String text = before + "Japan";
        Context c = Context.around(text, new Span(before.length(), before.length() + 5), 5);
        // five words are 65 chars: the clipped side starts at the next whole word
        assertThat(c.before()).isEqualTo("alpha alpha alpha " + "y".repeat(40) + " ");
        assertThat(c.moreBefore()).isTrue();
    }
}
