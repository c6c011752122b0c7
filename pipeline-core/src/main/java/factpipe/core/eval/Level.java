package factpipe.core.eval;

/** How closely a predicted fact must agree with a gold fact to count as found. */
public enum Level {
    /** Same type, span and value. */
    STRICT,
    /** Same type and value, overlapping spans; each fact matched at most once. */
    LENIENT,
    /** Same type and value anywhere in the document, comparing the sets of values. */
    DISTINCT;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
