package dev.ferry.bgpd.config;

import java.util.List;

/**
 * How a VRF's unicast routes are leaked into the VPN table (FRR's vpn_policy, "to VPN" direction): the
 * label, route distinguisher, nexthop and route targets they get.
 */
public final class VpnExport {
    private boolean labelAuto;
    private Long label;
    private RouteDistinguisher rd;
    private String nexthop;
    private List<RouteTarget> routeTargets;

    /** `label vpn export auto`: take a label from the label pool. */
    public boolean labelAuto() {
        return labelAuto;
    }

    /** The fixed label, or null. */
    public Long label() {
        return label;
    }

    public void labelAuto(boolean auto) {
        this.labelAuto = auto;
    }

    public void label(Long label) {
        this.label = label;
    }

    public RouteDistinguisher rd() {
        return rd;
    }

    public void rd(RouteDistinguisher rd) {
        this.rd = rd;
    }

    /** The nexthop to set (address text), or null. */
    public String nexthop() {
        return nexthop;
    }

    public void nexthop(String nexthop) {
        this.nexthop = nexthop;
    }

    /** The route targets to attach, as typed (order and repeats kept, as FRR merges lists); or null. */
    public List<RouteTarget> routeTargets() {
        return routeTargets;
    }

    public void routeTargets(List<RouteTarget> targets) {
        this.routeTargets = targets == null ? null : List.copyOf(targets);
    }
}
