package dev.ferry.zebra.rib;

import dev.ferry.lib.net.IpPrefix;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Router-ids per VRF and address family (FRR's router-id.c): the configured one (`ip router-id A.B.C.D`),
 * else the highest address on a loopback interface, else the highest address on any interface; addresses
 * that are never redistributed (127/8, link-local, multicast) do not count. Clients that subscribed hear the
 * current value at once and every change after.
 */
public final class RouterIds {
    private static final class State {
        final IpAddress[] configured = new IpAddress[2];
        final List<TreeSet<IpAddress>> loopback = List.of(new TreeSet<>(), new TreeSet<>());
        final List<TreeSet<IpAddress>> any = List.of(new TreeSet<>(), new TreeSet<>());

        IpAddress current(Afi afi) {
            int i = afi.ordinal();
            if (configured[i] != null) {
                return configured[i];
            }
            if (!loopback.get(i).isEmpty()) {
                return loopback.get(i).last();
            }
            if (!any.get(i).isEmpty()) {
                return any.get(i).last();
            }
            return afi == Afi.IPV4 ? IpAddress.ipv4(0) : IpAddress.ipv6(0, 0);
        }
    }

    private final Rib rib;
    private final Map<Integer, State> byVrf = new HashMap<>();
    /** Configured ids by VRF name: config may name a VRF before the kernel has it. */
    private final Map<String, IpAddress[]> configuredByName = new LinkedHashMap<>();
    private final Map<ClientId, List<Integer>> subscribers = new LinkedHashMap<>();

    RouterIds(Rib rib) {
        this.rib = rib;
    }

    private State state(int vrfId) {
        return byVrf.computeIfAbsent(vrfId, k -> new State());
    }

    /** The router-id in use; 0.0.0.0 (or ::) when there is none. */
    public IpAddress routerId(int vrfId, Afi afi) {
        return state(vrfId).current(afi);
    }

    /** Sets (or with null, removes) the configured router-id of a VRF, by name. */
    public void configure(String vrfName, Afi afi, IpAddress id) {
        IpAddress[] ids = configuredByName.computeIfAbsent(vrfName, k -> new IpAddress[2]);
        ids[afi.ordinal()] = id;
        if (ids[0] == null && ids[1] == null) {
            configuredByName.remove(vrfName);
        }
        RibVrf vrf = rib.vrfs.byName(vrfName);
        if (vrf != null) {
            change(vrf.id(), afi, () -> state(vrf.id()).configured[afi.ordinal()] = id);
        }
    }

    /** The configured router-id of a VRF, or null. */
    public IpAddress configured(String vrfName, Afi afi) {
        IpAddress[] ids = configuredByName.get(vrfName);
        return ids == null ? null : ids[afi.ordinal()];
    }

    /** The VRF names with a configured router-id, in the order they were configured. */
    public List<String> configuredVrfs() {
        return new ArrayList<>(configuredByName.keySet());
    }

    /** A client wants the router-id of a VRF: it gets both families now and each change after. */
    public void subscribe(ClientId client, int vrfId) {
        List<Integer> vrfs = subscribers.computeIfAbsent(client, k -> new ArrayList<>());
        if (!vrfs.contains(vrfId)) {
            vrfs.add(vrfId);
        }
        RibListener l = rib.clients.listener(client);
        for (Afi afi : Afi.values()) {
            l.routerIdUpdate(vrfId, afi, routerId(vrfId, afi));
        }
    }

    public void unsubscribe(ClientId client, int vrfId) {
        List<Integer> vrfs = subscribers.get(client);
        if (vrfs != null) {
            vrfs.remove(Integer.valueOf(vrfId));
        }
    }

    void clientGone(ClientId client) {
        subscribers.remove(client);
    }

    /** A VRF became active: its configured router-ids apply. */
    void vrfAdded(RibVrf vrf) {
        IpAddress[] ids = configuredByName.get(vrf.name());
        if (ids != null) {
            for (Afi afi : Afi.values()) {
                change(vrf.id(), afi, () -> state(vrf.id()).configured[afi.ordinal()] = ids[afi.ordinal()]);
            }
        }
    }

    void vrfRemoved(RibVrf vrf) {
        byVrf.remove(vrf.id());
    }

    void addressAdded(RibInterface i, IpPrefix a) {
        IpAddress addr = IpAddress.of(a.address());
        if (usable(addr)) {
            Afi afi = addr.afi();
            change(i.vrfId(), afi, () -> (i.isLoopback() ? state(i.vrfId()).loopback : state(i.vrfId()).any)
                    .get(afi.ordinal()).add(addr));
        }
    }

    void addressGone(RibInterface i, IpPrefix a) {
        IpAddress addr = IpAddress.of(a.address());
        if (usable(addr)) {
            Afi afi = addr.afi();
            change(i.vrfId(), afi, () -> (i.isLoopback() ? state(i.vrfId()).loopback : state(i.vrfId()).any)
                    .get(afi.ordinal()).remove(addr));
        }
    }

    private void change(int vrfId, Afi afi, Runnable update) {
        IpAddress before = routerId(vrfId, afi);
        update.run();
        IpAddress after = routerId(vrfId, afi);
        if (before.equals(after)) {
            return;
        }
        for (Map.Entry<ClientId, List<Integer>> s : new ArrayList<>(subscribers.entrySet())) {
            if (s.getValue().contains(vrfId)) {
                rib.clients.listener(s.getKey()).routerIdUpdate(vrfId, afi, after);
            }
        }
    }

    /** FRR's router_id_bad_address (zebra_check_addr). */
    private static boolean usable(IpAddress a) {
        if (a.isIpv4()) {
            int top = a.ipv4() >>> 24;
            return top != 127 && (top & 0xf0) != 0xe0 && !a.isLinkLocal() && a.ipv4() != 0;
        }
        return !(a.hi() == 0 && a.lo() == 1) && !a.isLinkLocal() && !a.isUnspecified();
    }
}
