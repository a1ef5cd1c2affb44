package dev.ferry.lab.docker;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** How long each phase of a lab's start took, in order: image, client, networks, containers, interfaces, daemons. */
final class StartTimings {

    private final Map<String, Duration> phases = new LinkedHashMap<>();
    private boolean imageBuilt;

    <T> T time(String phase, Callable<T> work) throws Exception {
        long t0 = System.nanoTime();
        try {
            return work.call();
        } finally {
            phases.put(phase, Duration.ofNanos(System.nanoTime() - t0));
        }
    }

    void imageBuilt(boolean built) {
        imageBuilt = built;
    }

    boolean imageBuilt() {
        return imageBuilt;
    }

    Map<String, Duration> phases() {
        return Collections.unmodifiableMap(phases);
    }

    /** The phases, then "total". */
    Map<String, Duration> withTotal() {
        Map<String, Duration> m = new LinkedHashMap<>(phases);
        if (!m.isEmpty()) {
            m.put("total", total());
        }
        return Collections.unmodifiableMap(m);
    }

    Duration total() {
        return phases.values().stream().reduce(Duration.ZERO, Duration::plus);
    }

    /** "image 0.91 s (built), networks 0.12 s, ..., total 4.20 s". */
    @Override
    public String toString() {
        return phases.entrySet().stream()
                .map(e -> e.getKey() + " " + seconds(e.getValue())
                        + (e.getKey().equals("image") ? (imageBuilt ? " (built)" : " (reused)") : ""))
                .collect(Collectors.joining(", ")) + ", total " + seconds(total());
    }

    static String seconds(Duration d) {
        return String.format(java.util.Locale.ROOT, "%.2f s", d.toNanos() / 1e9);
    }
}
