package dev.ferry.ospfd.runtime;

import dev.ferry.lib.rawsock.Datagram;
import dev.ferry.ospfd.wire.OspfVersion;
import java.io.IOException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Where {@link PacketIo}'s packets go and come from: in the daemon a raw IP protocol 89 socket
 * ({@link RawPacketTransport}); in tests an in-memory wire, so that a live adjacency (timers, state machines,
 * flooding) can be driven packet by packet. Received datagrams reach the handler on the instance's loop.
 */
interface PacketTransport extends AutoCloseable {

    /** Sends one encoded OSPF packet out of {@code ifindex} from {@code source} to {@code destination}. */
    void send(int ifindex, byte[] source, byte[] destination, byte[] packet) throws IOException;

    /** Joins or leaves a multicast group (AllSPFRouters, AllDRouters) on an interface. */
    void membership(int ifindex, byte[] group, boolean join) throws IOException;

    /** The TTL of unicast packets: 1, or more for virtual links (the in-memory wire ignores it). */
    default void unicastHops(int hops) throws IOException {
    }

    @Override
    void close();

    /** Opens the transport of one instance. */
    @FunctionalInterface
    interface Factory {
        /**
         * @param vrfDevice the VRF device to bind to, or null for the default VRF
         * @param handler called on {@code loop} with every datagram received
         */
        PacketTransport open(OspfVersion version, String vrfDevice, Executor loop, Consumer<Datagram> handler)
                throws IOException;
    }
}
