package factpipe.cli;

import factpipe.core.document.Document;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which inputs need work, given the manifest of the output folder: a document is extracted again
 * only when its bytes or the pipeline fingerprint changed, or its outputs are missing or were
 * altered. Sources that the manifest knows under the scanned paths but that are gone are listed
 * as removed.
 */
final class ExtractionPlan {

    enum Status {
        /** not in the manifest */
        NEW,
        /** other bytes, or another pipeline fingerprint */
        CHANGED,
        /** outputs missing or altered since they were written */
        REPAIR,
        UNCHANGED
    }

    record Item(InputFile input, String sha256, Status status) {
        boolean needsWork() {
            return status != Status.UNCHANGED;
        }
    }

    record Removed(String id, Manifest.Entry entry) {
    }

    private final List<Item> items;
    private final List<Removed> removed;

    private ExtractionPlan(List<Item> items, List<Removed> removed) {
        this.items = List.copyOf(items);
        this.removed = List.copyOf(removed);
    }

    List<Item> items() {
        return items;
    }

    List<Removed> removed() {
        return removed;
    }

    /**
     * @param hashes the SHA-256 of each input's bytes (null where the file cannot be read: the
     *               reader will then say why)
     */
    static ExtractionPlan make(List<InputFile> inputs, List<String> hashes, Manifest manifest, String fingerprint,
                               Path out, List<Path> scannedRoots, boolean force) {
        List<Item> items = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            InputFile input = inputs.get(i);
            seen.add(input.id());
            Manifest.Entry e = manifest.documents().get(input.id());
            String sha = hashes.get(i);
            Status status;
            if (e == null) {
                status = Status.NEW;
            } else if (force || sha == null || !sha.equals(e.sha256()) || !fingerprint.equals(e.fingerprint())) {
                status = Status.CHANGED;
            } else if (!outputsIntact(out, input.id(), e)) {
                status = Status.REPAIR;
            } else {
                status = Status.UNCHANGED;
            }
            items.add(new Item(input, sha, status));
        }
        List<Removed> removed = new ArrayList<>();
        manifest.documents().forEach((id, e) -> {
            if (!seen.contains(id) && underScannedRoots(e.source(), scannedRoots) && !Files.exists(Path.of(e.source()))) {
                removed.add(new Removed(id, e));
            }
        });
        removed.sort(java.util.Comparator.comparing(Removed::id));
        return new ExtractionPlan(items, removed);
    }

    private static boolean outputsIntact(Path out, String id, Manifest.Entry e) {
        return e.factsSha256().equals(sha256(OutputFiles.facts(out, id))) && e.textSha256().equals(sha256(OutputFiles.text(out, id)));
    }

    /** A source counts as removed only if this run looked where it was. */
    private static boolean underScannedRoots(String source, List<Path> roots) {
        Path s = Path.of(source).toAbsolutePath().normalize();
        for (Path r : roots) {
            Path root = r.toAbsolutePath().normalize();
            if (s.equals(root) || s.startsWith(root)) {
                return true;
            }
        }
        return false;
    }

    static String sha256(Path file) {
        try {
            return Document.sha256(Files.readAllBytes(file));
        } catch (IOException e) {
            return null;
        }
    }
}
