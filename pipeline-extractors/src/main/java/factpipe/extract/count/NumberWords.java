package factpipe.extract.count;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * English number words ("seven", "twenty-two", "one hundred and five", "one million") and the
 * arithmetic that turns a sequence of them into a value. The lexicon is number-words.tsv.
 */
final class NumberWords {

    enum Kind {
        /** 0-19 */
        UNIT,
        /** 20, 30, ... 90 */
        TENS,
        /** hundred, dozen: multiply the group below a thousand */
        MULT,
        /** thousand, million, ...: close a group */
        SCALE,
        /** k, m, bn: written against digits, money only */
        ABBR
    }

    record Entry(BigDecimal value, Kind kind) {
    }

    private final Map<String, Entry> entries;

    NumberWords(Map<String, Entry> entries) {
        this.entries = Map.copyOf(entries);
    }

    static NumberWords load() {
        return of(CountLexicon.resource("number-words.tsv").rows(3));
    }

    /** From rows of word, value, kind. */
    static NumberWords of(List<String[]> rows) {
        Map<String, Entry> entries = new HashMap<>();
        for (String[] f : rows) {
            entries.put(f[0].toLowerCase(Locale.ROOT),
                    new Entry(new BigDecimal(f[1]), Kind.valueOf(f[2].toUpperCase(Locale.ROOT))));
        }
        return new NumberWords(entries);
    }

    /** A number word proper (not a scale abbreviation such as "m"). */
    boolean isWord(String word) {
        Entry e = entries.get(word.toLowerCase(Locale.ROOT));
        return e != null && e.kind() != Kind.ABBR;
    }

    /** A word that multiplies digits before it: "3.8 billion", "5 hundred", "2 dozen". */
    boolean isMultiplier(String word) {
        Entry e = entries.get(word.toLowerCase(Locale.ROOT));
        return e != null && (e.kind() == Kind.SCALE || e.kind() == Kind.MULT);
    }

    boolean isAbbreviation(String word) {
        Entry e = entries.get(word);
        return e != null && e.kind() == Kind.ABBR;
    }

    BigDecimal value(String word) {
        return entries.get(word.toLowerCase(Locale.ROOT)).value();
    }

    /** Every part of a hyphenated word is a number word ("twenty-two"). */
    boolean isCompound(String word) {
        String[] parts = word.split("[-\u2010\u2011\u2013]");
        if (parts.length < 2) {
            return false;
        }
        for (String p : parts) {
            if (!isWord(p)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The value of a sequence of number words, hyphenated compounds allowed and "and" allowed after
     * "hundred" or a scale word; empty when the words do not form one number ("seven three",
     * "million").
     */
    Optional<BigDecimal> value(List<String> words) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal current = BigDecimal.ZERO;
        BigDecimal lastScale = null;
        Kind last = null;
        boolean and = false;
        int count = 0;
        for (String raw : words) {
            for (String w : raw.split("[-\u2010\u2011\u2013]")) {
                String word = w.toLowerCase(Locale.ROOT);
                if (word.equals("and")) {
                    if (last != Kind.MULT && last != Kind.SCALE || and) {
                        return Optional.empty();
                    }
                    and = true;
                    continue;
                }
                Entry e = entries.get(word);
                if (e == null || e.kind() == Kind.ABBR) {
                    return Optional.empty();
                }
                BigDecimal v = e.value();
                switch (e.kind()) {
                    case UNIT -> {
                        boolean afterTens = last == Kind.TENS && v.compareTo(BigDecimal.TEN) < 0;
                        if (!(last == null || last == Kind.SCALE || last == Kind.MULT || afterTens)) {
                            return Optional.empty();
                        }
                        current = current.add(v);
                    }
                    case TENS -> {
                        if (!(last == null || last == Kind.SCALE || last == Kind.MULT)) {
                            return Optional.empty();
                        }
                        current = current.add(v);
                    }
                    case MULT -> {
                        if (!(last == Kind.UNIT || last == Kind.TENS) || current.compareTo(BigDecimal.valueOf(100)) >= 0) {
                            return Optional.empty();
                        }
                        current = current.multiply(v);
                    }
                    case SCALE -> {
                        if (!(last == Kind.UNIT || last == Kind.TENS || last == Kind.MULT) || current.signum() == 0
                                || lastScale != null && v.compareTo(lastScale) >= 0) {
                            return Optional.empty();
                        }
                        total = total.add(current.multiply(v));
                        current = BigDecimal.ZERO;
                        lastScale = v;
                    }
                    default -> {
                        return Optional.empty();
                    }
                }
                last = e.kind();
                and = false;
                count++;
            }
        }
        if (count == 0 || and) {
            return Optional.empty();
        }
        return Optional.of(total.add(current));
    }
}
