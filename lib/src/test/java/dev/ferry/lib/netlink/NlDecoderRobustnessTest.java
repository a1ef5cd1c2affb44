package dev.ferry.lib.netlink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ferry.lib.netlink.codec.MessageDecoder;
import dev.ferry.lib.netlink.codec.NetlinkDecodeException;
import dev.ferry.lib.netlink.codec.NetlinkDecodeException.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Decoders never throw unchecked exceptions on bad input: every golden message (requests and kernel
 * answers) cut at every length, with nlmsg_len claiming each shorter length, and with random bytes
 * overwritten (lengths included), decodes or gives a {@link NetlinkDecodeException}.
 */
class NlDecoderRobustnessTest {

    private static List<GoldenFixture> fixtures() throws IOException {
        List<GoldenFixture> out = new ArrayList<>();
        try (InputStream in = NlDecoderRobustnessTest.class.getResourceAsStream("/netlink/cases.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(GoldenFixture.load(line.split("\\s+")[0]));
                }
            }
        }
        return out;
    }

    /** Decodes, and lets only NetlinkDecodeException through; returns whether it decoded. */
    private static boolean decodes(byte[] bytes, int end) {
        try {
            MessageDecoder.decodeAll(ByteBuffer.wrap(bytes), 0, end);
            return true;
        } catch (NetlinkDecodeException e) {
            return false;
        } catch (RuntimeException e) {
            throw new AssertionError("unchecked " + e + " decoding " + HexFormat.of().formatHex(bytes, 0, end), e);
        }
    }

    @Test
    void everyFixtureDecodes() throws Exception {
        for (GoldenFixture f : fixtures()) {
            assertEquals(true, decodes(f.request(), f.request().length), f.name());
            assertEquals(true, decodes(f.reply(), f.reply().length), f.name() + " reply");
        }
    }

    @Test
    void truncatedInputGivesTypedErrors() throws Exception {
        for (GoldenFixture f : fixtures()) {
            for (byte[] msg : List.of(f.request(), f.reply())) {
                for (int cut = 0; cut < msg.length; cut++) {
                    decodes(msg, cut);
                    byte[] lying = msg.clone();
                    if (cut >= 16) {
                        // the header claims fewer bytes: the attributes inside are cut short
                        ByteBuffer.wrap(lying).order(ByteOrder.nativeOrder()).putInt(0, cut);
                        decodes(lying, cut);
                    }
                }
            }
        }
    }

    @Test
    void corruptedInputGivesTypedErrors() throws Exception {
        Random random = new Random(4);
        for (GoldenFixture f : fixtures()) {
            for (byte[] msg : List.of(f.request(), f.reply())) {
                for (int round = 0; round < 300; round++) {
                    byte[] bad = msg.clone();
                    int n = 1 + random.nextInt(4);
                    for (int i = 0; i < n; i++) {
                        int at = 16 + random.nextInt(Math.max(1, bad.length - 16));
                        if (at < bad.length) {
                            bad[at] = (byte) random.nextInt(256);
                        }
                    }
                    decodes(bad, bad.length);
                }
            }
        }
    }

    @Test
    void typedErrorsSayWhat() {
        byte[] route = GoldenFixture.load("route-v4-unicast").request().clone();
        ByteBuffer.wrap(route).order(ByteOrder.nativeOrder()).putShort(28, (short) 200);
        NetlinkDecodeException e = assertThrows(NetlinkDecodeException.class,
                () -> MessageDecoder.decode(ByteBuffer.wrap(route), 0, route.length));
        assertEquals(Problem.TRUNCATED_ATTRIBUTE, e.problem());
        assertEquals(28, e.offset());

        byte[] oif = GoldenFixture.load("route-v4-unicast").request().clone();
        ByteBuffer.wrap(oif).order(ByteOrder.nativeOrder()).putShort(52, (short) 7);
        e = assertThrows(NetlinkDecodeException.class,
                () -> MessageDecoder.decode(ByteBuffer.wrap(oif), 0, oif.length));
        assertEquals(Problem.BAD_ATTRIBUTE_LENGTH, e.problem());

        e = assertThrows(NetlinkDecodeException.class, () -> MessageDecoder.decode(ByteBuffer.wrap(oif), 0, 10));
        assertEquals(Problem.TRUNCATED_STRUCT, e.problem());
    }

    @Test
    void nexthopObjectErrorsSayWhat() {
        assertProblem(Problem.BAD_ATTRIBUTE_LENGTH, "route-v4-nhid", 36, 6); // RTA_NH_ID of 2 bytes
        assertProblem(Problem.BAD_ATTRIBUTE_LENGTH, "nexthop-v4-add", 24, 7); // NHA_ID of 3 bytes
        assertProblem(Problem.BAD_ATTRIBUTE_LENGTH, "nexthop-group", 32, 16); // NHA_GROUP: 1.5 members
        assertProblem(Problem.BAD_ATTRIBUTE_LENGTH, "nexthop-v6-add", 32, 8); // NHA_GATEWAY of 4 bytes, AF_INET6
        assertProblem(Problem.TRUNCATED_STRUCT, "nexthop-v4-add", 0, 20); // nlmsg_len leaves 4 bytes of nhmsg
    }

    /** The fixture's request with the u16 (or for offset 0 the u32 nlmsg_len) at {@code at} set to {@code value}. */
    private static void assertProblem(Problem expected, String fixture, int at, int value) {
        byte[] m = GoldenFixture.load(fixture).request().clone();
        ByteBuffer b = ByteBuffer.wrap(m).order(ByteOrder.nativeOrder());
        if (at == 0) {
            b.putInt(0, value);
        } else {
            b.putShort(at, (short) value);
        }
        int end = at == 0 ? value : m.length;
        NetlinkDecodeException e = assertThrows(NetlinkDecodeException.class,
                () -> MessageDecoder.decode(ByteBuffer.wrap(m), 0, end), fixture);
        assertEquals(expected, e.problem(), fixture + ": " + e.getMessage());
    }
}
