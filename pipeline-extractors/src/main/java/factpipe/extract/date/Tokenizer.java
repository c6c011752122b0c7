package factpipe.extract.date;

import factpipe.extract.date.Token.Gap;
import factpipe.extract.date.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/** Splits text into {@link Token}s in one left-to-right pass. */
final class Tokenizer {

    List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int n = text.length();
        int i = 0;
        int newlines = 0;
        boolean tab = false;
        boolean space = false;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                if (cp == '\n') {
                    newlines++;
                } else if (cp == '\t') {
                    tab = true;
                } else if (cp != '\r') {
                    space = true;
                }
                i += Character.charCount(cp);
                continue;
            }
            // the document start counts as a paragraph start
            Gap gap = newlines >= 2 || tokens.isEmpty() ? Gap.PARAGRAPH : newlines == 1 ? Gap.LINE
                    : tab ? Gap.TAB : space ? Gap.SPACE : Gap.NONE;
            newlines = 0;
            tab = false;
            space = false;
            int start = i;
            Kind kind;
            if (isAsciiDigit(cp)) {
                i = numberEnd(text, i);
                kind = Kind.NUMBER;
            } else if (Character.isLetter(cp)) {
                while (i < n && Character.isLetter(text.codePointAt(i))) {
                    i += Character.charCount(text.codePointAt(i));
                }
                kind = Kind.WORD;
            } else {
                i += Character.charCount(cp);
                kind = Kind.PUNCT;
            }
            tokens.add(new Token(kind, start, i, text.substring(start, i), gap));
        }
        return tokens;
    }

    /** Digits, then thousands groups (",ddd" not followed by a digit), then a decimal part. */
    private static int numberEnd(String text, int i) {
        int n = text.length();
        i = digitsEnd(text, i);
        while (i < n && text.charAt(i) == ',' && digitsEnd(text, i + 1) == i + 4) {
            i += 4;
        }
        if (i + 1 < n && text.charAt(i) == '.' && isAsciiDigit(text.charAt(i + 1))) {
            i = digitsEnd(text, i + 1);
        }
        return i;
    }

    private static int digitsEnd(String text, int i) {
        while (i < text.length() && isAsciiDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isAsciiDigit(int c) {
        return c >= '0' && c <= '9';
    }
}
