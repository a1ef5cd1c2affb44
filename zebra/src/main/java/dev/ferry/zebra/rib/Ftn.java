package dev.ferry.zebra.rib;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * FEC-to-NHLFE bindings (FRR's mpls_ftn_update): labels a label protocol (LDP) asks to push on an IP route's
 * nexthops, e.g. LDP's label 17 on OSPF's 2.2.2.2/32 via 10.1.1.254. Unlike FRR, which writes the labels
 * into the route and loses them when the IGP sends the route again, bindings are kept here and applied to
 * every version of the route. Routes through the labelled one inherit the label (see NexthopResolver).
 * <p>
 * {@link #setEnabled(boolean)} turns application off without forgetting bindings: for a kernel known to lack
 * MPLS, where labelled IGP routes would be refused (FRR drops LDP's labels silently in that case).
 */
public final class Ftn {
    private record Key(int vrfId, Prefix prefix, RouteType type) {
    }

    /** One binding: on nexthops via {@code gateway} (and {@code ifindex} if not 0), push {@code labels}. */
    private record Binding(LspType owner, IpAddress gateway, int ifindex, int[] labels) {
        boolean matches(Nexthop n) {
            return gateway.equals(n.gateway()) && (ifindex == 0 || n.ifindex() == 0 || ifindex == n.ifindex());
        }

        boolean sameTarget(Binding o) {
            return o.owner == owner && o.gateway.equals(gateway) && o.ifindex == ifindex;
        }
    }

    private final Rib rib;
    private final Map<Key, List<Binding>> bindings = new HashMap<>();
    private boolean enabled = true;

    Ftn(Rib rib) {
        this.rib = rib;
    }

    /** Pushes {@code labels} on the nexthops via {@code gateway} of the {@code type} route to {@code prefix}. */
    public void set(int vrfId, Prefix prefix, RouteType type, LspType owner, IpAddress gateway, int ifindex,
            int... labels) {
        Key k = new Key(vrfId, prefix, type);
        List<Binding> l = bindings.computeIfAbsent(k, x -> new ArrayList<>());
        Binding b = new Binding(owner, gateway, ifindex, labels.clone());
        l.removeIf(b::sameTarget);
        l.add(b);
        reapply(k);
    }

    public void remove(int vrfId, Prefix prefix, RouteType type, LspType owner, IpAddress gateway, int ifindex) {
        Key k = new Key(vrfId, prefix, type);
        List<Binding> l = bindings.get(k);
        if (l != null && l.removeIf(new Binding(owner, gateway, ifindex, new int[0])::sameTarget)) {
            if (l.isEmpty()) {
                bindings.remove(k);
            }
            reapply(k);
        }
    }

    /** Every binding of the label protocol behind {@code client} (its session ended). */
    void removeAll(RouteType client) {
        LspType owner = owner(client);
        List<Key> touched = new ArrayList<>();
        bindings.forEach((k, l) -> {
            if (l.removeIf(b -> b.owner() == owner)) {
                touched.add(k);
            }
        });
        bindings.values().removeIf(List::isEmpty);
        touched.forEach(this::reapply);
    }

    static LspType owner(RouteType client) {
        return switch (client) {
            case LDP -> LspType.LDP;
            case BGP -> LspType.BGP;
            case STATIC -> LspType.STATIC;
            default -> LspType.NONE;
        };
    }

    public void setEnabled(boolean on) {
        if (enabled == on) {
            return;
        }
        enabled = on;
        List.copyOf(bindings.keySet()).forEach(this::reapply);
    }

    public boolean isEnabled() {
        return enabled;
    }

    /** The labels bound for (VRF, prefix, type) via {@code gateway}, or null. */
    public int[] labels(int vrfId, Prefix prefix, RouteType type, IpAddress gateway) {
        for (Binding b : bindings.getOrDefault(new Key(vrfId, prefix, type), List.of())) {
            if (b.gateway().equals(gateway)) {
                return b.labels().clone();
            }
        }
        return null;
    }

    /** A client's nexthops with the bound labels pushed. */
    List<Nexthop> apply(int vrfId, Prefix prefix, RouteType type, List<Nexthop> nexthops) {
        if (bindings.isEmpty()) {
            return nexthops;
        }
        List<Binding> l = enabled ? bindings.get(new Key(vrfId, prefix, type)) : null;
        if (l == null || l.isEmpty()) {
            return nexthops;
        }
        List<Nexthop> out = new ArrayList<>(nexthops.size());
        for (Nexthop n : nexthops) {
            Nexthop m = n;
            for (Binding b : l) {
                if (n.gateway() != null && b.matches(n)) {
                    m = n.withLabels(b.owner(), b.labels());
                    break;
                }
            }
            out.add(m);
        }
        return out;
    }

    /** Re-labels the current routes of a key after its bindings changed. */
    private void reapply(Key k) {
        RouteNode node = rib.route(k.vrfId(), k.prefix());
        if (node == null) {
            return;
        }
        for (RouteEntry e = node.head; e != null; e = e.next) {
            if (e.isRemoved() || e.type() != k.type()) {
                continue;
            }
            List<Nexthop> plain = new ArrayList<>(e.group.size());
            for (Nexthop n : e.group.nexthops()) {
                boolean ours = n.labelType() != LspType.NONE && n.labelType() != LspType.BGP
                        && n.labelCount() > 0 && boundBefore(n);
                plain.add(ours ? n.withLabels(LspType.NONE) : n);
            }
            List<Nexthop> labelled = apply(k.vrfId(), k.prefix(), k.type(), plain);
            if (!labelled.equals(e.group.nexthops())) {
                rib.regroup(node, e, labelled);
            }
        }
    }

    /** FTN labels are those typed by a label protocol; clients' own labels (BGP) are never stripped. */
    private static boolean boundBefore(Nexthop n) {
        return n.labelType() == LspType.LDP || n.labelType() == LspType.STATIC;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        bindings.forEach((k, l) -> l.forEach(b -> sb.append(k.prefix()).append(' ').append(b.gateway())
                .append(' ').append(Arrays.toString(b.labels())).append('\n')));
        return sb.toString();
    }
}
