package factpipe.extract.date;

import factpipe.core.fact.DateModifier;
import factpipe.extract.date.DateMention.Kind;
import factpipe.extract.date.Token.Gap;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The date grammar: reads the token stream once, left to right, and at each token takes the
 * longest date expression that starts there. Every production looks ahead a bounded number of
 * tokens, so a scan is linear in the length of the text.
 *
 * <pre>
 * mention    := "from" point TO end | "between" point "and" end | range | point dayList | leadingDay
 *             | "on the" ORDINAL
 * range      := point LINK end | DAY LINK dayFirst | point DASH (")" | "present")     (open end)
 * LINK       := DASH ("-", "–", "~" ...) | TO ("to", "until", "till", "through")
 * end        := point | DAY [[","] YEAR] (after a day) | YY (after a year and a dash: "2004-05")
 * point      := iso | fiscal | monthFirst | dayFirst | season | modified | half | decade | century | year
 * monthFirst := MONTH ["."] DAY [[","] YEAR] | MONTH ["."] ["," | "of"] YEAR
 *             | MONTH ["."] [DAY] ["of" ("the" ("same" | "following" | "previous") | "that") "year"]
 * dayFirst   := DAY ["of"] MONTH ["."] [[","] YEAR]
 * dayList    := (("/" | "," | "and") DAY)*                                   ("Jun. 6/11")
 * leadingDay := DAY (("," DAY)* [","] ("and" | "or") dayFirst)      ("3 and 9 September": "3")
 * modified   := ("early" | "mid" | "late") ["-"] ["of"] ["the"] (year | decade | century | monthFirst | season)
 * half       := ("first" | "second") "half of" ["the"] (year | decade | century)
 * fiscal     := ("FY" | "JFY") ["."] YEAR | "fiscal" ["year"] YEAR
 * </pre>
 *
 * Shared parts are filled in across a range ("May 17-19, 2005", "June to December 2023"); whether a
 * bare number is a year, and which year a year-less date has, is decided later
 * ({@link YearRules}, {@link YearInference}).
 */
final class DateGrammar {

    static final int MIN_BARE_YEAR = 1800;
    static final int MAX_BARE_YEAR = 2100;
    /** A year next to a month or a day is taken in a wider range ("August 1066"). */
    private static final int MIN_YEAR = 1000;
    private static final int MAX_YEAR = 2999;

    private static final Set<String> DASHES = Set.of("-", "–", "—", "~", "〜", "～", "‐", "‑", "−");
    private static final Set<String> TO_WORDS = Set.of("to", "until", "till", "through", "thru");
    private static final Set<String> ORDINAL_SUFFIXES = Set.of("st", "nd", "rd", "th");
    private static final Map<String, Integer> ORDINAL_WORDS = Map.ofEntries(
            Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
            Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8),
            Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12),
            Map.entry("thirteenth", 13), Map.entry("fourteenth", 14), Map.entry("fifteenth", 15),
            Map.entry("sixteenth", 16), Map.entry("seventeenth", 17), Map.entry("eighteenth", 18),
            Map.entry("nineteenth", 19), Map.entry("twentieth", 20));

    private final DateLexicon lexicon;

    DateGrammar(DateLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The date mentions of a token stream, in order, never overlapping. Impossible dates
     * (February 30, month 13) are consumed but not returned: they are not facts at all.
     */
    List<DateMention> scan(List<Token> tokens) {
        return new Scan(tokens).run();
    }

    private enum Link { DASH, TO, AND }

    /** A day number with its optional ordinal suffix ("5", "14th"). */
    private record Day(int value, int next, boolean ordinal) {
    }

    /**
     * A parsed point, tokens {@code [first, next)}.
     *
     * @param yearOnly  a bare number read as a year: the year rules must still accept it
     * @param bareMonth a month name alone: a date only after a preposition or in a list of months
     * @param undotted  an abbreviation without its period ("Jan"), never a date on its own
     */
    private record Part(int first, int next, DatePoint point, boolean explicitYear, boolean fiscal,
                        DateModifier mod, boolean yearOnly, boolean bareMonth, boolean undotted, int yearShift) {

        static Part of(int first, int next, DatePoint point, boolean explicitYear) {
            return new Part(first, next, point, explicitYear, false, null, false, false, false, 0);
        }

        Part modified(int newFirst, DateModifier newMod) {
            return new Part(newFirst, next, point, explicitYear, fiscal, newMod, false, bareMonth, undotted, yearShift);
        }
    }

    private final class Scan {

        private final List<Token> t;
        private final int n;

        Scan(List<Token> tokens) {
            this.t = tokens;
            this.n = tokens.size();
        }

        List<DateMention> run() {
            List<DateMention> found = new ArrayList<>();
            DateMention previous = null;
            int i = 0;
            while (i < n) {
                DateMention m = at(i, previous);
                if (m == null) {
                    i++;
                    continue;
                }
                i = m.endToken();
                if (m.from().exists() && (m.to() == null || m.to().exists())) {
                    List<DateMention> list = dayList(m);
                    if (list.size() == 1 && consecutivePair(m, list.get(0))) {
                        m = m.withEnd(list.get(0));
                        list = List.of();
                        i = m.endToken();
                    }
                    found.add(m);
                    previous = m;
                    for (DateMention more : list) {
                        found.add(more);
                        previous = more;
                        i = more.endToken();
                    }
                }
            }
            return found;
        }

        private DateMention at(int i, DateMention previous) {
            DateMention best = null;
            Token x = t.get(i);
            if (x.isWord("from") || x.isWord("between")) {
                // "from" pairs with "to", "between" with "and"; in "from 1996–2000" the dash makes the range alone
                Set<Link> links = x.isWord("from") ? EnumSet.of(Link.TO) : EnumSet.of(Link.AND);
                int j = i + 1;
                if (inline(j) && tok(j).isWord("the")) {
                    j++;
                }
                if (inline(j)) {
                    best = range(i, j, point(j), links);
                }
            }
            Part p = point(i);
            best = longer(best, range(i, i, p, EnumSet.of(Link.DASH, Link.TO)));
            if (p != null) {
                best = longer(best, pointMention(p, previous));
            }
            best = longer(best, leadingDay(i));
            return longer(best, bareDay(i));
        }

        // ---- ranges ----

        private DateMention range(int spanFirst, int i, Part p1, Set<Link> links) {
            DateMention best = p1 == null ? null : extend(spanFirst, p1, links);
            return longer(best, dayRange(spanFirst, i, links));
        }

        private DateMention extend(int spanFirst, Part p1, Set<Link> links) {
            int j = p1.next();
            Link link = link(j, links);
            if (link == null) {
                return null;
            }
            int k = j + 1;
            Precision precision = p1.point().precision();
            boolean calendar = precision == Precision.YEAR || precision == Precision.MONTH || precision == Precision.DAY;
            if (link == Link.DASH && calendar && p1.point().hasYear() && p1.mod() == null && tok(k) != null
                    && tok(k).gap().inline()) {
                // "(1975–)", "1999–present": an open end; the dash stays in the span
                if (tok(k).isPunct(")")) {
                    return mention(spanFirst, k, p1, null, true, Kind.CALENDAR);
                }
                if (tok(k).isWord("present")) {
                    return mention(spanFirst, k + 1, p1, null, true, Kind.CALENDAR);
                }
            }
            if (!inline(k)) {
                return null;
            }
            if (tok(k).isWord("the") && (precision == Precision.DECADE || precision == Precision.CENTURY) && inline(k + 1)) {
                k++;
            }
            DateMention best = null;
            Part p2 = point(k);
            if (p2 != null) {
                best = combine(spanFirst, p1, p2);
            }
            if (precision == Precision.DAY) {
                best = longer(best, combine(spanFirst, p1, bareDayEnd(k)));
            }
            if (precision == Precision.YEAR && link == Link.DASH && adjacent(j) && adjacent(k)) {
                best = longer(best, combine(spanFirst, p1, shortYearEnd(k, p1.point().year())));
            }
            return best;
        }

        /** "17–19 May 2005", "from 2 to 5 May": the first day takes its month and year from the end. */
        private DateMention dayRange(int spanFirst, int i, Set<Link> links) {
            Day d = day(i);
            if (d == null) {
                return null;
            }
            Link link = link(d.next(), links);
            int k = d.next() + 1;
            if (link == null || !inline(k)) {
                return null;
            }
            Part end = dayFirst(k);
            if (end == null) {
                return null;
            }
            DatePoint first = DatePoint.day(end.point().year(), end.point().month(), d.value());
            return combine(spanFirst, Part.of(i, d.next(), first, end.explicitYear()), end);
        }

        /**
         * Days listed before a day-first date take its month and year: each is a date of its own
         * ("3 and 9 September", "3, 10 and 17 June 2023"), except that two consecutive days joined
         * by "and" name one period, as "3–4 September" does ("3 and 4 September"). "on 3 and on 4
         * September", "3 and 4 percent" and "pages 3 and 4" list no days of a month.
         */
        private DateMention leadingDay(int i) {
            Day d = day(i);
            if (d == null || !inline(d.next())) {
                return null;
            }
            int j = d.next();
            boolean pair = true;
            while (true) {
                Token sep = tok(j);
                boolean comma = sep != null && sep.isPunct(",") && adjacent(j) && spaced(j + 1);
                boolean and = sep != null && (sep.isWord("and") || sep.isWord("or")) && spaced(j) && spaced(j + 1);
                if (!comma && !and) {
                    return null;
                }
                int k = j + 1;
                if (comma && (tok(k).isWord("and") || tok(k).isWord("or")) && spaced(k + 1)) {
                    and = true;
                    k++;
                }
                if (and) {
                    Part end = dayFirst(k);
                    if (end == null) {
                        return null;
                    }
                    pair &= !comma && sep.isWord("and") && !continuesList(i)
                            && end.point().day() != null && end.point().day() == d.value() + 1;
                    DatePoint first = DatePoint.day(end.point().year(), end.point().month(), d.value());
                    if (pair) {
                        return combine(i, Part.of(i, d.next(), first, end.explicitYear()), end);
                    }
                    return first.exists() ? mention(i, d.next(), Part.of(i, d.next(), first, false), null, false,
                            Kind.CALENDAR) : null;
                }
                Day next = day(k);
                if (next == null || !inline(next.next())) {
                    return null;
                }
                pair = false;
                j = next.next();
            }
        }

        /** A day after a comma or "and" that follows another day: "4" in "3, 4 and 5 September". */
        private boolean continuesList(int i) {
            Token sep = tok(i - 1);
            return sep != null && (sep.isPunct(",") || sep.isWord("and")) && day(i - 2) != null;
        }

        private Link link(int j, Set<Link> links) {
            Token x = tok(j);
            if (x == null || !x.gap().inline()) {
                return null;
            }
            if (x.kind() == Token.Kind.PUNCT && DASHES.contains(x.text()) && links.contains(Link.DASH)) {
                return Link.DASH;
            }
            if (x.isLowerCase() && x.gap() == Gap.SPACE) {
                if (TO_WORDS.contains(x.text()) && links.contains(Link.TO)) {
                    return Link.TO;
                }
                if (x.text().equals("and") && links.contains(Link.AND)) {
                    return Link.AND;
                }
            }
            return null;
        }

        /** "19" in "May 17-19", "19, 2005" in "May 17-19, 2005": a day of the first point's month. */
        private Part bareDayEnd(int k) {
            Day d = day(k);
            if (d == null) {
                return null;
            }
            int c = d.next();
            if (tok(c) != null && tok(c).isPunct(",") && adjacent(c)) {
                c++;
            }
            if (inline(c) && isYear(c, MIN_YEAR, MAX_YEAR)) {
                return Part.of(k, c + 1, DatePoint.day(tok(c).intValue(), null, d.value()), true);
            }
            return Part.of(k, d.next(), DatePoint.day(null, null, d.value()), false);
        }

        /** "05" in "2004-05", "16" in "2015-16": the end year within the next century. */
        private Part shortYearEnd(int k, int firstYear) {
            Token x = tok(k);
            if (x == null || !x.isInteger(2) || (tok(k + 1) != null && adjacent(k + 1)
                    && (tok(k + 1).isWord() || tok(k + 1).isNumber() || DASHES.contains(tok(k + 1).text())))) {
                return null;
            }
            int year = firstYear / 100 * 100 + x.intValue();
            if (year <= firstYear) {
                year += 100;
            }
            // "1999-00" crosses a century; "2009-08" is no range at all
            if (year - firstYear > 20) {
                return null;
            }
            return new Part(k, k + 1, DatePoint.year(year), true, false, null, true, false, false, 0);
        }

        private DateMention combine(int spanFirst, Part p1, Part p2) {
            // one modifier for the whole range ("mid 1960s to the mid 1970s"); different ones cannot be written
            if (p2 == null || p1.mod() != p2.mod() || (p2.fiscal() && !p1.fiscal())) {
                return null;
            }
            DatePoint a = p1.point();
            DatePoint b = p2.point();
            if (!compatible(a, b, p1.fiscal())) {
                return null;
            }
            if (b.precision() == Precision.DAY && b.month() == null) {
                b = b.withMonth(a.month());
            }
            boolean calendarA = a.precision() == Precision.MONTH || a.precision() == Precision.DAY
                    || a.precision() == Precision.SEASON;
            boolean calendarB = b.precision() == Precision.MONTH || b.precision() == Precision.DAY
                    || b.precision() == Precision.SEASON;
            if (!a.hasYear() && b.hasYear() && calendarA) {
                a = a.withYear(b.year());
            } else if (a.hasYear() && !b.hasYear() && calendarB) {
                b = b.withYear(a.year());
            }
            if (a.hasYear() != b.hasYear()) {
                return null;
            }
            // a year-less range may run into the next year ("Dec. 28–Jan. 3"); the inferred year settles it
            boolean wraps = !a.hasYear() && a.month() != null && b.month() != null && a.month() > b.month();
            if (a.exists() && b.exists() && a.key() > b.key() && !wraps) {
                return null;
            }
            Kind kind = p1.yearOnly() && p2.yearOnly() ? Kind.YEARS : Kind.CALENDAR;
            return new DateMention(spanFirst, p2.next(), t.get(spanFirst).start(), t.get(p2.next() - 1).end(),
                    a, b, false, p1.mod(), p1.fiscal(), kind, p1.explicitYear() || p2.explicitYear(), 0);
        }

        private boolean compatible(DatePoint a, DatePoint b, boolean fiscal) {
            if (fiscal) {
                return b.precision() == Precision.YEAR;
            }
            if (a.precision() == Precision.CENTURY || a.precision() == Precision.DECADE
                    || b.precision() == Precision.CENTURY || b.precision() == Precision.DECADE) {
                return a.precision() == b.precision();
            }
            // a bare end day ("-19") only continues a day
            return b.precision() != Precision.DAY || b.month() != null || a.precision() == Precision.DAY;
        }

        // ---- points ----

        private Part point(int i) {
            if (tok(i) == null) {
                return null;
            }
            Part best = iso(i);
            best = longer(best, fiscal(i));
            best = longer(best, monthFirst(i));
            best = longer(best, dayFirst(i));
            best = longer(best, season(i));
            best = longer(best, modified(i));
            best = longer(best, half(i));
            best = longer(best, decade(i));
            best = longer(best, century(i));
            return longer(best, year(i));
        }

        /** "2003-08-05", "2003/08/05". */
        private Part iso(int i) {
            Token x = tok(i);
            if (!x.isInteger(4) || x.intValue() < MIN_YEAR || x.intValue() > MAX_YEAR) {
                return null;
            }
            Token sep = tok(i + 1);
            if (sep == null || !(sep.isPunct("-") || sep.isPunct("/")) || !adjacent(i + 1)
                    || !adjacent(i + 2) || tok(i + 2) == null || !tok(i + 2).isInteger(2)
                    || tok(i + 3) == null || !tok(i + 3).isPunct(sep.text()) || !adjacent(i + 3)
                    || !adjacent(i + 4) || tok(i + 4) == null || !tok(i + 4).isInteger(2)
                    || (tok(i + 5) != null && adjacent(i + 5) && (tok(i + 5).isWord() || tok(i + 5).isNumber()))) {
                return null;
            }
            return Part.of(i, i + 5, DatePoint.day(tok(i).intValue(), tok(i + 2).intValue(), tok(i + 4).intValue()), true);
        }

        /** "FY 1988", "FY1988", "FY.1988", "fiscal 1988", "fiscal year 1988": a Japanese fiscal year. */
        private Part fiscal(int i) {
            Token x = tok(i);
            int j;
            if (x.isWord() && (x.text().equals("FY") || x.text().equals("JFY"))) {
                j = i + 1;
                if (tok(j) != null && tok(j).isPunct(".") && adjacent(j)) {
                    j++;
                }
            } else if (x.isWord("fiscal")) {
                j = i + 1;
                if (spaced(j) && tok(j).isWord("year")) {
                    j++;
                }
                if (!spaced(j)) {
                    return null;
                }
            } else {
                return null;
            }
            if (!inline(j) || !isYear(j, MIN_BARE_YEAR, MAX_BARE_YEAR)) {
                return null;
            }
            return new Part(i, j + 1, DatePoint.year(tok(j).intValue()), true, true, null, false, false, false, 0);
        }

        private Part monthFirst(int i) {
            MonthName.Match month = MonthName.of(tok(i));
            if (month == null) {
                return null;
            }
            int m = month.month().number();
            int j = i + 1;
            boolean dot = false;
            if (month.abbreviated() && tok(j) != null && tok(j).isPunct(".") && adjacent(j)) {
                dot = true;
                j++;
            }
            Day d = (spaced(j) || (dot && adjacent(j))) ? day(j) : null;
            if (d != null) {
                int c = d.next();
                if (tok(c) != null && tok(c).isPunct(",") && adjacent(c)) {
                    c++;
                }
                if (inline(c) && isYear(c, MIN_YEAR, MAX_YEAR)) {
                    return Part.of(i, c + 1, DatePoint.day(tok(c).intValue(), m, d.value()), true);
                }
                return relativeYear(Part.of(i, d.next(), DatePoint.day(null, m, d.value()), false));
            }
            int c = j;
            if (tok(c) != null && (tok(c).isPunct(",") && adjacent(c) || tok(c).isWord("of") && spaced(c))) {
                c++;
            }
            if (inline(c) && isYear(c, MIN_YEAR, MAX_YEAR)) {
                return Part.of(i, c + 1, DatePoint.month(tok(c).intValue(), m), true);
            }
            Part bare = new Part(i, j, DatePoint.month(null, m), false, false, null, false, true,
                    month.abbreviated() && !dot, 0);
            Part relative = relativeYear(bare);
            return relative != bare ? relative : bare;
        }

        /**
         * "November of the same year", "March of the following year": the year is the inferred
         * one, shifted; the phrase belongs to the date and makes a month name a date on its own.
         */
        private Part relativeYear(Part p) {
            int j = p.next();
            if (!spaced(j) || !tok(j).isWord("of") || !spaced(j + 1)) {
                return p;
            }
            int k = j + 1;
            boolean the = tok(k).isWord("the");
            if (!the && !tok(k).isWord("that")) {
                return p;
            }
            Integer shift = null;
            int yearToken;
            if (tok(k).isWord("that")) {
                shift = 0;
                yearToken = k + 1;
            } else {
                yearToken = k + 2;
                Token which = spaced(k + 1) ? tok(k + 1) : null;
                if (which != null && which.isWord("same")) {
                    shift = 0;
                } else if (which != null && (which.isWord("following") || which.isWord("next"))) {
                    shift = 1;
                } else if (which != null && (which.isWord("previous") || which.isWord("preceding"))) {
                    shift = -1;
                }
            }
            if (shift == null || !spaced(yearToken) || !tok(yearToken).isWord("year")) {
                return p;
            }
            return new Part(p.first(), yearToken + 1, p.point(), false, false, p.mod(), false, false, false, shift);
        }

        private Part dayFirst(int i) {
            Day d = day(i);
            if (d == null) {
                return null;
            }
            int j = d.next();
            if (d.ordinal() && spaced(j) && tok(j).isWord("of")) {
                j++;
            }
            if (!spaced(j)) {
                return null;
            }
            MonthName.Match month = MonthName.of(tok(j));
            if (month == null) {
                return null;
            }
            int m = month.month().number();
            int k = j + 1;
            if (month.abbreviated() && tok(k) != null && tok(k).isPunct(".") && adjacent(k)) {
                k++;
            }
            int c = k;
            if (tok(c) != null && tok(c).isPunct(",") && adjacent(c)) {
                c++;
            }
            if (inline(c) && isYear(c, MIN_YEAR, MAX_YEAR)) {
                return Part.of(i, c + 1, DatePoint.day(tok(c).intValue(), m, d.value()), true);
            }
            return Part.of(i, k, DatePoint.day(null, m, d.value()), false);
        }

        /** "summer 2016", "Autumn of 2004": a season needs its year ("this autumn" is relative). */
        private Part season(int i) {
            Season season = Season.of(tok(i));
            if (season == null) {
                return null;
            }
            int j = i + 1;
            if (spaced(j) && tok(j).isWord("of")) {
                j++;
            }
            if (!spaced(j) || !isYear(j, MIN_YEAR, MAX_YEAR)) {
                return null;
            }
            return Part.of(i, j + 1, DatePoint.season(tok(j).intValue(), season), true);
        }

        /** "early 2015", "mid-1950s", "late 19th century", "early of the 1970s", "mid-June". */
        private Part modified(int i) {
            DateModifier mod = modifier(tok(i));
            if (mod == null) {
                return null;
            }
            int j = i + 1;
            if (tok(j) != null && tok(j).isPunct("-") && adjacent(j)) {
                j++;
                if (!adjacent(j)) {
                    return null;
                }
            } else if (!spaced(j)) {
                return null;
            } else {
                if (tok(j).isWord("of") && spaced(j + 1)) {
                    j++;
                }
                if (tok(j).isWord("the") && spaced(j + 1)) {
                    j++;
                }
            }
            Part inner = longer(year(j), decade(j));
            inner = longer(inner, century(j));
            inner = longer(inner, monthFirst(j));
            inner = longer(inner, season(j));
            return inner == null ? null : inner.modified(i, mod);
        }

        /** "first half of the 19th century" (EARLY), "second half of 2014" (LATE). */
        private Part half(int i) {
            Token x = tok(i);
            DateModifier mod = x.isWord("first") ? DateModifier.EARLY
                    : x.isWord("second") || x.isWord("latter") ? DateModifier.LATE : null;
            if (mod == null || !spaced(i + 1) || !tok(i + 1).isWord("half") || !spaced(i + 2) || !tok(i + 2).isWord("of")) {
                return null;
            }
            int j = i + 3;
            if (spaced(j) && tok(j).isWord("the")) {
                j++;
            }
            if (!spaced(j)) {
                return null;
            }
            Part inner = longer(year(j), decade(j));
            inner = longer(inner, century(j));
            return inner == null ? null : inner.modified(i, mod);
        }

        /** "1970s", "1970's" → 197X; "1800s", "1900s" name the century (18XX, 19XX). */
        private Part decade(int i) {
            Token x = tok(i);
            if (!x.isInteger(4) || x.intValue() % 10 != 0 || x.intValue() < MIN_YEAR || x.intValue() > MAX_YEAR) {
                return null;
            }
            int j = i + 1;
            if (tok(j) != null && adjacent(j) && (tok(j).isPunct("'") || tok(j).isPunct("’"))) {
                j++;
            }
            if (tok(j) == null || !adjacent(j) || !tok(j).isWord() || !tok(j).text().equals("s")) {
                return null;
            }
            int year = x.intValue();
            DatePoint point = year % 100 == 0 && year < 2000 ? DatePoint.century(year) : DatePoint.decade(year);
            return Part.of(i, j + 1, point, false);
        }

        /** "19th century", "twenty-first century" → 18XX, 20XX. */
        private Part century(int i) {
            Token x = tok(i);
            Integer number = null;
            int j = i + 1;
            if (x.isPlainInteger() && x.text().length() <= 2 && tok(j) != null && adjacent(j)
                    && ORDINAL_SUFFIXES.contains(DateLexicon.key(tok(j)))) {
                number = x.intValue();
                j++;
            } else if (x.isWord() && ORDINAL_WORDS.containsKey(DateLexicon.key(x))) {
                number = ORDINAL_WORDS.get(DateLexicon.key(x));
            } else if (x.isWord("twenty") && tok(j) != null && tok(j).isPunct("-") && adjacent(j) && adjacent(j + 1)
                    && tok(j + 1).isWord() && ORDINAL_WORDS.getOrDefault(DateLexicon.key(tok(j + 1)), 10) < 10) {
                number = 20 + ORDINAL_WORDS.get(DateLexicon.key(tok(j + 1)));
                j += 2;
            }
            if (number == null || number < 1 || number > 21 || !spaced(j) || !tok(j).isWord("century")) {
                return null;
            }
            return Part.of(i, j + 1, DatePoint.century((number - 1) * 100), false);
        }

        /** A bare number that may be a year; {@link YearRules} has the last word. */
        private Part year(int i) {
            if (!isYear(i, MIN_BARE_YEAR, MAX_BARE_YEAR)) {
                return null;
            }
            return new Part(i, i + 1, DatePoint.year(tok(i).intValue()), true, false, null, true, false, false, 0);
        }

        /**
         * Further days of the same month after a day: "Jun. 6/11", "June 6 and 11", "May 3, 4 and
         * 9". Each day is a fact of its own, with the month (and year, if any) of the first.
         */
        private List<DateMention> dayList(DateMention m) {
            List<DateMention> more = new ArrayList<>();
            DatePoint first = m.from();
            if (m.isRange() || first.precision() != Precision.DAY || first.month() == null) {
                return more;
            }
            int j = m.endToken();
            while (tok(j) != null) {
                Token sep = tok(j);
                boolean slash = sep.isPunct("/") && adjacent(j) && adjacent(j + 1);
                boolean comma = sep.isPunct(",") && adjacent(j) && spaced(j + 1);
                boolean and = sep.isWord("and") && spaced(j) && spaced(j + 1);
                if (!slash && !comma && !and) {
                    break;
                }
                int k = j + 1;
                if (comma && tok(k).isWord("and") && spaced(k + 1)) {
                    k++;
                }
                Day d = day(k);
                Token after = d == null ? null : tok(d.next());
                boolean listGoesOn = after != null && (after.isWord("and") || after.isWord("or"));
                // "June 6 and 7 in Tokyo": after "and", a preposition may follow the last day
                // ("of" may begin a partitive: "15 and 20 of the members"); "June 15, 16 countries"
                // and "June 4, 5, 6 and 7 May" list no further days of June
                boolean phraseGoesOn = and && after != null && after.isLowerCase() && !after.isWord("of")
                        && lexicon.monthPrepositions().contains(DateLexicon.key(after));
                if (d == null || (after != null && after.gap().inline() && (after.isWord() || after.isNumber())
                        && !listGoesOn && !phraseGoesOn) || leadingDay(k) != null) {
                    break;
                }
                DatePoint day = DatePoint.day(first.year(), first.month(), d.value());
                if (!day.exists()) {
                    break;
                }
                more.add(new DateMention(k, d.next(), t.get(k).start(), t.get(d.next() - 1).end(), day, null, false,
                        null, false, Kind.CALENDAR, false, m.yearShift()));
                j = d.next();
            }
            return more;
        }

        /** "June 6 and 7": two consecutive days joined by "and" name one period, like "June 6–7". */
        private boolean consecutivePair(DateMention m, DateMention next) {
            return next.firstToken() == m.endToken() + 1 && tok(m.endToken()).isWord("and")
                    && next.from().day() == m.from().day() + 1;
        }

        // ---- single mentions ----

        private DateMention pointMention(Part p, DateMention previous) {
            if (p.bareMonth() && (p.undotted() || !monthContext(p.first(), previous))) {
                return null;
            }
            Kind kind = p.yearOnly() ? Kind.YEARS : isEvent(p) ? Kind.EVENT : Kind.CALENDAR;
            return mention(p.first(), p.next(), p, null, false, kind);
        }

        /**
         * A month name alone is a date after a preposition ("in November", "since Sept.") or as
         * the next item of a list of months ("in October and November").
         */
        private boolean monthContext(int first, DateMention previous) {
            Token before = tok(first - 1);
            if (before == null || !t.get(first).gap().inline()) {
                return false;
            }
            if (before.isWord() && lexicon.monthPrepositions().contains(DateLexicon.key(before))) {
                return true;
            }
            if (previous == null || previous.month() == null) {
                return false;
            }
            int k = first - 1;
            while (k >= previous.endToken()) {
                Token c = t.get(k);
                boolean connector = c.isPunct(",") || c.isWord("and") || c.isWord("or");
                if (!connector || !c.gap().inline() || first - k > 3) {
                    return false;
                }
                k--;
            }
            return k == previous.endToken() - 1 && k < first - 1;
        }

        /** "the September 11 attacks": a year-less day used to name an event. */
        private boolean isEvent(Part p) {
            DatePoint point = p.point();
            Token before = tok(p.first() - 1);
            Token after = tok(p.next());
            return point.precision() == Precision.DAY && !point.hasYear() && point.month() != null
                    && before != null && before.isWord("the")
                    && after != null && after.gap() == Gap.SPACE && after.isLowerCase() && !lexicon.isFunctionWord(after);
        }

        /**
         * "on the 14th": a bare day, only in this unmistakable form, and not when a noun follows
         * ("on the 14th floor", "on the 25th ASEAN meeting"); "on the 14th it signed" is a date.
         */
        private DateMention bareDay(int i) {
            Day d = day(i);
            if (d == null || !d.ordinal() || i < 2 || !t.get(i).gap().inline() || !t.get(i - 1).gap().inline()
                    || !t.get(i - 1).isWord("the") || !t.get(i - 2).isWord("on")) {
                return null;
            }
            Token after = tok(d.next());
            boolean nounFollows = after != null && after.gap().inline()
                    && (after.isNumber() || after.isWord() && !(after.isLowerCase() && lexicon.isFunctionWord(after)));
            if (nounFollows) {
                return null;
            }
            return mention(i, d.next(), Part.of(i, d.next(), DatePoint.day(null, null, d.value()), false), null,
                    false, Kind.CALENDAR);
        }

        private DateMention mention(int first, int next, Part p, DatePoint to, boolean openEnd, Kind kind) {
            return new DateMention(first, next, t.get(first).start(), t.get(next - 1).end(), p.point(), to, openEnd,
                    p.mod(), p.fiscal(), kind, p.explicitYear(), p.yearShift());
        }

        // ---- tokens ----

        private Day day(int i) {
            Token x = tok(i);
            if (x == null || !x.isPlainInteger() || x.text().length() > 2 || x.intValue() > 31) {
                return null;
            }
            Token s = tok(i + 1);
            if (s != null && adjacent(i + 1) && (s.isWord() || s.isNumber())) {
                return ORDINAL_SUFFIXES.contains(DateLexicon.key(s)) ? new Day(x.intValue(), i + 2, true) : null;
            }
            return new Day(x.intValue(), i + 1, false);
        }

        /** Four digits in range, not glued to letters ("2003rd", "1970s" are something else). */
        private boolean isYear(int i, int min, int max) {
            Token x = tok(i);
            if (x == null || !x.isInteger(4) || x.intValue() < min || x.intValue() > max) {
                return false;
            }
            Token after = tok(i + 1);
            return after == null || !adjacent(i + 1) || !(after.isWord() || after.isNumber());
        }

        private DateModifier modifier(Token x) {
            if (x.isWord("early")) {
                return DateModifier.EARLY;
            }
            if (x.isWord("mid")) {
                return DateModifier.MID;
            }
            if (x.isWord("late")) {
                return DateModifier.LATE;
            }
            return null;
        }

        private Token tok(int i) {
            return i >= 0 && i < n ? t.get(i) : null;
        }

        /** Token {@code i} exists and follows the previous one on the same line and in the same cell. */
        private boolean inline(int i) {
            return tok(i) != null && t.get(i).gap().inline();
        }

        private boolean spaced(int i) {
            return tok(i) != null && t.get(i).gap() == Gap.SPACE;
        }

        private boolean adjacent(int i) {
            return tok(i) != null && t.get(i).gap() == Gap.NONE;
        }
    }

    private static DateMention longer(DateMention a, DateMention b) {
        if (a == null) {
            return b;
        }
        return b != null && b.endToken() > a.endToken() ? b : a;
    }

    private static Part longer(Part a, Part b) {
        if (a == null) {
            return b;
        }
        return b != null && b.next() > a.next() ? b : a;
    }
}
