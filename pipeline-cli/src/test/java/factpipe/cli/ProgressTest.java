package factpipe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void drawsTheBarCountAndFailuresOnOneRedrawnLine() {
        StringWriter err = new StringWriter();
        Progress progress = new Progress(new PrintWriter(err), 4, true);

        progress.advance("in/a.txt", false);
        progress.advance("in/b.pdf", true);
        progress.finish();

        assertThat(err.toString()).isEqualTo(
                "\r[#######                       ] 1/4 in/a.txt\u001b[K"
                        + "\r[###############               ] 2/4 (1 failed) in/b.pdf\u001b[K"
                        + "\r\u001b[K");
    }

    @Test
    void longPathsKeepTheirLast37Characters() {
        Progress progress = new Progress(new PrintWriter(new StringWriter()), 1, true);
        progress.advance("reports/2023/asia/south-east/philippines/joint-operations.txt", false);

        assertThat(progress.line("reports/2023/asia/south-east/philippines/joint-operations.txt"))
                .endsWith(" 1/1 ...east/philippines/joint-operations.txt")
                .contains("[##############################]");
    }

    @Test
    void drawsNothingWhenNotATerminal() {
        StringWriter err = new StringWriter();
        Progress progress = new Progress(new PrintWriter(err), 3, false);

        progress.advance("in/a.txt", true);
        progress.clearLine();
        progress.finish();

        assertThat(err.toString()).isEmpty();
    }
}
