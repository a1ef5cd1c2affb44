package dev.ferry.lib.zclient;

/**
 * How a {@link ZebraClient} behaves; {@link #defaults(String)} suits a daemon.
 *
 * @param daemon the daemon's name for zebra's logs ("bgpd") and the client's thread name
 * @param gracefulRestartSeconds how long zebra keeps the routes after the session ends (0: removes them at once)
 * @param batchSize route or LSP operations per message
 * @param minRetryMillis first reconnection delay; it doubles after each failure
 * @param maxRetryMillis the longest reconnection delay
 */
public record ZebraClientOptions(String daemon, int gracefulRestartSeconds, int batchSize, long minRetryMillis,
        long maxRetryMillis) {

    public ZebraClientOptions {
        if (batchSize < 1 || minRetryMillis < 1 || maxRetryMillis < minRetryMillis || gracefulRestartSeconds < 0) {
            throw new IllegalArgumentException("bad zebra client options");
        }
    }

    /** Batches of 100, no graceful restart, retries from 100 ms up to 5 s. */
    public static ZebraClientOptions defaults(String daemon) {
        return new ZebraClientOptions(daemon, 0, dev.ferry.proto.zebra.ZebraApi.BATCH_SIZE, 100, 5000);
    }

    public ZebraClientOptions withGracefulRestart(int seconds) {
        return new ZebraClientOptions(daemon, seconds, batchSize, minRetryMillis, maxRetryMillis);
    }

    public ZebraClientOptions withRetry(long minMillis, long maxMillis) {
        return new ZebraClientOptions(daemon, gracefulRestartSeconds, batchSize, minMillis, maxMillis);
    }

    public ZebraClientOptions withBatchSize(int size) {
        return new ZebraClientOptions(daemon, gracefulRestartSeconds, size, minRetryMillis, maxRetryMillis);
    }
}
