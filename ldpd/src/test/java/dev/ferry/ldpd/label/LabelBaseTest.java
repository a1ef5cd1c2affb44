package dev.ferry.ldpd.label;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ldpd.packet.LdpId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The LIB against a recording sink: egress labels, allocation, advertisement to peers, liberal retention, the
 * LSP that follows the route's nexthop, withdraw and release.
 */
class LabelBaseTest {
    private static final LdpId P1 = LdpId.of("1.1.1.1");
    private static final LdpId P2 = LdpId.of("2.2.2.2");
    private static final int ETH0 = 2;
    private static final int ETH1 = 3;
    private static final int P1_LINK = Ipv4.parse("10.0.12.1");
    private static final int P2_LINK = Ipv4.parse("10.0.23.3");
    private static final Fec LOOP1 = Fec.parse("1.1.1.1/32");
    private static final Fec LINK = Fec.parse("10.0.12.0/24");

    /** Everything the LIB asked for, one line each. */
    private static final class Recorder implements LibSink {
        final List<String> log = new ArrayList<>();
        int chunkRequests;

        @Override
        public void sendMapping(LdpId peer, Fec fec, int label) {
            log.add("mapping " + peer.lsrId().getHostAddress() + " " + fec + " " + label);
        }

        @Override
        public void sendWithdraw(LdpId peer, Fec fec, int label) {
            log.add("withdraw " + peer.lsrId().getHostAddress() + " " + fec + " " + label);
        }

        @Override
        public void sendRelease(LdpId peer, Fec fec, int label) {
            log.add("release " + peer.lsrId().getHostAddress() + " " + fec + " " + label);
        }

        @Override
        public void installLsp(int inLabel, Fec fec, List<LspHop> hops) {
            StringBuilder sb = new StringBuilder("lsp " + inLabel + " " + fec);
            hops.forEach(h -> sb.append(" via ").append(Ipv4.format(h.gateway())).append(" out ").append(h.outLabel()));
            log.add(sb.toString());
        }

        @Override
        public void removeLsp(int inLabel) {
            log.add("no lsp " + inLabel);
        }

        @Override
        public void needLabels() {
            chunkRequests++;
        }

        List<String> take() {
            List<String> out = List.copyOf(log);
            log.clear();
            return out;
        }
    }

    private final Recorder sink = new Recorder();
    private final LabelAllocator labels = new LabelAllocator();
    private final LabelBase lib = new LabelBase(labels, sink);

    @BeforeEach
    void setUp() {
        lib.policy(false, Set.of(ETH0, ETH1));
    }

    private void routeVia(Fec fec, int gateway, int ifindex) {
        lib.routeUpdated(fec, false, List.of(new FecNexthop(gateway, ifindex)));
    }

    private void peerUp(LdpId peer, int... addresses) {
        lib.peerUp(peer);
        List<Integer> list = new ArrayList<>();
        for (int a : addresses) {
            list.add(a);
        }
        lib.peerAddresses(peer, list, true);
    }

    @Test
    void connectedFecIsImplicitNullAndExplicitNullOnRequest() {
        lib.routeUpdated(LINK, true, List.of(new FecNexthop(0, ETH0)));
        assertEquals(LabelBase.IMPLICIT_NULL, lib.node(LINK).localLabel());
        lib.policy(true, Set.of(ETH0, ETH1));
        assertEquals(LabelBase.IPV4_EXPLICIT_NULL, lib.node(LINK).localLabel());
    }

    @Test
    void fecOutsideTheMplsNetworkIsEgress() {
        routeVia(LOOP1, P1_LINK, 9);
        assertEquals(LabelBase.IMPLICIT_NULL, lib.node(LOOP1).localLabel());
    }

    @Test
    void aFecWaitsForALabelChunkThenIsAdvertisedToEveryPeer() {
        peerUp(P1, P1_LINK);
        routeVia(LOOP1, P1_LINK, ETH0);
        assertEquals(FecNode.NO_LABEL, lib.node(LOOP1).localLabel());
        assertEquals(1, sink.chunkRequests);
        assertEquals(List.of(), sink.take());

        labels.addChunk(16, 79);
        lib.labelsAvailable();
        assertEquals(16, lib.node(LOOP1).localLabel());
        assertEquals(List.of("mapping 1.1.1.1 1.1.1.1/32 16"), sink.take());

        peerUp(P2, P2_LINK);
        assertEquals(List.of("mapping 2.2.2.2 1.1.1.1/32 16"), sink.take());
        assertEquals(Set.of(P1, P2), lib.node(LOOP1).advertisedTo());
    }

    @Test
    void lspSwapsToTheLabelOfThePeerThatIsTheNexthop() {
        labels.addChunk(16, 79);
        peerUp(P1, P1_LINK);
        peerUp(P2, P2_LINK);
        routeVia(LOOP1, P1_LINK, ETH0);
        sink.take();

        lib.mappingReceived(P2, LOOP1, 30);
        assertEquals(List.of(), sink.take(), "liberal retention: kept, but P2 is not the nexthop");
        assertFalse(lib.isNexthop(lib.node(LOOP1), P2));

        lib.mappingReceived(P1, LOOP1, LabelBase.IMPLICIT_NULL);
        assertEquals(List.of("lsp 16 1.1.1.1/32 via 10.0.12.1 out 3"), sink.take());
        assertTrue(lib.isNexthop(lib.node(LOOP1), P1));

        routeVia(LOOP1, P2_LINK, ETH1);
        assertEquals(List.of("lsp 16 1.1.1.1/32 via 10.0.23.3 out 30"), sink.take(),
                "the route moved to P2: swap to P2's retained label");
    }

    @Test
    void withdrawIsReleasedAndRemovesTheLsp() {
        labels.addChunk(16, 79);
        peerUp(P1, P1_LINK);
        routeVia(LOOP1, P1_LINK, ETH0);
        lib.mappingReceived(P1, LOOP1, 40);
        sink.take();

        lib.withdrawReceived(P1, LOOP1, 40);
        assertEquals(List.of("release 1.1.1.1 1.1.1.1/32 40", "no lsp 16"), sink.take());
        assertTrue(lib.node(LOOP1).remoteLabels().isEmpty());

        lib.withdrawReceived(P1, LOOP1, 41);
        assertEquals(List.of("release 1.1.1.1 1.1.1.1/32 41"), sink.take(), "unknown mapping: released anyway");
    }

    @Test
    void wildcardWithdrawReleasesEveryMappingOfThePeer() {
        peerUp(P1, P1_LINK);
        lib.mappingReceived(P1, LOOP1, 40);
        lib.mappingReceived(P1, LINK, LabelBase.IMPLICIT_NULL);
        sink.take();
        lib.withdrawReceived(P1, null, null);
        assertEquals(List.of("release 1.1.1.1 1.1.1.1/32 40", "release 1.1.1.1 10.0.12.0/24 3"), sink.take());
        assertNull(lib.node(LOOP1), "no route and no mapping left: the FEC is gone");
    }

    @Test
    void aNewLabelForTheSameFecReleasesTheOldOne() {
        peerUp(P1, P1_LINK);
        lib.mappingReceived(P1, LOOP1, 40);
        lib.mappingReceived(P1, LOOP1, 41);
        assertEquals(List.of("release 1.1.1.1 1.1.1.1/32 40"), sink.take());
        assertEquals(41, lib.node(LOOP1).remoteLabels().get(P1));
    }

    @Test
    void routeRemovalWithdrawsTheLocalBindingAndFreesTheLabel() {
        labels.addChunk(16, 79);
        peerUp(P1, P1_LINK);
        routeVia(LOOP1, P1_LINK, ETH0);
        lib.mappingReceived(P1, LOOP1, 40);
        sink.take();

        lib.routeRemoved(LOOP1);
        assertEquals(List.of("withdraw 1.1.1.1 1.1.1.1/32 16", "no lsp 16"), sink.take());
        assertEquals(FecNode.NO_LABEL, lib.node(LOOP1).localLabel());
        assertEquals(40, lib.node(LOOP1).remoteLabels().get(P1), "the remote mapping stays (liberal retention)");

        routeVia(Fec.parse("3.3.3.3/32"), P1_LINK, ETH0);
        assertEquals(16, lib.node(Fec.parse("3.3.3.3/32")).localLabel(), "the freed label is reused");
    }

    @Test
    void peerDownForgetsItsMappingsAndLsps() {
        labels.addChunk(16, 79);
        peerUp(P1, P1_LINK);
        routeVia(LOOP1, P1_LINK, ETH0);
        lib.mappingReceived(P1, LOOP1, 40);
        sink.take();
        lib.peerDown(P1);
        assertEquals(List.of("no lsp 16"), sink.take());
        assertTrue(lib.node(LOOP1).remoteLabels().isEmpty());
        assertTrue(lib.node(LOOP1).advertisedTo().isEmpty());
    }

    @Test
    void addressWithdrawMovesTheNexthopAway() {
        labels.addChunk(16, 79);
        peerUp(P1, P1_LINK);
        routeVia(LOOP1, P1_LINK, ETH0);
        lib.mappingReceived(P1, LOOP1, 40);
        sink.take();
        lib.peerAddresses(P1, List.of(P1_LINK), false);
        assertEquals(List.of("no lsp 16"), sink.take());
    }

    @Test
    void nodesAreInFrrOrder() {
        peerUp(P1, P1_LINK);
        lib.mappingReceived(P1, Fec.parse("10.0.12.0/24"), 3);
        lib.mappingReceived(P1, Fec.parse("9.9.9.9/32"), 17);
        lib.mappingReceived(P1, Fec.parse("10.0.0.0/8"), 18);
        lib.mappingReceived(P1, Fec.parse("200.1.1.0/24"), 19);
        assertEquals(List.of("9.9.9.9/32", "10.0.0.0/8", "10.0.12.0/24", "200.1.1.0/24"),
                lib.nodes().stream().map(n -> n.fec().toString()).toList());
    }
}
