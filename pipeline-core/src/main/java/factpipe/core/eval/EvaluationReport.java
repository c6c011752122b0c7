package factpipe.core.eval;

import factpipe.core.diff.DiffReport;
import factpipe.core.diff.FactChange;
import factpipe.core.diff.TextTable;
import factpipe.core.diff.TextTable.Align;
import factpipe.core.fact.FactType;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Renders an evaluation as readable text: a line per document, a table of precision, recall and
 * F1 per type and level, and on request the missed and spurious facts, drawn as the gold →
 * predicted fact diff. Scores have three decimals; an undefined score is "-".
 */
public final class EvaluationReport {

    /** The legend of the details: what each diff marker means when OLD is gold and NEW the prediction. */
    public static final String LEGEND = "- missed (gold only), + spurious (predicted only), "
            + "~ value or text differs (missed + spurious), > span differs (missed + spurious)";

    private final DiffReport lines;

    public EvaluationReport(DiffReport lines) {
        this.lines = lines;
    }

    public static EvaluationReport plain() {
        return new EvaluationReport(DiffReport.plain());
    }

    /** The document lines, the notes on unscored documents, a blank line and the score table. */
    public String summary(Evaluation e) {
        return documents(e) + "\n" + scores(e.total());
    }

    /** One line per gold document with its strict scores; predictions without gold are named after it. */
    public String documents(Evaluation e) {
        TextTable table = new TextTable(
                List.of("document", "gold", "pred", "strict P", "strict R", "strict F1", "note"),
                List.of(Align.LEFT, Align.RIGHT, Align.RIGHT, Align.RIGHT, Align.RIGHT, Align.RIGHT, Align.LEFT));
        for (DocumentEvaluation d : e.documents()) {
            Counts s = d.scores().overall().strict();
            boolean predicted = d.status() == DocumentEvaluation.Status.SCORED;
            table.row(d.id(), String.valueOf(s.gold()), predicted ? String.valueOf(s.predicted()) : "-",
                    score(s.precision()), score(s.recall()), score(s.f1()),
                    predicted ? "" : "not in pred: " + (s.gold() == 1 ? "its 1 gold fact counts" : "all " + s.gold() + " gold facts count")
                            + " as missed");
        }
        StringBuilder sb = new StringBuilder(table.render());
        if (!e.unscored().isEmpty()) {
            sb.append("not scored (in pred only, no gold): ").append(String.join(", ", e.unscored())).append('\n');
        }
        return sb.toString();
    }

    /** Per type and level, then overall: gold, predicted and matched counts, precision, recall, F1. */
    public String scores(ScoreSheet sheet) {
        TextTable table = new TextTable(
                List.of("type", "level", "gold", "pred", "match", "precision", "recall", "F1"),
                List.of(Align.LEFT, Align.LEFT, Align.RIGHT, Align.RIGHT, Align.RIGHT, Align.RIGHT, Align.RIGHT, Align.RIGHT));
        for (FactType t : FactType.values()) {
            rows(table, t.name(), sheet.get(t));
        }
        rows(table, "overall", sheet.overall());
        return table.render();
    }

    /** Per document with errors, a header and one diff line per missed or spurious fact. */
    public String details(Evaluation e) {
        StringBuilder sb = new StringBuilder("Missed and spurious facts (strict): ").append(LEGEND).append('\n');
        boolean any = false;
        for (DocumentEvaluation d : e.documents()) {
            List<FactChange> errors = d.errors();
            if (errors.isEmpty()) {
                continue;
            }
            any = true;
            String status = d.status() == DocumentEvaluation.Status.NOT_PREDICTED ? "not in pred, " : "";
            sb.append(lines.header(d.id() + ": " + status + d.missed().size() + " missed, " + d.spurious().size() + " spurious"))
                    .append('\n');
            for (FactChange c : errors) {
                sb.append(lines.line(c)).append('\n');
            }
        }
        if (!any) {
            sb.append("none\n");
        }
        return sb.toString();
    }

    /** "0.667", or "-" when undefined. */
    public static String score(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%.3f", value.getAsDouble()) : "-";
    }

    private static void rows(TextTable table, String name, LevelCounts counts) {
        for (Level level : Level.values()) {
            Counts c = counts.get(level);
            table.row(name, level.label(), String.valueOf(c.gold()), String.valueOf(c.predicted()),
                    String.valueOf(c.matched()), score(c.precision()), score(c.recall()), score(c.f1()));
        }
    }
}
