package factpipe.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Keeps two runs from writing into one output folder at once: a run removes the temporary files
 * it finds there, which would be the other run's unfinished outputs, and each would rewrite the
 * other's manifest. The lock is held on a hidden file in the folder; the operating system
 * releases it when the process ends, however it ends, so a killed run leaves no stale lock. The
 * file itself stays (deleting it would let a third run lock a new file while a second still
 * waits on the old one).
 */
final class OutputLock implements AutoCloseable {

    static final String FILE_NAME = ".factpipe-lock";

    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock on {@code out}, or null when another run holds it. */
    static OutputLock tryAcquire(Path out) throws IOException {
        FileChannel channel = FileChannel.open(out.resolve(FILE_NAME), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return new OutputLock(channel, lock);
            }
        } catch (OverlappingFileLockException e) {
            // another run in this same JVM holds it
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        channel.close();
        return null;
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
