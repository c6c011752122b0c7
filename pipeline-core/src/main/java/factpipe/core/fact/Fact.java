package factpipe.core.fact;

import java.util.Comparator;
import java.util.Objects;

/**
 * One fact: its surface {@code text}, equal to the document text at {@code span} (UTF-16
 * offsets), the same span in code points, the normalised value, and the extractor that produced
 * it as {@code name@version} (null in hand-written fact sets such as golden files).
 */
public record Fact(String text, Span span, Span cpSpan, FactValue value, String extractor) {

    /** Canonical order of the fact guide: span start, then span end, then type. */
    public static final Comparator<Fact> CANONICAL_ORDER = Comparator
            .comparing(Fact::span)
            .thenComparing(Fact::type)
            .thenComparing(f -> f.value().toString())
            .thenComparing(f -> String.valueOf(f.extractor()));

    public Fact {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(cpSpan, "cpSpan");
        Objects.requireNonNull(value, "value");
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("text '" + text + "' does not fit span " + span);
        }
    }

    /** A fact at {@code span} of {@code documentText}, its text and code-point span derived from it. */
    public static Fact at(CharSequence documentText, Span span, FactValue value, String extractor) {
        return new Fact(span.of(documentText), span, span.toCodePoints(documentText), value, extractor);
    }

    public FactType type() {
        return value.type();
    }

    public Fact withValue(FactValue newValue) {
        return new Fact(text, span, cpSpan, newValue, extractor);
    }
}
