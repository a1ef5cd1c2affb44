package dev.ferry.ospfd.packet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.ferry.ospfd.lsa.Lsa;
import dev.ferry.ospfd.lsa.LsaChecksum;
import dev.ferry.ospfd.lsa.LsaCodec;
import dev.ferry.ospfd.lsa.LsaCodecFixtures;
import dev.ferry.ospfd.wire.DecodeError;
import dev.ferry.ospfd.wire.DecodeResult;
import dev.ferry.ospfd.wire.OspfVersion;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Random mutations and truncations of valid packets and LSAs of every type (fixed seeds): the decoders must answer
 * every input with a value or a typed error, never an exception, and whatever they accept must encode again. Half
 * of the mutants get their checksums repaired, so that the body decoders behind the checksum checks are reached.
 */
class CodecFuzzTest {
    private static final int PACKET_ROUNDS = 20000;
    private static final int LSA_ROUNDS = 16000;

    /** Seed packets: every packet type of both versions, from FRR's captures and built around every fixture LSA. */
    private static List<byte[]> seedPackets() {
        List<byte[]> seeds = new ArrayList<>();
        Map<PacketType, Integer> perType = new EnumMap<>(PacketType.class);
        for (String capture : List.of(FrrCaptures.V2, FrrCaptures.V3)) {
            perType.clear();
            for (FrrCaptures.Captured c : FrrCaptures.ospf(capture)) {
                PacketType t = PacketType.of(c.payload()[1]);
                if (perType.merge(t, 1, Integer::sum) <= 3) {
                    seeds.add(c.payload());
                }
            }
        }
        for (Lsa lsa : LsaCodecFixtures.all()) {
            OspfHeader h = lsa.version() == OspfVersion.V2
                    ? OspfHeader.v2(PacketType.LINK_STATE_UPDATE, 1, 0, Authentication.Null.NONE)
                    : OspfHeader.v3(PacketType.LINK_STATE_UPDATE, 1, 0, 0);
            seeds.add(OspfPacketCodec.encode(new OspfPacket(h, new LinkStateUpdate(List.of(lsa)))));
        }
        seeds.add(HexFormat.of().parseHex("02010030010101010000000000000002000007105f000001ffffff00000a0201000000"
                + "28000000000000000002020202f1016e9812c6ba095b024dbd634dfc4a"));
        return seeds;
    }

    static byte[] mutate(byte[] seed, Random random) {
        byte[] b = seed.clone();
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits; e++) {
            switch (random.nextInt(7)) {
                case 0 -> {
                    if (b.length > 0) {
                        b[random.nextInt(b.length)] ^= (byte) (1 << random.nextInt(8));
                    }
                }
                case 1 -> {
                    if (b.length > 0) {
                        b[random.nextInt(b.length)] = (byte) random.nextInt(256);
                    }
                }
                case 2 -> b = Arrays.copyOf(b, random.nextInt(b.length + 1));
                case 3 -> {
                    byte[] longer = Arrays.copyOf(b, b.length + 1 + random.nextInt(40));
                    for (int i = b.length; i < longer.length; i++) {
                        longer[i] = (byte) random.nextInt(256);
                    }
                    b = longer;
                }
                case 4 -> {
                    if (b.length >= 2) {
                        int at = random.nextInt(b.length - 1);
                        int[] edge = {0, 1, 0xff, 0x100, 0x7fff, 0xffff, b.length, b.length - at, random.nextInt(256)};
                        int v = edge[random.nextInt(edge.length)];
                        b[at] = (byte) (v >>> 8);
                        b[at + 1] = (byte) v;
                    }
                }
                case 5 -> {
                    if (b.length > 4) {
                        int from = random.nextInt(b.length);
                        int to = Math.min(b.length, from + 1 + random.nextInt(24));
                        byte[] cut = new byte[b.length - (to - from)];
                        System.arraycopy(b, 0, cut, 0, from);
                        System.arraycopy(b, to, cut, from, b.length - to);
                        b = cut;
                    }
                }
                default -> {
                    if (b.length > 0) {
                        int at = random.nextInt(b.length);
                        int n = Math.min(b.length - at, 1 + random.nextInt(8));
                        for (int i = 0; i < n; i++) {
                            b[at + i] = (byte) (random.nextBoolean() ? 0xff : 0);
                        }
                    }
                }
            }
        }
        return b;
    }

    /** Repairs the v2 checksum (over the packet's own length when it fits) and every LSA checksum it can find. */
    private static void repairChecksums(byte[] p) {
        if (p.length < 24 || p[0] != 2) {
            return;
        }
        int length = Math.min(((p[2] & 0xff) << 8) | (p[3] & 0xff), p.length);
        if (p[1] == 4 && length >= 28) {
            int at = 28;
            while (at + 20 <= length) {
                int lsaLength = ((p[at + 18] & 0xff) << 8) | (p[at + 19] & 0xff);
                if (lsaLength < 20 || at + lsaLength > length) {
                    break;
                }
                LsaChecksum.fill(p, at, lsaLength);
                at += lsaLength;
            }
        }
        if (length >= 24) {
            PacketChecksum.write(p, 0, PacketChecksum.v2(p, 0, length));
        }
    }

    private static void assertAnsweredAndReencodable(byte[] input) {
        DecodeResult<OspfPacket> r;
        try {
            r = OspfPacketCodec.decode(input);
        } catch (RuntimeException e) {
            throw new AssertionError("exception on " + HexFormat.of().formatHex(input), e);
        }
        assertNotNull(r);
        if (r instanceof DecodeResult.Failed<OspfPacket>(DecodeError error)) {
            assertNotNull(error.reason());
            return;
        }
        OspfPacket p = r.value();
        if (p.header().authentication() instanceof Authentication.Cryptographic) {
            return;
        }
        byte[] again;
        try {
            again = OspfPacketCodec.encode(p);
        } catch (RuntimeException e) {
            throw new AssertionError("cannot encode what was decoded from " + HexFormat.of().formatHex(input), e);
        }
        OspfPacket back = OspfPacketCodec.decode(again).value();
        if (p.body() instanceof LinkStateUpdate u) {
            assertEquals(u.lsas(), ((LinkStateUpdate) back.body()).lsas());
        } else {
            assertEquals(p.body(), back.body());
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void mutatedPacketsOfEveryTypeGiveTypedErrorsOrReencodableValues() {
        List<byte[]> seeds = seedPackets();
        Random random = new Random(0x05bf2328L);
        Map<DecodeError.Reason, Integer> reasons = new EnumMap<>(DecodeError.Reason.class);
        int decoded = 0;
        for (byte[] seed : seeds) {
            for (int i = 0; i < PACKET_ROUNDS / seeds.size() + 1; i++) {
                byte[] m = mutate(seed, random);
                if (random.nextBoolean()) {
                    repairChecksums(m);
                }
                assertAnsweredAndReencodable(m);
                DecodeResult<OspfPacket> r = OspfPacketCodec.decode(m);
                if (r.isOk()) {
                    decoded++;
                    if (r.value().body() instanceof LinkStateUpdate u) {
                        u.rejected().forEach(x -> reasons.merge(x.error().reason(), 1, Integer::sum));
                    }
                } else {
                    reasons.merge(r.error().reason(), 1, Integer::sum);
                }
            }
        }
        // the mutants reached every kind of check, and many still decoded
        assertTrue(decoded > PACKET_ROUNDS / 10, "decoded " + decoded);
        for (DecodeError.Reason reason : List.of(DecodeError.Reason.TRUNCATED, DecodeError.Reason.BAD_VERSION,
                DecodeError.Reason.BAD_TYPE, DecodeError.Reason.BAD_LENGTH, DecodeError.Reason.BAD_CHECKSUM,
                DecodeError.Reason.TRUNCATED_LSA, DecodeError.Reason.BAD_LSA_CHECKSUM,
                DecodeError.Reason.MALFORMED_LSA)) {
            assertTrue(reasons.containsKey(reason), "never saw " + reason + " in " + reasons);
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void mutatedLsasOfEveryTypeGiveTypedErrorsOrRebuildableValues() {
        Random random = new Random(0x5340L);
        List<Lsa> seeds = LsaCodecFixtures.all();
        int rounds = LSA_ROUNDS / seeds.size() + 1;
        for (Lsa seed : seeds) {
            int accepted = 0;
            for (int i = 0; i < rounds; i++) {
                byte[] m = mutate(seed.wire(), random);
                if (m.length >= 20) {
                    // keep the length field honest half the time, so that the body decoder sees the mutation
                    if (random.nextBoolean()) {
                        m[18] = (byte) (m.length >>> 8);
                        m[19] = (byte) m.length;
                    }
                    LsaChecksum.fill(m, 0, m.length);
                }
                DecodeResult<Lsa> r;
                try {
                    r = LsaCodec.decode(m, seed.version());
                } catch (RuntimeException e) {
                    throw new AssertionError("exception on " + HexFormat.of().formatHex(m), e);
                }
                if (r.isOk()) {
                    accepted++;
                    Lsa lsa = r.value();
                    Lsa rebuilt = Lsa.build(lsa.header(), lsa.body());
                    assertEquals(lsa.body(), LsaCodec.decode(rebuilt.wire(), seed.version()).value().body());
                } else if (r.error() == null) {
                    fail("neither value nor error");
                }
            }
            assertTrue(accepted > 0, "no mutant of " + seed.header() + " decoded");
        }
    }
}
