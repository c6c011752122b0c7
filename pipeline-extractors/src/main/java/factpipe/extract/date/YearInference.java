package factpipe.extract.date;

import java.util.ArrayList;
import java.util.List;

/**
 * Fills in what year-less dates leave out, as the fact guide says: "June 15", "Oct. 12–17", "in
 * November" take the year of the nearest date before them that writes a year (the document's
 * dateline included, wherever the paragraph breaks fall); a bare day ("on the 14th") takes month
 * and year from the nearest date before it that has a month. With nothing before, the year stays
 * unknown (XXXX). A day that names an event ("the September 11 attacks in 2001", "established in
 * 2001 after the September 11 attacks") takes only a year written nearby, in the same sentence,
 * preferring one after it; the year of earlier sentences says nothing about it.
 */
final class YearInference {

    List<DateMention> resolve(List<DateMention> mentions, TextLayout layout) {
        int[] nearbyYear = nearbyExplicitYear(mentions, layout);
        List<DateMention> resolved = new ArrayList<>(mentions.size());
        DateMention anchor = null;
        DateMention lastWithMonth = null;
        for (int i = 0; i < mentions.size(); i++) {
            DateMention m = mentions.get(i);
            if (m.needsInference()) {
                m = m.kind() == DateMention.Kind.EVENT
                        ? withYear(m, nearbyYear[i] < 0 ? null : yearFor(mentions.get(nearbyYear[i]), m.month()))
                        : infer(m, anchor, lastWithMonth);
            }
            if (m.explicitYear() && m.from().hasYear()) {
                anchor = m;
            }
            if (m.month() != null) {
                lastWithMonth = m;
            }
            resolved.add(m);
        }
        return resolved;
    }

    /**
     * For each mention, the index of the mention with an explicit year in the same sentence,
     * the next one after it if any, else the last one before it; -1 if none. Two passes, so
     * linear in the number of mentions.
     */
    private static int[] nearbyExplicitYear(List<DateMention> mentions, TextLayout layout) {
        int n = mentions.size();
        int[] nearby = new int[n];
        int next = -1;
        for (int i = n - 1; i >= 0; i--) {
            nearby[i] = next >= 0 && sentence(mentions, next, layout) == sentence(mentions, i, layout) ? next : -1;
            if (mentions.get(i).explicitYear()) {
                next = i;
            }
        }
        int previous = -1;
        for (int i = 0; i < n; i++) {
            if (nearby[i] < 0 && previous >= 0 && sentence(mentions, previous, layout) == sentence(mentions, i, layout)) {
                nearby[i] = previous;
            }
            if (mentions.get(i).explicitYear()) {
                previous = i;
            }
        }
        return nearby;
    }

    private static int sentence(List<DateMention> mentions, int i, TextLayout layout) {
        return layout.sentenceOf(mentions.get(i).firstToken());
    }

    private DateMention infer(DateMention m, DateMention anchor, DateMention lastWithMonth) {
        DatePoint from = m.from();
        if (from.precision() == Precision.DAY && from.month() == null) {
            // "on the 14th": month and year of the last date that has a month
            if (lastWithMonth == null) {
                return m;
            }
            return m.withPoints(DatePoint.day(lastWithMonth.from().year(), lastWithMonth.month(), from.day()), null);
        }
        if (anchor == null) {
            return m;
        }
        return withYear(m, yearFor(anchor, m.month()) + m.yearShift());
    }

    /**
     * The year an anchor gives to a date in {@code month}. A Japanese fiscal year N runs from April
     * of N to March of N+1, so "September 26" after "FY2014" is 2014-09-26 and "February" 2015-02.
     */
    private static Integer yearFor(DateMention anchor, Integer month) {
        int year = anchor.from().year();
        return anchor.fiscal() && month != null && month < 4 ? year + 1 : year;
    }

    /**
     * Both ends of a year-less range get the year; an end month before the start month ("Dec.
     * 28–Jan. 3") falls in the next year. A date that does not exist in that year (February 29)
     * keeps its year unknown.
     */
    private static DateMention withYear(DateMention m, Integer year) {
        if (year == null) {
            return m;
        }
        DatePoint from = m.from().hasYear() ? m.from() : m.from().withYear(year);
        DatePoint to = m.to();
        if (to != null && !to.hasYear()) {
            to = to.withYear(to.key() % 10000 < from.key() % 10000 ? year + 1 : year);
        }
        if (!from.exists() || (to != null && !to.exists())) {
            return m;
        }
        return m.withPoints(from, to);
    }
}
