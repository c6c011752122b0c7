package factpipe.extract.date;

/**
 * A word (a run of letters), a number (digits, with thousands groups and a decimal part kept
 * together so that "1,995" and "5.5" never look like years) or one punctuation character, with
 * the whitespace that separates it from the previous token.
 */
record Token(Kind kind, int start, int end, String text, Gap gap) {

    enum Kind { WORD, NUMBER, PUNCT }

    /**
     * The whitespace before a token. Date parts are joined only across NONE and SPACE: a tab is a
     * table cell boundary and a line break ends a heading, a row or a paragraph.
     */
    enum Gap {
        NONE, SPACE, TAB, LINE, PARAGRAPH;

        boolean inline() {
            return this == NONE || this == SPACE;
        }
    }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    boolean isPunct(String mark) {
        return kind == Kind.PUNCT && text.equals(mark);
    }

    /** Case-insensitive word test. */
    boolean isWord(String word) {
        return kind == Kind.WORD && text.equalsIgnoreCase(word);
    }

    /** Digits only: no thousands separator, no decimal part. */
    boolean isPlainInteger() {
        if (kind != Kind.NUMBER) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** A plain integer of exactly {@code digits} digits. */
    boolean isInteger(int digits) {
        return isPlainInteger() && text.length() == digits;
    }

    int intValue() {
        return Integer.parseInt(text);
    }

    boolean isCapitalized() {
        return kind == Kind.WORD && Character.isUpperCase(text.codePointAt(0));
    }

    boolean isLowerCase() {
        return kind == Kind.WORD && Character.isLowerCase(text.codePointAt(0));
    }
}
