package factpipe.extract.count;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into tokens with their offsets. Numbers keep their separators ("10,000", "3.8"),
 * hyphenated words stay whole ("twenty-two", "counter-terrorism", "1000-yen", "COVID-19",
 * "17-19"), abbreviations keep their periods ("U.S."), ordinals stay one token ("10th") so they
 * are never read as numbers, and a possessive "'s" is its own token, as the POS model expects.
 * Currency symbols are tokens of their own ("$", "599"); a currency code or a scale abbreviation
 * written against the digits is split off ("USD34.6" gives "USD", "34.6"; "1.2m" gives "1.2", "m").
 */
final class WordTokenizer {

    private static final String JOINERS = "-\u2010\u2011\u2013+/&@_";

    private static final Pattern TOKEN = Pattern.compile(
            "https?://\\S+|www\\.\\S+"
            + "|(?:\\p{L}\\.){2,}"
            + "|[\\p{L}\\p{N}]+(?:(?:[" + JOINERS + "]|(?<=\\p{N})[.,:](?=\\p{N})|['\u2019](?=\\p{L}{2}))[\\p{L}\\p{N}]+)*"
            + "|['\u2019][sS](?![\\p{L}\\p{N}])"
            + "|\\S");

    private static final Pattern SCALE_SUFFIX = Pattern.compile("(\\d[\\d,.]*)(k|m|mn|bn|tn)");
    private static final Pattern CODE_PREFIX = Pattern.compile("([A-Z]{3})(\\d[\\d,.]*)");

    private WordTokenizer() {
    }

    static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2013';
    }

    /** The tokens of {@code text} between {@code from} and {@code to}, with offsets into {@code text}. */
    static List<TextToken> tokenize(String text, int from, int to) {
        List<TextToken> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text).region(from, to);
        while (m.find()) {
            String t = m.group();
            int s = m.start();
            Matcher split = SCALE_SUFFIX.matcher(t);
            if (!split.matches()) {
                split = CODE_PREFIX.matcher(t);
            }
            if (split.matches()) {
                int cut = s + split.end(1);
                tokens.add(new TextToken(split.group(1), s, cut));
                tokens.add(new TextToken(split.group(2), cut, m.end()));
            } else {
                tokens.add(new TextToken(t, s, m.end()));
            }
        }
        return tokens;
    }
}
