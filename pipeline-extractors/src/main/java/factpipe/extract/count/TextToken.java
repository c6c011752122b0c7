package factpipe.extract.count;

import java.util.Locale;

/** A token of the document text: its characters and its UTF-16 span [start, end). */
record TextToken(String text, int start, int end) {

    String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    /** Starts with a letter or digit. */
    boolean isWord() {
        return !text.isEmpty() && Character.isLetterOrDigit(text.codePointAt(0));
    }

    boolean capitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    /**
     * Two or more capital letters in one part of the word: an acronym or a name written like one
     * ("UN", "PKO", "ReCAAP", "NPPs"; not "Counter-Terrorism").
     */
    boolean acronym() {
        int upper = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (WordTokenizer.isHyphen(c)) {
                upper = 0;
            } else if (Character.isUpperCase(c) && ++upper >= 2) {
                return true;
            }
        }
        return false;
    }

    boolean hyphenated() {
        return text.length() > 2 && text.chars().skip(1).anyMatch(c -> WordTokenizer.isHyphen((char) c));
    }
}
