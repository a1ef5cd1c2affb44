package dev.ferry.bgpd.runtime;

import io.netty.channel.Channel;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stops reading a BGP connection while the daemon's loop still has many of its messages to handle, and reads
 * on once it has caught up (FRR's bgpd reads a bounded number of packets per peer and turn, too). Without it
 * a peer sending a full table filled the loop's queue with the whole table: everything else the loop had to do
 * (zebra's answer to the next hop's registration, which the table's routes wait for; timers) came after the
 * last UPDATE, and the table sat in memory twice. The peer's TCP window does the rest.
 *
 * <p>The I/O thread counts each message it hands over and pauses at {@link #PAUSE_AT}; the loop counts each
 * one handled and, at {@link #RESUME_AT}, asks the I/O thread to resume. Pausing and resuming both happen on
 * the I/O thread, which checks the count again, so a resume can never be lost to a pause.
 */
final class ReadThrottle {
    /** Messages waiting for the loop at which reading stops: up to ~256 KB of 4 KB UPDATEs. */
    static final int PAUSE_AT = 64;
    /** Messages waiting at which reading goes on. */
    static final int RESUME_AT = 16;

    private final AtomicInteger waiting = new AtomicInteger();
    /** Only the I/O thread reads and writes it. */
    private boolean paused;

    /** On the connection's I/O thread: a message goes to the loop. */
    void handedOver(Channel channel) {
        if (waiting.incrementAndGet() >= PAUSE_AT && !paused) {
            paused = true;
            channel.config().setAutoRead(false);
        }
    }

    /** On the daemon's loop: a message was handled. */
    void handled(Channel channel) {
        if (waiting.decrementAndGet() == RESUME_AT) {
            channel.eventLoop().execute(() -> resume(channel));
        }
    }

    private void resume(Channel channel) {
        if (paused && waiting.get() <= RESUME_AT) {
            paused = false;
            channel.config().setAutoRead(true);
        }
    }

    /** Messages handed over and not yet handled. */
    int waiting() {
        return waiting.get();
    }
}
