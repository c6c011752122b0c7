package factpipe.cli;

import factpipe.core.eval.Counts;
import factpipe.core.eval.Evaluation;
import factpipe.core.eval.EvaluationJson;
import factpipe.core.eval.EvaluationReport;
import factpipe.core.eval.Evaluator;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code factpipe evaluate}: scores predicted fact sets against gold ones, per fact type and
 * overall, at the strict, lenient and distinct levels.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Score the fact sets in --pred against those in --gold (documents paired by their "
                + "<id>.facts.json names): precision, recall and F1 per fact type and overall, at three levels:",
                "  strict    same type, span and value",
                "  lenient   same type and value, overlapping spans (one-to-one)",
                "  distinct  same type and value anywhere in the document (sets of values)",
                "A gold document missing from --pred counts as all missed; a predicted document without gold "
                        + "is not scored. Context for --details comes from the <id>.txt beside the fact sets."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:scored (and overall strict F1 >= --min-f1, if given)",
                "1:overall strict F1 below --min-f1",
                "2:usage error or trouble (missing folder, invalid fact set)"})
final class EvaluateCommand implements Callable<Integer> {

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Folder of gold fact sets.")
    Path gold;

    @Option(names = "--pred", required = true, paramLabel = "DIR", description = "Folder of predicted fact sets.")
    Path pred;

    @Option(names = "--json", description = "Print the scores (and details) as JSON.")
    boolean json;

    @Option(names = "--details", description = "List every missed and spurious fact with its context.")
    boolean details;

    @Option(names = "--min-f1", paramLabel = "X", description = "Exit 1 when the overall strict F1 is below X (0 to 1).")
    Double minF1;

    @Mixin
    Verbosity verbosity;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (minF1 != null && !(minF1 >= 0 && minF1 <= 1)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--min-f1 must be between 0 and 1, not " + minF1);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            return run(out, err);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int run(PrintWriter out, PrintWriter err) {
        for (Path p : new Path[] {gold, pred}) {
            if (!Files.isDirectory(p)) {
                err.println("factpipe evaluate: " + p + (Files.exists(p) ? ": not a folder" : ": no such folder"));
                return FactpipeCommand.EXIT_TROUBLE;
            }
        }
        FactSetInputs inputs = new FactSetInputs(Components.json());
        FactSetInputs.Loaded goldSide = inputs.folder(gold);
        FactSetInputs.Loaded predSide = inputs.folder(pred);
        goldSide.warnings().forEach(w -> err.println("factpipe evaluate: warning: " + w));
        predSide.warnings().forEach(w -> err.println("factpipe evaluate: warning: " + w));
        if (!goldSide.problems().isEmpty() || !predSide.problems().isEmpty()) {
            // a partial score would look like a real one: refuse instead
            goldSide.problems().forEach(p -> err.println("factpipe evaluate: " + p));
            predSide.problems().forEach(p -> err.println("factpipe evaluate: " + p));
            err.println("factpipe evaluate: not scored: fix or remove the files above");
            return FactpipeCommand.EXIT_TROUBLE;
        }

        Evaluation evaluation = new Evaluator().evaluate(goldSide.documents(), predSide.documents());
        if (json) {
            out.print(EvaluationJson.write(evaluation, details));
        } else {
            EvaluationReport report = EvaluationReport.plain();
            out.print(report.summary(evaluation));
            if (details) {
                out.println();
                out.print(report.details(evaluation));
            }
        }

        Counts strict = evaluation.total().overall().strict();
        OptionalDouble f1 = strict.f1();
        if (minF1 != null && f1.isPresent() && f1.getAsDouble() < minF1) {
            // the counts, because a rounded 0.900 would not look below 0.9
            err.printf(Locale.ROOT, "factpipe evaluate: overall strict F1 %.4f (2*%d/(%d+%d)) is below --min-f1 %s%n",
                    f1.getAsDouble(), strict.matched(), strict.predicted(), strict.gold(), minF1);
            return FactpipeCommand.EXIT_FAILURES;
        }
        return FactpipeCommand.EXIT_OK;
    }
}
