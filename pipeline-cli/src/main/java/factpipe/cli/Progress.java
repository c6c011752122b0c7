package factpipe.cli;

import java.io.PrintStream;

/** A one-line progress bar on stderr, drawn only when stderr is a terminal. */
final class Progress {

    private final PrintStream err;
    private final int total;
    private final boolean enabled;
    private int done;

    private Progress(PrintStream err, int total, boolean enabled) {
        this.err = err;
        this.total = total;
        this.enabled = enabled;
    }

    static Progress forStderr(int total) {
        // System.console() is null when either stream is redirected; only stdout may be
        boolean terminal = System.console() != null && System.getenv("TERM") != null && !"dumb".equals(System.getenv("TERM"));
        return new Progress(System.err, total, terminal && total > 0);
    }

    synchronized void advance(String current) {
        done++;
        if (!enabled) {
            return;
        }
        int width = 30;
        int filled = total == 0 ? width : done * width / total;
        String name = current.length() > 40 ? "..." + current.substring(current.length() - 37) : current;
        err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total + " " + name + "\u001b[K");
        err.flush();
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
