package dev.ferry.ospfd.core.lsdb;

/**
 * The rate limits of RFC 2328 12.4 and 13 (architectural constants of appendix B) as pure checks on
 * millisecond timestamps, so the runtime's clock stays injectable.
 */
public final class LsaIntervals {
    /** MinLSArrival: a newer copy of an LSA received sooner than this after the last install is dropped. */
    public static final long MIN_LS_ARRIVAL_MILLIS = 1_000;
    /** MinLSInterval: an LSA is not originated again sooner than this. */
    public static final long MIN_LS_INTERVAL_MILLIS = 5_000;
    /** LSRefreshTime, in seconds: a self-originated LSA this old is originated again. */
    public static final int LS_REFRESH_TIME = 1_800;

    private LsaIntervals() {
    }

    /**
     * RFC 2328 13 (5)(a): whether a newer received copy may replace the database copy installed at
     * {@code installedAtMillis}; if not, the caller discards it without acknowledging.
     */
    public static boolean minLsArrivalPassed(long installedAtMillis, long nowMillis) {
        return nowMillis - installedAtMillis >= MIN_LS_ARRIVAL_MILLIS;
    }

    /**
     * RFC 2328 12.4: whether a new instance of an LSA last originated at {@code lastOriginatedMillis} may be
     * originated now; if not, the caller defers the origination until the interval has passed.
     */
    public static boolean minLsIntervalPassed(long lastOriginatedMillis, long nowMillis) {
        return nowMillis - lastOriginatedMillis >= MIN_LS_INTERVAL_MILLIS;
    }

    /** Milliseconds still to wait before {@link #minLsIntervalPassed} holds (0 if it holds). */
    public static long untilMinLsInterval(long lastOriginatedMillis, long nowMillis) {
        return Math.max(0, lastOriginatedMillis + MIN_LS_INTERVAL_MILLIS - nowMillis);
    }
}
