package factpipe.extract.text;

/**
 * A token of the document text: a run of letters and digits, or one other non-space character.
 * {@code norm} folds typographic variants (curly quotes, dashes) so that matching sees one form;
 * {@code start} and {@code end} index the original text. {@code newlinesBefore} counts the line
 * breaks between it and the token before (2 for the first token; 0 after a line that ends on a
 * preposition, article or conjunction, see {@link Tokenizer}): no match crosses a blank line, and
 * names do not run across lines.
 */
public record Token(String norm, int start, int end, int newlinesBefore) {

    /** The first token of a paragraph. */
    public boolean afterBreak() {
        return newlinesBefore >= 2;
    }

    /** The first token of a line. */
    public boolean atLineStart() {
        return newlinesBefore >= 1;
    }

    public boolean isWord() {
        return Character.isLetterOrDigit(norm.charAt(0));
    }

    public boolean isCapitalized() {
        return Character.isUpperCase(norm.charAt(0));
    }

    public boolean isAllCaps() {
        boolean letter = false;
        for (int i = 0; i < norm.length(); i++) {
            char c = norm.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    public boolean is(String s) {
        return norm.equals(s);
    }
}
