package factpipe.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * The manifest of an output folder while a run changes it. The run drops the entries of the
 * documents it is about to extract again, and writes that, before it touches any of their
 * outputs; a finished document's entry is added only once both its outputs are complete. So a
 * run killed at any moment leaves a manifest each of whose entries describes outputs that are on
 * disk. Each write replaces the whole file (atomically), so additions are written at most once
 * per interval: a kill loses at most the last interval's entries, and the next run extracts
 * those documents again. Thread-safe.
 */
final class RunManifest {

    private final Path out;
    private final long intervalNanos;
    private final Map<String, Manifest.Entry> entries;
    private boolean dirty;
    private long lastWrite;

    /**
     * @param start the manifest this run starts from
     * @param dirty whether {@code start} differs from the file on disk
     */
    RunManifest(Path out, Manifest start, boolean dirty, long intervalMillis) {
        this.out = out;
        this.entries = new TreeMap<>(start.documents());
        this.dirty = dirty;
        this.intervalNanos = intervalMillis * 1_000_000L;
        this.lastWrite = System.nanoTime();
    }

    /** Records a finished document; written with the next batch. */
    synchronized void put(String id, Manifest.Entry entry) {
        entries.put(id, entry);
        dirty = true;
        if (System.nanoTime() - lastWrite >= intervalNanos) {
            try {
                write();
            } catch (IOException e) {
                // the entry stays unwritten (dirty): the next batch or flush() tries again, and flush() reports
            }
        }
    }

    /** Writes what is not written yet, if anything. */
    synchronized void flush() throws IOException {
        if (dirty) {
            write();
        }
    }

    synchronized Manifest current() {
        return new Manifest(entries);
    }

    private void write() throws IOException {
        new Manifest(entries).write(out);
        dirty = false;
        lastWrite = System.nanoTime();
    }
}
