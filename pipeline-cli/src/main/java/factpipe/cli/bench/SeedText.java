package factpipe.cli.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * A sample report cut into paragraphs, the unit the corpus generator shuffles. Paragraphs are
 * separated by blank lines; a report without any blank line has one paragraph per line.
 */
public record SeedText(String name, List<String> paragraphs, String separator) {

    public SeedText {
        paragraphs = List.copyOf(paragraphs);
        if (paragraphs.isEmpty()) {
            throw new IllegalArgumentException("seed " + name + " has no text");
        }
    }

    public static SeedText of(String name, String text) {
        String normal = text.replace("\r\n", "\n").replace('\r', '\n').strip();
        List<String> blocks = nonBlank(normal.split("\\n[ \\t]*\\n"));
        if (blocks.size() > 1) {
            return new SeedText(name, blocks, "\n\n");
        }
        return new SeedText(name, nonBlank(normal.split("\\n")), "\n");
    }

    private static List<String> nonBlank(String[] parts) {
        return Arrays.stream(parts).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    /** Every {@code *.txt} file of {@code dir}, by file name, read as UTF-8. */
    public static List<SeedText> readAll(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            throw new NoSuchFileException(dir.toString(), null, "no such directory");
        }
        if (!Files.isDirectory(dir)) {
            throw new NotDirectoryException(dir.toString());
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".txt") && Files.isRegularFile(p))
                    .sorted().toList();
        }
        List<SeedText> seeds = new ArrayList<>();
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            if (!text.isBlank()) {
                String file = f.getFileName().toString();
                seeds.add(of(file.substring(0, file.length() - ".txt".length()), text));
            }
        }
        return seeds;
    }
}
