package factpipe.core.diff;

/**
 * How a fact differs between two fact sets of the same document (OLD and NEW). The order is the
 * order in which changes at the same place are listed.
 */
public enum ChangeKind {
    /** In OLD only. */
    REMOVED,
    /** In NEW only. */
    ADDED,
    /** Same type, span and text; another value. */
    VALUE_CHANGED,
    /**
     * Paired by value but the surface text differs ("NPA" against "National Police Agency"), or
     * paired by span but the text at the span differs (the document text itself changed).
     */
    TEXT_CHANGED,
    /** Same type, value and text at another span, e.g. because text was inserted above it. */
    MOVED
}
