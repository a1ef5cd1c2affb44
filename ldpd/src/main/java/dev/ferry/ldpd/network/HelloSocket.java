package dev.ferry.ldpd.network;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.MembershipKey;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * The discovery socket: UDP 646, Link Hellos to and from 224.0.0.2 (all routers on this subnet) as FRR's ldpd
 * sends them: TTL 1, TOS 0xC0 (internetwork control), no loopback of our own Hellos. The group is joined on each
 * interface LDP runs on, and each Hello leaves through its interface (IP_MULTICAST_IF). A platform thread reads
 * datagrams and hands them to the daemon's loop; everything else is called on the loop.
 */
public final class HelloSocket implements AutoCloseable {
    public static final int PORT = 646;
    public static final InetAddress ALL_ROUTERS = group();
    private static final int TOS_INTERNETWORK_CONTROL = 0xc0;
    private static final System.Logger LOG = System.getLogger(HelloSocket.class.getName());

    /** A datagram received: its source address and payload. */
    public interface Receiver {
        void received(InetSocketAddress from, byte[] payload);
    }

    private final DatagramChannel channel;
    private final Map<String, MembershipKey> joined = new HashMap<>();
    private final Thread reader;

    private HelloSocket(DatagramChannel channel, Executor loop, Receiver receiver) {
        this.channel = channel;
        this.reader = Thread.ofPlatform().daemon().name("ldpd-hello-reader").unstarted(() -> read(loop, receiver));
    }

    /** Opens and binds the socket; {@code receiver} runs on {@code loop}. */
    public static HelloSocket open(Executor loop, Receiver receiver) throws IOException {
        DatagramChannel ch = DatagramChannel.open(StandardProtocolFamily.INET);
        try {
            ch.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            ch.setOption(StandardSocketOptions.IP_MULTICAST_TTL, 1);
            ch.setOption(StandardSocketOptions.IP_MULTICAST_LOOP, false);
            ch.setOption(StandardSocketOptions.IP_TOS, TOS_INTERNETWORK_CONTROL);
            ch.bind(new InetSocketAddress(PORT));
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
        HelloSocket s = new HelloSocket(ch, loop, receiver);
        s.reader.start();
        return s;
    }

    /** Joins 224.0.0.2 on an interface (idempotent). */
    public void join(String ifname) throws IOException {
        if (joined.containsKey(ifname)) {
            return;
        }
        NetworkInterface nif = NetworkInterface.getByName(ifname);
        if (nif == null) {
            throw new IOException("no interface " + ifname);
        }
        joined.put(ifname, channel.join(ALL_ROUTERS, nif));
    }

    /** Leaves the group on an interface (idempotent). */
    public void leave(String ifname) {
        MembershipKey k = joined.remove(ifname);
        if (k != null) {
            k.drop();
        }
    }

    /** Sends a Hello PDU to 224.0.0.2 out of {@code ifname}. */
    public void send(String ifname, byte[] pdu) throws IOException {
        NetworkInterface nif = NetworkInterface.getByName(ifname);
        if (nif == null) {
            throw new IOException("no interface " + ifname);
        }
        channel.setOption(StandardSocketOptions.IP_MULTICAST_IF, nif);
        channel.send(ByteBuffer.wrap(pdu), new InetSocketAddress(ALL_ROUTERS, PORT));
    }

    private void read(Executor loop, Receiver receiver) {
        ByteBuffer buf = ByteBuffer.allocate(65536);
        while (channel.isOpen()) {
            try {
                buf.clear();
                InetSocketAddress from = (InetSocketAddress) channel.receive(buf);
                byte[] payload = Arrays.copyOf(buf.array(), buf.position());
                loop.execute(() -> receiver.received(from, payload));
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException | RuntimeException e) {
                if (!channel.isOpen()) {
                    return;
                }
                LOG.log(System.Logger.Level.WARNING, "discovery socket: " + e.getMessage());
            }
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "closing the discovery socket: " + e.getMessage());
        }
    }

    private static InetAddress group() {
        try {
            return InetAddress.getByAddress(new byte[] {(byte) 224, 0, 0, 2});
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
