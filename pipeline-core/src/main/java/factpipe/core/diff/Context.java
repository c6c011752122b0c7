package factpipe.core.diff;

import factpipe.core.fact.Span;

/**
 * A few words of the document text either side of a fact, whitespace runs folded to one space,
 * so that a change can be read on one line. {@code moreBefore} and {@code moreAfter} say whether
 * the text goes on beyond the words kept.
 */
public record Context(String before, String after, boolean moreBefore, boolean moreAfter) {

    /** No context: the text is not available. */
    public static final Context NONE = new Context("", "", false, false);

    /** Words kept on each side. */
    public static final int WORDS = 5;

    /** A side is clipped to this many chars, so that a table row without spaces stays readable. */
    public static final int MAX_CHARS = 60;

    public Context {
        if (before == null || after == null) {
            throw new IllegalArgumentException("context sides must not be null");
        }
    }

    public boolean isEmpty() {
        return before.isEmpty() && after.isEmpty() && !moreBefore && !moreAfter;
    }

    /** Up to {@code words} words either side of {@code span}; {@link #NONE} if the span lies outside the text. */
    public static Context around(CharSequence text, Span span, int words) {
        if (span.end() > text.length()) {
            return NONE;
        }
        int from = startOfWordsBefore(text, span.start(), words);
        int to = endOfWordsAfter(text, span.end(), words);
        String before = fold(text, from, span.start());
        String after = fold(text, span.end(), to);
        boolean moreBefore = hasWordBefore(text, from);
        boolean moreAfter = hasWordAfter(text, to);
        if (before.length() > MAX_CHARS) {
            before = keepEnd(before);
            moreBefore = true;
        }
        if (after.length() > MAX_CHARS) {
            after = keepStart(after);
            moreAfter = true;
        }
        return new Context(before, after, moreBefore, moreAfter);
    }

    private static int startOfWordsBefore(CharSequence t, int start, int words) {
        int p = start;
        // a fragment touching the fact ("(" in "(NPA") goes with it and is not one of the words
        while (p > 0 && !isSpace(t.charAt(p - 1))) {
            p--;
        }
        for (int n = 0; n < words; n++) {
            int q = p;
            while (q > 0 && isSpace(t.charAt(q - 1))) {
                q--;
            }
            if (q == 0) {
                break; // only whitespace left: the context starts at the first word kept
            }
            while (q > 0 && !isSpace(t.charAt(q - 1))) {
                q--;
            }
            p = q;
        }
        return p;
    }

    private static int endOfWordsAfter(CharSequence t, int end, int words) {
        int p = end;
        int length = t.length();
        while (p < length && !isSpace(t.charAt(p))) {
            p++;
        }
        for (int n = 0; n < words; n++) {
            int q = p;
            while (q < length && isSpace(t.charAt(q))) {
                q++;
            }
            if (q == length) {
                break;
            }
            while (q < length && !isSpace(t.charAt(q))) {
                q++;
            }
            p = q;
        }
        return p;
    }

    private static boolean hasWordBefore(CharSequence t, int p) {
        for (int i = p - 1; i >= 0; i--) {
            if (!isSpace(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasWordAfter(CharSequence t, int p) {
        for (int i = p; i < t.length(); i++) {
            if (!isSpace(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The text between the offsets with every whitespace run (line breaks included) as one space. */
    static String fold(CharSequence t, int from, int to) {
        StringBuilder sb = new StringBuilder(to - from);
        boolean inSpace = false;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (isSpace(c)) {
                if (!inSpace) {
                    sb.append(' ');
                }
                inSpace = true;
            } else {
                sb.append(c);
                inSpace = false;
            }
        }
        return sb.toString();
    }

    /** The last {@link #MAX_CHARS} chars, starting at a word if one starts there. */
    private static String keepEnd(String s) {
        int cut = s.length() - MAX_CHARS;
        int space = s.indexOf(' ', cut);
        if (space >= 0 && space + 1 < s.length()) {
            return s.substring(space + 1);
        }
        if (Character.isLowSurrogate(s.charAt(cut))) {
            cut++;
        }
        return s.substring(cut);
    }

    /** The first {@link #MAX_CHARS} chars, ending at a word end if one ends there. */
    private static String keepStart(String s) {
        int cut = MAX_CHARS;
        int space = s.lastIndexOf(' ', cut);
        if (space > 0) {
            return s.substring(0, space);
        }
        if (Character.isHighSurrogate(s.charAt(cut - 1))) {
            cut--;
        }
        return s.substring(0, cut);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
