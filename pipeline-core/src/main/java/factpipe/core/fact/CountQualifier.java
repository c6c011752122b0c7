package factpipe.core.fact;

/** How a written quantity relates to the true one. */
public enum CountQualifier {
    /** about, approximately, some, around, nearly, almost, roughly */
    APPROX,
    /** more than, over */
    MORE_THAN,
    /** less than, fewer than, under */
    LESS_THAN,
    /** at least */
    AT_LEAST,
    /** as many as, up to */
    UP_TO
}
