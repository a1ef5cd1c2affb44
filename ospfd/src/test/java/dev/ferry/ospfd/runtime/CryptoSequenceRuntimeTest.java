package dev.ferry.ospfd.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ospfd.core.fsm.NeighborState;
import dev.ferry.ospfd.lsa.ExternalLsaV2;
import dev.ferry.ospfd.lsa.Lsa;
import dev.ferry.ospfd.lsa.LsaHeader;
import dev.ferry.ospfd.lsa.LsaTypes;
import dev.ferry.ospfd.packet.Authentication;
import dev.ferry.ospfd.packet.LinkStateUpdate;
import dev.ferry.ospfd.packet.OspfPacket;
import dev.ferry.ospfd.packet.OspfPacketCodec;
import dev.ferry.ospfd.wire.DecodeResult;
import dev.ferry.ospfd.wire.Ipv4;
import dev.ferry.ospfd.wire.OspfVersion;
import dev.ferry.ospfd.wire.RouterIds;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keyed-MD5 sequence numbers on a live adjacency (RFC 2328 D.5.1): a packet whose number is below the last one
 * accepted from the neighbor is dropped and counted even though its digest is right (a replay), the adjacency
 * is untouched, and the neighbor's next packet in order is accepted. Ferry's own packets carry numbers from the
 * wall clock that never decrease.
 */
class CryptoSequenceRuntimeTest {
    private static final String KEY = "s3cret";

    static Lsa external(String prefix, int sequence, int metric) {
        int id = RouterIds.parse(prefix);
        return Lsa.build(new LsaHeader(OspfVersion.V2, 1, Options.E, LsaTypes.V2_AS_EXTERNAL, id,
                LiveAdjacency.THEIRS, sequence, 0, 0), new ExternalLsaV2(Ipv4.mask(24),
                List.of(new ExternalLsaV2.Route(true, 0, metric, 0, 0))));
    }

    @Test
    void aReplayedUpdateIsDroppedCountedAndTheAdjacencyStaysFull() throws Exception {
        try (LiveAdjacency adj = LiveAdjacency.full(KEY)) {
            Lsa first = external("11.0.0.0", LsaHeader.INITIAL_SEQUENCE, 20);
            byte[] signed = adj.encodeMd5(new LinkStateUpdate(List.of(first)), adj.md5Sequence);
            adj.inject(signed);
            adj.md5Sequence += 100;
            adj.send(adj.hello());
            LiveAdjacency.await(() -> lookupQuietly(adj, first) != null, "the first LSA installed");

            // the first update's bytes again, and a newer LSA signed with an old number: both replays
            adj.inject(signed);
            Lsa newer = external("11.0.1.0", LsaHeader.INITIAL_SEQUENCE, 20);
            adj.inject(adj.encodeMd5(new LinkStateUpdate(List.of(newer)), adj.md5Sequence - 50));
            adj.drain();
            assertNull(adj.lookup(newer.key()), "an LSA under a replayed sequence number must not be installed");
            assertEquals(2L, adj.drops().get("CRYPTO_SEQUENCE"));
            assertEquals(2, adj.counters().cryptoSequenceDrops);
            assertEquals(0, adj.counters().authenticationFailures, "the digests were right");
            assertEquals(NeighborState.FULL, adj.state());

            // in order again: accepted
            adj.send(new LinkStateUpdate(List.of(newer)));
            LiveAdjacency.await(() -> lookupQuietly(adj, newer) != null, "the in-order LSA installed");
            assertEquals(2L, adj.drops().get("CRYPTO_SEQUENCE"));
            assertEquals(NeighborState.FULL, adj.state());
        }
    }

    @Test
    void anEqualSequenceNumberIsAccepted() throws Exception {
        try (LiveAdjacency adj = LiveAdjacency.full(KEY)) {
            int seq = adj.md5Sequence;
            Lsa a = external("11.0.2.0", LsaHeader.INITIAL_SEQUENCE, 20);
            Lsa b = external("11.0.3.0", LsaHeader.INITIAL_SEQUENCE, 20);
            adj.inject(adj.encodeMd5(new LinkStateUpdate(List.of(a)), seq));
            adj.inject(adj.encodeMd5(new LinkStateUpdate(List.of(b)), seq));
            LiveAdjacency.await(() -> lookupQuietly(adj, a) != null && lookupQuietly(adj, b) != null,
                    "both LSAs installed");
            assertNull(adj.drops().get("CRYPTO_SEQUENCE"));
        }
    }

    @Test
    void aForgedPacketWithAHighNumberDoesNotRaiseTheBar() throws Exception {
        try (LiveAdjacency adj = LiveAdjacency.full(KEY)) {
            byte[] forged = adj.encodeMd5(new LinkStateUpdate(List.of(external("11.0.4.0",
                    LsaHeader.INITIAL_SEQUENCE, 20))), Integer.MAX_VALUE);
            forged[forged.length - 1] ^= 1; // wrong digest
            adj.inject(forged);
            adj.drain();
            assertEquals(1L, adj.drops().get("AUTHENTICATION"));
            Lsa next = external("11.0.5.0", LsaHeader.INITIAL_SEQUENCE, 20);
            adj.send(new LinkStateUpdate(List.of(next)));
            LiveAdjacency.await(() -> lookupQuietly(adj, next) != null, "the genuine LSA installed");
            assertNull(adj.drops().get("CRYPTO_SEQUENCE"));
        }
    }

    @Test
    void ferrysOwnNumbersFollowTheClockAndNeverDecrease() throws Exception {
        long startedAt = System.currentTimeMillis() / 1000;
        try (LiveAdjacency adj = LiveAdjacency.full(KEY)) {
            // make the router send a burst: acks and its own updates
            for (int i = 0; i < 20; i++) {
                adj.send(new LinkStateUpdate(List.of(external("11.1." + i + ".0", LsaHeader.INITIAL_SEQUENCE, 20))));
            }
            adj.drain();
            LiveAdjacency.await(() -> adj.wire.log.size() >= 6, "hello, DDs, update and acks sent");
            long last = -1;
            int seen = 0;
            for (InMemoryWire.Sent s : adj.wire.log) {
                if (!(OspfPacketCodec.decode(s.packet()) instanceof DecodeResult.Ok<OspfPacket>(OspfPacket p))) {
                    throw new AssertionError("the router sent an undecodable packet");
                }
                Authentication.Cryptographic c = assertInstanceOf(Authentication.Cryptographic.class,
                        p.header().authentication());
                long seq = Integer.toUnsignedLong(c.sequence());
                assertTrue(seq > last, "sequence " + seq + " after " + last);
                assertTrue(seq >= startedAt, "clock-based: " + seq + " vs start " + startedAt);
                last = seq;
                seen++;
            }
            assertTrue(seen >= 6, "the router sent " + seen + " packets");
        }
    }

    private static Lsa lookupQuietly(LiveAdjacency adj, Lsa lsa) {
        try {
            return adj.lookup(lsa.key());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
