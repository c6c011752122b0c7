package factpipe.core.pipeline;

import factpipe.core.document.Document;
import factpipe.core.fact.Fact;
import java.util.List;

/**
 * Finds facts in a document. An extractor does one thing, keeps no state between documents and
 * is safe to call from several threads at once; the facts it returns carry spans into
 * {@link Document#text()} and its {@link #id()} as their extractor.
 */
public interface Extractor {

    /** A short lower-case name, e.g. {@code date-grammar}. */
    String name();

    /** Bumped whenever the extractor's output for some input may change. */
    String version();

    List<Fact> extract(Document document);

    default String id() {
        return name() + "@" + version();
    }

    /**
     * Everything that decides this extractor's output besides the document: its id and a hash
     * of every data file and setting it uses. Two runs with equal fingerprints give equal facts,
     * so an incremental run may keep earlier output; a changed gazetteer entry changes it.
     */
    default String fingerprint() {
        return id();
    }

    /**
     * Starts loading, in the background, whatever models this extractor will need, so that the
     * loading overlaps other start-up work; returns at once. Called only when some document is
     * about to be extracted. Extractors without models do nothing.
     */
    default void preload() {
    }
}
