package factpipe.ingest;

import static factpipe.ingest.TestDocuments.bytes;
import static factpipe.ingest.TestDocuments.concat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    private static final String ASCII = "The NPA joined INTERPOL in 1952.\n";
    private static final String ACCENTED = "Officers from São Paulo, Málaga and Zürich met in Genève.\n";

    @Test
    void asciiIsUtf8() throws Exception {
        TextDecoder.Decoded d = TextDecoder.decode(ASCII.getBytes(StandardCharsets.US_ASCII));
        assertThat(d.text()).isEqualTo(ASCII);
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void utf8IsDecodedVerbatimKeepingCrLfAndSupplementaryCharacters() throws Exception {
        String text = "Line one\r\nLine two 𝒳 (a math letter outside the BMP)\rend";
        TextDecoder.Decoded d = TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8));
        assertThat(d.text()).isEqualTo(text);
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void byteOrderMarksDecideTheCharsetAndAreDropped() throws Exception {
        assertThat(TextDecoder.decode(concat(bytes(0xEF, 0xBB, 0xBF), ACCENTED.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(new TextDecoder.Decoded(ACCENTED, StandardCharsets.UTF_8));
        assertThat(TextDecoder.decode(concat(bytes(0xFF, 0xFE), ACCENTED.getBytes(StandardCharsets.UTF_16LE))))
                .isEqualTo(new TextDecoder.Decoded(ACCENTED, StandardCharsets.UTF_16LE));
        assertThat(TextDecoder.decode(concat(bytes(0xFE, 0xFF), ACCENTED.getBytes(StandardCharsets.UTF_16BE))))
                .isEqualTo(new TextDecoder.Decoded(ACCENTED, StandardCharsets.UTF_16BE));
    }

    @Test
    void onlyTheFirstBomIsDropped() throws Exception {
        byte[] raw = concat(bytes(0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF), ASCII.getBytes(StandardCharsets.UTF_8));
        assertThat(TextDecoder.decode(raw).text()).isEqualTo("\uFEFF" + ASCII);
    }

    @Test
    void latin1AccentsAreNotMistakenForBrokenUtf8() throws Exception {
        byte[] raw = ACCENTED.getBytes(StandardCharsets.ISO_8859_1);
        assertThat(TextDecoder.decode(raw).text()).isEqualTo(ACCENTED);
    }

    @Test
    void windows1252CurlyQuotesAndDashes() throws Exception {
        String text = "The report “Police Cooperation in Europe” — published in Brussels — cites Europol’s data.\n"
                + "Belgian and French officers made 14 arrests in Liège.\n";
        TextDecoder.Decoded d = TextDecoder.decode(text.getBytes(Charset.forName("windows-1252")));
        assertThat(d.text()).isEqualTo(text);
        assertThat(d.charset().name()).isEqualTo("windows-1252");
    }

    @Test
    void shiftJisIsDetected() throws Exception {
        String text = "警察庁は、東南アジア諸国の警察と協力して、国際的な詐欺グループの首謀者を逮捕した。"
                + "この捜査には、フィリピン国家警察も参加した。\n";
        TextDecoder.Decoded d = TextDecoder.decode(text.getBytes(Charset.forName("Shift_JIS")));
        assertThat(d.text()).isEqualTo(text);
        assertThat(d.charset().name()).isEqualTo("Shift_JIS");
    }

    @Test
    void aBrokenSequenceInUtf8TextIsAnErrorAtItsOffset() {
        byte[] good = ACCENTED.getBytes(StandardCharsets.UTF_8);
        byte[] raw = concat(good, bytes(0xC3), " and Liège.".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> TextDecoder.decode(raw)).isInstanceOf(IngestException.class)
                .hasMessage("invalid UTF-8 at byte " + good.length);
    }

    @Test
    void utf8CutInTheMiddleOfTheLastCharacter() {
        byte[] good = ACCENTED.getBytes(StandardCharsets.UTF_8);
        byte[] euro = "€".getBytes(StandardCharsets.UTF_8);
        byte[] raw = concat(good, new byte[] {euro[0], euro[1]});
        assertThatThrownBy(() -> TextDecoder.decode(raw)).hasMessage("invalid UTF-8 at byte " + good.length);
    }

    @Test
    void brokenUtf8AfterABomIsAnErrorAtItsFileOffset() {
        byte[] raw = concat(bytes(0xEF, 0xBB, 0xBF), "Málaga ".getBytes(StandardCharsets.UTF_8), bytes(0xFF));
        assertThatThrownBy(() -> TextDecoder.decode(raw)).hasMessage("invalid UTF-8 at byte " + (raw.length - 1));
    }

    @Test
    void utf16WithAnOddNumberOfBytesIsAnError() {
        byte[] raw = concat(bytes(0xFF, 0xFE), "Europol".getBytes(StandardCharsets.UTF_16LE), bytes(0x41));
        assertThatThrownBy(() -> TextDecoder.decode(raw)).hasMessage("invalid UTF-16LE at byte " + (raw.length - 1));
    }

    @Test
    void randomBytesAreBinary() {
        byte[] raw = new byte[2048];
        new Random(7).nextBytes(raw);
        assertThatThrownBy(() -> TextDecoder.decode(raw)).hasMessage("binary content, not text");
    }

    @Test
    void validUtf8FullOfControlCodesIsBinary() {
        byte[] raw = "\u0001\u0002Europol\u0003\u0004\u0005".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> TextDecoder.decode(raw)).hasMessage("binary content, not text");
    }

    @Test
    void utf16WithBomFullOfControlCodesIsBinary() {
        byte[] raw = concat(bytes(0xFE, 0xFF), "\u0000\u0000\u0000\u0000Europol".getBytes(StandardCharsets.UTF_16BE));
        assertThatThrownBy(() -> TextDecoder.decode(raw)).hasMessage("binary content, not text");
    }

    @Test
    void aFewFormFeedsAndTabsAreText() throws Exception {
        String text = "Page 1\tSummary\n\fPage 2\tDetails\n";
        assertThat(TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8)).text()).isEqualTo(text);
    }
}
