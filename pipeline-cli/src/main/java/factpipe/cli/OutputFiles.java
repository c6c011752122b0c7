package factpipe.cli;

import java.nio.file.Path;

/** Where a document's outputs live in an output folder. */
final class OutputFiles {

    static final String FACTS_SUFFIX = ".facts.json";
    static final String TEXT_SUFFIX = ".txt";

    private OutputFiles() {
    }

    static Path facts(Path out, String id) {
        return out.resolve(id + FACTS_SUFFIX);
    }

    static Path text(Path out, String id) {
        return out.resolve(id + TEXT_SUFFIX);
    }

    /** The text file beside a fact set file: x.facts.json -> x.txt. */
    static Path textBeside(Path factsFile) {
        String name = factsFile.getFileName().toString();
        String base = name.endsWith(FACTS_SUFFIX) ? name.substring(0, name.length() - FACTS_SUFFIX.length()) : name;
        return factsFile.resolveSibling(base + TEXT_SUFFIX);
    }
}
