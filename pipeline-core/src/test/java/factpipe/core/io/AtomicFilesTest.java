package factpipe.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path tmp;

    @Test
    void writesTheWholeContentAndLeavesNoTemporaryFile() throws Exception {
        Path target = tmp.resolve("a/b/report.facts.json");

        AtomicFiles.write(target, "first".getBytes(StandardCharsets.UTF_8));
        AtomicFiles.write(target, "second, longer".getBytes(StandardCharsets.UTF_8));

        assertThat(Files.readString(target)).isEqualTo("second, longer");
        try (Stream<Path> s = Files.list(target.getParent())) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("report.facts.json");
        }
    }

    @Test
    void outputsAreReadableByOthersLikeAnyFileNotPrivateLikeATemporaryOne() throws Exception {
        assumeTrue(Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class), "no POSIX permissions here");
        Path created = tmp.resolve("new.txt");
        Path replaced = Files.writeString(tmp.resolve("old.txt"), "old");
        Files.setPosixFilePermissions(replaced, PosixFilePermissions.fromString("rw-------"));

        AtomicFiles.write(created, new byte[] {1});
        AtomicFiles.write(replaced, new byte[] {2});

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(created))).isEqualTo("rw-r--r--");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(replaced))).isEqualTo("rw-r--r--");
    }
}
