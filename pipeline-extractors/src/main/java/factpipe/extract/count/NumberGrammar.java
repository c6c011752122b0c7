package factpipe.extract.count;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds number expressions: digits with thousands separators and decimals ("10,000", "3.8"),
 * number words ("seven", "twenty-two", "one hundred and five", "a million"), either followed by
 * scale words ("3.8 billion"), and money with its currency before or after ("$599 million",
 * "US$5 million", "USD 34.6 million", "3.8 billion yen", "one million US dollars", "1000-yen").
 * Whether a number is a count is decided elsewhere.
 */
final class NumberGrammar {

    static final Pattern DIGITS = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");

    private final NumberWords numbers;
    private final Currencies currencies;

    NumberGrammar(NumberWords numbers, Currencies currencies) {
        this.numbers = numbers;
        this.currencies = currencies;
    }

    static boolean digits(String token) {
        return DIGITS.matcher(token).matches();
    }

    static BigDecimal digitValue(String token) {
        return new BigDecimal(token.replace(",", ""));
    }

    List<NumberMatch> find(TaggedText t) {
        List<NumberMatch> found = new ArrayList<>();
        int i = 0;
        while (i < t.size()) {
            Optional<NumberMatch> m = at(t, i);
            if (m.isPresent()) {
                found.add(m.get());
                i = Math.max(m.get().next(), i + 1);
            } else {
                i++;
            }
        }
        return found;
    }

    private Optional<NumberMatch> at(TaggedText t, int i) {
        String text = t.token(i).text();
        if (digits(text)) {
            return Optional.of(withCurrency(t, i, digitsCore(t, i)));
        }
        if (t.token(i).hyphenated()) {
            return hyphenated(t, i);
        }
        if (numbers.isWord(text) || startsWithA(t, i)) {
            return wordsCore(t, i).map(core -> withCurrency(t, i, core));
        }
        return Optional.empty();
    }

    /** The number part: tokens [i, next), value, flags. */
    private record Core(int next, int end, BigDecimal value, boolean words, boolean scaled, boolean abbreviated) {
    }

    private Core digitsCore(TaggedText t, int i) {
        BigDecimal v = digitValue(t.token(i).text());
        int j = i + 1;
        if (j < t.size() && t.adjacent(i, j) && numbers.isAbbreviation(t.token(j).text())) {
            return new Core(j + 1, t.token(j).end(), v.multiply(numbers.value(t.token(j).text())), false, true, true);
        }
        boolean scaled = false;
        while (j < t.size() && numbers.isMultiplier(t.token(j).text())) {
            v = v.multiply(numbers.value(t.token(j).text()));
            scaled = true;
            j++;
        }
        return new Core(j, t.token(j - 1).end(), v, false, scaled, false);
    }

    private boolean startsWithA(TaggedText t, int i) {
        String w = t.lower(i);
        return (w.equals("a") || w.equals("an")) && i + 1 < t.size() && numbers.isMultiplier(t.token(i + 1).text());
    }

    private Optional<Core> wordsCore(TaggedText t, int i) {
        List<String> words = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        int j = i;
        if (startsWithA(t, i)) {
            words.add("one");
            ends.add(-1);
            j++;
        }
        while (j < t.size()) {
            String w = t.token(j).text();
            if (numbers.isWord(w) || numbers.isCompound(w)) {
                words.add(w);
                ends.add(j);
                j++;
            } else if (w.equalsIgnoreCase("and") && !words.isEmpty() && j + 1 < t.size()
                    && (numbers.isWord(t.token(j + 1).text()) || numbers.isCompound(t.token(j + 1).text()))) {
                words.add("and");
                ends.add(-1);
                j++;
            } else {
                break;
            }
        }
        // the longest prefix that is one number ("seven three" is two)
        for (int n = words.size(); n > 0; n--) {
            int last = ends.get(n - 1);
            if (last < 0) {
                continue;
            }
            Optional<BigDecimal> v = numbers.value(words.subList(0, n));
            if (v.isPresent()) {
                String lastWord = t.token(last).text();
                boolean scaled = numbers.isMultiplier(lastWord);
                return Optional.of(new Core(last + 1, t.token(last).end(), v.get(), true, scaled, false));
            }
        }
        return Optional.empty();
    }

    /** "1000-yen", "twenty-two", "twenty-two million"; not "three-year" or "COVID-19". */
    private Optional<NumberMatch> hyphenated(TaggedText t, int i) {
        TextToken tok = t.token(i);
        String text = tok.text();
        if (numbers.isCompound(text)) {
            return wordsCore(t, i).map(core -> withCurrency(t, i, core));
        }
        int cut = -1;
        for (int k = 1; k < text.length(); k++) {
            if (WordTokenizer.isHyphen(text.charAt(k))) {
                cut = k;
                break;
            }
        }
        String head = text.substring(0, cut);
        String rest = text.substring(cut + 1);
        BigDecimal v;
        if (digits(head)) {
            v = digitValue(head);
        } else if (numbers.isWord(head)) {
            v = numbers.value(List.of(head)).orElse(null);
        } else {
            return Optional.empty();
        }
        Optional<Currencies.Match> money = currencies.trailing(" " + rest)
                .filter(m -> m.start() == 1);
        if (v == null || money.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new NumberMatch(i, i, i + 1, tok.start(), tok.end(), v, money.get().code(),
                !digits(head), false, false));
    }

    private NumberMatch withCurrency(TaggedText t, int i, Core core) {
        String text = t.text();
        int lower = t.token(0).start();
        int upper = t.token(t.size() - 1).end();
        int start = t.token(i).start();
        int first = i;
        String code = null;
        boolean wordStart = !digits(t.token(i).text());
        Optional<Currencies.Match> pre = wordStart ? Optional.empty() : currencies.before(text, start, lower);
        if (pre.isPresent()) {
            code = pre.get().code();
            start = pre.get().start();
            while (first > 0 && t.token(first - 1).end() > start) {
                first--;
            }
        }
        int end = core.end();
        int next = core.next();
        Optional<Currencies.Match> post = currencies.after(text, end, upper, core.scaled());
        if (post.isPresent() && (code == null || code.equals(post.get().code()))) {
            code = post.get().code();
            end = post.get().end();
            while (next < t.size() && t.token(next).start() < end) {
                next++;
            }
        }
        return new NumberMatch(first, i, next, start, end, core.value(), code, core.words(), core.scaled(),
                core.abbreviated());
    }
}
