package factpipe.core.diff;

import factpipe.core.fact.CountValue;
import factpipe.core.fact.CountryValue;
import factpipe.core.fact.DateValue;
import factpipe.core.fact.Fact;
import factpipe.core.fact.FactType;
import factpipe.core.fact.FactValue;
import factpipe.core.fact.OrganizationValue;
import factpipe.core.fact.Span;
import factpipe.core.fact.TreatyValue;
import factpipe.core.json.FactSetJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders fact diffs as readable text, one line per change:
 *
 * <pre>
 * + ORGANIZATION "NPA" [120,123) National Police Agency (NPA, JP)   …officers of the «NPA» visited…
 * - COUNTRY "Japan" [249,254) Japan (JP)   …
 * ~ DATE "2014" [300,304) value: 2014 → 2014-02   …
 * ~ ORGANIZATION text: "NPA" [97,100) → "National Police Agency" [60,82) National Police Agency (NPA, JP)   …
 * &gt; COUNTRY "Korea" moved [130,135) → [180,185) South Korea (KR)   …
 * </pre>
 *
 * The context is taken from NEW where there is a NEW fact, else from OLD. With colour, lines get
 * ANSI colours (red removed, green added, yellow changed, cyan moved). Immutable and thread-safe.
 */
public final class DiffReport {

    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String DIM = "\u001b[2m";
    private static final String RED = "\u001b[31m";
    private static final String GREEN = "\u001b[32m";
    private static final String YELLOW = "\u001b[33m";
    private static final String CYAN = "\u001b[36m";

    private final boolean colour;

    private DiffReport(boolean colour) {
        this.colour = colour;
    }

    public static DiffReport plain() {
        return new DiffReport(false);
    }

    public static DiffReport coloured() {
        return new DiffReport(true);
    }

    public static DiffReport of(boolean colour) {
        return new DiffReport(colour);
    }

    /** A header line and one line per change; the empty string when the fact sets agree. */
    public String render(FactDiff diff) {
        if (diff.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        sb.append(header(diff.documentId() + ": " + summary(diff))).append('\n');
        for (FactChange c : diff.changes()) {
            sb.append(line(c)).append('\n');
        }
        return sb.toString();
    }

    /**
     * Every document with differences: changed ones in full, one-sided ones as a header only
     * (their facts are all added or all removed).
     */
    public String render(FolderDiff diff) {
        StringBuilder sb = new StringBuilder();
        for (DocumentDiff d : diff.documents()) {
            sb.append(render(d));
        }
        return sb.toString();
    }

    public String render(DocumentDiff d) {
        return switch (d.presence()) {
            case BOTH -> render(d.facts());
            case ONLY_OLD -> header(d.id() + ": only in OLD (" + facts(d.facts().count(ChangeKind.REMOVED)) + ")") + "\n";
            case ONLY_NEW -> header(d.id() + ": only in NEW (" + facts(d.facts().count(ChangeKind.ADDED)) + ")") + "\n";
        };
    }

    /** "3 changes (1 removed, 1 added, 1 value changed)". */
    public static String summary(FactDiff diff) {
        List<String> parts = new ArrayList<>();
        diff.countsByKind().forEach((kind, n) -> {
            if (n > 0) {
                parts.add(n + " " + label(kind));
            }
        });
        int total = diff.changes().size();
        return total + (total == 1 ? " change" : " changes") + (parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")");
    }

    /** One change on one line, without a line break. */
    public String line(FactChange c) {
        Fact o = c.oldFact();
        Fact n = c.newFact();
        String main = switch (c.kind()) {
            case ADDED -> "+ " + describe(n);
            case REMOVED -> "- " + describe(o);
            case VALUE_CHANGED -> "~ " + n.type() + " " + quote(n.text()) + " " + n.span()
                    + " value: " + valueChange(o.value(), n.value());
            case TEXT_CHANGED -> "~ " + n.type() + " text: " + quote(o.text()) + " " + o.span()
                    + " → " + quote(n.text()) + " " + n.span() + " "
                    + (o.value().equals(n.value()) ? value(n.value()) : "value: " + valueChange(o.value(), n.value()));
            case MOVED -> "> " + n.type() + " " + quote(n.text()) + " moved " + o.span() + " → " + n.span()
                    + " " + value(n.value());
        };
        String line = colour ? paint(c.kind()) + main + RESET : main;
        Context ctx = c.context();
        return ctx.isEmpty() ? line : line + "   " + context(ctx, c.fact().text());
    }

    /** "TYPE "text" [s,e) value". */
    public static String describe(Fact f) {
        return f.type() + " " + quote(f.text()) + " " + f.span() + " " + value(f.value());
    }

    /** A value in a few words: "National Police Agency (NPA, JP)", "2014-02", "75 person (APPROX)". */
    public static String value(FactValue v) {
        if (v instanceof DateValue d) {
            List<String> notes = new ArrayList<>();
            if (d.mod() != null) {
                notes.add(d.mod().name());
            }
            if (d.fiscal()) {
                notes.add("fiscal");
            }
            return d.edtf() + notes(notes);
        }
        if (v instanceof OrganizationValue o) {
            List<String> notes = new ArrayList<>();
            if (o.acronym() != null) {
                notes.add(o.acronym());
            }
            if (o.country() != null) {
                notes.add(o.country());
            }
            return o.name() + notes(notes);
        }
        if (v instanceof CountryValue c) {
            return c.name() + " (" + c.iso2() + (c.adjective() ? ", adjective" : "") + ")";
        }
        if (v instanceof CountValue c) {
            return c.quantity().toPlainString() + " " + c.unit() + (c.qualifier() == null ? "" : " (" + c.qualifier().name() + ")");
        }
        if (v instanceof TreatyValue t) {
            return t.name() + (t.acronym() == null ? "" : " (" + t.acronym() + ")");
        }
        throw new IllegalArgumentException("unknown value " + v);
    }

    /** "old → new", as JSON where the short forms would read the same (an acronym against a country code). */
    public static String valueChange(FactValue before, FactValue after) {
        String b = value(before);
        String a = value(after);
        if (b.equals(a)) {
            b = FactSetJson.valueTree(before).toString();
            a = FactSetJson.valueTree(after).toString();
        }
        return b + " → " + a;
    }

    /**
     * Per document and fact type, how many facts were removed, added, changed and moved, and a
     * total; documents on one side only are marked. Empty when nothing differs.
     */
    public String stat(FolderDiff diff) {
        TextTable table = new TextTable(
                List.of("document", "type", "removed", "added", "value", "text", "moved"),
                List.of(TextTable.Align.LEFT, TextTable.Align.LEFT, TextTable.Align.RIGHT, TextTable.Align.RIGHT,
                        TextTable.Align.RIGHT, TextTable.Align.RIGHT, TextTable.Align.RIGHT));
        int[] total = new int[ChangeKind.values().length];
        for (DocumentDiff d : diff.documents()) {
            if (!d.hasDifferences()) {
                continue;
            }
            String name = switch (d.presence()) {
                case BOTH -> d.id();
                case ONLY_OLD -> d.id() + " (only in OLD)";
                case ONLY_NEW -> d.id() + " (only in NEW)";
            };
            Map<FactType, Map<ChangeKind, Integer>> byType = d.facts().countsByType();
            if (byType.isEmpty()) {
                table.row(name, "-", "0", "0", "0", "0", "0");
            }
            for (Map.Entry<FactType, Map<ChangeKind, Integer>> e : byType.entrySet()) {
                Map<ChangeKind, Integer> k = e.getValue();
                k.forEach((kind, count) -> total[kind.ordinal()] += count);
                table.row(name, e.getKey().name(), String.valueOf(k.get(ChangeKind.REMOVED)),
                        String.valueOf(k.get(ChangeKind.ADDED)), String.valueOf(k.get(ChangeKind.VALUE_CHANGED)),
                        String.valueOf(k.get(ChangeKind.TEXT_CHANGED)), String.valueOf(k.get(ChangeKind.MOVED)));
            }
        }
        if (table.isEmpty()) {
            return "";
        }
        table.row("total", "", String.valueOf(total[ChangeKind.REMOVED.ordinal()]),
                String.valueOf(total[ChangeKind.ADDED.ordinal()]), String.valueOf(total[ChangeKind.VALUE_CHANGED.ordinal()]),
                String.valueOf(total[ChangeKind.TEXT_CHANGED.ordinal()]), String.valueOf(total[ChangeKind.MOVED.ordinal()]));
        return table.render();
    }

    /** "…words before «fact» words after…". */
    public String context(Context ctx, String factText) {
        String s = (ctx.moreBefore() ? "…" : "") + ctx.before() + "«" + Context.fold(factText, 0, factText.length()) + "»"
                + ctx.after() + (ctx.moreAfter() ? "…" : "");
        return colour ? DIM + s + RESET : s;
    }

    /** A header line, "=== " and the text. */
    public String header(String text) {
        return colour ? BOLD + "=== " + text + RESET : "=== " + text;
    }

    public static String label(ChangeKind kind) {
        return switch (kind) {
            case REMOVED -> "removed";
            case ADDED -> "added";
            case VALUE_CHANGED -> "value changed";
            case TEXT_CHANGED -> "text changed";
            case MOVED -> "moved";
        };
    }

    /** The text in double quotes, line breaks and tabs escaped so that a change stays on one line. */
    static String quote(String text) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                default -> sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    private static String notes(List<String> notes) {
        return notes.isEmpty() ? "" : " (" + String.join(", ", notes) + ")";
    }

    private static String facts(int n) {
        return n + (n == 1 ? " fact" : " facts");
    }

    private static String paint(ChangeKind kind) {
        return switch (kind) {
            case REMOVED -> RED;
            case ADDED -> GREEN;
            case VALUE_CHANGED, TEXT_CHANGED -> YELLOW;
            case MOVED -> CYAN;
        };
    }
}
