package factpipe.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputScanTest {

    @TempDir
    Path tmp;

    @Test
    void aFileIsNamedByItsFileNameWithoutExtension() throws IOException {
        Path file = touch(tmp.resolve("seeds/000_40feac79.txt"));

        InputScan.Result r = InputScan.scan(List.of(file));

        assertThat(r.problems()).isEmpty();
        assertThat(r.files()).containsExactly(new InputFile(file, "000_40feac79", file.toString()));
    }

    @Test
    void aDirectoryGivesRelativeIdsSortedWithNestedFoldersKept() throws IOException {
        Path root = tmp.resolve("in");
        touch(root.resolve("b.txt"));
        touch(root.resolve("a/z.pdf"));
        touch(root.resolve("a/b/c.html"));
        touch(root.resolve("no-extension"));
        touch(root.resolve("archive.v2/report"));

        InputScan.Result r = InputScan.scan(List.of(root));

        assertThat(r.problems()).isEmpty();
        assertThat(r.files()).extracting(InputFile::id)
                .containsExactly("a/b/c", "a/z", "archive.v2/report", "b", "no-extension");
        assertThat(r.files().get(0).source()).isEqualTo(root.resolve("a/b/c.html").toString());
    }

    @Test
    void hiddenFilesAndFoldersAreSkipped() throws IOException {
        Path root = tmp.resolve("in");
        touch(root.resolve("report.txt"));
        touch(root.resolve(".report.txt.swp"));
        touch(root.resolve(".git/HEAD"));
        touch(root.resolve("sub/.factpipe-tmp-123.part"));

        InputScan.Result r = InputScan.scan(List.of(root));

        assertThat(r.files()).extracting(InputFile::id).containsExactly("report");
    }

    @Test
    void sameNameInTwoFormatsKeepsTheExtensions() throws IOException {
        Path root = tmp.resolve("in");
        touch(root.resolve("report.txt"));
        touch(root.resolve("report.html"));
        touch(root.resolve("other.pdf"));

        InputScan.Result r = InputScan.scan(List.of(root));

        assertThat(r.problems()).isEmpty();
        assertThat(r.files()).extracting(InputFile::id).containsExactly("other", "report.html", "report.txt");
    }

    @Test
    void anIdClaimedTwiceIsRefusedForOneWhateverTheOrder() throws IOException {
        // report.txt keeps its extension (report.pdf exists) and so clashes with report.txt.pdf
        Path root = tmp.resolve("in");
        Path txt = touch(root.resolve("report.txt"));
        touch(root.resolve("report.pdf"));
        Path txtPdf = touch(root.resolve("report.txt.pdf"));

        InputScan.Result r = InputScan.scan(List.of(root));

        assertThat(r.files()).extracting(InputFile::id).containsExactly("report.pdf", "report.txt");
        assertThat(r.files()).filteredOn(f -> f.id().equals("report.txt")).extracting(InputFile::path).containsExactly(txt);
        assertThat(r.problems()).containsExactly(new InputScan.Problem(txtPdf.toString(),
                "document id 'report.txt' is already used by " + txt + " (rename one of them)"));
    }

    @Test
    void theSameRelativeFileUnderTwoRootsClashes() throws IOException {
        Path a = touch(tmp.resolve("a/x.txt"));
        Path b = touch(tmp.resolve("b/x.txt"));

        InputScan.Result r = InputScan.scan(List.of(tmp.resolve("a"), tmp.resolve("b")));

        assertThat(r.files()).extracting(InputFile::path).containsExactly(a);
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo(b.toString());
            assertThat(p.reason()).startsWith("document id 'x.txt' is already used by " + a);
        });
    }

    @Test
    void theSameFileNamedTwiceIsReadOnceUnderItsPlainId() throws IOException {
        Path file = touch(tmp.resolve("in/report.txt"));

        InputScan.Result r = InputScan.scan(List.of(file, tmp.resolve("in"), tmp.resolve("in/../in/report.txt")));

        assertThat(r.problems()).isEmpty();
        assertThat(r.files()).containsExactly(new InputFile(file, "report", file.toString()));
    }

    @Test
    void aNonexistentPathAndAnEmptyDirectoryAreProblems() throws IOException {
        Path missing = tmp.resolve("missing");
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Path good = touch(tmp.resolve("good.txt"));

        InputScan.Result r = InputScan.scan(List.of(missing, empty, good));

        assertThat(r.files()).extracting(InputFile::path).containsExactly(good);
        assertThat(r.problems()).containsExactly(
                new InputScan.Problem(missing.toString(), "no such file or directory"),
                new InputScan.Problem(empty.toString(), "directory contains no files to read (hidden files are skipped)"));
    }

    @Test
    void theOutputDirectoryIsNotInput() throws IOException {
        Path root = tmp.resolve("in");
        touch(root.resolve("a.txt"));
        Path out = root.resolve("out");
        touch(out.resolve("a.txt"));
        touch(out.resolve("a.facts.json"));

        InputScan.Result r = InputScan.scan(List.of(root), out);

        assertThat(r.problems()).isEmpty();
        assertThat(r.files()).extracting(InputFile::id).containsExactly("a");
    }

    @Test
    void theOutputDirectoryGivenAsInputIsAProblem() throws IOException {
        Path out = tmp.resolve("out");
        touch(out.resolve("a.txt"));

        InputScan.Result r = InputScan.scan(List.of(out), out);

        assertThat(r.files()).isEmpty();
        assertThat(r.problems()).containsExactly(
                new InputScan.Problem(out.toString(), "is the output directory (or inside it), not input"));
    }

    @Test
    void aFileThatItsOutputWouldReplaceIsAProblem() throws IOException {
        Path out = tmp.resolve("out");
        Path inOut = touch(out.resolve("a.txt"));
        Path html = touch(out.resolve("b.html"));

        InputScan.Result r = InputScan.scan(List.of(inOut, html), out);

        assertThat(r.files()).extracting(InputFile::path).containsExactly(html);
        assertThat(r.problems()).containsExactly(new InputScan.Problem(inOut.toString(),
                "would be overwritten by its own output; choose another --out"));
    }

    @Test
    void anUnreadableSubfolderIsOneProblemAndTheRestIsStillRead() throws IOException {
        Path root = tmp.resolve("in");
        touch(root.resolve("a.txt"));
        Path locked = root.resolve("locked");
        touch(locked.resolve("b.txt"));
        touch(root.resolve("z.txt"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            // root lists any folder whatever its permissions: there is nothing to test then
            assumeFalse(Files.isReadable(locked), "running as root: permissions do not stop reads");

            InputScan.Result r = InputScan.scan(List.of(root));

            assertThat(r.files()).extracting(InputFile::id).containsExactly("a", "z");
            assertThat(r.problems()).containsExactly(
                    new InputScan.Problem(locked.toString(), "cannot list directory: permission denied"));
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    private static Path touch(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "The NPA joined INTERPOL in 1952.\n");
    }
}
