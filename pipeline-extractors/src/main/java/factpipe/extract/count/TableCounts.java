package factpipe.extract.count;

import factpipe.core.fact.CountValue;
import factpipe.core.fact.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts in tables: a number standing alone in a cell counts what its column header counts
 * ("Number of personnel dispatched" gives "personnel"); where the header names no counted noun
 * ("Total", "Long-term", a year), the table's title does ("Breakdown of expert dispatches by
 * country"). Row numbers, years, rounds, percentages and page numbers after dot leaders are not
 * counts. Cells holding text are read as running text.
 */
final class TableCounts {

    /** A number alone in a cell, maybe with a bracketed change and a footnote star: "109 (-41)", "75 *". */
    private static final Pattern NUMBER_CELL = Pattern.compile(
            "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)\\s*(?:\\([^)]*\\))?\\s*\\*?");

    private final CountLexicon lexicon;
    private final UnitPhrase units;
    private final CountReader prose;
    private final TextTagger tagger;

    TableCounts(CountLexicon lexicon, UnitPhrase units, CountReader prose, TextTagger tagger) {
        this.lexicon = lexicon;
        this.units = units;
        this.prose = prose;
        this.tagger = tagger;
    }

    List<CountFinding> read(String text, TextLayout.Table table, BodyNames bodies) {
        List<CountFinding> found = new ArrayList<>();
        if (table.rows().isEmpty()) {
            return found;
        }
        TextLayout.Row header = table.rows().get(0);
        Map<Integer, Optional<String>> columnUnits = new HashMap<>();
        for (int r = 0; r < table.rows().size(); r++) {
            TextLayout.Row row = table.rows().get(r);
            for (int c = 0; c < row.cells().size(); c++) {
                TextLayout.Cell cell = row.cells().get(c);
                if (cell.empty()) {
                    continue;
                }
                Matcher m = NUMBER_CELL.matcher(text.substring(cell.start(), cell.end()));
                if (!m.matches()) {
                    found.addAll(prose.read(tagger.tag(text, cell.start(), cell.end(), bodies), new Discourse()));
                    continue;
                }
                if (r == 0 || dotLeaderBefore(text, row, c)) {
                    continue; // a header cell is a label; "Introduction.....<tab>1" is a page number
                }
                int column = c;
                Optional<String> unit = columnUnits.computeIfAbsent(c, k -> columnUnit(text, table, header, column, bodies));
                if (unit.isPresent()) {
                    Span span = new Span(cell.start() + m.start(1), cell.start() + m.end(1));
                    found.add(new CountFinding(span,
                            new CountValue(NumberGrammar.digitValue(m.group(1)), unit.get(), null), false, false));
                }
            }
        }
        return found;
    }

    private Optional<String> columnUnit(String text, TextLayout.Table table, TextLayout.Row header, int column,
                                        BodyNames bodies) {
        Optional<TextLayout.Cell> cell = header.cell(column).filter(h -> !h.empty());
        if (cell.isPresent()) {
            String label = text.substring(cell.get().start(), cell.get().end());
            TaggedText tagged = tagger.tag(text, cell.get().start(), cell.get().end(), bodies);
            Optional<String> unit = units.label(tagged);
            if (unit.isPresent()) {
                return unit;
            }
            if (notCountColumn(tagged, label)) {
                return Optional.empty();
            }
        }
        if (column == 0) {
            return Optional.empty(); // row labels and row numbers
        }
        return table.title().flatMap(title -> units.label(tagger.tag(text, title.start(), title.end(), bodies)));
    }

    /** "Round", "No.", "Year", "Date", "%", "Page": the column numbers or dates rows, it does not count. */
    private boolean notCountColumn(TaggedText header, String label) {
        if (header.size() == 0) {
            return false;
        }
        if (lexicon.percentWords.matchAt(header.tokens(), 0) > 0 || label.contains("%")) {
            return true;
        }
        if (lexicon.identifierHeads.matchAt(header.tokens(), 0) > 0) {
            return true;
        }
        String first = header.lower(0);
        return lexicon.timeUnits.contains(first) || lexicon.rowLabelHeaders.contains(first);
    }

    private static boolean dotLeaderBefore(String text, TextLayout.Row row, int column) {
        for (int c = column - 1; c >= 0; c--) {
            TextLayout.Cell cell = row.cells().get(c);
            if (!cell.empty()) {
                String s = text.substring(cell.start(), cell.end());
                return s.endsWith("..") || s.endsWith("\u2026");
            }
        }
        return false;
    }
}
