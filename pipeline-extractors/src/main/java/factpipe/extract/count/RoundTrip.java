package factpipe.extract.count;

import factpipe.core.fact.CountValue;
import java.util.Optional;

/**
 * The round-trip check of a COUNT: its span text, read again on its own by {@link AmountReader},
 * must give the same quantity, and the same currency when the span writes one. A failure means
 * the span and the value disagree ("USD34.6 million" with a value of 6000000, a span cut inside
 * a number), and the fact must not be emitted.
 */
final class RoundTrip {

    private final AmountReader amounts;

    RoundTrip(AmountReader amounts) {
        this.amounts = amounts;
    }

    /** Empty when the finding holds; otherwise what the span reads as, for the log. */
    Optional<String> mismatch(String documentText, CountFinding f) {
        String surface = f.span().of(documentText);
        CountValue v = f.value();
        Optional<AmountReader.Amount> reread = amounts.read(surface);
        if (reread.isEmpty()) {
            return Optional.of("no amount");
        }
        AmountReader.Amount a = reread.get();
        boolean sameQuantity = a.value().compareTo(v.quantity()) == 0;
        boolean sameCurrency = f.currencyInSpan() ? v.unit().equals(a.currency()) : a.currency() == null;
        if (sameQuantity && sameCurrency) {
            return Optional.empty();
        }
        return Optional.of(a.value().toPlainString() + (a.currency() == null ? "" : " " + a.currency()));
    }
}
