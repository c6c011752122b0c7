package factpipe.extract.text;

import java.util.List;

/**
 * The token that starts or ends at a character offset, for spans found on the text itself
 * (acronym definitions, a statistical finder's answers): a binary search over the tokens, which
 * are in text order.
 */
public final class TokenOffsets {

    private TokenOffsets() {
    }

    /** The index of the token that starts at {@code offset}, or null. */
    public static Integer startingAt(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int start = tokens.get(mid).start();
            if (start == offset) {
                return mid;
            }
            if (start < offset) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return null;
    }

    /** The index of the token that ends at {@code offset}, or null. */
    public static Integer endingAt(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int end = tokens.get(mid).end();
            if (end == offset) {
                return mid;
            }
            if (end < offset) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return null;
    }
}
