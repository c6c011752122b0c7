package factpipe.extract.count;

import factpipe.core.fact.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the number ranges of a text: two numbers joined by a dash ("20–25", "20 – 25"), by "to"
 * ("three to five") or, after "between", by "and" ("between 10 and 15"). The low number must be
 * less than the high one: "a 3-2 vote" is a score, not a range. Amounts of money and numbers
 * with scale words are left alone, since one bound may borrow the other's scale or currency
 * ("10 to 15 million yen"). Whether a range counts, measures or dates something is decided by
 * its reader.
 */
final class NumberRanges {

    private static final String NUMBER = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";
    private static final Pattern JOINED = Pattern.compile("(" + NUMBER + ")[-\u2010\u2011\u2013](" + NUMBER + ")");
    private static final Set<String> DASHES = Set.of("-", "\u2010", "\u2011", "\u2013");

    private final NumberWords numbers;
    private final Currencies currencies;

    NumberRanges(NumberWords numbers, Currencies currencies) {
        this.numbers = numbers;
        this.currencies = currencies;
    }

    /** The ranges of {@code t}, in text order, given the number expressions the grammar found there. */
    List<NumberRange> find(TaggedText t, List<NumberMatch> matches) {
        List<NumberRange> found = new ArrayList<>();
        int m = 0;
        for (int i = 0; i < t.size(); i++) {
            while (m < matches.size() && matches.get(m).next() <= i) {
                m++;
            }
            NumberRange r = null;
            if (m < matches.size() && matches.get(m).first() == i && m + 1 < matches.size()) {
                r = spaced(t, matches.get(m), matches.get(m + 1));
            } else if (m >= matches.size() || matches.get(m).first() > i) {
                r = joined(t, i);
            }
            if (r != null && r.low().value().compareTo(r.high().value()) < 0) {
                found.add(r);
                i = r.next() - 1;
            }
        }
        return found;
    }

    /** "20 to 25", "20 – 25", "between 20 and 25": two number expressions with one link between them. */
    private NumberRange spaced(TaggedText t, NumberMatch low, NumberMatch high) {
        if (!plain(low) || !plain(high) || high.first() != low.next() + 1 || t.sentence(high.first()) != t.sentence(low.first())) {
            return null;
        }
        String link = t.lower(low.next());
        boolean between = low.first() > 0 && t.lower(low.first() - 1).equals("between");
        if (!(between ? link.equals("and") : link.equals("to") || DASHES.contains(link))) {
            return null;
        }
        return new NumberRange(low.first(), high.next(), bound(low), bound(high), low.words() || high.words(),
                from(t, low.first()));
    }

    /** "20–25", "6-12": one token of two digit groups joined by a hyphen or en dash, no money nor scale. */
    private NumberRange joined(TaggedText t, int i) {
        TextToken tok = t.token(i);
        Matcher j = JOINED.matcher(tok.text());
        if (!j.matches()) {
            return null;
        }
        String text = t.text();
        int lower = t.token(0).start();
        int upper = t.token(t.size() - 1).end();
        if (currencies.before(text, tok.start(), lower).isPresent()
                || currencies.after(text, tok.end(), upper, false).isPresent()
                || i + 1 < t.size() && (numbers.isMultiplier(t.token(i + 1).text())
                        || numbers.isAbbreviation(t.token(i + 1).text()) && t.adjacent(i, i + 1))) {
            return null;
        }
        Span low = new Span(tok.start() + j.start(1), tok.start() + j.end(1));
        Span high = new Span(tok.start() + j.start(2), tok.start() + j.end(2));
        return new NumberRange(i, i + 1, new NumberRange.Bound(low, NumberGrammar.digitValue(j.group(1))),
                new NumberRange.Bound(high, NumberGrammar.digitValue(j.group(2))), false, from(t, i));
    }

    private static boolean plain(NumberMatch m) {
        return !m.money() && !m.scaled() && !m.abbreviated();
    }

    private static NumberRange.Bound bound(NumberMatch m) {
        return new NumberRange.Bound(new Span(m.start(), m.end()), m.value());
    }

    private static boolean from(TaggedText t, int first) {
        return first > 0 && t.lower(first - 1).equals("from");
    }
}
