package dev.ferry.ospfd.runtime;

import java.util.Map;
import java.util.TreeMap;

/** Packets dropped before reaching an interface or neighbor, by reason (decode error, authentication, ...). */
final class ReceiveCounters {
    private final Map<String, Long> dropped = new TreeMap<>();

    void count(String reason) {
        dropped.merge(reason, 1L, Long::sum);
    }

    Map<String, Long> snapshot() {
        return Map.copyOf(dropped);
    }

    long total() {
        return dropped.values().stream().mapToLong(Long::longValue).sum();
    }
}
