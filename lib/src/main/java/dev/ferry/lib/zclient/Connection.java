package dev.ferry.lib.zclient;

import dev.ferry.proto.zebra.ZebraApi;
import dev.ferry.proto.zebra.v1.ClientMessage;
import dev.ferry.proto.zebra.v1.Hello;
import dev.ferry.proto.zebra.v1.HelloAck;
import dev.ferry.proto.zebra.v1.Lsp;
import dev.ferry.proto.zebra.v1.Route;
import dev.ferry.proto.zebra.v1.ZebraMessage;
import io.grpc.Status;
import io.netty.channel.EventLoopGroup;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * The session side of a {@link ZebraClient}: connecting, the Hello handshake, replaying the desired state into
 * each new session, batching and sending, reconnecting with backoff, closing. Everything runs on the client's
 * executor; the I/O thread only posts to it (see {@link SessionStream}).
 *
 * <pre>
 *   WAITING --attempt--> CONNECTING --HelloAck--> ESTABLISHED
 *      ^                     |                        |
 *      +---- backoff --------+---- stream ended ------+        any state --close()--> CLOSED
 * </pre>
 */
final class Connection {
    private static final System.Logger LOG = System.getLogger(Connection.class.getName());

    /** Sealed messages gRPC could not take yet beyond which the client is {@link #backlogged()}. */
    static final int BACKLOG_MESSAGES = 4;

    /** A zebra that takes a connection but does not answer Hello within this is given up on (and retried). */
    static final long HELLO_TIMEOUT_SECONDS = 10;
    /** The API minor version from which zebra reads Route.more_prefixes (packed routes). */
    static final int PACKED_ROUTES_MINOR = 3;

    private enum State { WAITING, CONNECTING, ESTABLISHED, CLOSED }

    private final Path socket;
    private final Hello hello;
    private final ZebraListener listener;
    private final Executor executor;
    private final ZebraClientOptions options;
    private final DesiredState state;
    private final EventLoopGroup io;
    private final Outbox outbox;
    private final Backoff backoff;
    private final SessionStream.Events events = new StreamEvents();
    private final CompletableFuture<Void> closed = new CompletableFuture<>();

    private State st = State.WAITING;
    private SessionStream stream;
    private HelloAck session;
    private boolean flushScheduled;
    private boolean writableWanted;
    private boolean replaying;
    private boolean routesCompleteHeld;
    private int sessions;

    Connection(Path socket, Hello hello, ZebraListener listener, Executor executor, ZebraClientOptions options,
            DesiredState state) {
        this.socket = socket;
        this.hello = hello;
        this.listener = listener;
        this.executor = executor;
        this.options = options;
        this.state = state;
        this.outbox = new Outbox(options.batchSize());
        this.backoff = new Backoff(options.minRetryMillis(), options.maxRetryMillis());
        this.io = ZebraChannel.newGroup(options.daemon() + "-zclient");
    }

    /** The first attempt, on the executor. */
    void start() {
        executor.execute(this::attempt);
    }

    boolean isUp() {
        return st == State.ESTABLISHED;
    }

    boolean isClosed() {
        return st == State.CLOSED;
    }

    HelloAck session() {
        return session;
    }

    int sessionCount() {
        return sessions;
    }

    // ---- sending (only while a session is up: otherwise the replay will carry it) -----------------------

    void route(TableKey table, Route r) {
        if (st == State.ESTABLISHED) {
            outbox.route(table, r);
            queued();
        }
    }

    void route(TableKey table, Route attributes, byte[] address, int length, long id) {
        if (st == State.ESTABLISHED) {
            outbox.route(table, attributes, address, length, id);
            queued();
        }
    }

    void lsp(Lsp l) {
        if (st == State.ESTABLISHED) {
            outbox.lsp(l);
            queued();
        }
    }

    void message(ClientMessage m) {
        if (st == State.ESTABLISHED) {
            outbox.message(m);
            drain();
        }
    }

    void flush() {
        outbox.sealOpen();
        drain();
    }

    /**
     * Whether no session is up or gRPC left more than a few sealed messages here; if so, the listener hears
     * {@link ZebraListener#onWritable()} once they are down below that again.
     */
    boolean backlogged() {
        boolean backlogged = st != State.ESTABLISHED || outbox.sealedCount() >= BACKLOG_MESSAGES;
        if (backlogged) {
            writableWanted = true;
        }
        return backlogged;
    }

    /** See {@link ZebraClient#holdRoutesComplete()}. */
    Runnable holdRoutesComplete() {
        if (!replaying) {
            throw new IllegalStateException("RoutesComplete can be held only from the daemon's route replay");
        }
        routesCompleteHeld = true;
        int session = sessions;
        return () -> {
            if (replaying) {
                routesCompleteHeld = false; // done at once: the replay sends it as usual
            } else if (routesCompleteHeld && session == sessions && st == State.ESTABLISHED) {
                routesCompleteHeld = false;
                message(DesiredState.routesComplete());
            }
        };
    }

    /** After gRPC took more (never from within a send, so the listener may send at once). */
    private void writableIfDrained() {
        if (writableWanted && st == State.ESTABLISHED && outbox.sealedCount() < BACKLOG_MESSAGES) {
            writableWanted = false;
            listener.onWritable();
        }
    }

    /** After an operation went into the outbox: full batches go now, a partial one at the end of the task. */
    private void queued() {
        if (outbox.hasSealed()) {
            drain();
        }
        if (outbox.hasOpen() && !flushScheduled) {
            flushScheduled = true;
            executor.execute(() -> {
                flushScheduled = false;
                flush();
            });
        }
    }

    /** Sends while gRPC takes messages without buffering; onReady resumes. */
    private void drain() {
        while (st == State.ESTABLISHED && stream.isReady()) {
            ClientMessage m = outbox.poll();
            if (m == null) {
                return;
            }
            stream.send(m);
        }
    }

    // ---- the session ----------------------------------------------------------------------------------

    private void attempt() {
        if (st == State.CLOSED) {
            return;
        }
        st = State.CONNECTING;
        SessionStream s;
        try {
            s = SessionStream.open(ZebraChannel.open(socket, io), executor, events);
        } catch (RuntimeException e) {
            retryLater("cannot open " + socket + ": " + e.getMessage());
            return;
        }
        stream = s;
        s.send(ClientMessage.newBuilder().setHello(hello).build());
        io.schedule(() -> post(() -> {
            if (stream == s && st == State.CONNECTING) {
                s.cancel("no HelloAck within " + HELLO_TIMEOUT_SECONDS + " s");
            }
        }), HELLO_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    private final class StreamEvents implements SessionStream.Events {
        @Override
        public void onMessage(SessionStream s, ZebraMessage m) {
            if (s != stream) {
                return;
            }
            if (st == State.CONNECTING) {
                if (m.hasHelloAck()) {
                    established(m.getHelloAck());
                } else {
                    s.cancel("no HelloAck");
                }
                return;
            }
            Inbound.dispatch(m, state, listener);
        }

        @Override
        public void onReady(SessionStream s) {
            if (s == stream) {
                drain();
                writableIfDrained();
            }
        }

        @Override
        public void onClosed(SessionStream s, Status status) {
            if (s != stream) {
                return;
            }
            stream = null;
            s.cancel("session over");
            if (st == State.CLOSED) {
                finishClose();
                return;
            }
            retryLater(status.isOk() ? "zebra ended the session"
                    : status.getCode() + (status.getDescription() != null ? ": " + status.getDescription() : ""));
        }
    }

    private void established(HelloAck ack) {
        st = State.ESTABLISHED;
        session = ack;
        sessions++;
        backoff.reset();
        outbox.clear();
        outbox.packRoutes(ack.getVersion().getMinor() >= PACKED_ROUTES_MINOR);
        routesCompleteHeld = false;
        replaying = true;
        int routes;
        try {
            routes = state.replay(outbox, options.batchSize(), () -> routesCompleteHeld);
        } finally {
            replaying = false;
        }
        LOG.log(System.Logger.Level.INFO, options.daemon() + ": zebra session " + ack.getSessionId() + " up (API "
                + ZebraApi.format(ack.getVersion()) + "), replaying " + (routesCompleteHeld ? "the daemon's routes as"
                + " zebra takes them" : routes + " routes" + (options.ownerReplaysRoutes() ? " (the daemon's)" : ""))
                + " and " + state.lsps.size() + " LSPs");
        drain();
        listener.onConnected(ack);
        writableIfDrained();
    }

    private void retryLater(String reason) {
        boolean wasUp = st == State.ESTABLISHED;
        st = State.WAITING;
        session = null;
        outbox.clear();
        state.sessionEnded();
        long delay = backoff.nextDelay();
        LOG.log(wasUp ? System.Logger.Level.WARNING : System.Logger.Level.DEBUG,
                options.daemon() + ": zebra session down (" + reason + "), retrying in " + delay + " ms");
        try {
            io.schedule(() -> post(this::attempt), delay, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // closing
        }
        listener.onDisconnected(reason, delay);
    }

    private void post(Runnable r) {
        try {
            executor.execute(r);
        } catch (RejectedExecutionException e) {
            // the daemon's loop is gone
        }
    }

    // ---- closing --------------------------------------------------------------------------------------

    /** Sends what is queued, half-closes the stream and stops the I/O thread; see {@link ZebraClient#close()}. */
    void close() {
        if (st == State.CLOSED) {
            return;
        }
        if (st == State.ESTABLISHED) {
            outbox.sealOpen();
            for (ClientMessage m; (m = outbox.poll()) != null; ) {
                stream.send(m);
            }
        }
        st = State.CLOSED;
        if (stream == null) {
            finishClose();
            return;
        }
        stream.finish();
        io.schedule(() -> post(this::finishClose), 2, TimeUnit.SECONDS);
    }

    private void finishClose() {
        if (closed.isDone()) {
            return;
        }
        if (stream != null) {
            stream.cancel("client closed");
            stream = null;
        }
        io.shutdownGracefully(0, 1, TimeUnit.SECONDS);
        closed.complete(null);
    }

    CompletableFuture<Void> closed() {
        return closed;
    }
}
