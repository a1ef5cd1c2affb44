package dev.ferry.ospfd.packet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ospfd.lsa.Lsa;
import dev.ferry.ospfd.lsa.LsaHeader;
import dev.ferry.ospfd.lsa.NetworkLsaV2;
import dev.ferry.ospfd.packet.FrrCaptures.Captured;
import dev.ferry.ospfd.wire.DecodeError;
import dev.ferry.ospfd.wire.DecodeError.Reason;
import dev.ferry.ospfd.wire.OspfVersion;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the decoder says about broken packets: each error names the RFC check that failed. */
class PacketCodecErrorsTest {
    private static byte[] v2Frame(int n) {
        return FrrCaptures.frame(FrrCaptures.V2, n).payload();
    }

    private static Reason reason(byte[] bytes) {
        DecodeError e = OspfPacketCodec.decode(bytes).error();
        assertTrue(e != null, "decoded");
        return e.reason();
    }

    private static void fixV2Checksum(byte[] p) {
        PacketChecksum.write(p, 0, PacketChecksum.v2(p, 0, ((p[2] & 0xff) << 8) | (p[3] & 0xff)));
    }

    @Test
    void headerChecks() {
        assertEquals(Reason.TRUNCATED, reason(new byte[0]));
        byte[] hello = v2Frame(1);
        byte[] v4 = hello.clone();
        v4[0] = 4;
        assertEquals(Reason.BAD_VERSION, reason(v4));
        byte[] type9 = hello.clone();
        type9[1] = 9;
        assertEquals(Reason.BAD_TYPE, reason(type9));
        assertEquals(Reason.TRUNCATED, reason(Arrays.copyOf(hello, 20)));
        assertEquals(Reason.BAD_LENGTH, reason(Arrays.copyOf(hello, hello.length - 1)));
        byte[] tiny = hello.clone();
        tiny[3] = 10;
        assertEquals(Reason.BAD_LENGTH, reason(tiny));
        byte[] flipped = hello.clone();
        flipped[30] ^= 0x40;
        assertEquals(Reason.BAD_CHECKSUM, reason(flipped));
        byte[] auType = hello.clone();
        auType[15] = 3;
        assertEquals(Reason.BAD_AUTH_TYPE, reason(auType));
        assertEquals(DecodeError.Reaction.DROP_PACKET, OspfPacketCodec.decode(flipped).error().reaction());
    }

    @Test
    void authFieldIsOutsideTheV2Checksum() {
        byte[] hello = v2Frame(1);
        hello[20] = 0x55;
        assertTrue(OspfPacketCodec.decode(hello).isOk());
    }

    @Test
    void trailingBytesAfterThePacketLengthAreIgnored() {
        byte[] hello = v2Frame(3);
        byte[] longer = Arrays.copyOf(hello, hello.length + 7);
        assertEquals(OspfPacketCodec.decode(hello).value(), OspfPacketCodec.decode(longer).value());
    }

    @Test
    void bodyLengthsMustBeWholeEntries() {
        byte[] hello = v2Frame(3);
        byte[] cut = Arrays.copyOf(hello, hello.length - 2);
        cut[3] -= 2;
        fixV2Checksum(cut);
        assertEquals(Reason.BAD_LENGTH, reason(cut));

        byte[] lsr = v2Frame(16);
        byte[] lsrCut = Arrays.copyOf(lsr, lsr.length - 4);
        lsrCut[3] -= 4;
        fixV2Checksum(lsrCut);
        assertEquals(Reason.BAD_LENGTH, reason(lsrCut));
    }

    @Test
    void anLsaWithABadChecksumIsDiscardedAloneFromItsUpdate() {
        byte[] update = v2Frame(20).clone();
        // the second LSA (offset 24 + 4 + 60) gets a wrong byte in its body
        update[24 + 4 + 60 + 30] ^= 0x01;
        fixV2Checksum(update);
        LinkStateUpdate u = (LinkStateUpdate) OspfPacketCodec.decode(update).value().body();
        assertEquals(2, u.lsas().size());
        assertEquals(1, u.rejected().size());
        assertEquals(Reason.BAD_LSA_CHECKSUM, u.rejected().getFirst().error().reason());
        assertEquals(DecodeError.Reaction.DISCARD_LSA, u.rejected().getFirst().error().reaction());
        assertEquals(0x80000006, u.rejected().getFirst().header().sequence());
    }

    @Test
    void anLsaRunningPastItsPacketDropsThePacket() {
        byte[] update = v2Frame(19).clone();
        update[24 + 4 + 19] = 100;
        fixV2Checksum(update);
        assertEquals(Reason.TRUNCATED_LSA, reason(update));
        byte[] count = v2Frame(19).clone();
        count[27] = 2;
        fixV2Checksum(count);
        assertEquals(Reason.TRUNCATED_LSA, reason(count));
    }

    @Test
    void v3HeaderHasNoChecksumCheckButAnInstanceId() {
        Captured c = FrrCaptures.frame(FrrCaptures.V3, 12);
        byte[] p = c.payload().clone();
        p[12] ^= 0x11;
        p[14] = 5;
        OspfPacket decoded = OspfPacketCodec.decode(p).value();
        assertEquals(5, decoded.header().instanceId());
        assertEquals(0, OspfPacketCodec.encode(decoded)[12]);
    }

    @Test
    void buildsAnUpdateFromLsasAndReadsItBack() {
        Lsa net = Lsa.build(new LsaHeader(OspfVersion.V2, 1, 0x02, 2, 0x0a010101, 0x01010101, 0x80000001, 0, 0),
                new NetworkLsaV2(0xffffff00, List.of(0x01010101, 0x02020202)));
        OspfPacket p = new OspfPacket(OspfHeader.v2(PacketType.LINK_STATE_UPDATE, 0x01010101, 0,
                Authentication.Null.NONE), new LinkStateUpdate(List.of(net, net.withAge(2))));
        byte[] wire = OspfPacketCodec.encode(p);
        LinkStateUpdate back = (LinkStateUpdate) OspfPacketCodec.decode(wire).value().body();
        assertEquals(List.of(net, net.withAge(2)), back.lsas());
    }
}
