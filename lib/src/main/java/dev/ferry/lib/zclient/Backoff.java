package dev.ferry.lib.zclient;

/** Reconnection delays: {@code min}, doubling after each failed attempt up to {@code max}; reset on success. */
final class Backoff {
    private final long min;
    private final long max;
    private long next;

    Backoff(long minMillis, long maxMillis) {
        this.min = minMillis;
        this.max = maxMillis;
        this.next = minMillis;
    }

    /** The delay before the next attempt; the one after is longer. */
    long nextDelay() {
        long d = next;
        next = Math.min(max, next * 2);
        return d;
    }

    /** A session came up: the next failure starts again from the shortest delay. */
    void reset() {
        next = min;
    }
}
