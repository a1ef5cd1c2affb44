package dev.ferry.zebra.rib;

import java.util.ArrayList;
import java.util.List;

/**
 * Redistribution subscriptions (FRR's redistribute.c): a client asks for the selected routes of a type (or
 * of all types, or the default route) in a VRF and address family; it gets the current ones at once, then
 * each add, change and removal. A route is sent once installed (system routes at once). Link-local, loopback
 * and multicast prefixes are never sent (zebra_check_addr).
 */
public final class Redistribution {
    /** One subscription; {@code type} null means every type, {@code instance} 0 every instance. */
    private record Subscription(ClientId client, Afi afi, RouteType type, int instance, int vrfId,
            boolean defaultOnly) {

        boolean matches(RouteNode node, RouteEntry e) {
            if (node.table.afi() != afi || node.table.vrf().id() != vrfId) {
                return false;
            }
            if (defaultOnly) {
                return node.length() == 0;
            }
            if (type == null) {
                return true;
            }
            if (e.instance() != 0) {
                return type == e.type() && instance == e.instance();
            }
            return type == e.type() && instance == 0;
        }
    }

    private final Rib rib;
    private final List<Subscription> subscriptions = new ArrayList<>();

    Redistribution(Rib rib) {
        this.rib = rib;
    }

    /** `redistribute TYPE`: {@code type} null for all types; instance 0 for the single-instance protocols. */
    public void subscribe(ClientId client, Afi afi, RouteType type, int instance, int vrfId) {
        add(new Subscription(client, afi, type, instance, vrfId, false));
    }

    /** `default-information originate`: the default route, whatever its type. */
    public void subscribeDefault(ClientId client, Afi afi, int vrfId) {
        add(new Subscription(client, afi, null, 0, vrfId, true));
    }

    public void unsubscribe(ClientId client, Afi afi, RouteType type, int instance, int vrfId) {
        subscriptions.remove(new Subscription(client, afi, type, instance, vrfId, false));
    }

    public void unsubscribeDefault(ClientId client, Afi afi, int vrfId) {
        subscriptions.remove(new Subscription(client, afi, null, 0, vrfId, true));
    }

    private void add(Subscription s) {
        if (subscriptions.contains(s)) {
            return;
        }
        subscriptions.add(s);
        RibVrf vrf = rib.vrfs.byId(s.vrfId());
        if (vrf == null) {
            return;
        }
        RibListener l = rib.clients.listener(s.client());
        for (RouteNode node : vrf.table(s.afi()).sorted()) {
            RouteEntry e = node.selected();
            if (e != null && (e.isInstalled() || e.type().isSystem()) && redistributable(node)
                    && s.matches(node, e)) {
                l.redistributeAdd(RedistRoute.of(node, e));
            }
        }
    }

    void clientGone(ClientId client) {
        subscriptions.removeIf(s -> s.client().equals(client));
    }

    private boolean wants(ClientId client, RouteNode node, RouteEntry e) {
        if (e == null) {
            return false;
        }
        for (Subscription s : subscriptions) {
            if (s.client().equals(client) && s.matches(node, e)) {
                return true;
            }
        }
        return false;
    }

    private List<ClientId> clients() {
        List<ClientId> l = new ArrayList<>();
        for (Subscription s : subscriptions) {
            if (!l.contains(s.client())) {
                l.add(s.client());
            }
        }
        return l;
    }

    /** {@code e}, selected, is installed: send it to whoever wants it; others that had {@code prev} lose it. */
    void update(RouteNode node, RouteEntry e, RouteEntry prev) {
        if (subscriptions.isEmpty() || !redistributable(node)) {
            return;
        }
        for (ClientId c : clients()) {
            if (wants(c, node, e)) {
                rib.clients.listener(c).redistributeAdd(RedistRoute.of(node, e));
            } else if (wants(c, node, prev)) {
                rib.clients.listener(c).redistributeDelete(RedistRoute.of(node, prev));
            }
        }
    }

    /** {@code old} is no longer selected: tell whoever had it and will not hear about {@code replacement}. */
    void delete(RouteNode node, RouteEntry old, RouteEntry replacement) {
        if (subscriptions.isEmpty() || !redistributable(node)) {
            return;
        }
        for (ClientId c : clients()) {
            if (!wants(c, node, replacement) && wants(c, node, old)) {
                rib.clients.listener(c).redistributeDelete(RedistRoute.of(node, old));
            }
        }
    }

    /**
     * FRR's zebra_check_addr (no 127/8, multicast, IPv4 link-local, ::1 or fe80::/10), and, as FRR's
     * zebra_redistribute_check, only routes of the VRF's own table (not those added with `table N`).
     */
    static boolean redistributable(RouteNode node) {
        if (!node.table.isMain()) {
            return false;
        }
        Prefix p = node.prefix();
        if (p.afi() == Afi.IPV4) {
            int a = p.address().ipv4();
            int top = a >>> 24;
            return top != 127 && (top & 0xf0) != 0xe0 && (a >>> 16) != 0xa9fe;
        }
        IpAddress a = p.address();
        boolean loopback = a.hi() == 0 && a.lo() == 1;
        return !loopback && !a.isLinkLocal();
    }
}
