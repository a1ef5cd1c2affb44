package dev.ferry.lib.cli;

import java.util.Locale;

/**
 * The CLI's node tree, as FRR's (lib/command.h). The tree is static: every node knows its parent, so a
 * node name alone tells a daemon where a session stands (vtysh relies on that to keep daemons in step).
 * Declaration order is FRR 8.4's node order, which is also the order of blocks in running-config.
 */
public enum Node {
    VIEW(null, ">", null),
    ENABLE(null, "#", null),
    CONFIG(ENABLE, "(config)#", null),
    DEBUG(CONFIG, "(config)#", null),
    KEYCHAIN(CONFIG, "(config-keychain)#", "exit"),
    VRF(CONFIG, "(config-vrf)#", "exit-vrf"),
    INTERFACE(CONFIG, "(config-if)#", "exit"),
    BGP(CONFIG, "(config-router)#", "exit"),
    BGP_IPV4_UNICAST(BGP, "(config-router-af)#", "exit-address-family"),
    BGP_IPV6_UNICAST(BGP, "(config-router-af)#", "exit-address-family"),
    BGP_IPV4_VPN(BGP, "(config-router-af)#", "exit-address-family"),
    BGP_IPV6_VPN(BGP, "(config-router-af)#", "exit-address-family"),
    BGP_IPV4_LABELED_UNICAST(BGP, "(config-router-af)#", "exit-address-family"),
    ROUTER_OSPF(CONFIG, "(config-router)#", "exit"),
    ROUTER_OSPF6(CONFIG, "(config-ospf6)#", "exit"),
    LDP(CONFIG, "(config-ldp)#", "exit"),
    LDP_IPV4(LDP, "(config-ldp-af)#", "exit-address-family"),
    LDP_IPV6(LDP, "(config-ldp-af)#", "exit-address-family"),
    LDP_IPV4_IFACE(LDP_IPV4, "(config-ldp-af-if)#", "exit"),
    LDP_IPV6_IFACE(LDP_IPV6, "(config-ldp-af-if)#", "exit"),
    PREFIX_LIST(CONFIG, "(config)#", null),
    ROUTE_MAP(CONFIG, "(config-route-map)#", "exit"),
    SEGMENT_ROUTING(CONFIG, "(config-sr)#", "exit"),
    SRV6(SEGMENT_ROUTING, "(config-srv6)#", "exit"),
    SRV6_LOCATORS(SRV6, "(config-srv6-locators)#", "exit"),
    SRV6_LOCATOR(SRV6_LOCATORS, "(config-srv6-locator)#", "exit"),
    /** staticd's local SIDs (FRR 10's `static-sids` node). */
    SRV6_STATIC_SIDS(SRV6, "(config-srv6-sids)#", "exit");

    private final Node parent;
    private final String promptSuffix;
    private final String exitLine;

    Node(Node parent, String promptSuffix, String exitLine) {
        this.parent = parent;
        this.promptSuffix = promptSuffix;
        this.exitLine = exitLine;
    }

    /** The node `exit` returns to; null for VIEW and ENABLE, where `exit` ends the session. */
    public Node parent() {
        return parent;
    }

    /** The line FRR writes in running-config to close a block of this node ("exit", "exit-vrf", ...). */
    public String exitLine() {
        return exitLine;
    }

    /** FRR's prompt: "R# ", "R(config-router)# ". */
    public String prompt(String hostname) {
        return hostname + promptSuffix + " ";
    }

    /** Whether this is CONFIG or one of the nodes below it. */
    public boolean isConfig() {
        return this == CONFIG || (parent != null && parent.isConfig());
    }

    /** Depth below ENABLE: ENABLE 0, CONFIG 1, INTERFACE 2, BGP_IPV4_VPN 3. */
    public int depth() {
        return parent == null ? 0 : parent.depth() + 1;
    }

    /** Whether this node is {@code other} or lies below it. */
    public boolean isWithin(Node other) {
        for (Node n = this; n != null; n = n.parent) {
            if (n == other) {
                return true;
            }
        }
        return false;
    }

    /** Name on the wire: "bgp-ipv4-vpn". */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Node fromWireName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
