package factpipe.cli;

import factpipe.core.diff.DiffJson;
import factpipe.core.diff.DiffReport;
import factpipe.core.diff.DocumentDiff;
import factpipe.core.diff.DocumentFacts;
import factpipe.core.diff.FactDiffer;
import factpipe.core.diff.FolderDiff;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code factpipe diff}: the fact-level differences between two fact sets of a document, or
 * between two output folders document by document. Exit codes as for diff(1).
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Compare two fact set files, or two output folders (documents paired by their <id>.facts.json "
                + "names), fact by fact: added (+), removed (-), value or text changed (~), moved (>).",
                "The <id>.txt beside each fact set gives the context shown."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no differences", "1:differences", "2:usage error or trouble (missing or invalid file)"})
final class DiffCommand implements Callable<Integer> {

    /** When to colour the text output. */
    enum ColourMode {
        AUTO, ALWAYS, NEVER
    }

    /** Accepts auto, always and never in any case. */
    static final class ColourModeConverter implements CommandLine.ITypeConverter<ColourMode> {
        @Override
        public ColourMode convert(String value) {
            try {
                return ColourMode.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("expected auto, always or never, not '" + value + "'");
            }
        }
    }

    @Parameters(index = "0", paramLabel = "OLD", description = "A fact set file or an output folder.")
    Path oldPath;

    @Parameters(index = "1", paramLabel = "NEW", description = "A fact set file or an output folder (the same kind as OLD).")
    Path newPath;

    @Option(names = "--json", description = "Print the differences as JSON.")
    boolean json;

    @Option(names = "--stat", description = "Print a summary per document and fact type.")
    boolean stat;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto", converter = ColourModeConverter.class,
            description = "Colour the output: auto (on a terminal), always or never (default: ${DEFAULT-VALUE}).")
    ColourMode colour;

    @Mixin
    Verbosity verbosity;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (json && stat) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--json and --stat cannot be combined");
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
        for (Path p : new Path[] {oldPath, newPath}) {
            if (!Files.exists(p)) {
                err.println("factpipe diff: " + p + ": no such file or directory");
                return FactpipeCommand.EXIT_TROUBLE;
            }
        }
        boolean folders = Files.isDirectory(oldPath);
        if (folders != Files.isDirectory(newPath)) {
            err.println("factpipe diff: OLD and NEW must both be fact set files or both folders: " + kind(oldPath)
                    + ", " + kind(newPath));
            return FactpipeCommand.EXIT_TROUBLE;
        }
        FactSetInputs inputs = new FactSetInputs(Components.json());
        FactSetInputs.Loaded oldSide = folders ? inputs.folder(oldPath) : inputs.file(oldPath);
        FactSetInputs.Loaded newSide = folders ? inputs.folder(newPath) : inputs.file(newPath);
        oldSide.warnings().forEach(w -> err.println("factpipe diff: warning: " + w));
        newSide.warnings().forEach(w -> err.println("factpipe diff: warning: " + w));
        oldSide.problems().forEach(p -> err.println("factpipe diff: " + p));
        newSide.problems().forEach(p -> err.println("factpipe diff: " + p));
        boolean trouble = !oldSide.problems().isEmpty() || !newSide.problems().isEmpty();
        if (oldSide.documents().isEmpty() && trouble || newSide.documents().isEmpty() && trouble) {
            return FactpipeCommand.EXIT_TROUBLE; // nothing to compare on one side: a diff would only mislead
        }

        FactDiffer differ = new FactDiffer();
        FolderDiff diff;
        if (folders) {
            // a document unreadable on either side is left out on both, not reported as one-sided
            Map<String, DocumentFacts> olds = readable(oldSide, newSide);
            Map<String, DocumentFacts> news = readable(newSide, oldSide);
            diff = differ.diff(olds, news);
        } else {
            DocumentFacts o = oldSide.documents().values().iterator().next();
            DocumentFacts n = newSide.documents().values().iterator().next();
            diff = FolderDiff.of(new DocumentDiff(n.id(), DocumentDiff.Presence.BOTH, differ.diff(o, n)));
        }

        DiffReport report = DiffReport.of(useColour());
        if (json) {
            out.print(DiffJson.write(DiffJson.tree(diff)));
        } else if (stat) {
            out.print(report.stat(diff));
        } else {
            out.print(report.render(diff));
        }
        if (trouble) {
            return FactpipeCommand.EXIT_TROUBLE;
        }
        return diff.hasDifferences() ? FactpipeCommand.EXIT_FAILURES : FactpipeCommand.EXIT_OK;
    }

    private static Map<String, DocumentFacts> readable(FactSetInputs.Loaded side, FactSetInputs.Loaded other) {
        Map<String, DocumentFacts> m = new HashMap<>(side.documents());
        m.keySet().removeAll(other.failedIds());
        return m;
    }

    private boolean useColour() {
        return switch (colour) {
            case ALWAYS -> true;
            case NEVER -> false;
            // System.console() is null when stdin or stdout is redirected; NO_COLOR is the common opt-out
            case AUTO -> !json && System.console() != null && System.getenv("NO_COLOR") == null
                    && !"dumb".equals(System.getenv("TERM"));
        };
    }

    private static String kind(Path p) {
        return p + (Files.isDirectory(p) ? " is a folder" : " is a file");
    }
}
