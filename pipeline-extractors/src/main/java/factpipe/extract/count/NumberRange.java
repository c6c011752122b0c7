package factpipe.extract.count;

import factpipe.core.fact.Span;
import java.math.BigDecimal;

/**
 * Two numbers that bound one quantity: "20–25 participants", "three to five days", "between 10
 * and 15 officers". Tokens {@code [first, next)} run from the low number (not a "between" or
 * "from" before it) to the token after the high one; in "20–25" both bounds are parts of one token.
 *
 * @param from a "from" stands before the low number ("rose from 20 to 25 members")
 */
record NumberRange(int first, int next, Bound low, Bound high, boolean words, boolean from) {

    /** One end of the range: its characters and value. */
    record Bound(Span span, BigDecimal value) {
    }

    /**
     * The whole range as one number expression, the high bound's value standing for it: what
     * the checks for years, days, identifiers and list markers look at.
     */
    NumberMatch whole() {
        return new NumberMatch(first, first, next, low.span().start(), high.span().end(), high.value(), null, words,
                false, false);
    }
}
