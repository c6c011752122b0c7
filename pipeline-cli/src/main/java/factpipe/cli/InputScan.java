package factpipe.cli;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns the paths given on the command line into input files with unique ids. A file's id is its
 * path below the root it was found under, without extension; when two files would share an id
 * (report.txt and report.pdf) they keep their extensions, and any that still clash are refused.
 * The output directory is never read as input, so a run over "." that writes into "./out" gives
 * the same result every time.
 */
final class InputScan {

    record Problem(String path, String reason) {
    }

    record Result(List<InputFile> files, List<Problem> problems) {
    }

    private InputScan() {
    }

    static Result scan(List<Path> roots) {
        return scan(roots, null);
    }

    /** @param out the output directory, skipped while walking; null when there is none */
    static Result scan(List<Path> roots, Path out) {
        Path outDir = out == null ? null : canonical(out);
        List<Candidate> candidates = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS) && !Files.exists(root)) {
                problems.add(new Problem(root.toString(), "no such file or directory"));
            } else if (Files.isDirectory(root)) {
                if (outDir != null && canonical(root).startsWith(outDir)) {
                    problems.add(new Problem(root.toString(), "is the output directory (or inside it), not input"));
                    continue;
                }
                int problemsBefore = problems.size();
                List<Path> found = walk(root, outDir, problems);
                if (found.isEmpty() && problems.size() == problemsBefore) {
                    problems.add(new Problem(root.toString(), "directory contains no files to read (hidden files are skipped)"));
                }
                for (Path f : found) {
                    candidates.add(new Candidate(f, root.relativize(f)));
                }
            } else {
                candidates.add(new Candidate(root, root.getFileName()));
            }
        }
        List<InputFile> files = assignIds(withoutRepeats(candidates), problems);
        return new Result(refuseSelfOverwrite(files, out, problems), problems);
    }

    private record Candidate(Path path, Path relative) {
        String relativeName() {
            return relative.toString().replace('\\', '/');
        }

        String withoutExtension() {
            String name = relativeName();
            int slash = name.lastIndexOf('/');
            int dot = name.lastIndexOf('.');
            return dot > slash + 1 ? name.substring(0, dot) : name;
        }
    }

    /**
     * The regular files below {@code root}, sorted by relative path. A subdirectory that cannot
     * be listed is a problem of its own; the rest of the tree is still read.
     */
    private static List<Path> walk(Path root, Path outDir, List<Problem> problems) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(root) && (isHidden(dir) || (outDir != null && canonical(dir).equals(outDir)))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    // symbolic links to files are followed (Files.isRegularFile), links to folders are not
                    if (!isHidden(file) && Files.isRegularFile(file)) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    String what = Files.isDirectory(file) ? "cannot list directory: " : "cannot read: ";
                    problems.add(new Problem(file.toString(), what + reason(e)));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(new Problem(root.toString(), "cannot list directory: " + reason(e)));
        }
        found.sort(Comparator.comparing(p -> root.relativize(p).toString().replace('\\', '/')));
        return found;
    }

    /** Dot-files and dot-folders (.git, editor swap files, unfinished outputs) are not reports. */
    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    /** The same file named twice (a file and the folder holding it, or a repeated argument) is read once. */
    private static List<Candidate> withoutRepeats(List<Candidate> candidates) {
        Set<Path> seen = new HashSet<>();
        List<Candidate> unique = new ArrayList<>();
        for (Candidate c : candidates) {
            if (seen.add(canonical(c.path()))) {
                unique.add(c);
            }
        }
        return unique;
    }

    private static List<InputFile> assignIds(List<Candidate> candidates, List<Problem> problems) {
        Map<String, List<Candidate>> byStem = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            byStem.computeIfAbsent(c.withoutExtension(), k -> new ArrayList<>()).add(c);
        }
        // every file claims its id first, and only then are clashes settled, so that the outcome
        // does not depend on which file came first (report.txt vs report.txt.pdf)
        Map<String, List<Candidate>> byId = new TreeMap<>();
        for (Map.Entry<String, List<Candidate>> e : byStem.entrySet()) {
            for (Candidate c : e.getValue()) {
                String id = e.getValue().size() == 1 ? e.getKey() : c.relativeName();
                byId.computeIfAbsent(id, k -> new ArrayList<>()).add(c);
            }
        }
        List<InputFile> files = new ArrayList<>();
        for (Map.Entry<String, List<Candidate>> e : byId.entrySet()) {
            List<Candidate> claimants = new ArrayList<>(e.getValue());
            claimants.sort(Comparator.comparing(c -> c.path().toString()));
            Candidate winner = claimants.get(0);
            files.add(new InputFile(winner.path(), e.getKey(), winner.path().toString().replace('\\', '/')));
            for (Candidate loser : claimants.subList(1, claimants.size())) {
                problems.add(new Problem(loser.path().toString(), "document id '" + e.getKey()
                        + "' is already used by " + winner.path() + " (rename one of them)"));
            }
        }
        return files;
    }

    /** An input that the run would overwrite with its own output (input folder = --out) is refused. */
    private static List<InputFile> refuseSelfOverwrite(List<InputFile> files, Path out, List<Problem> problems) {
        if (out == null) {
            return files;
        }
        List<InputFile> kept = new ArrayList<>();
        for (InputFile f : files) {
            Path input = canonical(f.path());
            if (input.equals(canonical(OutputFiles.text(out, f.id()))) || input.equals(canonical(OutputFiles.facts(out, f.id())))) {
                problems.add(new Problem(f.source(), "would be overwritten by its own output; choose another --out"));
            } else {
                kept.add(f);
            }
        }
        return kept;
    }

    /** The real path when the file exists (resolving links), else the absolute normalised path. */
    private static Path canonical(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    private static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
