package factpipe.extract.count;

import java.math.BigDecimal;

/**
 * A number expression in a tagged text: tokens [first, next) and characters [start, end), which
 * include a currency symbol, code or name when there is one; {@code numberFirst} is the first
 * token of the number itself.
 *
 * @param words    written in words ("seven", "one million")
 * @param scaled   ends in a scale word ("3.8 billion")
 * @param abbreviated a scale abbreviation against the digits ("1.2m")
 * @param currency the ISO 4217 code of a currency written in the expression, or null
 */
record NumberMatch(int first, int numberFirst, int next, int start, int end, BigDecimal value, String currency,
                   boolean words, boolean scaled, boolean abbreviated) {

    boolean money() {
        return currency != null;
    }

    /** The bare digits of one token, nothing else ("2003", "12"). */
    boolean plainDigits() {
        return !words && !scaled && !abbreviated && currency == null && next == numberFirst + 1;
    }
}
