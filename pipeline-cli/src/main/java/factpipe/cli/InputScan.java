package factpipe.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Turns the paths given on the command line into input files with unique ids. A file's id is its
 * path below the root it was found under, without extension; when two files would share an id
 * (report.txt and report.pdf) they keep their extensions, and any that still clash are refused.
 */
final class InputScan {

    record Problem(String path, String reason) {
    }

    record Result(List<InputFile> files, List<Problem> problems) {
    }

    private InputScan() {
    }

    static Result scan(List<Path> roots) {
        List<Candidate> candidates = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !Files.exists(root)) {
                problems.add(new Problem(root.toString(), "no such file or directory"));
            } else if (Files.isDirectory(root)) {
                List<Path> found = walk(root, problems);
                if (found.isEmpty()) {
                    problems.add(new Problem(root.toString(), "directory contains no readable files"));
                }
                for (Path f : found) {
                    candidates.add(new Candidate(f, root.relativize(f)));
                }
            } else {
                candidates.add(new Candidate(root, root.getFileName()));
            }
        }
        return new Result(assignIds(candidates, problems), problems);
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

    private static List<Path> walk(Path root, List<Problem> problems) {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> !p.equals(root))
                    .filter(p -> !isHidden(root.relativize(p)))
                    .filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(p -> root.relativize(p).toString()))
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            problems.add(new Problem(root.toString(), "cannot list directory: " + e.getMessage()));
            return List.of();
        }
    }

    /** Dot-files and dot-folders (.git, editor swap files) are not reports. */
    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static List<InputFile> assignIds(List<Candidate> candidates, List<Problem> problems) {
        Map<String, List<Candidate>> byId = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            byId.computeIfAbsent(c.withoutExtension(), k -> new ArrayList<>()).add(c);
        }
        Map<String, Candidate> unique = new LinkedHashMap<>();
        for (Map.Entry<String, List<Candidate>> e : byId.entrySet()) {
            if (e.getValue().size() == 1) {
                unique.put(e.getKey(), e.getValue().get(0));
                continue;
            }
            for (Candidate c : e.getValue()) {
                Candidate clash = unique.putIfAbsent(c.relativeName(), c);
                if (clash != null && !clash.path().toAbsolutePath().normalize().equals(c.path().toAbsolutePath().normalize())) {
                    problems.add(new Problem(c.path().toString(), "document id '" + c.relativeName()
                            + "' is already used by " + clash.path()));
                }
            }
        }
        return unique.entrySet().stream()
                .map(e -> new InputFile(e.getValue().path(), e.getKey(), e.getValue().path().toString().replace('\\', '/')))
                .sorted(Comparator.comparing(InputFile::id))
                .toList();
    }
}
