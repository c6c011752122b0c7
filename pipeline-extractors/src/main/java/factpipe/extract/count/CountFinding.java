package factpipe.extract.count;

import factpipe.core.fact.CountValue;
import factpipe.core.fact.Span;

/**
 * A COUNT before its round-trip check.
 *
 * @param money          the unit is an ISO 4217 currency code
 * @param currencyInSpan the span itself names that currency (an elided amount, "3.8 billion yen
 *                       in 2013 and 2.1 billion in 2014", takes it from the amount before)
 */
record CountFinding(Span span, CountValue value, boolean money, boolean currencyInSpan) {
}
