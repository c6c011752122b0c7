package factpipe.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.tika.parser.txt.CharsetDetector;
import org.apache.tika.parser.txt.CharsetMatch;

/**
 * Decodes plain text verbatim, so spans index the file as written: a BOM decides the charset
 * (and is dropped); else strict UTF-8; else Tika's statistical detector. Bytes that are mostly
 * valid UTF-8 but broken somewhere are an error, not silently read as Latin-1.
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
        try {
            return new Decoded(strict(bytes, 0, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        } catch (IngestException notUtf8) {
            if (hasUtf8MultiByteSequence(bytes)) {
                throw new IngestException("invalid UTF-8 at byte " + firstInvalidUtf8(bytes));
            }
        }
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        CharsetMatch match = detector.detect();
        if (match == null || !Charset.isSupported(match.getName())) {
            throw new IngestException("cannot determine the character encoding");
        }
        Charset charset = Charset.forName(match.getName());
        return new Decoded(strict(bytes, 0, charset), charset);
    }

    private static String strict(byte[] bytes, int offset, Charset charset) throws IngestException {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IngestException("invalid " + charset.name() + " text");
        }
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

    /** A well-formed two- to four-byte sequence: Latin-1 or CP-1252 text almost never has one. */
    private static boolean hasUtf8MultiByteSequence(byte[] b) {
        for (int i = 0; i < b.length; i++) {
            int n = sequenceLength(b[i] & 0xFF);
            if (n > 1 && i + n <= b.length && continuationBytes(b, i + 1, n - 1)) {
                return true;
            }
        }
        return false;
    }

    private static long firstInvalidUtf8(byte[] b) {
        for (int i = 0; i < b.length; ) {
            int n = sequenceLength(b[i] & 0xFF);
            if (n == 0 || i + n > b.length || !continuationBytes(b, i + 1, n - 1)) {
                return i;
            }
            i += n;
        }
        return b.length;
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
