package factpipe.cli;

import java.nio.file.Path;

/** A file to extract: where it is, its document id, and the source path recorded for it. */
record InputFile(Path path, String id, String source) {
}
