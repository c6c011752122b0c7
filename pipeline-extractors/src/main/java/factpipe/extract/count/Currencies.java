package factpipe.extract.count;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The currency gazetteer (currencies.tsv): symbols, ISO codes and names, each with its ISO 4217
 * code, found right before or right after the digits of an amount.
 */
final class Currencies {

    record Entry(String surface, String code, boolean prefix, boolean suffix, boolean needsScale) {

        /** Symbols and codes are matched as written, names in any case. */
        boolean caseSensitive() {
            return !surface.chars().anyMatch(Character::isLowerCase);
        }

        boolean startsWithLetter() {
            return Character.isLetter(surface.codePointAt(0));
        }

        boolean endsWithLetter() {
            return Character.isLetter(surface.charAt(surface.length() - 1));
        }
    }

    /** A currency written at [start, end) of the text. */
    record Match(int start, int end, String code) {
    }

    private final List<Entry> entries;

    Currencies(List<Entry> entries) {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparingInt((Entry e) -> e.surface().length()).reversed());
        this.entries = List.copyOf(sorted);
    }

    static Currencies load() {
        return of(CountLexicon.resource("currencies.tsv").rows(4));
    }

    /** From rows of surface, code, place, flag. */
    static Currencies of(List<String[]> rows) {
        List<Entry> entries = new ArrayList<>();
        for (String[] f : rows) {
            String place = f[2].toLowerCase(Locale.ROOT);
            boolean scaled = f[3].equalsIgnoreCase("scaled");
            entries.add(new Entry(f[0], f[1], !place.equals("suffix"), !place.equals("prefix"), scaled));
        }
        return new Currencies(entries);
    }

    /** A currency written right before the digits at {@code numberStart}, with at most one space between. */
    Optional<Match> before(String text, int numberStart, int lowerBound) {
        for (Entry e : entries) {
            if (!e.prefix()) {
                continue;
            }
            for (int gap = 0; gap <= 1; gap++) {
                int s = numberStart - gap - e.surface().length();
                if (s < lowerBound || gap == 1 && text.charAt(numberStart - 1) != ' ') {
                    continue;
                }
                if (text.regionMatches(!e.caseSensitive(), s, e.surface(), 0, e.surface().length())
                        && (!e.startsWithLetter() || s == 0 || !Character.isLetterOrDigit(text.charAt(s - 1)))) {
                    return Optional.of(new Match(s, s + e.surface().length(), e.code()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A currency written right after an amount ending at {@code numberEnd}, after one space or
     * hyphen ("3.8 billion yen", "1000-yen"). Words that are also ordinary English need a scale
     * word before them ({@code scaled}) and must not be followed by "of" ("500 pounds of").
     */
    Optional<Match> after(String text, int numberEnd, int upperBound, boolean scaled) {
        if (numberEnd >= upperBound) {
            return Optional.empty();
        }
        char sep = text.charAt(numberEnd);
        int s = sep == ' ' || WordTokenizer.isHyphen(sep) ? numberEnd + 1 : numberEnd;
        for (Entry e : entries) {
            int end = s + e.surface().length();
            if (!e.suffix() || end > upperBound || e.needsScale() && !scaled) {
                continue;
            }
            if (s == numberEnd && e.startsWithLetter() && !e.caseSensitive()) {
                continue; // "5yen" is not how amounts are written; codes may touch ("5USD")
            }
            if (text.regionMatches(!e.caseSensitive(), s, e.surface(), 0, e.surface().length())
                    && (!e.endsWithLetter() || end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))
                    && !(e.needsScale() && followedByOf(text, end, upperBound))) {
                return Optional.of(new Match(s, end, e.code()));
            }
        }
        return Optional.empty();
    }

    /** The currency that a whole string starts with ("US$5 million" gives USD at [0, 3)). */
    Optional<Match> leading(String s) {
        for (Entry e : entries) {
            int n = e.surface().length();
            if (e.prefix() && s.length() > n && s.regionMatches(!e.caseSensitive(), 0, e.surface(), 0, n)
                    && (!e.endsWithLetter() || !Character.isLetter(s.charAt(n)))) {
                return Optional.of(new Match(0, n, e.code()));
            }
        }
        return Optional.empty();
    }

    /** The currency that a whole string ends with, after a space or hyphen ("3.8 billion yen"). */
    Optional<Match> trailing(String s) {
        for (Entry e : entries) {
            int n = e.surface().length();
            int start = s.length() - n;
            if (e.suffix() && start > 0 && s.regionMatches(!e.caseSensitive(), start, e.surface(), 0, n)) {
                char before = s.charAt(start - 1);
                if (before == ' ' || WordTokenizer.isHyphen(before) || e.caseSensitive() && Character.isDigit(before)) {
                    return Optional.of(new Match(start, s.length(), e.code()));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean followedByOf(String text, int end, int upperBound) {
        int i = end;
        while (i < upperBound && text.charAt(i) == ' ') {
            i++;
        }
        return i + 2 <= upperBound && text.regionMatches(true, i, "of", 0, 2)
                && (i + 2 == text.length() || !Character.isLetter(text.charAt(i + 2)));
    }
}
