package factpipe.extract.date;

import factpipe.extract.date.Token.Gap;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether numbers that look like years ("2003", "1996–2000") are years where they
 * stand. They are not when they count something ("2000 officers", "more than 1995"), cost
 * something ("$2005"), identify something ("Resolution 2178", "No. 2001", "page 2003"), belong
 * to a name ("Diplomatic Bluebook 2015", "Merchant Shipping Act, 2009", the document's own title,
 * a quoted title) or to a UN document citation ("resolution 2722 (2024)"), sit in a web
 * address, are glued to other characters ("G2000", "2003/04", "2000-strong") or fill a table
 * column of counts.
 */
final class YearRules {

    private static final Set<String> CURRENCY_SYMBOLS = Set.of("$", "¥", "￥", "€", "£", "₩", "#");
    /** Characters that glue a number into a code or an address ("A_2003", "10/2003", "x=2003"). */
    private static final Set<String> GLUE = Set.of("_", "/", "\\", "@", "=", "+", "&", "|", ":", "#");
    private static final Set<String> SIGNS = Set.of("-", "−", "+");

    private final DateLexicon lexicon;

    YearRules(DateLexicon lexicon) {
        this.lexicon = lexicon;
    }

    boolean accepts(DateMention m, List<Token> tokens, TextLayout layout) {
        return beforeAllows(m.firstToken(), tokens) && afterAllows(m.firstToken(), m.endToken(), tokens)
                && !layout.inAddress(m.start()) && !layout.inTitleAfterWords(m.start())
                && !layout.inQuotedTitle(m.start()) && !inCountColumn(m, tokens, layout);
    }

    private boolean beforeAllows(int f, List<Token> t) {
        if (f == 0) {
            return true;
        }
        Token x = t.get(f);
        Token prev = t.get(f - 1);
        Token word = prev;
        if (x.gap() == Gap.NONE) {
            boolean abbreviationDot = prev.isPunct(".") && f >= 2 && prev.gap() == Gap.NONE && t.get(f - 2).isWord();
            // a hyphen glued before: "-41" (a sign), "3581-2003" (a telephone number), "A-2003" (a code),
            // "post-2015" (relative); ranges and "mid-2003" were read by the grammar already
            boolean hyphenated = SIGNS.contains(prev.text());
            if (prev.isWord() || prev.isNumber() || GLUE.contains(prev.text()) || hyphenated
                    || (prev.isPunct(".") && !abbreviationDot)) {
                return false;
            }
        }
        if (!x.gap().inline()) {
            return true;
        }
        if (CURRENCY_SYMBOLS.contains(prev.text())) {
            return false;
        }
        if (prev.isPunct(".") && prev.gap() == Gap.NONE && f >= 2 && t.get(f - 2).isWord()) {
            word = t.get(f - 2);
        }
        if (word.isWord()) {
            String key = DateLexicon.key(word);
            if (lexicon.identifierWords().contains(key) || lexicon.currencyWords().contains(key)) {
                return false;
            }
            // "Diplomatic Bluebook 2015", "Tokyo 2020": a year after a capitalised content word names something
            if (word == prev && x.gap() == Gap.SPACE && word.isCapitalized() && !lexicon.functionWords().contains(key)) {
                return false;
            }
        }
        return !countQualifierBefore(f, t) && !inLawTitle(f, t) && !inCitation(f, t);
    }

    /** "Merchant Shipping Act, 2009": a year after a comma after a law's head belongs to its title. */
    private boolean inLawTitle(int f, List<Token> t) {
        if (f < 2 || t.get(f).gap() != Gap.SPACE) {
            return false;
        }
        Token comma = t.get(f - 1);
        Token head = t.get(f - 2);
        return comma.isPunct(",") && comma.gap() == Gap.NONE && head.isWord() && head.isCapitalized()
                && lexicon.lawTitleHeads().contains(DateLexicon.key(head));
    }

    /** "resolution 2722 (2024)": a year in brackets after a UN document's number belongs to the citation. */
    private boolean inCitation(int f, List<Token> t) {
        if (f < 3 || f + 1 >= t.size() || t.get(f).gap() != Gap.NONE || !t.get(f + 1).isPunct(")")) {
            return false;
        }
        Token open = t.get(f - 1);
        Token number = t.get(f - 2);
        Token head = t.get(f - 3);
        return open.isPunct("(") && open.gap().inline() && number.isNumber() && number.gap().inline()
                && head.isWord() && lexicon.citationHeads().contains(DateLexicon.key(head));
    }

    private boolean afterAllows(int f, int e, List<Token> t) {
        if (e >= t.size()) {
            return true;
        }
        Token next = t.get(e);
        Token after = e + 1 < t.size() ? t.get(e + 1) : null;
        boolean gluedAfter = after != null && after.gap() == Gap.NONE && (after.isWord() || after.isNumber());
        if (next.gap() == Gap.NONE) {
            if (next.isWord() || next.isNumber() || next.isPunct("%") || GLUE.contains(next.text()) && !next.isPunct(":")) {
                return false;
            }
            // "2000-strong", "2003.pdf", "2003:15", "2003,5"
            if (gluedAfter && (next.isPunct("-") || next.isPunct("‐") || next.isPunct(".") || next.isPunct(":")
                    || next.isPunct(","))) {
                return false;
            }
        }
        if (next.isPunct("%") && next.gap().inline()) {
            return false;
        }
        return !(next.gap().inline() && countNounAfter(e, t) && !yearContextBefore(f, t));
    }

    /** "more than 2000", "approximately 1990". */
    private boolean countQualifierBefore(int f, List<Token> t) {
        for (List<String> qualifier : lexicon.countQualifiers()) {
            int k = f - qualifier.size();
            if (k < 0) {
                continue;
            }
            boolean match = true;
            for (int w = 0; w < qualifier.size() && match; w++) {
                Token x = t.get(k + w);
                match = x.isWord(qualifier.get(w)) && t.get(k + w + 1).gap() == Gap.SPACE;
            }
            if (match) {
                return true;
            }
        }
        return false;
    }

    /** Up to three lower-case words after the number, one of them plural or a unit: "2000 officers", "2005 yen". */
    private boolean countNounAfter(int e, List<Token> t) {
        int k = e;
        for (int words = 0; words < 3 && k < t.size(); words++) {
            Token w = t.get(k);
            boolean joined = words > 0 && w.gap() == Gap.NONE;
            if ((w.gap() != Gap.SPACE && !joined) || !w.isLowerCase() || lexicon.isFunctionWord(w)) {
                return false;
            }
            String key = DateLexicon.key(w);
            if (lexicon.unitNouns().contains(key) || looksPlural(key)) {
                return true;
            }
            k++;
            // a hyphenated compound goes on: "sub-groups"
            if (k + 1 < t.size() && t.get(k).isPunct("-") && t.get(k).gap() == Gap.NONE
                    && t.get(k + 1).gap() == Gap.NONE && t.get(k + 1).isWord()) {
                k++;
            }
        }
        return false;
    }

    private static boolean looksPlural(String word) {
        return word.length() >= 4 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")
                && !word.endsWith("is") && !word.endsWith("ics");
    }

    /** "in 2003 police officers ...", "its 2003 activities", "Japan's 2009 plans": a year after all. */
    private boolean yearContextBefore(int f, List<Token> t) {
        if (f == 0 || !t.get(f).gap().inline()) {
            return false;
        }
        Token prev = t.get(f - 1);
        String key = DateLexicon.key(prev);
        boolean possessive = prev.isWord("s") && f >= 2 && (t.get(f - 2).isPunct("'") || t.get(f - 2).isPunct("’"));
        return prev.isWord() && (lexicon.yearPrepositions().contains(key) || lexicon.determiners().contains(key))
                || possessive;
    }

    /**
     * Years alone in a data cell of a column whose header starts with a fiscal-year word ("FY",
     * "Fiscal year", "FY (April–March)"): the header says, once for the column, what "FY 2019"
     * says in running text.
     */
    boolean inFiscalColumn(DateMention m, List<Token> t, TextLayout layout) {
        TextLayout.Column column = aloneInCell(m, t) ? layout.columnOf(m.start()) : null;
        if (column == null) {
            return false;
        }
        return Arrays.stream(column.header().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")).filter(w -> !w.isEmpty())
                .findFirst().filter(lexicon.fiscalHeaderWords()::contains).isPresent();
    }

    private static boolean aloneInCell(DateMention m, List<Token> t) {
        return !t.get(m.firstToken()).gap().inline() && (m.endToken() >= t.size() || !t.get(m.endToken()).gap().inline());
    }

    /**
     * A number alone in a data cell of a table column headed by something other than a date
     * ("Cases", "Number of persons"), or whose other numbers are mostly not years.
     */
    private boolean inCountColumn(DateMention m, List<Token> t, TextLayout layout) {
        TextLayout.Column column = m.to() == null && aloneInCell(m, t) ? layout.columnOf(m.start()) : null;
        if (column == null) {
            return false;
        }
        String header = column.header().toLowerCase(Locale.ROOT);
        if (header.codePoints().anyMatch(Character::isLetter)) {
            return Arrays.stream(header.split("[^\\p{L}]+")).noneMatch(lexicon.dateHeaderWords()::contains);
        }
        // the column's counts include this cell, a year
        int otherNumbers = column.numbers() - 1;
        int otherYears = column.years() - 1;
        return otherNumbers >= 2 && otherYears * 2 < otherNumbers;
    }
}
