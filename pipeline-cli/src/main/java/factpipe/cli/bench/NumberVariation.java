package factpipe.cli.bench;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renumbers one generated document: every year moves by the same number of years (so the
 * document's chronology stays coherent) and every count is scaled by its own random factor
 * between 0.5 and 1.5. Numbers that are parts of codes, decimals, dates in digits, ranges, list
 * markers or leading-zero identifiers are left alone: changing them would make text no report has.
 */
final class NumberVariation {

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2099;

    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d+");
    private static final String GLUE_BEFORE = ".,:/#+-_";
    private static final String GLUE_BETWEEN = ".,:/-(";

    private final int yearShift;
    private final Random random;

    NumberVariation(int yearShift, Random random) {
        this.yearShift = yearShift;
        this.random = random;
    }

    String apply(String text) {
        Matcher m = NUMBER.matcher(text);
        StringBuilder sb = new StringBuilder(text.length() + 16);
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(vary(text, m.start(), m.end())));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private String vary(String text, int start, int end) {
        String number = text.substring(start, end);
        if (!standsAlone(text, start, end) || (number.length() > 1 && number.charAt(0) == '0')
                || number.length() > 15) {
            return number;
        }
        boolean grouped = number.indexOf(',') >= 0;
        long value = Long.parseLong(number.replace(",", ""));
        if (!grouped && number.length() == 4 && value >= FIRST_YEAR && value <= LAST_YEAR) {
            long shifted = value + yearShift;
            return shifted >= FIRST_YEAR && shifted <= LAST_YEAR ? Long.toString(shifted) : number;
        }
        if (value < 2) {
            return number;
        }
        long varied = Math.max(2, Math.round(value * (0.5 + random.nextDouble())));
        if (varied == value) {
            varied++;
        }
        return grouped ? String.format(java.util.Locale.ROOT, "%,d", varied) : Long.toString(varied);
    }

    private static boolean standsAlone(String text, int start, int end) {
        char before = start > 0 ? text.charAt(start - 1) : '\n';
        char after = end < text.length() ? text.charAt(end) : '\n';
        char afterNext = end + 1 < text.length() ? text.charAt(end + 1) : '\n';
        if (Character.isLetterOrDigit(before) || GLUE_BEFORE.indexOf(before) >= 0
                || Character.isLetterOrDigit(after) || after == '_'
                || (GLUE_BETWEEN.indexOf(after) >= 0 && Character.isDigit(afterNext))) {
            return false;
        }
        // list markers, "(3)" or "3." or "3)" opening a line, are short; "(2007)" is a year
        boolean marker = end - start <= 2
                && ((before == '(' && after == ')') || (opensLine(text, start) && (after == '.' || after == ')')));
        return !marker;
    }

    /** Whether only blanks stand between the start of its line and {@code index}. */
    private static boolean opensLine(String text, int index) {
        for (int i = index - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }
}
