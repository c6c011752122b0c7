package factpipe.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.IntUnaryOperator;
import org.apache.tika.parser.txt.CharsetDetector;
import org.apache.tika.parser.txt.CharsetMatch;

/**
 * Decodes plain text verbatim, so spans index the file as written: a BOM decides the charset
 * (and is dropped); else strict UTF-8; else Tika's statistical detector. Bytes that are mostly
 * valid UTF-8 but broken somewhere are an error, not silently read as Latin-1; bytes full of
 * control codes are binary, whatever the detector would guess.
 */
final class TextDecoder {

    record Decoded(String text, Charset charset) {
    }

    private TextDecoder() {
    }

    static Decoded decode(byte[] bytes) throws IngestException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(strict(bytes, 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
        }
        int invalidUtf8 = firstMalformed(bytes, 0, StandardCharsets.UTF_8);
        if (invalidUtf8 < 0) {
            return new Decoded(notBinary(new String(bytes, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        }
        if (mostlyUtf8(bytes)) {
            throw new IngestException("invalid UTF-8 at byte " + invalidUtf8);
        }
        if (looksBinary(bytes.length, i -> bytes[i] & 0xFF)) {
            throw new IngestException("binary content, not text");
        }
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        CharsetMatch match = detector.detect();
        if (match == null || !Charset.isSupported(match.getName())) {
            throw new IngestException("unknown character encoding (not UTF-8, and no other encoding fits)");
        }
        Charset charset = Charset.forName(match.getName());
        int invalid = firstMalformed(bytes, 0, charset);
        if (invalid >= 0) {
            throw new IngestException("unknown character encoding (not UTF-8; the best guess, " + charset.name()
                    + ", fails at byte " + invalid + ")");
        }
        return new Decoded(notBinary(new String(bytes, charset)), charset);
    }

    private static String strict(byte[] bytes, int offset, Charset charset) throws IngestException {
        int invalid = firstMalformed(bytes, offset, charset);
        if (invalid >= 0) {
            throw new IngestException("invalid " + charset.name() + " at byte " + invalid);
        }
        return notBinary(new String(bytes, offset, bytes.length - offset, charset));
    }

    private static String notBinary(String text) throws IngestException {
        if (looksBinary(text.length(), text::charAt)) {
            throw new IngestException("binary content, not text");
        }
        return text;
    }

    /** The file offset of the first byte that does not decode in {@code charset}, or -1. */
    private static int firstMalformed(byte[] bytes, int offset, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(8192);
        CoderResult result;
        do {
            out.clear();
            result = decoder.decode(in, out, true);
            if (result.isError()) {
                return in.position();
            }
        } while (result.isOverflow());
        do {
            out.clear();
            result = decoder.flush(out);
        } while (result.isOverflow());
        return -1;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * More well-formed multi-byte UTF-8 sequences than malformed ones: UTF-8 with a broken
     * spot. Legacy encodings (Latin-1, CP-1252, Shift_JIS, GBK) and binary data form such
     * sequences only by chance, far fewer than the bytes that break UTF-8.
     */
    private static boolean mostlyUtf8(byte[] b) {
        int valid = 0;
        int malformed = 0;
        for (int i = 0; i < b.length; ) {
            int n = sequenceLength(b[i] & 0xFF);
            if (n == 0 || i + n > b.length || !continuationBytes(b, i + 1, n - 1)) {
                // a cut-short sequence is one error, as in Unicode's "maximal subpart" rule
                malformed++;
                i++;
                for (int k = 1; k < n && i < b.length && (b[i] & 0xC0) == 0x80; k++) {
                    i++;
                }
            } else {
                if (n > 1) {
                    valid++;
                }
                i += n;
            }
        }
        return valid > malformed;
    }

    /**
     * More than 1% control codes that no text uses (all but tab, line feed, carriage return,
     * form feed, and ESC, which ISO-2022 encodings need): binary data, not text. The same test
     * serves raw bytes (C0 codes are single bytes in every ASCII-compatible encoding) and
     * decoded text.
     */
    private static boolean looksBinary(int length, IntUnaryOperator codeAt) {
        long control = 0;
        for (int i = 0; i < length; i++) {
            int c = codeAt.applyAsInt(i);
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B) || c == 0x7F) {
                control++;
            }
        }
        return control * 100 > length;
    }

    private static int sequenceLength(int lead) {
        if (lead < 0x80) {
            return 1;
        }
        if (lead >= 0xC2 && lead <= 0xDF) {
            return 2;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            return 3;
        }
        if (lead >= 0xF0 && lead <= 0xF4) {
            return 4;
        }
        return 0;
    }

    private static boolean continuationBytes(byte[] b, int from, int count) {
        for (int i = from; i < from + count; i++) {
            if ((b[i] & 0xC0) != 0x80) {
                return false;
            }
        }
        return true;
    }
}
