package dev.ferry.zebra.rib;

import dev.ferry.lib.net.IpPrefix;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the interface manager tells the RIB about interfaces, and the connected routes that follow (FRR's
 * connected.c): while an interface is up, each address gives a connected route to its network, one per
 * (interface, network) however many addresses share it. Addresses also feed the automatic router-id.
 * Interfaces are known by (VRF, ifindex): with namespace VRFs every namespace has its own index space (each
 * has a "lo" with index 1). To move an interface to another VRF, remove it and add it again.
 * Call on the RIB's event loop.
 */
public final class RibInterfaces {
    /** FRR's ifindex2ifname() answer for an index it does not know. */
    public static final String UNKNOWN = "unknown";

    private final Rib rib;
    private final Map<Long, RibInterface> byKey = new HashMap<>();

    RibInterfaces(Rib rib) {
        this.rib = rib;
    }

    private static long key(int vrfId, int ifindex) {
        return ((long) vrfId << 32) | (ifindex & 0xffffffffL);
    }

    /** A new interface (down until {@link #setOperative}), or a new name / loopback flag for a known one. */
    public void add(int vrfId, int ifindex, String name, boolean loopback) {
        RibInterface i = byKey.get(key(vrfId, ifindex));
        if (i == null) {
            byKey.put(key(vrfId, ifindex), new RibInterface(ifindex, name, vrfId, loopback));
        } else {
            i.update(name, vrfId, loopback);
        }
    }

    /** The interface went up (operative) or down: connected routes appear or go, nexthops on it follow. */
    public void setOperative(int vrfId, int ifindex, boolean up) {
        RibInterface i = byKey.get(key(vrfId, ifindex));
        if (i == null || i.isOperative() == up) {
            return;
        }
        i.operative(up);
        if (up) {
            connectedUp(i);
        } else {
            connectedDown(i);
        }
        rib.interfaceChanged(ifindex);
    }

    public void remove(int vrfId, int ifindex) {
        if (byKey.containsKey(key(vrfId, ifindex))) {
            setOperative(vrfId, ifindex, false);
            byKey.remove(key(vrfId, ifindex));
        }
    }

    /** An address on the interface, as the kernel has it ("10.1.1.2/24"). */
    public void addAddress(int vrfId, int ifindex, IpPrefix address) {
        RibInterface i = byKey.get(key(vrfId, ifindex));
        if (i == null || i.addresses.contains(address) || isMartian(IpAddress.of(address.address()))) {
            return;
        }
        boolean networkKnown = false;
        for (IpPrefix other : i.addresses) {
            networkKnown |= Prefix.of(other).equals(Prefix.of(address));
        }
        i.addresses.add(address);
        if (i.isOperative()) {
            rib.routerIds.addressAdded(i, address);
            if (!networkKnown) {
                addConnected(i, Prefix.of(address));
            }
        }
    }

    public void removeAddress(int vrfId, int ifindex, IpPrefix address) {
        RibInterface i = byKey.get(key(vrfId, ifindex));
        if (i == null || !i.addresses.remove(address)) {
            return;
        }
        if (i.isOperative()) {
            rib.routerIds.addressGone(i, address);
            Prefix p = Prefix.of(address);
            for (IpPrefix other : i.addresses) {
                if (Prefix.of(other).equals(p)) {
                    return; // another address of the same network keeps the route
                }
            }
            rib.deleteConnected(i.vrfId(), p, i.ifindex());
        }
    }

    public RibInterface get(int vrfId, int ifindex) {
        return byKey.get(key(vrfId, ifindex));
    }

    public RibInterface byName(int vrfId, String name) {
        for (RibInterface i : byKey.values()) {
            if (i.name().equals(name) && i.vrfId() == vrfId) {
                return i;
            }
        }
        return null;
    }

    public Collection<RibInterface> all() {
        return List.copyOf(byKey.values());
    }

    /** The name `show` prints for an index in a VRF. */
    public String name(int vrfId, int ifindex) {
        RibInterface i = byKey.get(key(vrfId, ifindex));
        return i != null ? i.name() : UNKNOWN;
    }

    public boolean isOperative(int vrfId, int ifindex) {
        RibInterface i = byKey.get(key(vrfId, ifindex));
        return i != null && i.isOperative();
    }

    public boolean isLoopback(int vrfId, int ifindex) {
        RibInterface i = byKey.get(key(vrfId, ifindex));
        return i != null && i.isLoopback();
    }

    /** FRR's ipv4_martian / ipv6_martian: addresses zebra ignores (0/8, 127/8, class D and E, ::1). */
    static boolean isMartian(IpAddress a) {
        if (a.isIpv4()) {
            int top = a.ipv4() >>> 24;
            return top == 0 || top == 127 || top >= 224;
        }
        return a.hi() == 0 && a.lo() == 1;
    }

    private void connectedUp(RibInterface i) {
        Set<Prefix> done = new HashSet<>();
        for (IpPrefix a : i.addresses) {
            rib.routerIds.addressAdded(i, a);
            if (done.add(Prefix.of(a))) {
                addConnected(i, Prefix.of(a));
            }
        }
    }

    private void connectedDown(RibInterface i) {
        for (IpPrefix a : i.addresses) {
            rib.routerIds.addressGone(i, a);
            rib.deleteConnected(i.vrfId(), Prefix.of(a), i.ifindex());
        }
    }

    private void addConnected(RibInterface i, Prefix p) {
        if (p.afi() == Afi.IPV4 && p.isDefault()) {
            return; // FRR treats 0.0.0.0/0 on an interface as a tunnel address, not a route
        }
        rib.addRoute(new RouteUpdate(i.vrfId(), p, RouteType.CONNECTED, 0, 0, 0, 0, 0,
                List.of(Nexthop.ifindex(i.vrfId(), i.ifindex()))));
    }
}
