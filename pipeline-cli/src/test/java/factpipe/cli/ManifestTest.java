package factpipe.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {

    private static final Manifest.Entry A = new Manifest.Entry("in/a.txt", "a1", "fp", "af", "at");
    private static final Manifest.Entry B = new Manifest.Entry("in/sub/b.txt", "b1", "fp", "bf", "bt");

    @TempDir
    Path out;

    @Test
    void whatIsWrittenIsReadBackAndTheSameManifestIsTheSameBytes() throws Exception {
        Manifest m = new Manifest(Map.of("sub/b", B, "a", A));

        m.write(out);

        assertThat(Manifest.read(out)).isEqualTo(m);
        assertThat(Files.readAllBytes(Manifest.path(out))).isEqualTo(Manifest.EMPTY.with("a", A).with("sub/b", B).toBytes());
        assertThat(Files.readString(Manifest.path(out))).startsWith("{\n  \"format\" : 1,\n  \"documents\" : {\n    \"a\" : {");
    }

    @Test
    void noFileIsAnEmptyManifest() throws Exception {
        assertThat(Manifest.read(out)).isEqualTo(Manifest.EMPTY);
    }

    @Test
    void withAndWithoutLeaveTheOriginalAlone() {
        Manifest one = Manifest.EMPTY.with("a", A);
        assertThat(one.with("b", B).documents()).containsOnlyKeys("a", "b");
        assertThat(one.without("a")).isEqualTo(Manifest.EMPTY);
        assertThat(one.without("zzz")).isSameAs(one);
        assertThat(one.documents()).containsOnlyKeys("a");
    }

    @Test
    void aDamagedOrForeignFileIsUnreadableWithTheReason() throws Exception {
        Files.writeString(Manifest.path(out), "{\"format\": 1, \"documents\": {\"a\": {\"source\": ");
        assertThatThrownBy(() -> Manifest.read(out)).isInstanceOf(Manifest.UnreadableException.class).hasMessageStartingWith("not JSON: ");
        Files.writeString(Manifest.path(out), "{\"format\": 2, \"documents\": {}}");
        assertThatThrownBy(() -> Manifest.read(out)).isInstanceOf(Manifest.UnreadableException.class)
                .hasMessage("not a format 1 manifest");
        Files.writeString(Manifest.path(out), "[1, 2]");
        assertThatThrownBy(() -> Manifest.read(out)).hasMessage("not a format 1 manifest");
        Files.writeString(Manifest.path(out), "{\"format\": 1, \"documents\": {\"a\": {\"source\": \"in/a.txt\", \"sha256\": \"x\"}}}");
        assertThatThrownBy(() -> Manifest.read(out)).hasMessage("document 'a' has no fingerprint");
    }
}
