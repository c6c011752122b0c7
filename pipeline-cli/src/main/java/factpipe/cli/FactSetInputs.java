package factpipe.cli;

import factpipe.core.diff.DocumentFacts;
import factpipe.core.fact.FactSet;
import factpipe.core.json.FactSetJson;
import factpipe.core.json.InvalidFactSetException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Reads the fact sets that {@code diff} and {@code evaluate} compare: one file, or every
 * {@code <id>.facts.json} below a folder, each with the {@code <id>.txt} beside it when that is
 * the text the fact set indexes (same SHA-256). Problems name the file and the reason.
 */
final class FactSetInputs {

    /** The documents read (by id), the ids that could not be read, and what went wrong. */
    record Loaded(Map<String, DocumentFacts> documents, Set<String> failedIds, List<String> problems, List<String> warnings) {
        Loaded {
            documents = java.util.Collections.unmodifiableMap(new TreeMap<>(documents));
            failedIds = java.util.Collections.unmodifiableSet(new TreeSet<>(failedIds));
            problems = List.copyOf(problems);
            warnings = List.copyOf(warnings);
        }
    }

    private final FactSetJson json;

    FactSetInputs(FactSetJson json) {
        this.json = json;
    }

    /** One fact set file, by the id its name gives. */
    Loaded file(Path file) {
        Accumulator acc = new Accumulator();
        acc.read(file, idOf(file.getFileName().toString()));
        return acc.result();
    }

    /** Every fact set below the folder, by its path below the folder without the suffix. */
    Loaded folder(Path dir) {
        Accumulator acc = new Accumulator();
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(OutputFiles.FACTS_SUFFIX))
                    .filter(p -> !isHidden(dir.relativize(p)))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            acc.problems.add(dir + ": cannot list the folder: " + e.getMessage());
            return acc.result();
        }
        if (files.isEmpty()) {
            acc.problems.add(dir + ": no *" + OutputFiles.FACTS_SUFFIX + " files in the folder");
        }
        for (Path f : files) {
            acc.read(f, idOf(dir.relativize(f).toString().replace('\\', '/')));
        }
        return acc.result();
    }

    private static String idOf(String name) {
        return name.endsWith(OutputFiles.FACTS_SUFFIX) ? name.substring(0, name.length() - OutputFiles.FACTS_SUFFIX.length()) : name;
    }

    /** Dot-files and dot-folders (.git, temporary files) are not outputs. */
    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private final class Accumulator {
        final Map<String, DocumentFacts> documents = new TreeMap<>();
        final Set<String> failed = new TreeSet<>();
        final List<String> problems = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();

        void read(Path file, String id) {
            FactSet factSet;
            try {
                factSet = json.read(Files.readAllBytes(file));
            } catch (NoSuchFileException e) {
                fail(id, file + ": no such file");
                return;
            } catch (IOException e) {
                fail(id, file + ": cannot read: " + e.getMessage());
                return;
            } catch (InvalidFactSetException e) {
                fail(id, file + ": not a valid fact set: " + e.getMessage());
                return;
            }
            documents.put(id, new DocumentFacts(factSet, text(file, factSet)));
        }

        private void fail(String id, String problem) {
            failed.add(id);
            problems.add(problem);
        }

        /** The text beside the file if it is the one the fact set indexes, else null (no context). */
        private String text(Path factsFile, FactSet factSet) {
            Path textFile = OutputFiles.textBeside(factsFile);
            if (!Files.isRegularFile(textFile)) {
                return null;
            }
            try {
                byte[] bytes = Files.readAllBytes(textFile);
                String text = new String(bytes, StandardCharsets.UTF_8);
                if (!factpipe.core.document.Document.sha256(bytes).equals(factSet.document().textSha256())
                        || text.length() != factSet.document().charCount()) {
                    warnings.add(textFile + ": not the text of " + factsFile.getFileName() + " (textSha256 differs); no context from it");
                    return null;
                }
                return text;
            } catch (IOException e) {
                warnings.add(textFile + ": cannot read: " + e.getMessage() + "; no context from it");
                return null;
            }
        }

        Loaded result() {
            return new Loaded(documents, failed, problems, warnings);
        }
    }
}
