package dev.ferry.lib.zclient;

import dev.ferry.proto.zebra.v1.ClientMessage;
import dev.ferry.proto.zebra.v1.ZebraGrpc;
import dev.ferry.proto.zebra.v1.ZebraMessage;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * One session's gRPC stream (Zebra.Session). What arrives on the I/O thread is posted to the client's executor
 * as {@link Events}; sending happens on that executor only.
 */
final class SessionStream {

    /** What the stream reports, always on the client's executor. */
    interface Events {
        void onMessage(SessionStream stream, ZebraMessage m);

        /** The stream can take more messages without buffering. */
        void onReady(SessionStream stream);

        /** The stream ended: {@code status} is OK when zebra ended it cleanly. */
        void onClosed(SessionStream stream, Status status);
    }

    private final ManagedChannel channel;
    private ClientCallStreamObserver<ClientMessage> out;
    private boolean closed;

    private SessionStream(ManagedChannel channel) {
        this.channel = channel;
    }

    /** Opens the stream on {@code channel} (which this stream then owns). */
    static SessionStream open(ManagedChannel channel, Executor executor, Events events) {
        SessionStream s = new SessionStream(channel);
        ZebraGrpc.newStub(channel).session(new ClientResponseObserver<ClientMessage, ZebraMessage>() {
            @Override
            public void beforeStart(ClientCallStreamObserver<ClientMessage> requests) {
                s.out = requests;
                requests.setOnReadyHandler(() -> post(executor, () -> events.onReady(s)));
            }

            @Override
            public void onNext(ZebraMessage m) {
                post(executor, () -> events.onMessage(s, m));
            }

            @Override
            public void onError(Throwable t) {
                post(executor, () -> events.onClosed(s, Status.fromThrowable(t)));
            }

            @Override
            public void onCompleted() {
                post(executor, () -> events.onClosed(s, Status.OK));
            }
        });
        return s;
    }

    private static void post(Executor executor, Runnable r) {
        try {
            executor.execute(r);
        } catch (RejectedExecutionException e) {
            // the daemon's loop is shutting down: nobody is listening any more
        }
    }

    void send(ClientMessage m) {
        out.onNext(m);
    }

    /** Whether gRPC takes a message now without buffering it beyond its window. */
    boolean isReady() {
        return !closed && out.isReady();
    }

    /** Half-closes (the clean end of a session: zebra then ends it) and lets the channel finish. */
    void finish() {
        if (!closed) {
            closed = true;
            out.onCompleted();
            channel.shutdown();
        }
    }

    /** Ends the stream at once (the session is over or abandoned). */
    void cancel(String why) {
        if (!closed) {
            closed = true;
            out.cancel(why, null);
        }
        channel.shutdownNow();
    }

    ManagedChannel channel() {
        return channel;
    }
}
