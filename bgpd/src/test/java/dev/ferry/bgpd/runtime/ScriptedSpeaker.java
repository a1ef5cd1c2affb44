package dev.ferry.bgpd.runtime;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.bgpd.capability.FourOctetAsCapability;
import dev.ferry.bgpd.capability.MultiprotocolCapability;
import dev.ferry.bgpd.message.BgpMessage;
import dev.ferry.bgpd.message.KeepaliveMessage;
import dev.ferry.bgpd.message.MessageDecoder;
import dev.ferry.bgpd.message.MessageEncoder;
import dev.ferry.bgpd.message.OpenMessage;
import dev.ferry.bgpd.message.RouteRefreshMessage;
import dev.ferry.bgpd.message.UpdateMessage;
import dev.ferry.bgpd.nlri.AddressFamily;
import dev.ferry.bgpd.nlri.Ipv4Addresses;
import dev.ferry.bgpd.wire.CodecContext;
import java.io.DataInputStream;
import java.io.IOException;
import java.net.Socket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A BGP speaker scripted on a plain socket, for tests against the runtime: it connects from its own loopback
 * address (retrying until the service listens, with a deadline), exchanges OPENs and reads and writes whole
 * messages with the session's codec context. Reads block with a timeout; no sleeps.
 */
public final class ScriptedSpeaker implements AutoCloseable {
    private final Socket socket;
    private final CodecContext codec;

    private ScriptedSpeaker(Socket socket, CodecContext codec) {
        this.socket = socket;
        this.codec = codec;
    }

    /** Connects from {@code from} to the service at {@code to}:{@code port}. */
    public static ScriptedSpeaker connect(String from, String to, int port, CodecContext codec) throws IOException {
        return new ScriptedSpeaker(PeerSockets.connect(from, to, port, System.nanoTime() + 20_000_000_000L), codec);
    }

    /** Reads the service's OPEN, answers with ours (hold time 30 s) and reads up to the End-of-RIB. */
    public OpenMessage establish(int as, String routerId) throws IOException {
        return establish(as, routerId, 30);
    }

    /** {@link #establish(int, String)} with our hold time. */
    public OpenMessage establish(int as, String routerId, int hold) throws IOException {
        OpenMessage open = open(as, routerId, hold);
        UpdateMessage eor = assertInstanceOf(UpdateMessage.class, read());
        assertTrue(eor.isEndOfRib());
        return open;
    }

    /**
     * Reads the service's OPEN and answers with ours (IPv4 unicast, 4-octet AS), then exchanges KEEPALIVEs;
     * returns the service's OPEN. What the service sends next is its table.
     */
    public OpenMessage open(int as, String routerId, int hold) throws IOException {
        OpenMessage open = assertInstanceOf(OpenMessage.class, read());
        send(OpenMessage.of(as, hold, Ipv4Addresses.parse(routerId), List.of(
                MultiprotocolCapability.of(AddressFamily.IPV4_UNICAST), new FourOctetAsCapability(as))));
        assertInstanceOf(KeepaliveMessage.class, read());
        send(KeepaliveMessage.INSTANCE);
        return open;
    }

    /** The UPDATEs up to the next End-of-RIB, skipping keepalives. */
    public List<UpdateMessage> untilEndOfRib() throws IOException {
        List<UpdateMessage> seen = new ArrayList<>();
        while (true) {
            if (read() instanceof UpdateMessage u) {
                if (u.isEndOfRib()) {
                    return seen;
                }
                seen.add(u);
            }
        }
    }

    public void send(BgpMessage m) throws IOException {
        socket.getOutputStream().write(MessageEncoder.encode(m, codec));
        socket.getOutputStream().flush();
    }

    /** Writes bytes already encoded (a run of whole messages), as a peer blasting a table does. */
    public void sendRaw(byte[] messages) throws IOException {
        socket.getOutputStream().write(messages);
        socket.getOutputStream().flush();
    }

    public BgpMessage read() throws IOException {
        DataInputStream in = new DataInputStream(socket.getInputStream());
        byte[] header = new byte[19];
        in.readFully(header);
        int len = ((header[16] & 0xff) << 8) | (header[17] & 0xff);
        byte[] msg = Arrays.copyOf(header, len);
        in.readFully(msg, 19, len - 19);
        return MessageDecoder.decode(msg, codec).message();
    }

    /** The next UPDATE that is not an End-of-RIB, skipping keepalives. */
    public UpdateMessage nextUpdate() throws IOException {
        while (true) {
            if (read() instanceof UpdateMessage u && !u.isEndOfRib()) {
                return u;
            }
        }
    }

    /**
     * A barrier: asks for a route refresh and reads up to the End-of-RIB that answers it, so every message sent
     * before has been processed (one connection, one loop, in order). Returns the UPDATEs read on the way.
     */
    public List<UpdateMessage> barrier() throws IOException {
        send(RouteRefreshMessage.request(AddressFamily.IPV4_UNICAST));
        return untilEndOfRib();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
