package dev.ferry.lib.bench;

import java.lang.management.ManagementFactory;

/** The benches' measure of live bytes: the heap in use after a few full collections. */
public final class LiveHeap {
    private LiveHeap() {
    }

    /** Heap in use after four full collections, 100 ms apart (so that finalization and reference queues settle). */
    public static long used() {
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
