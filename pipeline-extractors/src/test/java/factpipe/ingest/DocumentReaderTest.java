package factpipe.ingest;

import static factpipe.ingest.TestDocuments.bytes;
import static factpipe.ingest.TestDocuments.concat;
import static factpipe.ingest.TestDocuments.sha256;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import factpipe.core.document.Document;
import factpipe.core.document.DocumentInfo;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentReaderTest {

    private static final DocumentReader READER = new DocumentReader(DocumentReader.DEFAULT_MAX_BYTES);

    private static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /** Report-style text with accents, a dash, curly quotes and both line endings. */
    private static final String REPORT = "The NPA sent 12 officers to São Paulo and Málaga in March 2021.\r\n"
            + "Europol’s “joint action days” covered 27 countries — a record.\n";

    @TempDir
    Path dir;

    // ---- plain text ------------------------------------------------------------------------

    @Test
    void utf8WithoutBomIsReadVerbatim() throws Exception {
        byte[] raw = REPORT.getBytes(StandardCharsets.UTF_8);
        Document doc = read(write("report.txt", raw));

        assertThat(doc.text()).isEqualTo(REPORT);
        assertInfo(doc, raw, "text/plain");
        assertThat(doc.info().metadata().isEmpty()).isTrue();
    }

    @Test
    void utf8BomIsDroppedFromTheTextButCountedInTheFileHash() throws Exception {
        byte[] raw = concat(bytes(0xEF, 0xBB, 0xBF), REPORT.getBytes(StandardCharsets.UTF_8));
        Document doc = read(write("report.txt", raw));

        assertThat(doc.text()).isEqualTo(REPORT);
        assertThat(doc.text().charAt(0)).isEqualTo('T');
        assertInfo(doc, raw, "text/plain");
    }

    @Test
    void utf16LittleEndianWithBom() throws Exception {
        byte[] raw = concat(bytes(0xFF, 0xFE), REPORT.getBytes(StandardCharsets.UTF_16LE));
        Document doc = read(write("report.txt", raw));

        assertThat(doc.text()).isEqualTo(REPORT);
        assertInfo(doc, raw, "text/plain");
    }

    @Test
    void utf16BigEndianWithBom() throws Exception {
        byte[] raw = concat(bytes(0xFE, 0xFF), REPORT.getBytes(StandardCharsets.UTF_16BE));
        Document doc = read(write("report.txt", raw));

        assertThat(doc.text()).isEqualTo(REPORT);
        assertInfo(doc, raw, "text/plain");
    }

    @Test
    void windows1252TextWithAccentsAndCurlyQuotes() throws Exception {
        String text = "La Police fédérale belge a coopéré avec la Guardia Civil à Málaga en 2019.\n"
                + "Le rapport “Coopération policière” décrit 14 opérations communes — un succès.\n"
                + "Les enquêteurs français et espagnols ont saisi 3,2 tonnes de cocaïne.\n";
        byte[] raw = text.getBytes(Charset.forName("windows-1252"));
        Document doc = read(write("rapport.txt", raw));

        assertThat(doc.text()).isEqualTo(text);
        assertInfo(doc, raw, "text/plain");
    }

    @Test
    void iso88591TextWithAccents() throws Exception {
        String text = "Die Polizei in München und Zürich arbeitete 2020 mit Europol zusammen.\n"
                + "Der Bericht über die Zusammenarbeit nennt 45 Festnahmen in Österreich.\n"
                + "Les policiers de Genève ont participé à l'opération « Mérida ».\n";
        byte[] raw = text.getBytes(StandardCharsets.ISO_8859_1);
        Document doc = read(write("bericht.txt", raw));

        assertThat(doc.text()).isEqualTo(text);
        assertInfo(doc, raw, "text/plain");
    }

    @Test
    void shiftJisJapaneseIsDetected() throws Exception {
        String text = "警察庁は、国際刑事警察機構（ＩＣＰＯ）を通じて外国の治安機関と緊密に協力している。\n"
                + "令和５年には、東南アジアの国々と合同で詐欺事件の捜査を行い、１２人を逮捕した。\n"
                + "また、国際捜査共助に関する条約に基づき、証拠の提供を要請した。\n";
        byte[] raw = text.getBytes(Charset.forName("Shift_JIS"));
        Document doc = read(write("houkoku.txt", raw));

        assertThat(doc.text()).isEqualTo(text);
        assertInfo(doc, raw, "text/plain");
    }

    @Test
    void markdownIsReadVerbatimAsText() throws Exception {
        String text = "# Cooperation with ASEAN\n\nThe NPA hosted the *ASEANAPOL* conference in 2018.\n";
        byte[] raw = text.getBytes(StandardCharsets.UTF_8);
        Document doc = read(write("notes.md", raw));

        assertThat(doc.text()).isEqualTo(text);
        assertThat(doc.info().mediaType()).isEqualTo("text/x-web-markdown");
    }

    // ---- formats parsed by Tika ------------------------------------------------------------

    @Test
    void htmlBodyTextAndTitle() throws Exception {
        String html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Police White Paper 2023</title>"
                + "<style>p { color: red; }</style><script>var hidden = 'not text';</script></head>"
                + "<body><h1>International Cooperation</h1>"
                + "<p>The NPA dispatched 5 investigators to the Philippines in June 2023.</p></body></html>";
        byte[] raw = html.getBytes(StandardCharsets.UTF_8);
        Document doc = read(write("paper.html", raw));

        assertThat(doc.text()).contains("International Cooperation")
                .contains("The NPA dispatched 5 investigators to the Philippines in June 2023.")
                .doesNotContain("not text").doesNotContain("color").doesNotContain("Police White Paper");
        assertInfo(doc, raw, "text/html");
        assertThat(doc.info().metadata().title()).isEqualTo("Police White Paper 2023");
    }

    @Test
    void pdfTextAndTitle() throws Exception {
        byte[] raw = TestDocuments.pdf("Annual Report on Cooperation",
                List.of("The NPA joined INTERPOL in 1952.", "Japan hosted the General Assembly in 2022."), null);
        Document doc = read(write("annual.pdf", raw));

        assertThat(doc.text()).contains("The NPA joined INTERPOL in 1952.")
                .contains("Japan hosted the General Assembly in 2022.");
        assertThat(doc.text().indexOf("1952")).isLessThan(doc.text().indexOf("2022"));
        assertInfo(doc, raw, "application/pdf");
        assertThat(doc.info().metadata().title()).isEqualTo("Annual Report on Cooperation");
    }

    @Test
    void docxTextAndTitle() throws Exception {
        byte[] raw = TestDocuments.docx("Mutual Legal Assistance",
                List.of("The treaty with Korea entered into force in January 2007.", "It was used 31 times."));
        Document doc = read(write("mlat.docx", raw));

        assertThat(doc.text()).contains("The treaty with Korea entered into force in January 2007.\n"
                + "It was used 31 times.");
        assertInfo(doc, raw, DOCX_TYPE);
        assertThat(doc.info().metadata().title()).isEqualTo("Mutual Legal Assistance");
    }

    @Test
    void rtfTextWithEscapedAccents() throws Exception {
        String rtf = "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\froman Times New Roman;}}"
                + "{\\info{\\title Liaison Officers}}"
                + "\\f0\\fs24 The NPA posted liaison officers in Bogot\\'e1 and S\\'e3o Paulo in 2016.\\par\n"
                + "They reported 8 cases.\\par\n}";
        byte[] raw = rtf.getBytes(StandardCharsets.US_ASCII);
        Document doc = read(write("liaison.rtf", raw));

        assertThat(doc.text()).contains("The NPA posted liaison officers in Bogotá and São Paulo in 2016.\n"
                + "They reported 8 cases.");
        assertThat(doc.text()).doesNotContain("\\par").doesNotContain("Times New Roman");
        assertInfo(doc, raw, "application/rtf");
        assertThat(doc.info().metadata().title()).isEqualTo("Liaison Officers");
    }

    @Test
    void idAndSourceAreRecordedAsGiven() throws Exception {
        Path file = write("nested.txt", "Europol was founded in 1998.\n".getBytes(StandardCharsets.UTF_8));
        Document doc = READER.read(file, "reports/nested", "in/reports/nested.txt");

        assertThat(doc.id()).isEqualTo("reports/nested");
        assertThat(doc.info().source()).isEqualTo("in/reports/nested.txt");
    }

    // ---- bad input -------------------------------------------------------------------------

    @Test
    void zeroByteFile() throws Exception {
        Path file = write("empty.txt", new byte[0]);
        assertFails(() -> read(file), "empty file (0 bytes)");
    }

    @Test
    void whitespaceOnlyFile() throws Exception {
        Path file = write("blank.txt", " \n\t\r\n   \n".getBytes(StandardCharsets.US_ASCII));
        assertFails(() -> read(file), "no text content (whitespace only)");
    }

    @Test
    void pdfWithoutTextIsRejected() throws Exception {
        Path file = write("blank.pdf", TestDocuments.pdf(null, List.of(), null));
        assertFails(() -> read(file), "no text content (nothing extractable from PDF)");
    }

    @Test
    void binaryGarbageNamedTxt() throws Exception {
        Path file = write("garbage.txt", randomBytes(4096));
        assertFails(() -> read(file), "binary content, not text");
    }

    @Test
    void binaryGarbageWithoutAKnownExtension() throws Exception {
        Path file = write("garbage.dat", randomBytes(4096));
        assertFails(() -> read(file), "unsupported format application/octet-stream (not a text, HTML, PDF, RTF or Word document)");
    }

    @Test
    void textWithNulBytesIsBinary() throws Exception {
        byte[] raw = "Europol\0\0\0\0report\0\0\0\0\0\0data\0\0".getBytes(StandardCharsets.US_ASCII);
        Path file = write("nul.txt", raw);
        assertFails(() -> read(file), "binary content, not text");
    }

    @Test
    void truncatedPdf() throws Exception {
        byte[] whole = TestDocuments.pdf("Cut", List.of("The NPA joined INTERPOL in 1952."), null);
        Path file = write("cut.pdf", Arrays.copyOf(whole, whole.length / 2));
        assertFails(() -> read(file), "truncated PDF (the end-of-file marker is missing)");
    }

    @Test
    void pdfCutBeforeItsTrailerIsTruncatedEvenThoughTheTextWouldSurvive() throws Exception {
        byte[] whole = TestDocuments.pdf("Cut", List.of("The NPA joined INTERPOL in 1952."), null);
        Path file = write("cut.pdf", Arrays.copyOf(whole, whole.length * 9 / 10));
        assertFails(() -> read(file), "truncated PDF (the end-of-file marker is missing)");
    }

    @Test
    void pdfWithTrailingBlankLinesAfterTheMarkerIsWhole() throws Exception {
        byte[] raw = concat(TestDocuments.pdf(null, List.of("Europol was founded in 1998."), null),
                "\n\n\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(read(write("padded.pdf", raw)).text()).contains("Europol was founded in 1998.");
    }

    @Test
    void truncatedDocx() throws Exception {
        byte[] whole = TestDocuments.docx(null, List.of("The treaty with Korea entered into force in January 2007."));
        Path file = write("cut.docx", Arrays.copyOf(whole, whole.length / 2));
        Throwable thrown = catchIngest(() -> read(file));
        assertThat(thrown.getMessage()).startsWith("corrupt or unreadable DOCX: ").satisfies(DocumentReaderTest::isOneLine);
    }

    @Test
    void corruptPdfBody() throws Exception {
        byte[] raw = ("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 9 0 R >>\nendobj\n"
                + "garbage that is no PDF object at all\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        Path file = write("corrupt.pdf", raw);
        Throwable thrown = catchIngest(() -> read(file));
        assertThat(thrown.getMessage()).startsWith("corrupt or unreadable PDF").satisfies(DocumentReaderTest::isOneLine);
    }

    @Test
    void encryptedPdf() throws Exception {
        Path file = write("secret.pdf", TestDocuments.pdf("Secret", List.of("Classified."), "user-secret"));
        assertFails(() -> read(file), "encrypted PDF (a password is needed)");
    }

    @Test
    void pngIsUnsupported() throws Exception {
        Path file = write("chart.png", TestDocuments.png());
        assertFails(() -> read(file), "unsupported format image/png (not a text, HTML, PDF, RTF or Word document)");
    }

    @Test
    void pngRenamedToTxtIsStillUnsupported() throws Exception {
        Path file = write("chart.txt", TestDocuments.png());
        assertFails(() -> read(file), "unsupported format image/png (not a text, HTML, PDF, RTF or Word document)");
    }

    @Test
    void zipIsUnsupported() throws Exception {
        Path file = write("reports.zip", TestDocuments.zip("a.txt", "The NPA joined INTERPOL in 1952."));
        assertFails(() -> read(file), "unsupported format application/zip (not a text, HTML, PDF, RTF or Word document)");
    }

    @Test
    void fileOverTheSizeLimit() throws Exception {
        Path file = write("big.txt", "x".repeat(101).getBytes(StandardCharsets.US_ASCII));
        DocumentReader small = new DocumentReader(100);
        assertFails(() -> small.read(file, "big", file.toString()), "file too large (101 bytes; the limit is 100)");
    }

    @Test
    void fileExactlyAtTheSizeLimitIsRead() throws Exception {
        Path file = write("fits.txt", "y".repeat(100).getBytes(StandardCharsets.US_ASCII));
        assertThat(new DocumentReader(100).read(file, "fits", file.toString()).text()).hasSize(100);
    }

    @Test
    void deviceWithoutSizeIsReadOnlyUpToTheLimit() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.isReadable(zero), "no /dev/zero on this system");
        assertFails(() -> new DocumentReader(100).read(zero, "zero", "/dev/zero"),
                "file too large (more than 100 bytes; the limit is 100)");
    }

    @Test
    void invalidUtf8InMostlyUtf8Text() throws Exception {
        byte[] good = "The NPA sent officers to São Paulo and Málaga; ".getBytes(StandardCharsets.UTF_8);
        // E2 82 is the start of "€" cut short by an ASCII letter
        byte[] raw = concat(good, bytes(0xE2, 0x82), "x in 2021.\n".getBytes(StandardCharsets.UTF_8));
        Path file = write("broken.txt", raw);
        assertFails(() -> read(file), "invalid UTF-8 at byte " + good.length);
    }

    @Test
    void unreadableFile() throws Exception {
        Path file = write("locked.txt", "Europol was founded in 1998.\n".getBytes(StandardCharsets.UTF_8));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        // root reads any file whatever its permissions: there is nothing to test then
        assumeFalse(Files.isReadable(file), "running as root: permissions do not stop reads");
        assertFails(() -> read(file), "permission denied");
    }

    @Test
    void directoryPassedAsAFile() throws Exception {
        Path sub = Files.createDirectory(dir.resolve("reports.txt"));
        assertFails(() -> read(sub), "is a directory");
    }

    @Test
    void nonexistentPath() {
        assertFails(() -> read(dir.resolve("missing.txt")), "no such file");
    }

    // ---- helpers ---------------------------------------------------------------------------

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    private static Document read(Path file) throws IngestException {
        String name = file.getFileName().toString();
        return READER.read(file, name.substring(0, Math.max(name.lastIndexOf('.'), 1)), file.toString());
    }

    private static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        new Random(20240601L).nextBytes(b);
        return b;
    }

    private static void assertInfo(Document doc, byte[] raw, String mediaType) {
        DocumentInfo info = doc.info();
        assertThat(info.mediaType()).isEqualTo(mediaType);
        assertThat(info.sha256()).isEqualTo(sha256(raw));
        assertThat(info.textSha256()).isEqualTo(sha256(doc.text().getBytes(StandardCharsets.UTF_8)));
        assertThat(info.charCount()).isEqualTo(doc.text().length());
    }

    private static void assertFails(ThrowingCallable call, String message) {
        assertThatThrownBy(call).isInstanceOf(IngestException.class).hasMessage(message);
    }

    private static Throwable catchIngest(ThrowingCallable call) {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(call);
        assertThat(t).isInstanceOf(IngestException.class);
        return t;
    }

    private static void isOneLine(String message) {
        assertThat(message).isNotBlank().doesNotContain("\n").doesNotContain("\r");
    }
}
