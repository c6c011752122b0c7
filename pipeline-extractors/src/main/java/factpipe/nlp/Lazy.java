package factpipe.nlp;

import java.util.function.Supplier;

/**
 * A value built once, on first use, by whichever thread asks first; every thread then shares it.
 * Models are big and slow to load, so they are loaded only when a document needs them.
 */
public final class Lazy<T> implements Supplier<T> {

    private final Supplier<T> factory;
    private volatile T value;

    public Lazy(Supplier<T> factory) {
        this.factory = factory;
    }

    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = factory.get();
                    value = v;
                }
            }
        }
        return v;
    }

    /** Starts building the value on a background daemon thread, unless it is built already; returns at once. */
    public void startLoading(String threadName) {
        if (value == null) {
            Thread t = new Thread(this::get, threadName);
            t.setDaemon(true);
            t.start();
        }
    }

    public boolean isLoaded() {
        return value != null;
    }
}
