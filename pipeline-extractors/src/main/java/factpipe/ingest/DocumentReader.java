package factpipe.ingest;

import factpipe.core.document.Document;
import factpipe.core.document.DocumentInfo;
import factpipe.core.document.DocumentMetadata;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * Reads one file into a {@link Document}. Apache Tika detects the media type and extracts the
 * text; plain text is decoded verbatim (see {@link TextDecoder}) so that spans index the file
 * as written. Every failure is an {@link IngestException} with a one-line reason.
 * Thread-safe: Tika's parsers are stateless and each call has its own handler and metadata.
 */
public final class DocumentReader {

    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

    private static final Set<String> SUPPORTED = Set.of(
            "text/plain", "text/html", "application/xhtml+xml", "application/pdf", "application/rtf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/msword",
            "text/markdown", "text/x-web-markdown");

    private final long maxBytes;
    private final Detector detector;
    private final Parser parser;

    public DocumentReader(long maxBytes) {
        this.maxBytes = maxBytes;
        TikaConfig config = TikaConfig.getDefaultConfig();
        this.detector = config.getDetector();
        this.parser = new AutoDetectParser(config);
    }

    /**
     * @param file   the file to read
     * @param id     the document id (path below the input root, without extension)
     * @param source the path to record as the document's source
     */
    public Document read(Path file, String id, String source) throws IngestException {
        byte[] bytes = readBytes(file);
        if (bytes.length == 0) {
            throw new IngestException("empty file (0 bytes)");
        }
        MediaType type = detect(bytes, file);
        String baseType = type.getBaseType().toString();
        if (!SUPPORTED.contains(baseType)) {
            throw new IngestException("unsupported format " + baseType);
        }
        String text;
        DocumentMetadata metadata;
        if (baseType.equals("text/plain") || baseType.startsWith("text/x-web-markdown") || baseType.equals("text/markdown")) {
            text = TextDecoder.decode(bytes).text();
            rejectBinary(text);
            metadata = DocumentMetadata.NONE;
        } else {
            Metadata tikaMetadata = new Metadata();
            text = parse(bytes, baseType, tikaMetadata);
            metadata = keep(tikaMetadata);
        }
        if (text.isBlank()) {
            throw new IngestException("no text content (" + (baseType.equals("text/plain") ? "whitespace only" : "nothing extractable from " + baseType) + ")");
        }
        DocumentInfo info = new DocumentInfo(id, source, baseType, sha256(bytes),
                sha256(text.getBytes(StandardCharsets.UTF_8)), text.length(), metadata);
        return new Document(info, text);
    }

    private byte[] readBytes(Path file) throws IngestException {
        try {
            if (Files.isDirectory(file)) {
                throw new IngestException("is a directory");
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new IngestException("file too large (" + size + " bytes; the limit is " + maxBytes + ")");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IngestException("no such file");
        } catch (AccessDeniedException e) {
            throw new IngestException("permission denied");
        } catch (IOException e) {
            throw new IngestException("cannot read: " + e.getMessage(), e);
        }
    }

    private MediaType detect(byte[] bytes, Path file) throws IngestException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            return detector.detect(in, metadata);
        } catch (IOException e) {
            throw new IngestException("cannot detect the format: " + e.getMessage(), e);
        }
    }

    /** Text files that are really binary: control characters that no text format uses. */
    private static void rejectBinary(String text) throws IngestException {
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0 || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f')) {
                control++;
            }
        }
        if (control > 0 && control * 100L > text.length()) {
            throw new IngestException("binary content, not text");
        }
    }

    private String parse(byte[] bytes, String baseType, Metadata metadata) throws IngestException {
        BodyContentHandler handler = new BodyContentHandler(-1);
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            parser.parse(in, handler, metadata, new ParseContext());
            return handler.toString();
        } catch (EncryptedDocumentException e) {
            throw new IngestException("encrypted " + label(baseType) + " (a password is needed)", e);
        } catch (ZeroByteFileException e) {
            throw new IngestException("empty file (0 bytes)", e);
        } catch (TikaException e) {
            throw new IngestException("corrupt or unreadable " + label(baseType) + ": " + rootMessage(e), e);
        } catch (IOException | SAXException | RuntimeException e) {
            throw new IngestException("cannot extract text from " + label(baseType) + ": " + rootMessage(e), e);
        }
    }

    private static String label(String baseType) {
        return switch (baseType) {
            case "application/pdf" -> "PDF";
            case "application/rtf" -> "RTF";
            case "application/msword" -> "Word document";
            case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" -> "DOCX";
            default -> baseType;
        };
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    private static DocumentMetadata keep(Metadata m) {
        return new DocumentMetadata(nonBlank(m.get(TikaCoreProperties.TITLE)), nonBlank(m.get(TikaCoreProperties.CREATOR)),
                nonBlank(m.get(TikaCoreProperties.CREATED)), nonBlank(m.get(TikaCoreProperties.MODIFIED)),
                nonBlank(m.get(TikaCoreProperties.LANGUAGE)));
    }

    private static String nonBlank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
