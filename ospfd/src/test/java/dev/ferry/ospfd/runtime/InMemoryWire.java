package dev.ferry.ospfd.runtime;

import dev.ferry.lib.rawsock.Datagram;
import dev.ferry.ospfd.wire.OspfVersion;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A {@link PacketTransport} without sockets: what the router sends is queued for the test to read, and what the
 * test injects reaches the router's packet handler on its loop, exactly as the raw socket's reader posts it.
 */
final class InMemoryWire implements PacketTransport.Factory {

    /** One packet the router sent. */
    record Sent(int ifindex, byte[] source, byte[] destination, byte[] packet) {
    }

    private final BlockingQueue<Sent> sent = new LinkedBlockingQueue<>();
    /** What escaped the router's packet handler: must stay empty, whatever arrives. */
    final List<Throwable> escaped = new CopyOnWriteArrayList<>();
    /** Everything the router sent, in order (the queue above is consumed by readers). */
    final List<Sent> log = new CopyOnWriteArrayList<>();
    private volatile Executor loop;
    private volatile Consumer<Datagram> handler;

    @Override
    public PacketTransport open(OspfVersion version, String vrfDevice, Executor loop, Consumer<Datagram> handler) {
        this.loop = loop;
        this.handler = handler;
        return new PacketTransport() {
            @Override
            public void send(int ifindex, byte[] source, byte[] destination, byte[] packet) {
                Sent s = new Sent(ifindex, source.clone(), destination.clone(), packet.clone());
                log.add(s);
                sent.add(s);
            }

            @Override
            public void membership(int ifindex, byte[] group, boolean join) {
                // nothing to join: every injected datagram is delivered
            }

            @Override
            public void close() {
                // nothing to release
            }
        };
    }

    /** Delivers a datagram to the router, on its loop. */
    void inject(Datagram d) {
        loop.execute(() -> {
            try {
                handler.accept(d);
            } catch (Throwable t) {
                escaped.add(t);
            }
        });
    }

    /** The next packet the router sent, or null when none came within {@code wait}. */
    Sent next(Duration wait) throws InterruptedException {
        return sent.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
    }
}
