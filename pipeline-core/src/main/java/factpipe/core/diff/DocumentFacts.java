package factpipe.core.diff;

import factpipe.core.fact.Fact;
import factpipe.core.fact.FactSet;
import java.util.List;
import java.util.Objects;

/**
 * A fact set with the extracted text its spans index, where that text is available; {@code text}
 * is null when it is not (the comparison then carries no context).
 */
public record DocumentFacts(FactSet factSet, String text) {

    public DocumentFacts {
        Objects.requireNonNull(factSet, "factSet");
        if (text != null && text.length() != factSet.document().charCount()) {
            throw new IllegalArgumentException("the text has " + text.length() + " chars, the fact set says "
                    + factSet.document().charCount());
        }
    }

    public static DocumentFacts withoutText(FactSet factSet) {
        return new DocumentFacts(factSet, null);
    }

    public String id() {
        return factSet.document().id();
    }

    public List<Fact> facts() {
        return factSet.facts();
    }

    public boolean hasText() {
        return text != null;
    }

    /**
     * This fact set, taking the other's text when it has none of its own and both index the same
     * text (equal {@code textSha256}): a golden file kept without its .txt then still gets context.
     */
    public DocumentFacts withTextFrom(DocumentFacts other) {
        if (text != null || other.text == null
                || !factSet.document().textSha256().equals(other.factSet.document().textSha256())) {
            return this;
        }
        return new DocumentFacts(factSet, other.text);
    }

    /** The same document and text with no facts: the other side of a document present on one side only. */
    public DocumentFacts withoutFacts() {
        return new DocumentFacts(new FactSet(factSet.document(), List.of()), text);
    }
}
