package factpipe.core.document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/** An ingested document: its description and its extracted text, which every span indexes. */
public record Document(DocumentInfo info, String text) {

    public Document {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(text, "text");
        if (info.charCount() != text.length()) {
            throw new IllegalArgumentException("charCount " + info.charCount() + " != text length " + text.length());
        }
    }

    public String id() {
        return info.id();
    }

    /** A plain-text document made in memory (tests, benchmarks, library use): source "memory:<id>". */
    public static Document fromText(String id, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        String sha = sha256(bytes);
        return new Document(new DocumentInfo(id, "memory:" + id, "text/plain", sha, sha, text.length(), null), text);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
