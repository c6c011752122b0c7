package factpipe.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * Which inputs need work, given the manifest of the output folder: a document is extracted again
 * only when its bytes, its recorded source or the pipeline fingerprint changed, or its outputs
 * are missing or were altered. Sources that the manifest knows under the scanned paths but that
 * are gone are listed as removed.
 */
final class ExtractionPlan {

    enum Status {
        /** not in the manifest */
        NEW,
        /** other bytes, another source path, or another pipeline fingerprint */
        CHANGED,
        /** the same document, but its outputs are missing or were altered since they were written */
        REPAIR,
        UNCHANGED
    }

    /**
     * What this run finds on disk for one input: the SHA-256 of its bytes (null when it cannot be
     * read or is over the size limit: the reader will then say why) and of its two outputs (null
     * when missing, or not looked at because the manifest has no entry).
     */
    record Observed(String sha256, String factsSha256, String textSha256) {
    }

    /**
     * One input and what to do with it. {@code previous} is its manifest entry (null for a new
     * document); {@code previousIntact} says that the outputs on disk are the ones that entry
     * describes, so that the previous fact set can be compared with the new one.
     */
    record Item(InputFile input, Status status, boolean forced, Manifest.Entry previous, boolean previousIntact) {
        boolean needsWork() {
            return forced || status != Status.UNCHANGED;
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

    /** In input order. */
    List<Item> items() {
        return items;
    }

    /** By id. */
    List<Removed> removed() {
        return removed;
    }

    boolean hasWork() {
        return items.stream().anyMatch(Item::needsWork);
    }

    /** Reads and hashes the input (unless larger than {@code maxBytes}) and, if the manifest knows it, its outputs. */
    static Observed observe(InputFile input, Manifest.Entry entry, Path out, long maxBytes) {
        String sha = sha256(input.path(), maxBytes);
        if (entry == null) {
            return new Observed(sha, null, null);
        }
        return new Observed(sha, sha256(OutputFiles.facts(out, input.id()), Long.MAX_VALUE),
                sha256(OutputFiles.text(out, input.id()), Long.MAX_VALUE));
    }

    /**
     * @param observed     for each input, in the same order
     * @param scannedRoots the paths given on the command line: only a source below one of them
     *                     can be found gone
     */
    static ExtractionPlan make(List<InputFile> inputs, List<Observed> observed, Manifest manifest, String fingerprint,
                               boolean force, List<Path> scannedRoots) {
        if (inputs.size() != observed.size()) {
            throw new IllegalArgumentException(inputs.size() + " inputs but " + observed.size() + " observations");
        }
        List<Item> items = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            InputFile input = inputs.get(i);
            ids.add(input.id());
            Manifest.Entry e = manifest.documents().get(input.id());
            Observed o = observed.get(i);
            boolean intact = e != null && e.factsSha256().equals(o.factsSha256()) && e.textSha256().equals(o.textSha256());
            Status status;
            if (e == null) {
                status = Status.NEW;
            } else if (o.sha256() == null || !o.sha256().equals(e.sha256()) || !fingerprint.equals(e.fingerprint())
                    || !input.source().equals(e.source())) {
                // the source path is in the fact set: the same bytes found elsewhere make another output
                status = Status.CHANGED;
            } else if (!intact) {
                status = Status.REPAIR;
            } else {
                status = Status.UNCHANGED;
            }
            items.add(new Item(input, status, force, e, intact));
        }
        List<Removed> removed = new ArrayList<>();
        manifest.documents().forEach((id, e) -> {
            if (!ids.contains(id) && underScannedRoots(e.source(), scannedRoots) && !Files.exists(Path.of(e.source()))) {
                removed.add(new Removed(id, e));
            }
        });
        removed.sort(Comparator.comparing(Removed::id));
        return new ExtractionPlan(items, removed);
    }

    /** A source counts as removed only if this run looked where it was. */
    private static boolean underScannedRoots(String source, List<Path> roots) {
        Path s;
        try {
            s = Path.of(source).toAbsolutePath().normalize();
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
        for (Path r : roots) {
            if (s.startsWith(r.toAbsolutePath().normalize())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The SHA-256 of the file's bytes, read in chunks; null when it cannot be read or holds more
     * than {@code maxBytes} (a file the reader refuses is not read whole here either).
     */
    static String sha256(Path file, long maxBytes) {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
                if (total > maxBytes) {
                    return null;
                }
                md.update(buffer, 0, n);
            }
        } catch (IOException e) {
            return null;
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
