package dev.ferry.zebra.iface;

import dev.ferry.lib.net.IpPrefix;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An interface's addresses in the order FRR's `show interface` prints them: IPv4 subnet by subnet
 * (zebra_if->ipv4_subnets, a route table), each subnet's addresses in the order they came, then IPv6 in
 * the order they came (ifp->connected).
 */
final class Addresses {
    private Addresses() {
    }

    /** IPv4, grouped by subnet in table order. */
    static List<List<AddressInfo>> ipv4Subnets(List<AddressInfo> all) {
        Map<IpPrefix, List<AddressInfo>> bySubnet = new TreeMap<>(IpPrefix.TABLE_ORDER);
        for (AddressInfo a : all) {
            if (a.prefix().isIpv4()) {
                bySubnet.computeIfAbsent(a.prefix().masked(), p -> new ArrayList<>()).add(a);
            }
        }
        return List.copyOf(bySubnet.values());
    }

    static List<AddressInfo> ipv6(List<AddressInfo> all) {
        return all.stream().filter(a -> !a.prefix().isIpv4()).toList();
    }

    static boolean isLinkLocal(IpPrefix p) {
        byte[] a = p.address();
        return !p.isIpv4() && (a[0] & 0xff) == 0xfe && (a[1] & 0xc0) == 0x80;
    }

    /** The order `show interface` prints: IPv4 by subnet, then IPv6. */
    static List<AddressInfo> shown(List<AddressInfo> all) {
        List<AddressInfo> l = new ArrayList<>();
        ipv4Subnets(all).forEach(l::addAll);
        l.addAll(ipv6(all));
        return l;
    }
}
