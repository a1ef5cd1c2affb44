package dev.ferry.lib.rawsock;

import dev.ferry.lib.io.Wakeup;
import java.io.IOException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads a {@link RawIpSocket} on its own daemon platform thread and posts every {@link Datagram} to the
 * daemon's event loop, where the protocol handles it (DESIGN: blocking native calls stay off the loop).
 * <pre>
 *   "ospfd-rx" thread                          event loop
 *   loop: socket.receive(200 ms) --execute--&gt;  consumer.accept(datagram)
 * </pre>
 * A receive error is logged and counted, and the loop goes on after a short pause (so a persistent
 * error cannot spin); the thread ends only when {@link #close()} is called or the socket is closed.
 * Closing the reader does not close the socket: its owner does.
 */
public final class RawSocketReader implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(RawSocketReader.class.getName());
    /**
     * How often an idle thread looks whether its owner closed the socket without closing the reader; {@link #close}
     * wakes it at once (a {@link Wakeup}), so idle daemons do not wake five times a second as they did.
     */
    static final int POLL_MILLIS = 2000;
    private static final long ERROR_PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final RawIpSocket socket;
    private final Executor executor;
    private final Consumer<Datagram> consumer;
    private final Thread thread;
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private final Wakeup wakeup;
    private volatile boolean stopping;

    private RawSocketReader(String threadName, RawIpSocket socket, Executor executor, Consumer<Datagram> consumer) {
        this.socket = socket;
        this.executor = executor;
        try {
            this.wakeup = Wakeup.open();
        } catch (IOException e) {
            throw new IllegalStateException("raw socket reader " + threadName + ": " + e.getMessage(), e);
        }
        this.consumer = consumer;
        this.thread = Thread.ofPlatform().name(threadName).daemon(true).unstarted(this::run);
    }

    /**
     * Starts a thread named {@code threadName} (e.g. "ospfd-rx") that hands each datagram of
     * {@code socket} to {@code consumer}, run by {@code executor}.
     */
    public static RawSocketReader start(String threadName, RawIpSocket socket, Executor executor,
                                        Consumer<Datagram> consumer) {
        RawSocketReader reader = new RawSocketReader(threadName, socket, executor, consumer);
        reader.thread.start();
        return reader;
    }

    private void run() {
        while (!stopping && !socket.isClosed()) {
            Datagram d;
            try {
                int fd = socket.fdNumber();
                d = fd >= 0 && wakeup.await(fd, POLL_MILLIS) && !stopping ? socket.receive(0) : null;
            } catch (IOException | RuntimeException e) {
                if (stopping || socket.isClosed()) {
                    break;
                }
                failure("receive on " + thread.getName(), e);
                continue;
            }
            if (d != null) {
                received.incrementAndGet();
                try {
                    executor.execute(() -> consumer.accept(d));
                } catch (RejectedExecutionException e) {
                    failure("event loop refused a datagram from " + thread.getName(), e);
                }
            }
        }
    }

    private void failure(String what, Exception e) {
        failures.incrementAndGet();
        LOG.log(Level.WARNING, what + ": " + e.getMessage(), e);
        LockSupport.parkNanos(ERROR_PAUSE_NANOS);
    }

    /** Datagrams handed to the executor so far. */
    public long received() {
        return received.get();
    }

    /** Receive errors (and datagrams the executor refused) so far; each was logged. */
    public long failures() {
        return failures.get();
    }

    public boolean isRunning() {
        return thread.isAlive();
    }

    /** Stops the thread (woken at once) and waits for it. */
    @Override
    public void close() {
        stopping = true;
        wakeup.signal();
        boolean interrupted = false;
        while (thread.isAlive() && Thread.currentThread() != thread) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        wakeup.close();
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
