package dev.ferry.lib.netlink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.ferry.lib.netlink.codec.ErrorMessage;
import dev.ferry.lib.netlink.codec.MessageWriter;
import dev.ferry.lib.netlink.codec.NetlinkMessage;
import dev.ferry.lib.netlink.codec.NetlinkRequest;
import dev.ferry.lib.netlink.codec.Payload;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;

/**
 * Checks one golden fixture both ways. Encoding: Ferry's request must equal iproute2's byte for byte,
 * with one mask: the padding after attributes of a length that is not a multiple of 4, which iproute2
 * leaves uninitialised ({@link PaddingMask}; Ferry writes zeros, the kernel skips them). Header fields
 * are not masked but set equal: nlmsg_seq is set to iproute2's (it uses the time of day), nlmsg_pid is 0 in both
 * (the kernel fills it), and nlmsg_flags are the ones `ip` used (NLM_F_REQUEST | ACK | EXCL | CREATE for
 * an add, REQUEST | ACK for a delete or a link change); the encoders take them as arguments. Decoding:
 * the fixture's request decodes to the same object, and the kernel's recorded answer to the expected
 * errno and extack text.
 */
final class GoldenAssert {
    private GoldenAssert() {
    }

    /** Encodes with {@code encoder} (given the fixture's seq) and compares; returns the fixture. */
    static GoldenFixture assertEncodes(String name, NetlinkRequest encoder) {
        GoldenFixture f = GoldenFixture.load(name);
        ByteBuffer buf = ByteBuffer.allocate(8192);
        encoder.encode(new MessageWriter(buf), f.seq());
        byte[] ours = Arrays.copyOf(buf.array(), buf.position());
        assertEquals(GoldenFixture.hex(PaddingMask.zeroPadding(f.request())), GoldenFixture.hex(ours),
                name + ": " + f.command());
        return f;
    }

    /** The fixture's request decodes to {@code expected}. */
    static void assertDecodes(GoldenFixture f, Payload expected) throws Exception {
        NetlinkMessage m = f.decodeRequest();
        assertEquals(f.nlType(), m.header().type());
        assertEquals(expected, m.payload(), f.name());
    }

    /** The kernel answered the fixture's request with {@code errno} (0: ACK) and {@code extack}. */
    static void assertAnswer(GoldenFixture f, int errno, String extack) throws Exception {
        List<NetlinkMessage> reply = f.decodeReply();
        assertEquals(1, reply.size(), f.name() + " answer");
        ErrorMessage e = assertInstanceOf(ErrorMessage.class, reply.getFirst().payload());
        assertEquals(errno, e.errno(), f.name() + " errno");
        assertEquals(extack, e.extackMessage(), f.name() + " extack");
        assertEquals(f.seq(), e.request().seq());
        assertEquals(f.nlType(), e.request().type());
    }

    /** All three for a payload encoded with its own encode method. */
    static void assertGolden(String name, Payload message, NetlinkRequest encoder, int errno, String extack)
            throws Exception {
        GoldenFixture f = assertEncodes(name, encoder);
        assertDecodes(f, message);
        assertAnswer(f, errno, extack);
    }
}
