package factpipe.extract.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A UTF-8 data file on the classpath (gazetteer, word list): its meaningful lines (no blank
 * lines, no # comments) and the SHA-256 of its bytes, which goes into the pipeline fingerprint
 * so that a changed entry invalidates earlier output.
 */
public record ResourceLines(String path, List<String> lines, String sha256) {

    public static ResourceLines load(String path) {
        try (InputStream in = ResourceLines.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            byte[] bytes = in.readAllBytes();
            List<String> lines = new String(bytes, StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .toList();
            return new ResourceLines(path, lines, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + path, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The tab-separated columns of each line, padded with empty strings to {@code columns}. */
    public List<String[]> rows(int columns) {
        return lines.stream().map(l -> {
            String[] parts = l.split("\t", -1);
            if (parts.length > columns) {
                throw new IllegalStateException(path + ": expected " + columns + " columns: " + l);
            }
            String[] row = new String[columns];
            for (int i = 0; i < columns; i++) {
                row[i] = i < parts.length ? parts[i].strip() : "";
            }
            return row;
        }).toList();
    }
}
