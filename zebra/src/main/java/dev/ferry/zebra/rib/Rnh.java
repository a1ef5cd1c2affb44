package dev.ferry.zebra.rib;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A tracked nexthop address in one VRF (FRR's struct rnh): what resolves it now, who depends on that. It
 * serves both the RIB's own recursive resolution ({@link #dependents}: nexthop groups resolved through it)
 * and clients' nexthop tracking registrations ({@link #clients}).
 * <p>
 * Two views of "what resolves it", as in FRR: for the RIB, the first covering prefix with a FIB route
 * (zebra_nhg.c nexthop_active); for clients, the first covering prefix whose selected route is installed and
 * not in flight (zebra_rnh.c zebra_rnh_resolve_nexthop_entry). Neither goes through the default route
 * unless `ip nht resolve-via-default` is set for the VRF.
 */
final class Rnh {
    final RibVrf vrf;
    /** The address looked up: an IPv4-mapped IPv6 gateway is tracked as its IPv4 address. */
    final IpAddress address;

    /** RIB view: the node and FIB entry resolving the address, and that entry's state when last looked at. */
    RouteNode node;
    RouteEntry entry;
    ResolvedGroup entryNhe;
    boolean entryForwarding;

    /** Client view: the node and selected, installed entry. */
    RouteNode clientNode;
    RouteEntry clientEntry;
    ResolvedGroup clientNhe;

    boolean dirty;
    final Set<ResolvedGroup> dependents = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Registered clients and what each was last told (null before the first update). */
    final Map<ClientId, NhtUpdate> clients = new LinkedHashMap<>();

    Rnh(RibVrf vrf, IpAddress address) {
        this.vrf = vrf;
        this.address = address;
    }

    boolean isUnused() {
        return dependents.isEmpty() && clients.isEmpty();
    }

    /** Recomputes the RIB view; true if it changed. */
    boolean evaluateRib() {
        RouteTable t = vrf.table(address.afi());
        RouteNode n = t.longestMatch(address, address.afi().bits());
        RouteNode foundNode = null;
        RouteEntry found = null;
        while (n != null) {
            if (n.length() == 0 && !vrf.resolveViaDefault(address.afi())) {
                break;
            }
            RouteEntry e = n.fibEntry();
            if (e != null && !e.isRemoved()) {
                foundNode = n;
                found = e;
                break;
            }
            n = n.length() == 0 ? null : t.longestMatch(address, n.length() - 1);
        }
        ResolvedGroup nhe = found != null ? found.nhe : null;
        boolean forwarding = found != null && found.isForwarding();
        boolean changed = foundNode != node || found != entry || nhe != entryNhe || forwarding != entryForwarding;
        node = foundNode;
        entry = found;
        entryNhe = nhe;
        entryForwarding = forwarding;
        return changed;
    }

    /** Recomputes the client view; true if it changed. */
    boolean evaluateClients() {
        RouteTable t = vrf.table(address.afi());
        RouteNode n = t.longestMatch(address, address.afi().bits());
        RouteNode foundNode = null;
        RouteEntry found = null;
        while (n != null) {
            if (n.length() == 0 && !vrf.resolveViaDefault(address.afi())) {
                break;
            }
            for (RouteEntry e = n.head; e != null; e = e.next) {
                if (!e.isRemoved() && e.isSelected() && !e.isQueued() && e.isInstalled() && e.isUsable()) {
                    found = e;
                    break;
                }
            }
            if (found != null) {
                foundNode = n;
                break;
            }
            n = n.length() == 0 ? null : t.longestMatch(address, n.length() - 1);
        }
        ResolvedGroup nhe = found != null ? found.nhe : null;
        boolean changed = foundNode != clientNode || found != clientEntry || nhe != clientNhe;
        clientNode = foundNode;
        clientEntry = found;
        clientNhe = nhe;
        return changed;
    }

    /** What a client is told now. */
    NhtUpdate clientUpdate() {
        if (clientEntry == null) {
            return NhtUpdate.unreachable(vrf.id(), address);
        }
        return new NhtUpdate(vrf.id(), address, clientNode.prefix(), clientEntry.type(), clientEntry.instance(),
                clientEntry.distance(), clientEntry.metric(), clientNhe.forwarding());
    }

    @Override
    public String toString() {
        return "rnh " + address + " " + vrf + (node != null ? " via " + node : " unresolved");
    }
}
