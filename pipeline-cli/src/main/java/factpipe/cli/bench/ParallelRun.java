package factpipe.cli.bench;

import factpipe.core.document.Document;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * Processes a stream of documents on a fixed number of threads, each taking the next document
 * when it is free, so that at most one document per thread is in memory. A document that makes
 * the task throw is counted as failed and the run goes on, as {@code extract} would.
 */
final class ParallelRun {

    /**
     * @param busyNanos       time spent in the task, summed over threads
     * @param generationNanos time spent making documents, summed over threads (it is in the elapsed time)
     * @param firstFailure    the first failure's message, or null
     */
    record Stats(long documents, long chars, long failed, long elapsedNanos, long busyNanos, long generationNanos,
                 String firstFailure) {
    }

    private ParallelRun() {
    }

    /**
     * @param firstDone set to {@link System#nanoTime()} when the first document is done, if still 0
     */
    static Stats run(Iterator<Document> documents, int threads, Consumer<Document> task, AtomicLong firstDone)
            throws InterruptedException {
        LongAdder count = new LongAdder();
        LongAdder chars = new LongAdder();
        LongAdder failed = new LongAdder();
        LongAdder busy = new LongAdder();
        LongAdder generation = new LongAdder();
        AtomicReference<String> firstFailure = new AtomicReference<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "bench-worker");
            t.setDaemon(true);
            return t;
        });
        long started = System.nanoTime();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                workers.add(pool.submit(() -> {
                    while (true) {
                        long asked = System.nanoTime();
                        Document d;
                        synchronized (documents) {
                            if (!documents.hasNext()) {
                                return;
                            }
                            d = documents.next();
                        }
                        long got = System.nanoTime();
                        generation.add(got - asked);
                        try {
                            task.accept(d);
                        } catch (RuntimeException | StackOverflowError e) {
                            failed.increment();
                            firstFailure.compareAndSet(null, d.id() + ": " + e);
                        }
                        long done = System.nanoTime();
                        firstDone.compareAndSet(0, done);
                        busy.add(done - got);
                        count.increment();
                        chars.add(d.text().length());
                    }
                }));
            }
            for (Future<?> w : workers) {
                w.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("a benchmark worker failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new Stats(count.sum(), chars.sum(), failed.sum(), System.nanoTime() - started, busy.sum(),
                generation.sum(), firstFailure.get());
    }
}
