package factpipe.extract.date;

import factpipe.core.fact.DateModifier;
import factpipe.core.fact.DateValue;

/**
 * A date expression found by the {@link DateGrammar}: tokens {@code [firstToken, endToken)},
 * chars {@code [start, end)}, a point ({@code to == null}) or a range, possibly open-ended.
 *
 * @param kind         what still has to be checked or inferred before it becomes a fact
 * @param explicitYear the text writes a year in the expression itself, so later year-less dates
 *                     may take their year from it
 * @param yearShift    for a year-less date, its year relative to the inferred one ("March of the
 *                     following year" is +1, "of the same year" 0)
 */
record DateMention(int firstToken, int endToken, int start, int end, DatePoint from, DatePoint to,
                   boolean openEnd, DateModifier mod, boolean fiscal, Kind kind, boolean explicitYear,
                   int yearShift) {

    enum Kind {
        /** A calendar date: month names, days, seasons, decades, centuries, fiscal years. */
        CALENDAR,
        /** Only numbers that may be years ("2003", "1996–2000"): the year rules decide. */
        YEARS,
        /** A year-less day naming an event ("the September 11 attacks"): only a year in the same sentence applies. */
        EVENT
    }

    DateMention withPoints(DatePoint newFrom, DatePoint newTo) {
        return new DateMention(firstToken, endToken, start, end, newFrom, newTo, openEnd, mod, fiscal, kind, explicitYear,
                yearShift);
    }

    /** The same years read as Japanese fiscal years, April to March. */
    DateMention asFiscal() {
        return new DateMention(firstToken, endToken, start, end, from, to, openEnd, mod, true, kind, explicitYear,
                yearShift);
    }

    /** This point through the point of {@code end}, a later mention: "June 6" and "7" as "June 6 and 7". */
    DateMention withEnd(DateMention end) {
        return new DateMention(firstToken, end.endToken(), start, end.end(), from, end.from(), false, mod, fiscal, kind,
                explicitYear || end.explicitYear(), yearShift);
    }

    boolean isRange() {
        return to != null || openEnd;
    }

    /** Whether some end still lacks its year (or, for a bare day, its month). */
    boolean needsInference() {
        return !from.hasYear() || (to != null && !to.hasYear());
    }

    /** The month the mention names, if any (a range's first month). */
    Integer month() {
        return from.month() != null ? from.month() : to != null ? to.month() : null;
    }

    /** The EDTF value: a Japanese fiscal year N runs from April of N to March of N+1. */
    DateValue value() {
        String edtf;
        if (fiscal) {
            int last = to == null ? from.year() : to.year();
            edtf = String.format("%04d-04/%04d-03", from.year(), last + 1);
        } else if (openEnd) {
            edtf = from.edtf() + "/..";
        } else if (to != null) {
            edtf = from.edtf() + "/" + to.edtf();
        } else {
            edtf = from.edtf();
        }
        return new DateValue(edtf, mod, fiscal);
    }
}
