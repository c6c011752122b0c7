package factpipe.cli;

import java.io.PrintWriter;

/**
 * A one-line progress bar, drawn only when stderr is a terminal. It writes to the same writer
 * as the error messages, so that it can clear itself before each message instead of mixing
 * with it.
 */
final class Progress {

    private static final int WIDTH = 30;
    private static final int NAME_WIDTH = 40;

    private final PrintWriter err;
    private final int total;
    private final boolean enabled;
    private int done;
    private int failed;

    Progress(PrintWriter err, int total, boolean enabled) {
        this.err = err;
        this.total = total;
        this.enabled = enabled && total > 0;
    }

    static Progress forTerminal(PrintWriter err, int total) {
        // System.console() is null when either stream is redirected; only stdout may be
        boolean terminal = System.console() != null && System.getenv("TERM") != null && !"dumb".equals(System.getenv("TERM"));
        return new Progress(err, total, terminal);
    }

    /** One more document done; {@code current} is its source path. */
    synchronized void advance(String current, boolean hasFailed) {
        done++;
        if (hasFailed) {
            failed++;
        }
        if (!enabled) {
            return;
        }
        err.print("\r" + line(current) + "\u001b[K");
        err.flush();
    }

    /** e.g. "[#########                     ] 3/10 (1 failed) seeds/003_f22f.txt". */
    synchronized String line(String current) {
        int filled = done * WIDTH / total;
        String name = current.length() > NAME_WIDTH ? "..." + current.substring(current.length() - NAME_WIDTH + 3) : current;
        return "[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total
                + (failed > 0 ? " (" + failed + " failed)" : "") + " " + name;
    }

    synchronized void clearLine() {
        if (enabled) {
            err.print("\r\u001b[K");
            err.flush();
        }
    }

    synchronized void finish() {
        clearLine();
    }
}
