package dev.ferry.lib.zclient;

/**
 * How a {@link ZebraClient} behaves; {@link #defaults(String)} suits a daemon.
 *
 * @param daemon the daemon's name for zebra's logs ("bgpd") and the client's thread name
 * @param gracefulRestartSeconds how long zebra keeps the routes after the session ends (0: removes them at once)
 * @param batchSize route or LSP operations per message
 * @param minRetryMillis first reconnection delay; it doubles after each failure
 * @param maxRetryMillis the longest reconnection delay
 * @param ownerReplay null (the default): the client keeps every route for the replay into a new session.
 *        Otherwise the daemon keeps its routes itself (bgpd's Loc-RIB) and this re-adds all of them through
 *        {@link ZebraClient#addRoute} when a session comes up; the client then keeps nothing per route (see
 *        {@link ZebraClient})
 * @param failuresOnly zebra sends results only for route operations that did not succeed (Hello.failures_only)
 */
public record ZebraClientOptions(String daemon, int gracefulRestartSeconds, int batchSize, long minRetryMillis,
        long maxRetryMillis, Runnable ownerReplay, boolean failuresOnly) {

    public ZebraClientOptions {
        if (batchSize < 1 || minRetryMillis < 1 || maxRetryMillis < minRetryMillis || gracefulRestartSeconds < 0) {
            throw new IllegalArgumentException("bad zebra client options");
        }
    }

    /** Batches of 100, no graceful restart, retries from 100 ms up to 5 s, routes kept by the client. */
    public static ZebraClientOptions defaults(String daemon) {
        return new ZebraClientOptions(daemon, 0, dev.ferry.proto.zebra.ZebraApi.BATCH_SIZE, 100, 5000, null,
                false);
    }

    public ZebraClientOptions withGracefulRestart(int seconds) {
        return new ZebraClientOptions(daemon, seconds, batchSize, minRetryMillis, maxRetryMillis, ownerReplay,
                failuresOnly);
    }

    public ZebraClientOptions withRetry(long minMillis, long maxMillis) {
        return new ZebraClientOptions(daemon, gracefulRestartSeconds, batchSize, minMillis, maxMillis, ownerReplay,
                failuresOnly);
    }

    public ZebraClientOptions withBatchSize(int size) {
        return new ZebraClientOptions(daemon, gracefulRestartSeconds, size, minRetryMillis, maxRetryMillis,
                ownerReplay, failuresOnly);
    }

    /**
     * The daemon replays its routes itself: {@code replay} runs on the client's executor each time a session
     * comes up and must {@link ZebraClient#addRoute add} every route the daemon wants in zebra.
     */
    public ZebraClientOptions withOwnerReplay(Runnable replay) {
        if (replay == null) {
            throw new NullPointerException("replay");
        }
        return new ZebraClientOptions(daemon, gracefulRestartSeconds, batchSize, minRetryMillis, maxRetryMillis,
                replay, failuresOnly);
    }

    /**
     * zebra tells the daemon only of route operations that did not succeed: no result per installed or removed
     * route (a full table's million results), for a daemon that acts on problems only.
     */
    public ZebraClientOptions withFailuresOnly() {
        return new ZebraClientOptions(daemon, gracefulRestartSeconds, batchSize, minRetryMillis, maxRetryMillis,
                ownerReplay, true);
    }

    /** Whether the daemon, not the client, replays the routes (the client keeps none). */
    public boolean ownerReplaysRoutes() {
        return ownerReplay != null;
    }
}
