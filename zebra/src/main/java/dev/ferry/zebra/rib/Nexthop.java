package dev.ferry.zebra.rib;

import java.util.Arrays;
import java.util.Objects;

/**
 * One nexthop as a client gives it and as the dataplane installs it: immutable, compared by value. The kind
 * follows FRR's nexthop types: a gateway with an interface given by the client ({@code IPV4_IFINDEX}) must
 * resolve through that interface, while a plain gateway ({@code IPV4}) takes the interface resolution finds.
 * Labels are the stack pushed (outermost first); {@code weight} 0 means "not given" and is not shown.
 */
public final class Nexthop {
    /** FRR's enum nexthop_types_t. */
    public enum Kind {
        IFINDEX, IPV4, IPV4_IFINDEX, IPV6, IPV6_IFINDEX, BLACKHOLE;

        public boolean hasGateway() {
            return this != IFINDEX && this != BLACKHOLE;
        }

        /** Whether the client gave the interface (it then constrains resolution). */
        public boolean ifindexGiven() {
            return this == IFINDEX || this == IPV4_IFINDEX || this == IPV6_IFINDEX;
        }
    }

    private static final int[] NO_LABELS = new int[0];

    private final Kind kind;
    private final IpAddress gateway;
    private final int ifindex;
    private final int vrfId;
    private final int weight;
    private final int[] labels;
    private final LspType labelType;
    private final BlackholeType blackhole;
    private final boolean onlink;
    private final IpAddress source;
    private final Srv6Encap srv6;
    /** Computed on first use (0: not yet): most nexthops a client sends are only compared, never hashed. */
    private int hash;

    private Nexthop(Kind kind, IpAddress gateway, int ifindex, int vrfId, int weight, int[] labels,
            LspType labelType, BlackholeType blackhole, boolean onlink, IpAddress source, Srv6Encap srv6) {
        this.kind = kind;
        this.gateway = gateway;
        this.ifindex = ifindex;
        this.vrfId = vrfId;
        this.weight = weight;
        this.labels = labels;
        this.labelType = labelType;
        this.blackhole = blackhole;
        this.onlink = onlink;
        this.source = source;
        this.srv6 = srv6;
    }

    /** A directly connected interface (FRR NEXTHOP_TYPE_IFINDEX): connected routes, `ip route P IFNAME`. */
    public static Nexthop ifindex(int vrfId, int ifindex) {
        return new Nexthop(Kind.IFINDEX, null, ifindex, vrfId, 0, NO_LABELS, LspType.NONE, null, false, null,
                null);
    }

    /** A gateway to resolve (FRR NEXTHOP_TYPE_IPV4 / IPV6). */
    public static Nexthop gateway(int vrfId, IpAddress gateway) {
        Kind k = gateway.isIpv4() ? Kind.IPV4 : Kind.IPV6;
        return new Nexthop(k, gateway, 0, vrfId, 0, NO_LABELS, LspType.NONE, null, false, null, null);
    }

    /** A gateway on a given interface (FRR NEXTHOP_TYPE_IPV4_IFINDEX / IPV6_IFINDEX). */
    public static Nexthop gateway(int vrfId, IpAddress gateway, int ifindex) {
        Kind k = gateway.isIpv4() ? Kind.IPV4_IFINDEX : Kind.IPV6_IFINDEX;
        return new Nexthop(k, gateway, ifindex, vrfId, 0, NO_LABELS, LspType.NONE, null, false, null, null);
    }

    public static Nexthop blackhole(int vrfId, BlackholeType type) {
        return new Nexthop(Kind.BLACKHOLE, null, 0, vrfId, 0, NO_LABELS, LspType.NONE, type, false, null, null);
    }

    public Nexthop withWeight(int w) {
        return new Nexthop(kind, gateway, ifindex, vrfId, w, labels, labelType, blackhole, onlink, source, srv6);
    }

    /** The label stack to push, outermost first, and whose labels they are. */
    public Nexthop withLabels(LspType type, int... stack) {
        int[] l = stack.length == 0 ? NO_LABELS : stack.clone();
        LspType t = l.length == 0 ? LspType.NONE : type;
        return new Nexthop(kind, gateway, ifindex, vrfId, weight, l, t, blackhole, onlink, source, srv6);
    }

    public Nexthop withOnlink(boolean on) {
        return new Nexthop(kind, gateway, ifindex, vrfId, weight, labels, labelType, blackhole, on, source, srv6);
    }

    public Nexthop withSource(IpAddress src) {
        return new Nexthop(kind, gateway, ifindex, vrfId, weight, labels, labelType, blackhole, onlink, src, srv6);
    }

    public Nexthop withSrv6(Srv6Encap encap) {
        return new Nexthop(kind, gateway, ifindex, vrfId, weight, labels, labelType, blackhole, onlink, source,
                encap);
    }

    /** The interface found by resolution; the kind stays as the client gave it (FRR sets nexthop->ifindex). */
    Nexthop withResolvedIfindex(int index) {
        return new Nexthop(kind, gateway, index, vrfId, weight, labels, labelType, blackhole, onlink, source, srv6);
    }

    /** The same nexthop without the ifindex resolution put there, for a fresh resolution. */
    Nexthop unresolved() {
        return kind == Kind.IPV4 || kind == Kind.IPV6 ? withResolvedIfindex(0) : this;
    }

    public Kind kind() {
        return kind;
    }

    /** The gateway, or null for interface and blackhole nexthops. */
    public IpAddress gateway() {
        return gateway;
    }

    /** The interface index, 0 when none is known. */
    public int ifindex() {
        return ifindex;
    }

    /** The VRF the gateway is looked up in (a VPN route in VRF CUSTA resolves in the default VRF). */
    public int vrfId() {
        return vrfId;
    }

    public int weight() {
        return weight;
    }

    public int[] labels() {
        return labels.clone();
    }

    public int labelCount() {
        return labels.length;
    }

    public int label(int i) {
        return labels[i];
    }

    public LspType labelType() {
        return labelType;
    }

    /** The blackhole kind, or null for other nexthops. */
    public BlackholeType blackhole() {
        return blackhole;
    }

    public boolean onlink() {
        return onlink;
    }

    public IpAddress source() {
        return source;
    }

    public Srv6Encap srv6() {
        return srv6;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Nexthop n && (n.hash == 0 || hash == 0 || n.hash == hash) && n.kind == kind && n.ifindex == ifindex
                && n.vrfId == vrfId && n.weight == weight && n.onlink == onlink && n.labelType == labelType
                && n.blackhole == blackhole && Objects.equals(n.gateway, gateway)
                && Arrays.equals(n.labels, labels) && Objects.equals(n.source, source)
                && Objects.equals(n.srv6, srv6);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = Objects.hash(kind, gateway, ifindex, vrfId, weight, Arrays.hashCode(labels), labelType, blackhole,
                    onlink, source, srv6);
            hash = h;
        }
        return h;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        switch (kind) {
            case IFINDEX -> sb.append("if ").append(ifindex);
            case BLACKHOLE -> sb.append("blackhole").append(blackhole.showSuffix());
            default -> {
                sb.append("via ").append(gateway);
                if (ifindex != 0) {
                    sb.append(" if ").append(ifindex);
                }
            }
        }
        if (labels.length > 0) {
            sb.append(" label ").append(Arrays.toString(labels));
        }
        return sb.append(" vrf ").append(vrfId).toString();
    }
}
