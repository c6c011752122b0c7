package factpipe.extract.count;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the amount written in a COUNT span again, from the span's characters alone and apart
 * from the token grammar that found it: the round-trip check that keeps a wrong span or a
 * misread number ("USD34.6 million" read as 6000000) from becoming a fact.
 */
final class AmountReader {

    /** A quantity (without trailing zeros) and the currency written with it (null when none is). */
    record Amount(BigDecimal value, String currency) {
        Amount {
            value = value.stripTrailingZeros();
            if (value.scale() < 0) {
                value = value.setScale(0);
            }
        }
    }

    private static final Pattern DIGIT_AMOUNT = Pattern.compile(
            "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(\\p{L}{1,2})?((?:\\s+\\p{L}+)*)");
    private static final Pattern WORD_SPLIT = Pattern.compile("[\\s\\-\u2010\u2011\u2013]+");

    private final NumberWords numbers;
    private final Currencies currencies;

    AmountReader(NumberWords numbers, Currencies currencies) {
        this.numbers = numbers;
        this.currencies = currencies;
    }

    Optional<Amount> read(String span) {
        String s = span.strip();
        String currency = null;
        Optional<Currencies.Match> lead = currencies.leading(s);
        if (lead.isPresent()) {
            currency = lead.get().code();
            s = s.substring(lead.get().end()).strip();
        }
        Optional<Currencies.Match> trail = currencies.trailing(s);
        if (trail.isPresent()) {
            if (currency != null && !currency.equals(trail.get().code())) {
                return Optional.empty();
            }
            currency = trail.get().code();
            s = s.substring(0, trail.get().start()).strip();
            while (!s.isEmpty() && WordTokenizer.isHyphen(s.charAt(s.length() - 1))) {
                s = s.substring(0, s.length() - 1);
            }
        }
        if (s.isEmpty()) {
            return Optional.empty();
        }
        Optional<BigDecimal> value = Character.isDigit(s.charAt(0)) ? digitAmount(s) : wordAmount(s);
        String code = currency;
        return value.map(v -> new Amount(v, code));
    }

    private Optional<BigDecimal> digitAmount(String s) {
        Matcher m = DIGIT_AMOUNT.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        BigDecimal v = new BigDecimal(m.group(1).replace(",", ""));
        if (m.group(2) != null) {
            if (!numbers.isAbbreviation(m.group(2))) {
                return Optional.empty();
            }
            v = v.multiply(numbers.value(m.group(2)));
        }
        for (String w : m.group(3).strip().split("\\s+")) {
            if (w.isEmpty()) {
                continue;
            }
            if (!numbers.isMultiplier(w)) {
                return Optional.empty();
            }
            v = v.multiply(numbers.value(w));
        }
        return Optional.of(v);
    }

    private Optional<BigDecimal> wordAmount(String s) {
        List<String> words = new ArrayList<>(List.of(WORD_SPLIT.split(s)));
        String first = words.get(0).toLowerCase(Locale.ROOT);
        if (first.equals("a") || first.equals("an")) {
            words.set(0, "one");
        }
        return numbers.value(words);
    }
}
