package dev.ferry.ospfd.ospf6.show;

import dev.ferry.lib.net.IpAddresses;
import dev.ferry.ospfd.lsa.ExternalLsaV3;
import dev.ferry.ospfd.lsa.InterAreaPrefixLsa;
import dev.ferry.ospfd.lsa.InterAreaRouterLsa;
import dev.ferry.ospfd.lsa.IntraAreaPrefixLsa;
import dev.ferry.ospfd.lsa.LinkLsa;
import dev.ferry.ospfd.lsa.Lsa;
import dev.ferry.ospfd.lsa.LsaBody;
import dev.ferry.ospfd.lsa.NetworkLsaV3;
import dev.ferry.ospfd.lsa.Ospf6Prefix;
import dev.ferry.ospfd.lsa.RouterLsaV3;
import dev.ferry.ospfd.wire.RouterIds;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Payload column of `show ipv6 ospf6 database`: what each LSA handler's lh_get_prefix_str returns for
 * position 0, 1, ... until it returns NULL. FRR prints one summary line per string.
 * <ul>
 * <li>Router (ospf6_router_lsa_get_nbr_id): per interface "NeighborRouterId/NeighborInterfaceId" (dotted).
 * <li>Network (ospf6_network_lsa_get_ar_id): per attached router its id.
 * <li>Link (ospf6_link_lsa_get_prefix_str): the link-local address, then each prefix's address without length.
 * <li>Intra-Area-Prefix (ospf6_intra_prefix_lsa_get_prefix_str): each "prefix/length".
 * <li>Inter-Area-Prefix (ospf6_abr.c): "prefix/length"; Inter-Area-Router: the destination router id.
 * <li>AS-External and NSSA (ospf6_asbr.c): "prefix/length", the length left out when it is 0 ("::").
 * </ul>
 * Prefix addresses are inet_ntop of the bytes FRR copies, ceil(length/8) of them (OSPF6_PREFIX_SPACE), so bits
 * past the length inside the last byte show as carried. Link and Intra-Area-Prefix walks stop at a prefix of length
 * 0, as FRR's do.
 */
final class LsaPayloads {
    private LsaPayloads() {
    }

    /** The payload strings of an LSA whose type prints a payload (see ShowOspf6Database); empty if none. */
    static List<String> of(Lsa lsa) {
        LsaBody body = lsa.body();
        List<String> out = new ArrayList<>();
        switch (body) {
            case RouterLsaV3 r -> r.links().forEach(l -> out.add(RouterIds.format(l.neighborRouterId()) + "/"
                    + RouterIds.format(l.neighborInterfaceId())));
            case NetworkLsaV3 n -> n.attachedRouters().forEach(id -> out.add(RouterIds.format(id)));
            case LinkLsa l -> {
                out.add(IpAddresses.formatIpv6(l.linkLocalAddress()));
                for (Ospf6Prefix p : l.prefixes()) {
                    if (p.length() == 0) {
                        break;
                    }
                    out.add(address(p));
                }
            }
            case IntraAreaPrefixLsa i -> {
                for (Ospf6Prefix p : i.prefixes()) {
                    if (p.length() == 0) {
                        break;
                    }
                    out.add(address(p) + "/" + p.length());
                }
            }
            case InterAreaPrefixLsa p -> out.add(address(p.prefix()) + "/" + p.prefix().length());
            case InterAreaRouterLsa r -> out.add(RouterIds.format(r.destinationRouterId()));
            case ExternalLsaV3 e -> out.add(address(e.prefix())
                    + (e.prefix().length() != 0 ? "/" + e.prefix().length() : ""));
            default -> {
            }
        }
        return out;
    }

    /** ospf6_prefix_in6_addr then inet_ntop: the first ceil(length/8) bytes as carried, zeros after. */
    static String address(Ospf6Prefix p) {
        byte[] carried = p.address();
        byte[] in6 = Arrays.copyOf(Arrays.copyOf(carried, Math.min(carried.length, (p.length() + 7) / 8)), 16);
        return IpAddresses.formatIpv6(in6);
    }
}
