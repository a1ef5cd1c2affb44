package dev.ferry.lib.watchfrr;

import java.time.Duration;

/**
 * How long to wait before restarting a daemon that died: {@code initial}, doubling on each quick death
 * up to {@code max}. A daemon that ran for at least {@code stableAfter} starts over at {@code initial},
 * so one crash after days of service is restarted at once while a crash loop slows down.
 */
public final class BackoffPolicy {
    private final Duration initial;
    private final Duration max;
    private final Duration stableAfter;
    private Duration next;

    public BackoffPolicy(Duration initial, Duration max, Duration stableAfter) {
        if (!initial.isPositive() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("need 0 < initial <= max, got " + initial + " and " + max);
        }
        this.initial = initial;
        this.max = max;
        this.stableAfter = stableAfter;
        this.next = initial;
    }

    /** The delay before the next restart of a daemon that died after running for {@code uptime}. */
    public Duration delayAfter(Duration uptime) {
        if (uptime.compareTo(stableAfter) >= 0) {
            next = initial;
        }
        Duration delay = next;
        Duration doubled = next.multipliedBy(2);
        next = doubled.compareTo(max) > 0 ? max : doubled;
        return delay;
    }
}
