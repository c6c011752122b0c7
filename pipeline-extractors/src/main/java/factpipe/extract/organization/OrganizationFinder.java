package factpipe.extract.organization;

import factpipe.core.fact.Span;
import java.util.List;

/**
 * A statistical finder of organisation names in a piece of text, used as a recall backstop for
 * bodies that no rule knows. Implementations are thread-safe.
 */
public interface OrganizationFinder {

    /** Spans, relative to {@code passage}, that look like organisation names. */
    List<Span> find(String passage);

    /** A short id that goes into the extractor's version. */
    String id();

    /** Starts loading the finder's model in the background; returns at once. */
    default void preload() {
    }
}
