package factpipe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import factpipe.cli.ExtractionPlan.Observed;
import factpipe.cli.ExtractionPlan.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionPlanTest {

    @TempDir
    Path tmp;

    private InputFile input(String id) {
        Path p = tmp.resolve("in").resolve(id + ".txt");
        return new InputFile(p, id, p.toString());
    }

    private Manifest.Entry entry(String id, String sha, String fingerprint) {
        return new Manifest.Entry(input(id).source(), sha, fingerprint, "F-" + id, "T-" + id);
    }

    private static Observed intact(String id, String sha) {
        return new Observed(sha, "F-" + id, "T-" + id);
    }

    private ExtractionPlan.Item plan(Observed observed, Manifest.Entry entry, String fingerprint, boolean force) {
        Manifest m = entry == null ? Manifest.EMPTY : Manifest.EMPTY.with("a", entry);
        return ExtractionPlan.make(List.of(input("a")), List.of(observed), m, fingerprint, force, List.of(tmp.resolve("in")))
                .items().get(0);
    }

    @Test
    void eachStatusForItsReason() {
        Manifest.Entry e = entry("a", "s1", "fp1");
        assertThat(plan(new Observed("s1", null, null), null, "fp1", false).status()).isEqualTo(Status.NEW);
        assertThat(plan(intact("a", "s1"), e, "fp1", false).status()).isEqualTo(Status.UNCHANGED);
        assertThat(plan(intact("a", "s2"), e, "fp1", false).status()).as("other bytes").isEqualTo(Status.CHANGED);
        assertThat(plan(intact("a", null), e, "fp1", false).status()).as("unreadable now").isEqualTo(Status.CHANGED);
        assertThat(plan(intact("a", "s1"), e, "fp2", false).status()).as("another pipeline").isEqualTo(Status.CHANGED);
        Manifest.Entry elsewhere = new Manifest.Entry("other/a.txt", "s1", "fp1", "F-a", "T-a");
        assertThat(plan(intact("a", "s1"), elsewhere, "fp1", false).status()).as("another source path").isEqualTo(Status.CHANGED);
        assertThat(plan(new Observed("s1", "F-a", "altered"), e, "fp1", false).status()).isEqualTo(Status.REPAIR);
        assertThat(plan(new Observed("s1", null, "T-a"), e, "fp1", false).status()).as("fact set missing").isEqualTo(Status.REPAIR);
    }

    @Test
    void onlyWhatIsUnchangedNeedsNoWorkUnlessForced() {
        Manifest.Entry e = entry("a", "s1", "fp1");
        assertThat(plan(intact("a", "s1"), e, "fp1", false).needsWork()).isFalse();
        ExtractionPlan.Item forced = plan(intact("a", "s1"), e, "fp1", true);
        assertThat(forced.status()).isEqualTo(Status.UNCHANGED);
        assertThat(forced.needsWork()).isTrue();
        assertThat(plan(intact("a", "s2"), e, "fp1", false).needsWork()).isTrue();
    }

    @Test
    void theOldFactSetIsComparedOnlyWhenItsOutputsAreTheOnesTheEntryDescribes() {
        Manifest.Entry e = entry("a", "s1", "fp1");
        assertThat(plan(intact("a", "s2"), e, "fp1", false).previousIntact()).isTrue();
        assertThat(plan(new Observed("s2", "F-a", "other"), e, "fp1", false).previousIntact()).isFalse();
        assertThat(plan(new Observed("s2", null, null), null, "fp1", false).previousIntact()).isFalse();
    }

    @Test
    void aSourceIsRemovedOnlyWhenGoneFromAScannedPath() throws Exception {
        Path kept = Files.createDirectories(tmp.resolve("in")).resolve("kept.txt");
        Files.writeString(kept, "still here");
        Manifest m = new Manifest(Map.of(
                "gone", entry("gone", "s", "fp"),
                "kept", new Manifest.Entry(kept.toString(), "s", "fp", "f", "t"),
                "elsewhere", new Manifest.Entry(tmp.resolve("other/x.txt").toString(), "s", "fp", "f", "t")));

        ExtractionPlan plan = ExtractionPlan.make(List.of(), List.of(), m, "fp", false, List.of(tmp.resolve("in")));

        assertThat(plan.removed()).extracting(ExtractionPlan.Removed::id).containsExactly("gone");
        assertThat(plan.hasWork()).isFalse();
    }
}
