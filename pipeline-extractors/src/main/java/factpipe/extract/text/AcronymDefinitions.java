package factpipe.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds acronyms defined in the text, "National Police Agency (NPA)", with the Schwartz–Hearst
 * algorithm (Schwartz and Hearst, PSB 2003): the long form is the shortest run of words before
 * the parenthesis in which the short form's letters occur in order, its first letter starting a
 * word. Also the reverse order, "JICA (Japan International Cooperation Agency)".
 */
public final class AcronymDefinitions {

    /** A short form and its long form, both as offsets into the text. */
    public record Definition(String shortForm, int shortStart, int shortEnd, String longForm, int longStart, int longEnd) {
    }

    private static final Pattern PAREN = Pattern.compile("\\(([^()\\n]{1,120})\\)");
    private static final Pattern SHORT_FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9&.+\\-/]{0,11}");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’\\-&.]*");

    private AcronymDefinitions() {
    }

    public static List<Definition> find(String text) {
        List<Definition> defs = new ArrayList<>();
        Matcher m = PAREN.matcher(text);
        while (m.find()) {
            String inside = m.group(1).strip();
            int insideStart = m.start(1) + m.group(1).indexOf(inside);
            if (isShortForm(inside)) {
                Definition d = longFormBefore(text, m.start(), inside, insideStart);
                if (d != null) {
                    defs.add(d);
                }
            } else {
                Definition d = shortFormBefore(text, m.start(), inside, insideStart);
                if (d != null) {
                    defs.add(d);
                }
            }
        }
        return defs;
    }

    /** Letters and digits with at least two capitals, most letters capitals: "NPA", "UNESCO-IOC", "MoU". */
    public static boolean isShortForm(String s) {
        if (!SHORT_FORM.matcher(s).matches()) {
            return false;
        }
        long upper = s.chars().filter(Character::isUpperCase).count();
        long letters = s.chars().filter(Character::isLetter).count();
        return upper >= 2 && letters >= 2 && upper * 2 >= letters;
    }

    /** "long form words (SF)": up to min(|SF| + 5, 2 |SF|) words before the parenthesis. */
    private static Definition longFormBefore(String text, int parenStart, String sf, int sfStart) {
        int lineStart = Math.max(text.lastIndexOf('\n', parenStart - 1) + 1, 0);
        List<int[]> words = wordsBefore(text, lineStart, parenStart);
        int letters = (int) sf.chars().filter(Character::isLetterOrDigit).count();
        int maxWords = Math.min(letters + 5, letters * 2);
        int from = Math.max(0, words.size() - maxWords);
        for (int i = words.size() - 1; i >= from; i--) {
            int start = words.get(i)[0];
            int end = words.get(words.size() - 1)[1];
            String candidate = text.substring(start, end);
            if (matches(sf, candidate) && Character.toLowerCase(candidate.charAt(0)) == Character.toLowerCase(firstLetter(sf))) {
                return new Definition(sf, sfStart, sfStart + sf.length(), candidate, start, end);
            }
        }
        return null;
    }

    /** "SF (long form words)". */
    private static Definition shortFormBefore(String text, int parenStart, String inside, int insideStart) {
        int end = parenStart;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int start = end;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1)) && text.charAt(start - 1) != '(') {
            start--;
        }
        if (start == end) {
            return null;
        }
        String sf = text.substring(start, end);
        if (!isShortForm(sf) || !matches(sf, inside)
                || Character.toLowerCase(inside.charAt(0)) != Character.toLowerCase(firstLetter(sf))) {
            return null;
        }
        return new Definition(sf, start, end, inside, insideStart, insideStart + inside.length());
    }

    private static char firstLetter(String sf) {
        for (int i = 0; i < sf.length(); i++) {
            if (Character.isLetterOrDigit(sf.charAt(i))) {
                return sf.charAt(i);
            }
        }
        return sf.charAt(0);
    }

    private static List<int[]> wordsBefore(String text, int from, int to) {
        List<int[]> words = new ArrayList<>();
        Matcher w = WORD.matcher(text).region(from, to);
        while (w.find()) {
            words.add(new int[] {w.start(), w.end()});
        }
        return words;
    }

    /**
     * The Schwartz–Hearst match: every letter or digit of the short form, right to left, occurs
     * in the long form in order, and the first one starts a word.
     */
    static boolean matches(String sf, String lf) {
        int s = sf.length() - 1;
        int l = lf.length() - 1;
        String sfl = sf.toLowerCase();
        String lfl = lf.toLowerCase();
        while (s >= 0) {
            char c = sfl.charAt(s);
            if (!Character.isLetterOrDigit(c)) {
                s--;
                continue;
            }
            while (l >= 0 && (lfl.charAt(l) != c || (s == 0 && l > 0 && Character.isLetterOrDigit(lfl.charAt(l - 1))))) {
                l--;
            }
            if (l < 0) {
                return false;
            }
            l--;
            s--;
        }
        return true;
    }
}
