package dev.ferry.ospfd.runtime;

import dev.ferry.lib.rawsock.Datagram;
import dev.ferry.lib.rawsock.RawIpSocket;
import dev.ferry.lib.rawsock.RawSocketReader;
import dev.ferry.ospfd.wire.OspfVersion;
import java.io.IOException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The daemon's transport: one raw IP protocol 89 socket per instance (IPv4 for OSPFv2; IPv6 for OSPFv3, where
 * the kernel fills and checks the checksum), bound to the instance's VRF device, read on a platform thread that
 * posts each datagram to the loop.
 */
final class RawPacketTransport implements PacketTransport {
    static final int PROTOCOL = 89;
    /** Where the v3 checksum sits in the packet, for IPV6_CHECKSUM. */
    private static final int V3_CHECKSUM_OFFSET = 12;

    private final RawIpSocket socket;
    private final RawSocketReader reader;

    private RawPacketTransport(RawIpSocket socket, RawSocketReader reader) {
        this.socket = socket;
        this.reader = reader;
    }

    static RawPacketTransport open(OspfVersion version, String vrfDevice, Executor loop, Consumer<Datagram> handler)
            throws IOException {
        RawIpSocket socket = version == OspfVersion.V2 ? RawIpSocket.openV4(PROTOCOL)
                : RawIpSocket.openV6(PROTOCOL, V3_CHECKSUM_OFFSET);
        try {
            if (vrfDevice != null) {
                socket.bindToDevice(vrfDevice);
            }
            RawSocketReader reader = RawSocketReader.start(version == OspfVersion.V2 ? "ospfd-rx" : "ospf6d-rx",
                    socket, loop, handler);
            return new RawPacketTransport(socket, reader);
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    @Override
    public void send(int ifindex, byte[] source, byte[] destination, byte[] packet) throws IOException {
        socket.send(ifindex, source, destination, packet);
    }

    @Override
    public void unicastHops(int hops) throws IOException {
        socket.setUnicastHops(hops);
    }

    @Override
    public void membership(int ifindex, byte[] group, boolean join) throws IOException {
        if (join) {
            socket.join(ifindex, group);
        } else {
            socket.leave(ifindex, group);
        }
    }

    @Override
    public void close() {
        reader.close();
        socket.close();
    }
}
