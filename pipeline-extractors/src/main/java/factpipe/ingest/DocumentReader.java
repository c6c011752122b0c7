package factpipe.ingest;

import factpipe.core.document.Document;
import factpipe.core.document.DocumentInfo;
import factpipe.core.document.DocumentMetadata;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
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

    /** Types whose bytes are the text itself: decoded verbatim, not parsed. */
    private static final Set<String> PLAIN_TEXT = Set.of("text/plain", "text/markdown", "text/x-web-markdown");

    /** A PDF ends with %%EOF; readers look for it in the last 1024 bytes. */
    private static final byte[] PDF_EOF = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final int PDF_EOF_WINDOW = 1024;

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
            throw new IngestException("unsupported format " + baseType + " (not a text, HTML, PDF, RTF or Word document)");
        }
        boolean plain = PLAIN_TEXT.contains(baseType);
        if (baseType.equals("application/pdf") && !hasPdfEndMarker(bytes)) {
            // PDFBox would rebuild a cut-off file from what is left and quietly return part of the text
            throw new IngestException("truncated PDF (the end-of-file marker is missing)");
        }
        String text;
        DocumentMetadata metadata;
        if (plain) {
            text = TextDecoder.decode(bytes).text();
            metadata = DocumentMetadata.NONE;
        } else {
            Metadata tikaMetadata = new Metadata();
            tikaMetadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
            text = parse(bytes, baseType, tikaMetadata);
            metadata = keep(tikaMetadata);
        }
        if (text.isBlank()) {
            throw new IngestException("no text content (" + (plain ? "whitespace only" : "nothing extractable from " + label(baseType)) + ")");
        }
        DocumentInfo info = new DocumentInfo(id, source, baseType, Document.sha256(bytes),
                Document.sha256(text.getBytes(StandardCharsets.UTF_8)), text.length(), metadata);
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
            // bounded: a file may grow after the size check, and pipes or devices report no size
            int limit = (int) Math.min(maxBytes, Integer.MAX_VALUE - 16);
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(limit + 1);
            }
            if (bytes.length > limit) {
                throw new IngestException("file too large (more than " + limit + " bytes; the limit is " + maxBytes + ")");
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new IngestException("no such file");
        } catch (AccessDeniedException e) {
            throw new IngestException("permission denied");
        } catch (IOException e) {
            throw new IngestException("cannot read: " + oneLine(e), e);
        }
    }

    private MediaType detect(byte[] bytes, Path file) throws IngestException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        // a TikaInputStream lets the container detectors open DOCX/ZIP files whole instead of
        // guessing from a stream (and logging a warning that they do)
        try (InputStream in = TikaInputStream.get(bytes)) {
            return detector.detect(in, metadata);
        } catch (IOException e) {
            throw new IngestException("cannot detect the format: " + oneLine(e), e);
        }
    }

    private static boolean hasPdfEndMarker(byte[] bytes) {
        int from = Math.max(0, bytes.length - PDF_EOF_WINDOW);
        for (int i = bytes.length - PDF_EOF.length; i >= from; i--) {
            if (Arrays.equals(bytes, i, i + PDF_EOF.length, PDF_EOF, 0, PDF_EOF.length)) {
                return true;
            }
        }
        return false;
    }

    private String parse(byte[] bytes, String baseType, Metadata metadata) throws IngestException {
        BodyContentHandler handler = new BodyContentHandler(-1);
        try (InputStream in = TikaInputStream.get(bytes)) {
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
            case "text/html", "application/xhtml+xml" -> "HTML";
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
        return oneLine(root);
    }

    private static String oneLine(Throwable t) {
        String message = t.getMessage() == null || t.getMessage().isBlank() ? t.getClass().getSimpleName() : t.getMessage();
        return message.strip().lines().findFirst().orElse(message);
    }

    private static DocumentMetadata keep(Metadata m) {
        return new DocumentMetadata(nonBlank(m.get(TikaCoreProperties.TITLE)), nonBlank(m.get(TikaCoreProperties.CREATOR)),
                nonBlank(m.get(TikaCoreProperties.CREATED)), nonBlank(m.get(TikaCoreProperties.MODIFIED)),
                nonBlank(m.get(TikaCoreProperties.LANGUAGE)));
    }

    private static String nonBlank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
