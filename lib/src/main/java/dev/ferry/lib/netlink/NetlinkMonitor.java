package dev.ferry.lib.netlink;

import dev.ferry.lib.io.Wakeup;
import dev.ferry.lib.netlink.codec.MessageDecoder;
import dev.ferry.lib.netlink.codec.NetlinkDecodeException;
import dev.ferry.lib.netlink.codec.NetlinkMessage;

/**
 * Listens to kernel events on a subscribed socket (links, addresses, routes) on a platform thread of its
 * own and hands each decoded message to a {@link Listener}, which should post it to its daemon's event
 * loop and return. The thread sleeps in poll(2) until the kernel sends something; {@link #close()} wakes it
 * through a {@link Wakeup}, so an idle daemon's monitor never wakes.
 */
public final class NetlinkMonitor implements AutoCloseable {

    /** Called on the monitor's thread; should hand the message to the daemon's loop and return. */
    public interface Listener {
        void message(NetlinkMessage message);

        /** A message that could not be decoded (dropped). */
        default void malformed(NetlinkDecodeException e) {
        }

        /** Events were lost (ENOBUFS): dump links / addresses / routes again to resynchronise. */
        default void overrun() {
        }

        /** The socket failed; the monitor has stopped. */
        default void failed(NetlinkException e) {
        }
    }

    private final NetlinkSocket socket;
    private final Listener listener;
    private final Thread thread;
    private final Wakeup wakeup;
    private volatile boolean running = true;

    private NetlinkMonitor(NetlinkSocket socket, String name, Listener listener) {
        this.socket = socket;
        this.listener = listener;
        try {
            this.wakeup = Wakeup.open();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("netlink monitor " + name + ": " + e.getMessage(), e);
        }
        this.thread = Thread.ofPlatform().name(name).daemon().unstarted(this::run);
    }

    /** Starts reading {@code socket} (which the monitor then owns and closes) on a thread called {@code name}. */
    public static NetlinkMonitor start(NetlinkSocket socket, String name, Listener listener) {
        NetlinkMonitor m = new NetlinkMonitor(socket, name, listener);
        m.thread.start();
        return m;
    }

    private void run() {
        MessageVisitor visitor = (type, flags, seq, buf) -> {
            NetlinkMessage m;
            try {
                m = MessageDecoder.decode(buf, buf.position(), buf.limit());
            } catch (NetlinkDecodeException e) {
                listener.malformed(e);
                return;
            }
            try {
                listener.message(m);
            } catch (RuntimeException e) {
                // a listener bug must not stop the events: report it and go on
                Thread t = Thread.currentThread();
                t.getUncaughtExceptionHandler().uncaughtException(t, e);
            }
        };
        while (running) {
            try {
                if (wakeup.await(socket.fd(), -1) && running) {
                    socket.receive(0, visitor);
                }
            } catch (NetlinkException e) {
                if (e.isOverrun()) {
                    listener.overrun();
                } else {
                    running = false;
                    listener.failed(e);
                }
            } catch (java.io.IOException e) {
                running = false;
                listener.failed(new NetlinkException("poll netlink: " + e.getMessage(), Errno.EIO, e));
            }
        }
    }

    /** Stops the thread, waits for it, closes the socket. */
    @Override
    public void close() {
        running = false;
        wakeup.signal();
        if (Thread.currentThread() != thread) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        wakeup.close();
        socket.close();
    }
}
