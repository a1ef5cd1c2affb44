package dev.ferry.ospfd.runtime;

import static dev.ferry.ospfd.runtime.LiveAdjacency.IFINDEX;
import static dev.ferry.ospfd.runtime.LiveAdjacency.OURS;
import static dev.ferry.ospfd.runtime.LiveAdjacency.OUR_ADDRESS;
import static dev.ferry.ospfd.runtime.LiveAdjacency.THEIRS;
import static dev.ferry.ospfd.runtime.LiveAdjacency.THEIR_ADDRESS;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ospfd.config.OspfVirtualLink;
import dev.ferry.ospfd.core.fsm.InterfaceState;
import dev.ferry.ospfd.core.fsm.NeighborState;
import dev.ferry.ospfd.core.origin.SelfLsa;
import dev.ferry.ospfd.lsa.Lsa;
import dev.ferry.ospfd.lsa.LsaKey;
import dev.ferry.ospfd.lsa.LsaTypes;
import dev.ferry.ospfd.lsa.RouterLsaV2;
import dev.ferry.ospfd.packet.DatabaseDescription;
import dev.ferry.ospfd.packet.Hello;
import dev.ferry.ospfd.packet.LinkStateUpdate;
import dev.ferry.ospfd.packet.OspfPacket;
import dev.ferry.ospfd.packet.OspfPacketCodec;
import dev.ferry.ospfd.shared.AreaId;
import dev.ferry.ospfd.wire.DecodeResult;
import dev.ferry.ospfd.wire.Ipv4;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * A virtual link on the live runtime (RFC 2328 15), on the in-memory wire: the router is Full with 10.0.0.9 on a
 * point-to-point link of transit area 1, and 10.0.0.9's Router-LSA there links back to it. Configuring
 * `area 1 virtual-link 10.0.0.9` brings VLINK0 up from the transit area's SPF; the neighbor's area-0 packets on
 * the area-1 interface reach it; the Router-LSAs say so once it is Full; removing it takes it all back.
 */
class VirtualLinkRuntimeTest {
    private static final AreaId AREA1 = new AreaId(1, false);

    /** The neighbor's Router-LSA in area 1: an ABR, virtual-link endpoint, point-to-point link back to us. */
    private static Lsa theirRouterLsa() {
        RouterLsaV2 body = new RouterLsaV2(RouterLsaV2.FLAG_B | RouterLsaV2.FLAG_V, List.of(
                new RouterLsaV2.Link(OURS, Ipv4.toInt(THEIR_ADDRESS), RouterLsaV2.POINT_TO_POINT, 10)));
        return SelfLsa.header(LsaTypes.V2_ROUTER, THEIRS, THEIRS, 0x80000001, body, false);
    }

    private static OspfPacket decode(InMemoryWire.Sent s) {
        return OspfPacketCodec.decode(s.packet()) instanceof DecodeResult.Ok<OspfPacket>(OspfPacket p) ? p : null;
    }

    /** The first packet the router sent (so far or within the deadline) that matches. */
    private static InMemoryWire.Sent awaitSent(LiveAdjacency a, Predicate<OspfPacket> match, String what)
            throws InterruptedException {
        InMemoryWire.Sent[] found = {null};
        LiveAdjacency.await(() -> {
            for (InMemoryWire.Sent s : a.wire.log) {
                OspfPacket p = decode(s);
                if (p != null && match.test(p)) {
                    found[0] = s;
                    return true;
                }
            }
            return false;
        }, what);
        return found[0];
    }

    /** Our Router-LSA in the area, null when there is none or it is flushed. */
    private static RouterLsaV2 ourRouterLsa(LiveAdjacency a, long area) throws Exception {
        return a.onLoop(() -> {
            Lsa lsa = a.router.area(new AreaId(area, true)).lsdb.lookup(new LsaKey(LsaTypes.V2_ROUTER, OURS, OURS));
            return lsa == null || lsa.header().isMaxAge() ? null : (RouterLsaV2) lsa.body();
        });
    }

    @Test
    void virtualLinkComesUpCarriesBackbonePacketsAndGoes() throws Exception {
        try (LiveAdjacency a = LiveAdjacency.full(null, null, 1)) {
            a.send(new LinkStateUpdate(List.of(theirRouterLsa())));
            a.onLoop(() -> {
                a.router.virtualLinks.configure(List.of(OspfVirtualLink.of(AREA1, THEIRS)));
                return null;
            });
            Link vl = a.onLoop(() -> a.router.virtualLinks.all().iterator().next());
            LiveAdjacency.await(() -> vl.state() == InterfaceState.POINT_TO_POINT, "VLINK0 up");
            assertEquals("VLINK0", vl.name);

            // its Hellos: unicast to the far end's address on the transit link, backbone area, mask 0
            InMemoryWire.Sent hello = awaitSent(a, p -> p.header().areaId() == 0 && p.body() instanceof Hello,
                    "a Hello on the virtual link");
            assertArrayEquals(THEIR_ADDRESS, hello.destination());
            assertArrayEquals(OUR_ADDRESS, hello.source());
            assertEquals(IFINDEX, hello.ifindex());
            Hello h = (Hello) decode(hello).body();
            assertEquals(0, h.networkMask());
            assertEquals(OspfVirtualLink.DEFAULT_HELLO, h.helloInterval());
            assertEquals(OspfVirtualLink.DEFAULT_DEAD, h.deadInterval());

            // the far end's backbone packets on the area-1 interface belong to the virtual link (RFC 2328 8.2)
            a.packetArea = 0;
            a.watched = vl;
            a.bringToFull();
            InMemoryWire.Sent dd = awaitSent(a,
                    p -> p.header().areaId() == 0 && p.body() instanceof DatabaseDescription, "a DD on the virtual link");
            assertEquals(0, ((DatabaseDescription) decode(dd).body()).mtu(), "a virtual link's DDs carry MTU 0");
            assertEquals(NeighborState.FULL, a.state());
            assertEquals(0L, a.drops().getOrDefault("AREA_MISMATCH", 0L));

            // the backbone's Router-LSA: a type-4 link; the transit area's: the V bit
            LiveAdjacency.await(() -> {
                try {
                    RouterLsaV2 backbone = ourRouterLsa(a, 0);
                    RouterLsaV2 transit = ourRouterLsa(a, 1);
                    return backbone != null && backbone.links().contains(new RouterLsaV2.Link(THEIRS,
                            Ipv4.toInt(OUR_ADDRESS), RouterLsaV2.VIRTUAL, 10))
                            && transit != null && transit.isVirtualLinkEndpoint();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, "Router-LSAs with the virtual link");
            assertTrue(a.onLoop(() -> ShowNeighbors.text(a.router)).lines()
                    .anyMatch(l -> l.startsWith("10.0.0.9") && l.contains("Full/DROther") && l.contains("VLINK0")));
            assertEquals(1, (int) a.onLoop(() -> a.router.virtualLinks.fullThrough(a.link.area)));

            a.onLoop(() -> {
                a.router.virtualLinks.configure(List.of());
                return null;
            });
            LiveAdjacency.await(() -> {
                try {
                    RouterLsaV2 backbone = ourRouterLsa(a, 0);
                    RouterLsaV2 transit = ourRouterLsa(a, 1);
                    // with nothing left in the backbone its Router-LSA is flushed
                    return (backbone == null
                            || backbone.links().stream().noneMatch(l -> l.type() == RouterLsaV2.VIRTUAL))
                            && !transit.isVirtualLinkEndpoint();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, "Router-LSAs without the virtual link");
            assertFalse(a.onLoop(() -> ShowNeighbors.text(a.router)).contains("VLINK0"));
            assertTrue(a.wire.escaped.isEmpty(), a.wire.escaped.toString());
        }
    }

    @Test
    void backbonePacketsFromARouterWithoutAVirtualLinkAreDropped() throws Exception {
        try (LiveAdjacency a = LiveAdjacency.full(null, null, 1)) {
            a.packetArea = 0;
            a.send(a.hello());
            a.drain();
            assertEquals(1L, a.drops().get("AREA_MISMATCH"));
        }
    }

    /** A changed virtual link is remade under its name; another one gets the next number (FRR's VLINKn). */
    @Test
    void virtualLinksKeepTheirNamesAcrossChanges() throws Exception {
        try (LiveAdjacency a = LiveAdjacency.full(null, null, 1)) {
            OspfVirtualLink first = OspfVirtualLink.of(AREA1, THEIRS);
            List<String> names = a.onLoop(() -> {
                a.router.virtualLinks.configure(List.of(first));
                a.router.virtualLinks.configure(List.of(first.withTimers(1, 5, 1, 4),
                        OspfVirtualLink.of(AREA1, OURS + 1)));
                return a.router.virtualLinks.all().stream().map(l -> l.name).toList();
            });
            assertEquals(List.of("VLINK0", "VLINK1"), names);
        }
    }
}
