package dev.ferry.ospfd.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ospfd.core.fsm.NeighborState;
import dev.ferry.ospfd.lsa.ExternalLsaV2;
import dev.ferry.ospfd.lsa.Lsa;
import dev.ferry.ospfd.lsa.LsaHeader;
import dev.ferry.ospfd.lsa.LsaKey;
import dev.ferry.ospfd.lsa.LsaTypes;
import dev.ferry.ospfd.lsa.OpaqueBody;
import dev.ferry.ospfd.packet.DatabaseDescription;
import dev.ferry.ospfd.packet.LinkStateRequest;
import dev.ferry.ospfd.packet.LinkStateUpdate;
import dev.ferry.ospfd.packet.PacketBody;
import dev.ferry.ospfd.packet.PacketChecksum;
import dev.ferry.ospfd.wire.Ipv4;
import dev.ferry.ospfd.wire.OspfVersion;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A live adjacency under a storm of malformed packets (RFC 2328 8.2 and 13: drop, count, carry on): bad packet
 * checksums, truncated packets, wrong length fields, versions and types, Link State Updates whose LSA count
 * overruns the packet, LSAs with bad checksums, lengths, LS types and bodies, and LSAs with impossible ages.
 * Nothing may escape the packet handler, every malformed packet must be counted once, with its reason where that
 * is determined, nothing malformed may reach the database, and afterwards the adjacency is still Full and a valid
 * update is installed. Seeded, so that a failure can be replayed.
 */
class RuntimeFuzzTest {
    private static final int STORM = 3000;

    /** How a packet is broken, and the drop reason it must be counted under (null: only counted, any reason). */
    private enum Breakage {
        PACKET_CHECKSUM("BAD_CHECKSUM"),
        TRUNCATED_PACKET(null),
        LENGTH_FIELD(null),
        VERSION_OR_TYPE(null),
        LSA_COUNT_OVERRUN("TRUNCATED_LSA"),
        LSA_CHECKSUM("LSA_BAD_LSA_CHECKSUM"),
        LSA_LENGTH_OVERRUN("TRUNCATED_LSA"),
        LSA_TYPE_UNKNOWN("LSA_TYPE_NOT_IN_AREA"),
        LSA_BODY_SHORT("LSA_MALFORMED_LSA");

        final String reason;

        Breakage(String reason) {
            this.reason = reason;
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 42, 20261121})
    void aStormOfMalformedPacketsIsDroppedCountedAndTheAdjacencySurvives(long seed) throws Exception {
        Random random = new Random(seed);
        try (LiveAdjacency adj = LiveAdjacency.full(null)) {
            Map<String, Long> before = adj.drops();
            Map<Breakage, Integer> sent = new EnumMap<>(Breakage.class);
            List<LsaKey> mustNotBeInstalled = new ArrayList<>();
            for (int i = 0; i < STORM; i++) {
                Breakage b = Breakage.values()[random.nextInt(Breakage.values().length)];
                adj.inject(broken(adj, b, random, i, mustNotBeInstalled));
                sent.merge(b, 1, Integer::sum);
            }
            int hugeAges = 0;
            for (int age : new int[] {LsaHeader.MAX_AGE + 1, 0x7FFF, 0xFFFF, LsaHeader.DO_NOT_AGE | LsaHeader.MAX_AGE}) {
                Lsa lsa = external(0x0C00_0000 + (hugeAges++ << 8), age);
                mustNotBeInstalled.add(lsa.key());
                adj.send(new LinkStateUpdate(List.of(lsa)));
            }
            adj.drain();

            assertTrue(adj.wire.escaped.isEmpty(), () -> "escaped the packet handler: " + adj.wire.escaped);
            Map<String, Long> after = adj.drops();
            assertEquals(STORM, total(after) - total(before), () -> "every malformed packet counted once: " + after);
            for (Breakage b : Breakage.values()) {
                if (b.reason != null) {
                    long counted = after.getOrDefault(b.reason, 0L) - before.getOrDefault(b.reason, 0L);
                    assertTrue(counted >= sent.getOrDefault(b, 0), b + " counted under " + b.reason + ": " + counted
                            + " of " + sent.get(b) + " sent; " + after);
                }
            }
            for (LsaKey key : mustNotBeInstalled) {
                assertNull(adj.lookup(key), () -> key + " was malformed, yet it is in the database");
            }
            assertEquals(NeighborState.FULL, adj.state());

            Lsa valid = external(0x0B0B_0B00, 1);
            adj.send(new LinkStateUpdate(List.of(valid)));
            LiveAdjacency.await(() -> {
                try {
                    return valid.equals(adj.lookup(valid.key()));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, "the valid update installed after the storm");
            assertEquals(NeighborState.FULL, adj.state());
        }
    }

    @Test
    void randomBytesAndFlippedBitsWithFixedChecksumsNeverEscape() throws Exception {
        Random random = new Random(7);
        try (LiveAdjacency adj = LiveAdjacency.full(null)) {
            long before = total(adj.drops());
            for (int i = 0; i < STORM; i++) {
                byte[] p;
                if (random.nextBoolean()) {
                    p = new byte[random.nextInt(200)];
                    random.nextBytes(p);
                } else { // a valid packet with a few random bytes changed past the header, checksum made right
                    p = template(adj, random, i);
                    for (int flips = 1 + random.nextInt(4); flips > 0; flips--) {
                        p[24 + random.nextInt(p.length - 24)] ^= (byte) (1 + random.nextInt(255));
                    }
                    fixChecksum(p);
                }
                adj.inject(p);
            }
            adj.drain();
            assertTrue(adj.wire.escaped.isEmpty(), () -> "escaped the packet handler: " + adj.wire.escaped);
            assertTrue(total(adj.drops()) - before >= STORM / 2, "the random byte strings were counted as drops");
            // the router still answers: a Hello keeps the neighbor, whatever the storm did to the adjacency
            adj.send(adj.hello());
            adj.drain();
            assertTrue(adj.state().ordinal() >= NeighborState.TWO_WAY.ordinal(), "neighbor kept: " + adj.state());
        }
    }

    // ---- building the broken packets ----

    private static byte[] broken(LiveAdjacency adj, Breakage b, Random r, int i, List<LsaKey> notInstalled) {
        return switch (b) {
            case PACKET_CHECKSUM -> {
                byte[] p = template(adj, r, i);
                p[24 + r.nextInt(p.length - 24)] ^= (byte) (1 + r.nextInt(255));
                yield p;
            }
            case TRUNCATED_PACKET -> {
                byte[] p = template(adj, r, i);
                yield Arrays.copyOf(p, r.nextInt(p.length));
            }
            case LENGTH_FIELD -> {
                byte[] p = template(adj, r, i);
                int length;
                do {
                    length = r.nextInt(65536);
                } while (length == p.length);
                p[2] = (byte) (length >>> 8);
                p[3] = (byte) length;
                yield p;
            }
            case VERSION_OR_TYPE -> {
                byte[] p = template(adj, r, i);
                if (r.nextBoolean()) {
                    p[0] = (byte) (r.nextBoolean() ? 3 : r.nextInt(256));
                    p[0] = p[0] == 2 ? 4 : p[0];
                } else {
                    p[1] = (byte) (r.nextBoolean() ? 0 : 6 + r.nextInt(250));
                }
                fixChecksum(p);
                yield p;
            }
            case LSA_COUNT_OVERRUN -> {
                byte[] p = update(adj, external(key(i), 1), notInstalled);
                int count = 2 + r.nextInt(Integer.MAX_VALUE - 2);
                p[24] = (byte) (count >>> 24);
                p[25] = (byte) (count >>> 16);
                p[26] = (byte) (count >>> 8);
                p[27] = (byte) count;
                fixChecksum(p);
                yield p;
            }
            case LSA_CHECKSUM -> {
                byte[] p = update(adj, external(key(i), 1), notInstalled);
                p[28 + 16 + r.nextInt(2)] ^= 1; // a Fletcher checksum misses 0x00 <-> 0xFF, never a change of one
                fixChecksum(p);
                yield p;
            }
            case LSA_LENGTH_OVERRUN -> {
                byte[] p = update(adj, external(key(i), 1), notInstalled);
                int length = r.nextBoolean() ? r.nextInt(20) : p.length - 28 + 1 + r.nextInt(1000);
                p[28 + 18] = (byte) (length >>> 8);
                p[28 + 19] = (byte) length;
                fixChecksum(p);
                yield p;
            }
            case LSA_TYPE_UNKNOWN -> {
                int[] unknown = {0, 6, 8, 9, 10, 11, 12, 100, 255}; // 7 (NSSA) has a body to parse
                int type = unknown[r.nextInt(unknown.length)];
                byte[] body = new byte[r.nextInt(40)];
                r.nextBytes(body);
                yield update(adj, Lsa.build(new LsaHeader(OspfVersion.V2, 1, Options.E, type, key(i),
                        LiveAdjacency.THEIRS, LsaHeader.INITIAL_SEQUENCE, 0, 0), new OpaqueBody(body)), notInstalled);
            }
            case LSA_BODY_SHORT -> {
                int[] typed = {LsaTypes.V2_ROUTER, LsaTypes.V2_NETWORK, LsaTypes.V2_SUMMARY, LsaTypes.V2_AS_EXTERNAL};
                byte[] body = new byte[r.nextInt(4)];
                r.nextBytes(body);
                yield update(adj, Lsa.build(new LsaHeader(OspfVersion.V2, 1, Options.E, typed[r.nextInt(typed.length)],
                        key(i), LiveAdjacency.THEIRS, LsaHeader.INITIAL_SEQUENCE, 0, 0), new OpaqueBody(body)),
                        notInstalled);
            }
        };
    }

    /** A valid packet of the neighbor: an update, a Database Description or a request. */
    private static byte[] template(LiveAdjacency adj, Random r, int i) {
        PacketBody body = switch (r.nextInt(3)) {
            case 0 -> new LinkStateUpdate(List.of(external(key(i), 1)));
            case 1 -> new DatabaseDescription(1500, Options.E, DatabaseDescription.MS, r.nextInt(), List.of(
                    external(key(i), 1).header()));
            default -> new LinkStateRequest(List.of(new LsaKey(LsaTypes.V2_AS_EXTERNAL, key(i), LiveAdjacency.THEIRS)));
        };
        return adj.encode(body);
    }

    private static byte[] update(LiveAdjacency adj, Lsa lsa, List<LsaKey> notInstalled) {
        notInstalled.add(lsa.key());
        return adj.encode(new LinkStateUpdate(List.of(lsa)));
    }

    /** Link State IDs of the storm: 13.x.y.0, away from the valid LSA's 11.11.11.0. */
    private static int key(int i) {
        return 0x0D00_0000 + (i << 8);
    }

    static Lsa external(int prefix, int age) {
        return Lsa.build(new LsaHeader(OspfVersion.V2, age, Options.E, LsaTypes.V2_AS_EXTERNAL, prefix,
                LiveAdjacency.THEIRS, LsaHeader.INITIAL_SEQUENCE, 0, 0), new ExternalLsaV2(Ipv4.mask(24),
                List.of(new ExternalLsaV2.Route(true, 0, 20, 0, 0))));
    }

    /** Makes the v2 packet checksum right again over the length its header claims (or what there is). */
    private static void fixChecksum(byte[] p) {
        if (p.length < 24) {
            return;
        }
        int length = Math.min(p.length, ((p[2] & 0xff) << 8) | (p[3] & 0xff));
        if (length < 24) {
            return;
        }
        int c = PacketChecksum.v2(p, 0, length);
        p[PacketChecksum.OFFSET] = (byte) (c >>> 8);
        p[PacketChecksum.OFFSET + 1] = (byte) c;
    }

    private static long total(Map<String, Long> drops) {
        return drops.values().stream().mapToLong(Long::longValue).sum();
    }
}
