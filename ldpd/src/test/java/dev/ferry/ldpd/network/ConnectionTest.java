package dev.ferry.ldpd.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ldpd.packet.LdpId;
import dev.ferry.ldpd.packet.message.KeepAliveMessage;
import dev.ferry.ldpd.packet.message.LabelMappingMessage;
import dev.ferry.ldpd.packet.pdu.Pdu;
import dev.ferry.ldpd.packet.pdu.PduDecoder;
import dev.ferry.ldpd.packet.pdu.PduResult;
import dev.ferry.ldpd.packet.pdu.PduStreamSplitter;
import dev.ferry.ldpd.packet.tlv.FecTlv;
import dev.ferry.ldpd.packet.tlv.GenericLabelTlv;
import dev.ferry.ldpd.packet.tlv.PrefixFec;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The session connection over loopback TCP: PDUs sent during one loop task are written when the task ends (not one
 * write each), in order, their messages packed into PDUs of at most 4096 bytes, and closing writes what is queued
 * first, so a last Notification reaches the peer.
 */
class ConnectionTest {
    private final ExecutorService loop = Executors.newSingleThreadExecutor();

    @AfterEach
    void tearDown() {
        loop.shutdownNow();
    }

    private static final SessionTransport.Listener IGNORE = new SessionTransport.Listener() {
        @Override
        public void bytes(SessionTransport t, byte[] data) {
        }

        @Override
        public void closed(SessionTransport t, String reason) {
        }
    };

    /**
     * Label Mappings sent one per PDU leave packed into as few PDUs as fit in 4096 bytes, every message once and in
     * order; a PDU of another LDP identifier starts a new one.
     */
    @Test
    void messagesArePackedIntoPdusOfAtMost4096Bytes() throws Exception {
        try (ServerSocketChannel server = ServerSocketChannel.open()
                .bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
                SocketChannel client = SocketChannel.open(server.getLocalAddress());
                SocketChannel peer = server.accept()) {
            Connection c = Connection.start(client, loop, IGNORE);
            LdpId self = LdpId.of("1.1.1.1");
            loop.submit(() -> {
                for (int i = 0; i < 600; i++) {
                    c.send(Pdu.of(self, new LabelMappingMessage(i, FecTlv.of(PrefixFec.of("10." + (i / 256) + "."
                            + (i % 256) + ".0/24")), new GenericLabelTlv(16 + i))).toBytes());
                }
                c.send(Pdu.of(LdpId.of("2.2.2.2"), new KeepAliveMessage(600)).toBytes());
                c.close();
                return null;
            }).get();
            PduStreamSplitter splitter = new PduStreamSplitter();
            List<byte[]> pdus = new ArrayList<>();
            ByteBuffer buf = ByteBuffer.allocate(65536);
            while (peer.read(buf.clear()) >= 0) {
                pdus.addAll(splitter.feed(Arrays.copyOf(buf.array(), buf.position())).pdus());
            }
            List<Integer> ids = new ArrayList<>();
            for (byte[] pdu : pdus) {
                assertTrue(pdu.length - 4 <= Pdu.DEFAULT_MAX_LENGTH, "PDU length " + (pdu.length - 4));
                PduResult r = PduDecoder.decode(pdu);
                assertTrue(r.clean(), r.errors().toString());
                r.messages().forEach(m -> ids.add(m.messageId()));
            }
            assertEquals(IntStream.rangeClosed(0, 600).boxed().toList(), ids);
            assertTrue(pdus.size() <= 6, pdus.size() + " PDUs for 601 messages");
            assertEquals(LdpId.of("2.2.2.2"), PduDecoder.decode(pdus.getLast()).ldpId().orElseThrow());
        }
    }

    @Test
    void theTasksPdusLeaveTogetherInOrderAndCloseFlushesFirst() throws Exception {
        try (ServerSocketChannel server = ServerSocketChannel.open()
                .bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
                SocketChannel client = SocketChannel.open(server.getLocalAddress());
                SocketChannel peer = server.accept()) {
            Connection c = Connection.start(client, loop, IGNORE);
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            int[] unflushed = new int[1];
            loop.submit(() -> {
                for (int i = 0; i < 5000; i++) {
                    byte[] pdu = new byte[38];
                    ByteBuffer.wrap(pdu).putInt(i).putInt(~i);
                    c.send(pdu);
                    expected.writeBytes(pdu);
                    if (i == 0) {
                        peer.configureBlocking(false);
                        unflushed[0] = peer.read(ByteBuffer.allocate(64));
                        peer.configureBlocking(true);
                    }
                }
                return null;
            }).get();
            assertEquals(0, unflushed[0], "nothing written while the task runs");
            byte[] last = {0, 1, 0, 24, 9, 9, 9, 9};
            loop.submit(() -> {
                c.send(last);
                c.close();
            }).get();
            expected.writeBytes(last);
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            ByteBuffer buf = ByteBuffer.allocate(65536);
            while (peer.read(buf.clear()) >= 0) {
                got.write(buf.array(), 0, buf.position());
            }
            assertArrayEquals(expected.toByteArray(), got.toByteArray());
        }
    }
}
