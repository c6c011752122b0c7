package factpipe.cli.bench;

import factpipe.core.document.Document;
import factpipe.core.fact.Fact;
import factpipe.core.pipeline.Extractor;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * An extractor that measures the one it wraps: the wall time of its calls, summed over threads,
 * and the time of its first call, which includes loading its models. It keeps the wrapped
 * extractor's id, so a pipeline of wrapped extractors merges exactly as the original does.
 */
final class TimedExtractor implements Extractor {

    /** Totals at one moment; {@code firstCallNanos} is -1 before any call has finished. */
    record Stats(String id, long calls, long chars, long nanos, long firstCallNanos, long firstCallChars) {

        Stats minus(Stats earlier) {
            return new Stats(id, calls - earlier.calls, chars - earlier.chars, nanos - earlier.nanos,
                    firstCallNanos, firstCallChars);
        }
    }

    private record FirstCall(long nanos, long chars) {
    }

    private final Extractor delegate;
    private final LongAdder calls = new LongAdder();
    private final LongAdder chars = new LongAdder();
    private final LongAdder nanos = new LongAdder();
    private final AtomicReference<FirstCall> first = new AtomicReference<>();

    TimedExtractor(Extractor delegate) {
        this.delegate = delegate;
    }

    @Override
    public List<Fact> extract(Document document) {
        long started = System.nanoTime();
        try {
            return delegate.extract(document);
        } finally {
            long took = System.nanoTime() - started;
            nanos.add(took);
            calls.increment();
            chars.add(document.text().length());
            first.compareAndSet(null, new FirstCall(took, document.text().length()));
        }
    }

    Stats stats() {
        FirstCall f = first.get();
        return new Stats(id(), calls.sum(), chars.sum(), nanos.sum(), f == null ? -1 : f.nanos(), f == null ? 0 : f.chars());
    }

    @Override
    public String name() {
        return delegate.name();
    }

    @Override
    public String version() {
        return delegate.version();
    }

    @Override
    public String id() {
        return delegate.id();
    }

    @Override
    public String fingerprint() {
        return delegate.fingerprint();
    }

    @Override
    public void preload() {
        delegate.preload();
    }
}
