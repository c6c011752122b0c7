package factpipe.cli.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Peak heap use over one side of the benchmark. {@link HeapPeak#peakBytes()} is the sum of the heap
 * pools' peak usages (reset at the start), which can only overstate the true peak since pools peak
 * at different moments, and it counts garbage not yet collected; {@link HeapPeak#peakAfterGcBytes()}
 * is the largest heap in use just after a collection, close to the most data the side kept alive.
 */
final class HeapWatch implements AutoCloseable {

    /** @param peakAfterGcBytes -1 when no collection happened during the side */
    record HeapPeak(long peakBytes, long peakAfterGcBytes) {
    }

    private final List<MemoryPoolMXBean> heapPools;
    private final Set<String> heapPoolNames;
    private final AtomicLong peakAfterGc = new AtomicLong(-1);
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = this::onGc;

    private HeapWatch() {
        heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && p.isValid()).toList();
        heapPoolNames = heapPools.stream().map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    }

    /** Collects what the previous side left behind, then starts watching from a clean slate. */
    static HeapWatch start() {
        System.gc();
        HeapWatch w = new HeapWatch();
        w.heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(w.listener, null, null);
                w.emitters.add(emitter);
            }
        }
        return w;
    }

    HeapPeak peak() {
        long sum = 0;
        for (MemoryPoolMXBean p : heapPools) {
            MemoryUsage u = p.getPeakUsage();
            sum += u == null ? 0 : u.getUsed();
        }
        return new HeapPeak(sum, peakAfterGc.get());
    }

    private void onGc(Notification n, Object handback) {
        if (!n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        long used = 0;
        for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (heapPoolNames.contains(e.getKey())) {
                used += e.getValue().getUsed();
            }
        }
        peakAfterGc.accumulateAndGet(used, Math::max);
    }

    @Override
    public void close() {
        for (NotificationEmitter e : emitters) {
            try {
                e.removeNotificationListener(listener);
            } catch (ListenerNotFoundException ignored) {
                // already gone: nothing to undo
            }
        }
    }
}
