package factpipe.core.fact;

/** "the early 1970s", "mid 1950s", "late 1990s", "the second half of the 19th century". */
public enum DateModifier {
    EARLY, MID, LATE
}
