package factpipe.extract.count;

import factpipe.core.fact.CountQualifier;
import factpipe.core.fact.CountValue;
import factpipe.core.fact.Span;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the counts of running text: each number expression that counts things, with its
 * qualifier and counted noun. A number is not a count when it is a year, a day of a date, a
 * percentage, a time, an ordinal, a list marker, a page or section number, a footnote mark, an
 * identifier or part of a name, a duration, an age or a measure, or "one" used as a pronoun. In a
 * range whose high number carries a time unit or a unit of measure ("three to five days",
 * "6-12 months"), neither number is a count: the low one shares the high one's unit. A range
 * with a counted noun after it ("20–25 participants", "between 10 and 15 officers") is two
 * counts of that noun, the low one AT_LEAST and the high one UP_TO; after "from" ("rose from 20
 * to 25 members") each is a count of its own without qualifier, a change or span whose ends are
 * both written exactly. A qualifier may follow the number, before its noun: "two or more
 * countries" is 2 country AT_LEAST, "ten or fewer officers" 10 officer UP_TO.
 */
final class CountReader {

    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec");
    /** Words between numbers of one list or range: "Articles 3 and 4", "section 2 to 5". */
    private static final Set<String> LIST_LINKS = Set.of(",", "and", "or", "to", "through", "-", "\u2013", "&");
    /** Words between an age word and its number: "aged between 18 and 25", "the age of 25". */
    private static final Set<String> AGE_LINKS = Set.of("between", "of", "from", "under", "over", "the");
    private static final Set<String> CLOSERS = Set.of(")", "]", "\u201d", "\"", "'", "\u2019");
    private static final Set<String> SIGNS = Set.of("+", "-", "\u2212", "\u00b1");
    /** Words before a number that make it part of a set's name: "the 40 Recommendations", "(25 Points)". */
    private static final Set<String> SET_DETERMINERS = Set.of("the", "its", "their", "our", "'s", "\u2019s", "(", "[");
    /** Words that carry a title on after a set's head: "10 Recommendations on the Tracking of ...". */
    private static final Set<String> TITLE_LINKS = Set.of("on", "to", "for", "against");
    private static final int FIRST_YEAR = 1800;
    private static final int LAST_YEAR = 2100;

    private final CountLexicon lexicon;
    private final NumberGrammar grammar;
    private final NumberRanges ranges;
    private final UnitPhrase units;

    CountReader(CountLexicon lexicon, UnitPhrase units) {
        this.lexicon = lexicon;
        this.grammar = new NumberGrammar(lexicon.numbers, lexicon.currencies);
        this.ranges = new NumberRanges(lexicon.numbers, lexicon.currencies);
        this.units = units;
    }

    /** A range read as one quantity, with the unit after its high number. */
    private record RangeReading(NumberRange range, UnitPhrase.Result unit) {
    }

    List<CountFinding> read(TaggedText t, Discourse discourse) {
        discourse.begin(t);
        List<CountFinding> found = new ArrayList<>();
        List<NumberMatch> matches = grammar.find(t);
        List<RangeReading> readings = rangeReadings(t, matches);
        int r = 0;
        int rangeEnd = -1; // token after the last range read
        int identifierEnd = -1; // token after the last number that named something, for "sections 2 to 5"
        for (NumberMatch m : matches) {
            while (r < readings.size() && readings.get(r).range().first() <= m.first()) {
                RangeReading reading = readings.get(r++);
                found.addAll(rangeCounts(reading, discourse));
                rangeEnd = reading.range().next();
            }
            if (m.first() < rangeEnd) {
                continue; // a bound of a range read already
            }
            if (identifierEnd >= 0 && onlyListLinks(t, identifierEnd, m.first())) {
                identifierEnd = m.next();
                continue;
            }
            if (!m.money() && (identifier(t, m) || age(t, m.first()))) {
                identifierEnd = m.next();
                continue;
            }
            count(t, m, discourse).ifPresent(f -> {
                found.add(f);
                discourse.remember(m.numberFirst(), f.span().start(), f.value().unit(), f.money());
            });
        }
        while (r < readings.size()) {
            found.addAll(rangeCounts(readings.get(r++), discourse));
        }
        return found;
    }

    /**
     * The ranges that are read as one quantity: those whose high number carries a counted noun, a
     * time unit or a unit of measure. A range of years, of days of a month, of identifiers ("pages 12-15") or of
     * ages is left to the rules for single numbers, and so is one with no noun after it.
     */
    private List<RangeReading> rangeReadings(TaggedText t, List<NumberMatch> matches) {
        List<RangeReading> readings = new ArrayList<>();
        for (NumberRange range : ranges.find(t, matches)) {
            NumberMatch whole = range.whole();
            if (year(range.low().span().of(t.text())) || year(range.high().span().of(t.text()))
                    || identifier(t, whole) || age(t, whole.first()) || notACount(t, whole, true)) {
                continue;
            }
            UnitPhrase.Result unit = units.after(t, whole.next(), false);
            if (unit.kind() == UnitPhrase.Kind.UNIT || unit.kind() == UnitPhrase.Kind.DURATION
                    || unit.kind() == UnitPhrase.Kind.MEASURE) {
                readings.add(new RangeReading(range, unit));
            }
        }
        return readings;
    }

    /** The two counts of a range of things, none for a duration or a measure. */
    private static List<CountFinding> rangeCounts(RangeReading reading, Discourse discourse) {
        if (reading.unit().kind() != UnitPhrase.Kind.UNIT) {
            return List.of();
        }
        NumberRange range = reading.range();
        String unit = reading.unit().unit();
        CountFinding low = new CountFinding(range.low().span(), new CountValue(range.low().value(), unit,
                range.from() ? null : CountQualifier.AT_LEAST), false, false);
        CountFinding high = new CountFinding(range.high().span(), new CountValue(range.high().value(), unit,
                range.from() ? null : CountQualifier.UP_TO), false, false);
        discourse.remember(range.first(), low.span().start(), unit, false);
        discourse.remember(range.first(), high.span().start(), unit, false);
        return List.of(low, high);
    }

    private Optional<CountFinding> count(TaggedText t, NumberMatch m, Discourse discourse) {
        if (m.abbreviated() && !m.money()) {
            return Optional.empty(); // "1.2m" alone is as likely metres as millions
        }
        Optional<Qualifiers.Found> q = lexicon.qualifiers.before(t, m.first());
        // "two or more other countries": the qualifier follows the number, the noun follows it
        Optional<Qualifiers.Following> following = q.isPresent() || m.money() ? Optional.empty()
                : lexicon.qualifiers.after(t, m.next());
        CountQualifier qualifier = q.map(Qualifiers.Found::qualifier)
                .or(() -> following.map(Qualifiers.Following::qualifier)).orElse(null);
        int nounAt = m.next() + following.map(Qualifiers.Following::length).orElse(0);
        Span span = new Span(m.start(), m.end());
        if (m.money()) {
            if (percentOrClockAfter(t, m)) {
                return Optional.empty();
            }
            return Optional.of(new CountFinding(span, new CountValue(m.value(), m.currency(), qualifier), true, true));
        }
        if (notACount(t, m, qualifier != null)) {
            return Optional.empty();
        }
        boolean one = m.value().compareTo(BigDecimal.ONE) == 0;
        UnitPhrase.Result unit = units.after(t, nounAt, one);
        switch (unit.kind()) {
            case UNIT -> {
                return Optional.of(new CountFinding(span, new CountValue(m.value(), unit.unit(), qualifier), false, false));
            }
            case DURATION, MEASURE -> {
                return Optional.empty();
            }
            default -> {
                if (m.plainDigits() && year(t.token(m.first()).text())) {
                    return Optional.empty(); // "up to 2003": a qualified year is a count only with its noun
                }
                if (one && m.words()) {
                    return Optional.empty(); // "One is the Nis Symphonic Orchestra": a pronoun
                }
                Optional<String> collective = unit.kind() == UnitPhrase.Kind.NONE
                        ? units.collective(t, q.map(Qualifiers.Found::firstToken).orElse(m.first()) - 1)
                        : Optional.empty();
                if (collective.isPresent()) {
                    // "a staff of 14": the number counts the members of the collective before "of"
                    return Optional.of(new CountFinding(span, new CountValue(m.value(), collective.get(), qualifier),
                            false, false));
                }
                return elided(t, m, discourse, qualifier, unit.kind() == UnitPhrase.Kind.ANAPHORIC)
                        .map(u -> new CountFinding(span, new CountValue(m.value(), u.unit(), qualifier), u.money(),
                                false));
            }
        }
    }

    private record Elided(String unit, boolean money) {
    }

    /**
     * The counted noun of a number that leaves it out: the unit of the count before it in this
     * or the previous sentence ("five experts in May and three in June"), else, for a qualified
     * number or "others", the nearest plural noun before it there; an amount with a scale word
     * after an amount of money is money in the same currency.
     */
    private Optional<Elided> elided(TaggedText t, NumberMatch m, Discourse discourse, CountQualifier qualifier,
                                    boolean anaphoric) {
        return elidedUnit(t, m, discourse, qualifier, anaphoric).map(u -> new Elided(u, false))
                .or(() -> discourse.priorCurrency(m.numberFirst(), m.start())
                        .filter(c -> m.scaled()) // "3.8 billion yen in 2013 and 2.1 billion in 2014"
                        .map(c -> new Elided(c, true)));
    }

    private Optional<String> elidedUnit(TaggedText t, NumberMatch m, Discourse discourse, CountQualifier qualifier,
                                        boolean anaphoric) {
        int start = m.start();
        Optional<String> prior = discourse.priorUnit(m.numberFirst(), start);
        if (prior.isPresent()) {
            return prior;
        }
        if (discourse.priorCurrency(m.numberFirst(), start).isPresent()) {
            return Optional.empty();
        }
        if (qualifier == null && !anaphoric) {
            return Optional.empty();
        }
        int sentence = t.sentence(m.first());
        Optional<String> same = units.before(t, t.sentenceStart(sentence), m.first());
        if (same.isPresent()) {
            return same;
        }
        if (sentence > 0) {
            int prev = sentence - 1;
            return units.before(t, t.sentenceStart(prev), t.sentenceEnd(prev));
        }
        return discourse.previousText().flatMap(p -> {
            int last = p.sentenceCount() - 1;
            return last < 0 ? Optional.empty() : units.before(p, p.sentenceStart(last), p.sentenceEnd(last));
        });
    }

    /** A number that names or numbers something: "Article 5", "Resolution 2178", "No. 1", "page 12". */
    private boolean identifier(TaggedText t, NumberMatch m) {
        int i = m.first();
        if (lexicon.identifierHeads.matchEndingBefore(t.tokens(), i) > 0) {
            return true;
        }
        if (i == 0) {
            return false;
        }
        TextToken prev = t.token(i - 1);
        // a capitalised noun right before a number names it: "Phase 2", "Symphony No. 4", "Windows 10"
        return prev.isWord() && prev.capitalized() && t.nominal(i - 1) && !MONTHS.contains(prev.lower())
                && lexicon.qualifiers.before(t, i).isEmpty() && !NumberGrammar.digits(prev.text());
    }

    /** "aged 25", "aged between 18 and 25", "at the age of 25": an age, and so is a number listed after it. */
    private boolean age(TaggedText t, int i) {
        for (int j = i - 1; j >= 0 && j >= i - 3; j--) {
            if (lexicon.ageWords.contains(t.lower(j))) {
                return true;
            }
            if (t.token(j).isWord() && !AGE_LINKS.contains(t.lower(j))) {
                return false;
            }
        }
        return false;
    }

    private boolean onlyListLinks(TaggedText t, int from, int to) {
        if (from > to) {
            return false;
        }
        for (int j = from; j < to; j++) {
            if (!LIST_LINKS.contains(t.lower(j))) {
                return false;
            }
        }
        return true;
    }

    private boolean notACount(TaggedText t, NumberMatch m, boolean qualified) {
        int i = m.first();
        int next = m.next();
        String text = t.text();
        if (!m.words()) {
            char before = m.start() > 0 ? text.charAt(m.start() - 1) : ' ';
            // a footnote mark or part of a code: "(GCTF)1", "security1"
            if (Character.isLetterOrDigit(before) || CLOSERS.contains(String.valueOf(before))) {
                return true;
            }
            // a signed change: "(-41)", "+26"
            if (SIGNS.contains(String.valueOf(before))) {
                return true;
            }
            // digit groups side by side are a phone number or a code, not counts
            if (next < t.size() && NumberGrammar.digits(t.token(next).text()) && sameLine(t, next - 1, next)
                    || i > 0 && NumberGrammar.digits(t.token(i - 1).text()) && sameLine(t, i - 1, i)) {
                return true;
            }
        }
        if (percentOrClockAfter(t, m)) {
            return true;
        }
        if (m.plainDigits() && year(t.token(i).text()) && !qualified) {
            return true;
        }
        if (m.plainDigits() && dayOfMonth(t, m)) {
            return true;
        }
        if (dotLeader(text, m.start())) {
            return true; // "Introduction.....1": a page number
        }
        if (listMarker(t, m)) {
            return true;
        }
        if (namedSet(t, i, next)) {
            return true;
        }
        if (m.words() && t.token(i).capitalized() && !t.sentenceInitial(i)) {
            return true; // "ASEAN Plus Three", "the Eight Special Recommendations"
        }
        if (m.words() && t.lower(i).equals("one") && next == i + 1 && lexicon.oneIdioms.matchAround(t.tokens(), i)) {
            return true;
        }
        // "two and a half years": a fraction, not a count of things
        return next + 2 < t.size() && t.lower(next).equals("and") && t.lower(next + 1).equals("a")
                && t.lower(next + 2).equals("half");
    }

    private boolean percentOrClockAfter(TaggedText t, NumberMatch m) {
        return lexicon.percentWords.matchAt(t.tokens(), m.next()) > 0
                || lexicon.clockWords.matchAt(t.tokens(), m.next()) > 0;
    }

    static boolean year(String digits) {
        if (digits.length() != 4 || !digits.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int y = Integer.parseInt(digits);
        return y >= FIRST_YEAR && y <= LAST_YEAR;
    }

    /** "June 15", "15 June", "Oct. 12", "on 23 September 1971". */
    private boolean dayOfMonth(TaggedText t, NumberMatch m) {
        BigDecimal v = m.value();
        if (v.scale() > 0 || v.compareTo(BigDecimal.ONE) < 0 || v.compareTo(BigDecimal.valueOf(31)) > 0) {
            return false;
        }
        int i = m.first();
        int p = i - 1;
        if (p >= 0 && t.token(p).text().equals(".")) {
            p--;
        }
        if (p >= 0 && month(t.token(p))) {
            return true;
        }
        int n = m.next();
        if (n < t.size() && t.token(n).text().equals(",")) {
            return false;
        }
        return n < t.size() && month(t.token(n));
    }

    private static boolean month(TextToken token) {
        return token.capitalized() && MONTHS.contains(token.lower());
    }

    private static boolean dotLeader(String text, int start) {
        int k = start - 1;
        while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
            k--;
        }
        return k >= 1 && (text.charAt(k) == '.' && text.charAt(k - 1) == '.' || text.charAt(k) == '\u2026');
    }

    /** "(1)", "1." or "1)" opening a line, a footnote number opening a line ("1 Japan's initiatives"). */
    private boolean listMarker(TaggedText t, NumberMatch m) {
        int i = m.first();
        int next = m.next();
        String after = next < t.size() ? t.token(next).text() : "";
        if (i > 0 && t.token(i - 1).text().equals("(") && after.equals(")")) {
            return true;
        }
        if (!t.lineInitial(i)) {
            return false;
        }
        if (after.equals(".") || after.equals(")")) {
            return true;
        }
        return !m.words() && next < t.size() && t.token(next).isWord() && t.token(next).capitalized();
    }

    /**
     * "the 40 Recommendations", "(25 Points)", "Revised 40 Recommendations", "10 Recommendations on
     * the Tracking of ...": a number before a capitalised run ending in a named-set head is part of
     * the set's name when it is determined (an article, a possessive, a bracket or a word of the
     * title before it) or the title goes on after the head. Without either, the number counts
     * members of the set, whose name the text capitalises: "four Recommendations remained rated".
     */
    private boolean namedSet(TaggedText t, int first, int next) {
        for (int j = next; j < t.size() && j < next + 5; j++) {
            TextToken tok = t.token(j);
            if (!tok.isWord() || !tok.capitalized()) {
                return false;
            }
            if (lexicon.namedSetHeads.contains(tok.lower())) {
                return determinedName(t, first) || titleGoesOn(t, j + 1);
            }
        }
        return false;
    }

    private static boolean determinedName(TaggedText t, int first) {
        int p = first - 1;
        if (p < 0) {
            return false;
        }
        TextToken prev = t.token(p);
        return SET_DETERMINERS.contains(prev.lower()) || prev.isWord() && prev.capitalized() && !t.sentenceInitial(p);
    }

    /** "on the Tracking of ...", "to Combat Transnational Organized Crime": a title after the head. */
    private static boolean titleGoesOn(TaggedText t, int j) {
        if (j + 1 >= t.size() || !TITLE_LINKS.contains(t.lower(j))) {
            return false;
        }
        int k = t.lower(j + 1).equals("the") ? j + 2 : j + 1;
        return k < t.size() && t.token(k).isWord() && t.token(k).capitalized();
    }

    private static boolean sameLine(TaggedText t, int a, int b) {
        String between = t.text().substring(t.token(a).end(), t.token(b).start());
        return between.chars().allMatch(c -> c == ' ');
    }
}
