package factpipe.core.diff;

import java.util.Objects;

/**
 * One document of a folder comparison. A document on one side only is compared with an empty
 * fact set, so its facts are all {@link ChangeKind#REMOVED} (only in OLD) or all
 * {@link ChangeKind#ADDED} (only in NEW).
 */
public record DocumentDiff(String id, Presence presence, FactDiff facts) {

    /** Where the document's fact set was found. */
    public enum Presence {
        BOTH, ONLY_OLD, ONLY_NEW
    }

    public DocumentDiff {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(presence, "presence");
        Objects.requireNonNull(facts, "facts");
    }

    /** A document on one side only is a difference even when it has no facts. */
    public boolean hasDifferences() {
        return presence != Presence.BOTH || !facts.isEmpty();
    }
}
