package dev.ferry.ldpd.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.ferry.ldpd.config.LdpConfig;
import dev.ferry.ldpd.network.SessionTransport;
import dev.ferry.ldpd.packet.LdpId;
import dev.ferry.ldpd.packet.message.InitializationMessage;
import dev.ferry.ldpd.packet.message.KeepAliveMessage;
import dev.ferry.ldpd.packet.message.Message;
import dev.ferry.ldpd.packet.message.NotificationMessage;
import dev.ferry.ldpd.packet.pdu.Pdu;
import dev.ferry.ldpd.packet.pdu.PduDecoder;
import dev.ferry.ldpd.packet.tlv.CommonSessionParamsTlv;
import dev.ferry.ldpd.packet.tlv.DynamicCapabilityAnnouncementTlv;
import dev.ferry.ldpd.packet.tlv.TypedWildcardFecCapabilityTlv;
import dev.ferry.ldpd.packet.tlv.UnrecognizedNotificationCapabilityTlv;
import dev.ferry.ldpd.session.SessionRole;
import dev.ferry.ldpd.session.SessionState;
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * A session of this LSR (1.1.1.1) with a scripted peer (2.2.2.2, the active side) over an in-memory transport: the
 * test writes the peer's bytes straight into {@link Neighbor#bytes} and reads what this LSR wrote back. The daemon
 * side is a real {@link LdpService} (its LIB, label messages, End-of-LIB), not started: no socket is opened.
 */
final class SessionPeer implements AutoCloseable {
    static final LdpId LOCAL = LdpId.of("1.1.1.1");
    static final LdpId PEER = LdpId.of("2.2.2.2");

    final ScheduledExecutorService loop = Executors.newSingleThreadScheduledExecutor();
    final LdpService service = new LdpService(new LdpConfig(), loop, InstantSource.system());
    final Neighbor neighbor;
    MemoryTransport transport;
    private int nextId = 1000;

    /** The in-memory transport: records each PDU written and whether it was closed. */
    static final class MemoryTransport implements SessionTransport {
        final List<byte[]> sent = new ArrayList<>();
        boolean closed;

        @Override
        public void send(byte[] pdu) {
            if (!closed) {
                sent.add(pdu);
            }
        }

        @Override
        public void close() {
            closed = true;
        }

        @Override
        public InetSocketAddress local() {
            return new InetSocketAddress(LOCAL.lsrId(), 646);
        }

        @Override
        public InetSocketAddress remote() {
            return new InetSocketAddress(PEER.lsrId(), 40000);
        }

        /** Every message written, in order. */
        List<Message> messages() {
            List<Message> out = new ArrayList<>();
            for (byte[] pdu : sent) {
                out.addAll(PduDecoder.decode(pdu).messages());
            }
            return out;
        }

        List<NotificationMessage> notifications() {
            return messages().stream().filter(NotificationMessage.class::isInstance)
                    .map(NotificationMessage.class::cast).toList();
        }
    }

    /** The host: this LSR's identity, the rest delegated to the (unstarted) service. */
    private final class Host implements NeighborHost {
        @Override
        public LdpId localId() {
            return LOCAL;
        }

        @Override
        public int localTransport() {
            return dev.ferry.ldpd.label.Ipv4.of(LOCAL.lsrId());
        }

        @Override
        public int keepaliveTime() {
            return LdpService.DEFAULT_KEEPALIVE;
        }

        @Override
        public int nextMessageId() {
            return service.nextMessageId();
        }

        @Override
        public ScheduledExecutorService loop() {
            return loop;
        }

        @Override
        public void operational(Neighbor n) {
            service.operational(n);
        }

        @Override
        public void down(Neighbor n) {
            service.down(n);
        }

        @Override
        public void message(Neighbor n, Message m) {
            service.message(n, m);
        }
    }

    SessionPeer() {
        neighbor = new Neighbor(new Host(), PEER, dev.ferry.ldpd.label.Ipv4.of(PEER.lsrId()), InstantSource.system());
        service.neighbors().put(PEER, neighbor);
    }

    int id() {
        return nextId++;
    }

    /** A new connection from the peer, taken to OPERATIONAL with the three capabilities FRR announces. */
    MemoryTransport up() {
        return up(true);
    }

    MemoryTransport up(boolean unrecognizedNotification) {
        transport = new MemoryTransport();
        neighbor.attach(transport, SessionRole.PASSIVE);
        assertEquals(SessionState.INITIALIZED, neighbor.state());
        CommonSessionParamsTlv params = new CommonSessionParamsTlv(1, 180, false, false, 0, 0, LOCAL);
        feed(Pdu.of(PEER, new InitializationMessage(id(), params,
                Optional.of(new DynamicCapabilityAnnouncementTlv(true)),
                Optional.of(new TypedWildcardFecCapabilityTlv(true)),
                unrecognizedNotification ? Optional.of(new UnrecognizedNotificationCapabilityTlv(true))
                        : Optional.empty(), List.of())).toBytes());
        assertEquals(SessionState.OPENREC, neighbor.state());
        feed(Pdu.of(PEER, new KeepAliveMessage(id())).toBytes());
        assertEquals(SessionState.OPERATIONAL, neighbor.state());
        assertFalse(transport.closed);
        return transport;
    }

    /** The peer's bytes, as one TCP read. */
    void feed(byte[] bytes) {
        neighbor.bytes(transport, bytes);
    }

    void send(Message... messages) {
        feed(Pdu.of(PEER, messages).toBytes());
    }

    // ---- raw wire building, for what the codec would never encode --------------------------------------

    /** A PDU header (version, length = what follows the length field) with the peer's LDP id, then the body. */
    static byte[] pdu(int version, byte[] body) {
        return concat(u16(version), u16(6 + body.length), PEER.lsrId().getAddress(), u16(0), body);
    }

    static byte[] pdu(byte[] body) {
        return pdu(1, body);
    }

    /** A message: U bit and type in the first field, length = id + body. */
    static byte[] message(int typeField, int id, byte[]... tlvs) {
        byte[] body = concat(tlvs);
        return concat(u16(typeField), u16(4 + body.length), u32(id), body);
    }

    static byte[] tlv(int typeField, byte[] value) {
        return concat(u16(typeField), u16(value.length), value);
    }

    /** A FEC TLV with one IPv4 prefix element. */
    static byte[] prefixFec(int a, int b, int c, int d, int length) {
        byte[] addr = {(byte) a, (byte) b, (byte) c, (byte) d};
        byte[] value = concat(new byte[] {2}, u16(1), new byte[] {(byte) length},
                java.util.Arrays.copyOf(addr, (length + 7) / 8));
        return tlv(0x0100, value);
    }

    static byte[] label(long value) {
        return tlv(0x0200, u32((int) value));
    }

    static byte[] u16(int v) {
        return new byte[] {(byte) (v >> 8), (byte) v};
    }

    static byte[] u32(int v) {
        return new byte[] {(byte) (v >> 24), (byte) (v >> 16), (byte) (v >> 8), (byte) v};
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    @Override
    public void close() {
        loop.shutdownNow();
    }
}
