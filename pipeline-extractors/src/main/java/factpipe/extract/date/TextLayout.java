package factpipe.extract.date;

import factpipe.extract.date.Token.Gap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the date rules need to know about where a token stands: its line, the document's title
 * line, quoted titles, web addresses, sentences and tab-separated tables. Everything is found in
 * one pass over the text when the layout is built, so each later question costs a lookup.
 */
final class TextLayout {

    private static final Pattern LEADING_NUMBER = Pattern.compile("^[0-9][0-9,.]*");
    private static final Pattern DOCUMENT_SUFFIX = Pattern.compile("\\.(html?|pdf|php|aspx?)\\b");
    /** Title lines longer than this are taken for sentences. */
    private static final int MAX_TITLE_WORDS = 20;

    private final String text;
    private final int[] lineStarts;
    /** The title line, [start, end), or empty when the document has no title line. */
    private final int titleStart;
    private final int titleEnd;
    /** The offset of the title's first letter: a year after it is inside the title's words. */
    private final int titleFirstLetter;
    /** Quoted stretches, as [open quote, close quote] pairs sorted by start, and whether each reads as a title. */
    private final int[][] quotes;
    private final boolean[] quotedTitle;
    /** Whitespace-free runs that are web or e-mail addresses, as [start, end) pairs sorted by start. */
    private final int[][] addresses;
    private final int[] sentenceOfToken;
    /** The offsets of all tabs, for the column of a cell. */
    private final int[] tabs;
    /** For each line inside a table (a run of lines with tabs), the index of the table's first line; else -1. */
    private final int[] tableStartOfLine;
    private final Map<Long, Column> columns = new HashMap<>();

    TextLayout(String text, List<Token> tokens, DateLexicon lexicon) {
        this.text = text;
        List<Integer> starts = new ArrayList<>();
        List<Integer> tabOffsets = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            } else if (text.charAt(i) == '\t') {
                tabOffsets.add(i);
            }
        }
        this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        this.tabs = tabOffsets.stream().mapToInt(Integer::intValue).toArray();
        int[] title = titleLine();
        this.titleStart = title[0];
        this.titleEnd = title[1];
        this.titleFirstLetter = title[2];
        this.quotes = findQuotes();
        this.quotedTitle = new boolean[quotes.length];
        for (int q = 0; q < quotes.length; q++) {
            quotedTitle[q] = readsAsTitle(text.substring(quotes[q][0] + 1, quotes[q][1]).strip());
        }
        this.addresses = findAddresses();
        this.sentenceOfToken = sentences(tokens, lexicon);
        this.tableStartOfLine = tables();
    }

    int lineOf(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i : -i - 2;
    }

    private int lineEnd(int line) {
        int end = line + 1 < lineStarts.length ? lineStarts[line + 1] - 1 : text.length();
        return end > lineStarts[line] && text.charAt(end - 1) == '\r' ? end - 1 : end;
    }

    /**
     * Whether {@code offset} lies in the document's own title (its first non-blank line, when it
     * is short, not a sentence, and has a text under it) after some words of it: "Progress of
     * International Cooperation and Exchange to 2003".
     */
    boolean inTitleAfterWords(int offset) {
        return offset >= titleStart && offset < titleEnd && titleFirstLetter >= 0 && titleFirstLetter < offset;
    }

    /** [start, end, first letter] of the title line, or an empty range. */
    private int[] titleLine() {
        int line = 0;
        while (line < lineStarts.length && text.substring(lineStarts[line], lineEnd(line)).isBlank()) {
            line++;
        }
        int[] none = {text.length(), text.length(), -1};
        if (line >= lineStarts.length || text.substring(lineEnd(line)).isBlank()) {
            return none;
        }
        String title = text.substring(lineStarts[line], lineEnd(line)).replaceAll("[*#_\\s]+$", "");
        if (title.endsWith(".") || title.strip().split("\\s+").length > MAX_TITLE_WORDS) {
            return none;
        }
        int letter = -1;
        for (int i = lineStarts[line]; i < lineEnd(line) && letter < 0; i++) {
            if (Character.isLetter(text.charAt(i))) {
                letter = i;
            }
        }
        return new int[] {lineStarts[line], lineEnd(line), letter};
    }

    /**
     * Whether {@code offset} lies inside quotation marks around a title: a quoted stretch that
     * starts with a capital or a digit and whose longer words are mostly capitalised
     * ("“2022 Action Plan to Combat Trafficking in Persons”").
     */
    boolean inQuotedTitle(int offset) {
        int q = lastStartingBefore(quotes, offset);
        return q >= 0 && offset < quotes[q][1] && quotedTitle[q];
    }

    private static boolean readsAsTitle(String quoted) {
        if (quoted.isEmpty() || !(Character.isUpperCase(quoted.codePointAt(0)) || Character.isDigit(quoted.charAt(0)))) {
            return false;
        }
        int longWords = 0;
        int capitalised = 0;
        for (String word : quoted.split("[^\\p{L}]+")) {
            if (word.length() >= 4) {
                longWords++;
                if (Character.isUpperCase(word.codePointAt(0))) {
                    capitalised++;
                }
            }
        }
        return longWords >= 1 && capitalised * 3 >= longWords * 2;
    }

    /** Whether {@code offset} lies in a web address or e-mail address. */
    boolean inAddress(int offset) {
        int a = lastStartingBefore(addresses, offset + 1);
        return a >= 0 && offset < addresses[a][1];
    }

    private int[][] findAddresses() {
        List<int[]> found = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            String run = text.substring(start, i);
            if (run.contains("://") || run.startsWith("www.") || run.contains("@") || DOCUMENT_SUFFIX.matcher(run).find()) {
                found.add(new int[] {start, i});
            }
        }
        return found.toArray(new int[0][]);
    }

    /** The index of the last pair starting before {@code offset}, or -1. */
    private static int lastStartingBefore(int[][] pairs, int offset) {
        int lo = 0;
        int hi = pairs.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (pairs[mid][0] < offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    int sentenceOf(int token) {
        return sentenceOfToken[token];
    }

    /**
     * A table column seen from its data rows: the header (first row) cell, and how many of the
     * data cells start with a number and with a plausible year.
     */
    record Column(String header, int numbers, int years) {
    }

    /**
     * The table column of the cell that starts at {@code offset}, when that cell is in a data row
     * (not the table's first, header, row); else null.
     */
    Column columnOf(int offset) {
        int line = lineOf(offset);
        int table = tableStartOfLine[line];
        if (table < 0 || table == line) {
            return null;
        }
        int column = tabsBefore(offset) - tabsBefore(lineStarts[line]);
        return columns.computeIfAbsent(((long) table << 20) | column, k -> column(table, column));
    }

    private int tabsBefore(int offset) {
        int i = Arrays.binarySearch(tabs, offset);
        return i >= 0 ? i : -i - 1;
    }

    private Column column(int table, int column) {
        String header = "";
        int numbers = 0;
        int years = 0;
        for (int line = table; line < lineStarts.length && tableStartOfLine[line] == table; line++) {
            String[] cells = text.substring(lineStarts[line], lineEnd(line)).split("\t", -1);
            String cell = column < cells.length ? cells[column].strip() : "";
            if (line == table) {
                header = cell;
                continue;
            }
            Matcher number = LEADING_NUMBER.matcher(cell);
            if (number.find()) {
                numbers++;
                String digits = number.group();
                if (digits.length() == 4 && digits.chars().allMatch(Character::isDigit)) {
                    int value = Integer.parseInt(digits);
                    if (value >= DateGrammar.MIN_BARE_YEAR && value <= DateGrammar.MAX_BARE_YEAR) {
                        years++;
                    }
                }
            }
        }
        return new Column(header, numbers, years);
    }

    private int[] tables() {
        int[] start = new int[lineStarts.length];
        int current = -1;
        for (int line = 0; line < lineStarts.length; line++) {
            int from = lineStarts[line];
            int tab = tabsBefore(from);
            boolean tabbed = tab < tabs.length && tabs[tab] < lineEnd(line);
            current = tabbed ? (current < 0 ? line : current) : -1;
            start[line] = current;
        }
        return start;
    }

    /** Quotes pair up within a line: curly quotes by direction, straight quotes in turn. */
    private int[][] findQuotes() {
        List<int[]> found = new ArrayList<>();
        int open = -1;
        char openChar = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                open = -1;
            } else if (open < 0 && (c == '“' || c == '"')) {
                open = i;
                openChar = c;
            } else if (open >= 0 && ((openChar == '“' && c == '”') || (openChar == '"' && c == '"'))) {
                found.add(new int[] {open, i});
                open = -1;
            }
        }
        return found.toArray(new int[0][]);
    }

    /** Sentence numbers: a new sentence after ".", "!" or "?" before a capital, and at every line or cell break. */
    private static int[] sentences(List<Token> tokens, DateLexicon lexicon) {
        int[] ids = new int[tokens.size()];
        int id = 0;
        for (int k = 1; k < tokens.size(); k++) {
            Token x = tokens.get(k);
            if (x.gap() != Gap.NONE && x.gap() != Gap.SPACE) {
                id++;
            } else if (x.gap() == Gap.SPACE && endsSentence(tokens, k - 1, lexicon)
                    && (x.isCapitalized() || x.isNumber() || x.kind() == Token.Kind.PUNCT)) {
                id++;
            }
            ids[k] = id;
        }
        return ids;
    }

    private static boolean endsSentence(List<Token> tokens, int k, DateLexicon lexicon) {
        Token x = tokens.get(k);
        if (x.isPunct("!") || x.isPunct("?")) {
            return true;
        }
        if (!x.isPunct(".")) {
            return false;
        }
        if (k == 0 || x.gap() != Gap.NONE || !tokens.get(k - 1).isWord()) {
            return true;
        }
        Token word = tokens.get(k - 1);
        boolean initial = word.text().length() == 1 && word.isCapitalized();
        return !initial && !lexicon.abbreviations().contains(DateLexicon.key(word));
    }
}
