package factpipe.extract.count;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The blocks of a document's text: paragraphs (one a line) and tables (runs of tab-separated
 * lines or of markdown pipe rows), each table with the line above it as its title.
 */
final class TextLayout {

    sealed interface Block permits Paragraph, Table {
    }

    /** A line of running text, [start, end). */
    record Paragraph(int start, int end) implements Block {
    }

    /** A cell, trimmed, [start, end); empty cells keep their column. */
    record Cell(int start, int end) {
        boolean empty() {
            return start == end;
        }
    }

    record Row(List<Cell> cells) {
        Optional<Cell> cell(int column) {
            return column < cells.size() ? Optional.of(cells.get(column)) : Optional.empty();
        }
    }

    /** Rows in order, the first one the header; the title is the nearest non-blank line above. */
    record Table(List<Row> rows, Optional<Paragraph> title) implements Block {
    }

    private record Line(int start, int end) {
    }

    private TextLayout() {
    }

    static List<Block> of(String text) {
        List<Line> lines = lines(text);
        List<Block> blocks = new ArrayList<>();
        Paragraph lastText = null;
        int i = 0;
        while (i < lines.size()) {
            Line line = lines.get(i);
            if (blank(text, line)) {
                i++;
                continue;
            }
            boolean tab = tabRow(text, line);
            boolean pipe = !tab && pipeRow(text, line);
            if (tab || pipe) {
                List<Row> rows = new ArrayList<>();
                while (i < lines.size() && (tab ? tabRow(text, lines.get(i)) : pipeRow(text, lines.get(i)))) {
                    Line l = lines.get(i);
                    if (tab) {
                        rows.add(cells(text, l.start(), l.end(), '\t'));
                    } else if (!pipeSeparator(text, l)) {
                        rows.add(pipeCells(text, l));
                    }
                    i++;
                }
                blocks.add(new Table(List.copyOf(rows), Optional.ofNullable(lastText)));
                lastText = null;
                continue;
            }
            Paragraph p = new Paragraph(line.start(), line.end());
            blocks.add(p);
            lastText = p;
            i++;
        }
        return List.copyOf(blocks);
    }

    private static List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            int trimmed = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
            lines.add(new Line(start, trimmed));
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        return lines;
    }

    private static boolean blank(String text, Line line) {
        return text.substring(line.start(), line.end()).isBlank();
    }

    /** A line with a tab between two pieces of text, or starting a row with an empty first cell. */
    private static boolean tabRow(String text, Line line) {
        String s = text.substring(line.start(), line.end());
        int tab = s.indexOf('\t');
        return tab >= 0 && !s.isBlank() && !s.substring(tab).isBlank();
    }

    private static boolean pipeRow(String text, Line line) {
        String s = text.substring(line.start(), line.end()).strip();
        return s.length() > 2 && s.startsWith("|") && s.endsWith("|");
    }

    private static boolean pipeSeparator(String text, Line line) {
        return text.substring(line.start(), line.end()).strip().matches("\\|[\\s:\\-|]+\\|");
    }

    private static Row pipeCells(String text, Line line) {
        int s = text.indexOf('|', line.start()) + 1;
        int e = text.lastIndexOf('|', line.end() - 1);
        return cells(text, s, e, '|');
    }

    private static Row cells(String text, int start, int end, char separator) {
        List<Cell> cells = new ArrayList<>();
        int s = start;
        for (int k = start; k <= end; k++) {
            if (k == end || text.charAt(k) == separator) {
                int a = s;
                int b = k;
                while (a < b && Character.isWhitespace(text.charAt(a))) {
                    a++;
                }
                while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
                    b--;
                }
                cells.add(new Cell(a, b));
                s = k + 1;
            }
        }
        return new Row(List.copyOf(cells));
    }
}
