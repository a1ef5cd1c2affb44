package dev.ferry.vtysh;

/**
 * FRR 8.4's node_type numbers (lib/command.h) for Ferry's node names. `vtysh -b` quotes them in its
 * error lines ("line 6: % Unknown command[17]: ..."), and scripts written for FRR read them there.
 */
final class FrrNodeNumbers {
    private FrrNodeNumbers() {
    }

    static int of(String node) {
        return switch (node) {
            case "view" -> 1;
            case "enable" -> 3;
            case "debug" -> 5;
            case "key-chain", "keychain" -> 13;
            case "key-chain-key", "keychain-key" -> 14;
            case "vrf" -> 16;
            case "interface" -> 17;
            case "bgp" -> 25;
            case "bgp-ipv4-vpn" -> 26;
            case "bgp-ipv6-vpn" -> 27;
            case "bgp-ipv4-unicast" -> 28;
            case "bgp-ipv4-multicast" -> 29;
            case "bgp-ipv4-labeled-unicast" -> 30;
            case "bgp-ipv6-unicast" -> 31;
            case "bgp-ipv6-multicast" -> 32;
            case "bgp-ipv6-labeled-unicast" -> 33;
            case "bgp-evpn" -> 39;
            case "router-ospf" -> 41;
            case "router-ospf6" -> 42;
            case "ldp" -> 43;
            case "ldp-ipv4" -> 44;
            case "ldp-ipv6" -> 45;
            case "ldp-ipv4-iface" -> 46;
            case "ldp-ipv6-iface" -> 47;
            case "route-map" -> 59;
            case "segment-routing" -> 67;
            case "srv6" -> 76;
            case "srv6-locators" -> 77;
            case "srv6-locator" -> 78;
            case "link-params" -> 81;
            // config, and Ferry-only nodes FRR has no number for (e.g. prefix-list lines live in config).
            default -> 4;
        };
    }
}
