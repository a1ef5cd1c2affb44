package dev.ferry.ospfd.runtime;

import dev.ferry.ospfd.config.OspfVirtualLink;
import dev.ferry.ospfd.core.fsm.InterfaceKind;
import dev.ferry.ospfd.core.fsm.InterfaceState;
import dev.ferry.ospfd.core.fsm.NeighborState;
import dev.ferry.ospfd.shared.AreaId;
import dev.ferry.ospfd.spf.NextHop;
import dev.ferry.ospfd.spf.SpfResult;
import dev.ferry.ospfd.wire.Ipv4;
import dev.ferry.ospfd.wire.RouterIds;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The OSPFv2 virtual links of an instance (RFC 2328 15): one backbone {@link Link} per `area A virtual-link R`,
 * named VLINKn as FRR names them (a number per link made, never reused while the daemon runs). A virtual link
 * is down until the SPF of its transit area reaches R; then it is a point-to-point interface of the backbone
 * whose cost is that distance, whose address is our interface on the first hop toward R, and whose packets go
 * unicast to R's address on the link the path arrives by (the Link Data of R's link back, as FRR's
 * ospf_vl_set_params). It follows every later SPF, and goes down when R is no longer reachable.
 */
final class VirtualLinks {
    private static final System.Logger LOG = System.getLogger(VirtualLinks.class.getName());

    private final OspfRouter router;
    private final Map<Key, Link> links = new LinkedHashMap<>();
    private final Map<Key, OspfVirtualLink> configs = new HashMap<>();
    private int made;

    /** A virtual link is named by its transit area and its far end's router id. */
    record Key(long area, int peer) {
    }

    VirtualLinks(OspfRouter router) {
        this.router = router;
    }

    Collection<Link> all() {
        return links.values();
    }

    boolean isEmpty() {
        return links.isEmpty();
    }

    /** The transit area of a virtual link (its {@link Link#area} is the backbone). */
    long transitArea(Link vl) {
        for (Map.Entry<Key, Link> e : links.entrySet()) {
            if (e.getValue() == vl) {
                return e.getKey().area();
            }
        }
        return -1;
    }

    /**
     * Follows the configuration: new virtual links start down (the next SPF decides), removed ones go down and
     * away, changed timers or authentication remake the link under its name (its adjacency starts again, as any
     * interface's settings change).
     */
    void configure(List<OspfVirtualLink> wanted) {
        Map<Key, OspfVirtualLink> next = new LinkedHashMap<>();
        for (OspfVirtualLink v : wanted) {
            next.put(new Key(v.area().value(), v.peer()), v);
        }
        boolean changed = false;
        Map<Key, String> remade = new HashMap<>();
        for (Key k : List.copyOf(links.keySet())) {
            if (!next.containsKey(k) || !next.get(k).equals(configs.get(k))) {
                Link gone = links.remove(k);
                configs.remove(k);
                gone.down();
                if (next.containsKey(k)) {
                    remade.put(k, gone.name);
                }
                changed = true;
            }
        }
        for (Map.Entry<Key, OspfVirtualLink> e : next.entrySet()) {
            if (links.containsKey(e.getKey())) {
                continue;
            }
            OspfVirtualLink v = e.getValue();
            Area backbone = router.area(new AreaId(0, true));
            router.area(new AreaId(v.area().value(), true));
            String name = remade.containsKey(e.getKey()) ? remade.get(e.getKey()) : "VLINK" + made++;
            links.put(e.getKey(), new Link(router, backbone, name, 0, 0, 0, 0, settings(v)));
            configs.put(e.getKey(), v);
            changed = true;
        }
        router.io().virtualLinksConfigured(!links.isEmpty());
        if (changed) {
            router.origination.schedule();
            router.routes.scheduleSpf();
        }
    }

    private static LinkSettings settings(OspfVirtualLink v) {
        return new LinkSettings(InterfaceKind.VIRTUAL_LINK, false, 0, v.helloInterval(), v.deadInterval(), 1,
                v.retransmitInterval(), v.transmitDelay(), false, v.authentication(), v.authenticationKey(),
                v.md5Keys(), 0, 0);
    }

    /**
     * After the transit areas' SPF (RFC 2328 16.1 step 2, FRR's ospf_vl_up_check): each virtual link whose far end
     * was reached comes up or follows its new cost and addresses; the others go down.
     *
     * @param transit the SPF results of the non-backbone areas, by area id
     * @return the nexthops of each usable virtual link, by far end, for the backbone's SPF
     */
    Map<Integer, Set<NextHop>> update(Map<Long, SpfResult> transit) {
        Map<Integer, Set<NextHop>> hops = new HashMap<>();
        for (Map.Entry<Key, Link> e : links.entrySet()) {
            Key k = e.getKey();
            Link vl = e.getValue();
            SpfResult spf = transit.get(k.area());
            SpfResult.RouterPath path = spf == null ? null : spf.routers().get(k.peer());
            Link first = path == null ? null : firstHop(path.nextHops());
            if (first == null || path.address() == null) {
                if (vl.state() != InterfaceState.DOWN) {
                    LOG.log(System.Logger.Level.INFO, vl.name + " to " + RouterIds.format(k.peer())
                            + ": unreachable in area " + new AreaId(k.area(), true) + ", down");
                }
                vl.virtualEnd = null;
                vl.down();
                continue;
            }
            Link.VirtualEnd end = new Link.VirtualEnd(Ipv4.toInt(path.address()), path.cost());
            if (!end.equals(vl.virtualEnd) || vl.address != first.address || vl.ifindex != first.ifindex) {
                vl.virtualEnd = end;
                vl.address = first.address;
                vl.prefixLength = first.prefixLength;
                vl.ifindex = first.ifindex;
                vl.mtu = first.mtu;
                router.originationNeeded(vl.area);
            }
            if (vl.state() == InterfaceState.DOWN) {
                vl.up();
            }
            hops.put(k.peer(), path.nextHops());
        }
        return hops;
    }

    /** The transit-area interface of a path's first hop (the lowest address among equal paths, for stability). */
    private Link firstHop(Set<NextHop> nextHops) {
        return nextHops.stream().sorted(Comparator.comparingLong(h -> Integer.toUnsignedLong(h.outgoingInterface())))
                .map(h -> router.routes.outgoingLink(h.outgoingInterface())).filter(l -> l != null).findFirst()
                .orElse(null);
    }

    /**
     * RFC 2328 8.2: the virtual link a backbone packet received on a non-backbone interface belongs to: one up,
     * through that interface's area, to the sender; null if none.
     */
    Link receiving(Area arrivedIn, int sender) {
        for (Map.Entry<Key, Link> e : links.entrySet()) {
            if (e.getKey().area() == arrivedIn.id.value() && e.getKey().peer() == sender
                    && e.getValue().state() != InterfaceState.DOWN) {
                return e.getValue();
            }
        }
        return null;
    }

    /** How many virtual links through {@code transit} have a Full neighbor (the Router-LSA's V bit, RFC 12.4.1). */
    int fullThrough(Area transit) {
        int n = 0;
        for (Map.Entry<Key, Link> e : links.entrySet()) {
            if (e.getKey().area() == transit.id.value()
                    && e.getValue().neighbors().stream().anyMatch(nb -> nb.state() == NeighborState.FULL)) {
                n++;
            }
        }
        return n;
    }

    /** How many virtual links go through {@code transit}, up or not. */
    int through(Area transit) {
        return (int) links.keySet().stream().filter(k -> k.area() == transit.id.value()).count();
    }

    /** The instance stops. */
    void close() {
        for (Link l : new ArrayList<>(links.values())) {
            l.down();
        }
        links.clear();
        configs.clear();
    }
}
