package dev.ferry.ospfd.core.origin.v3;

import dev.ferry.lib.net.IpAddresses;
import dev.ferry.lib.net.IpPrefix;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The prefixes an interface advertises, as FRR 8.4 collects them into its route_connected table
 * (ospf6_interface_connected_route_update): IPv6 addresses only, without link-local, unspecified, loopback,
 * IPv4-compatible and IPv4-mapped ones, host bits cleared, one entry per resulting prefix, in route-table order.
 * The Link-LSA carries them, and so does the Intra-Area-Prefix-LSA of a stub link.
 */
final class ConnectedPrefixes {
    private ConnectedPrefixes() {
    }

    static List<IpPrefix> of(V3InterfaceView iface) {
        Set<IpPrefix> out = new TreeSet<>(IpPrefix.TABLE_ORDER);
        for (IpPrefix p : iface.prefixes()) {
            if (!p.isIpv4() && advertisable(p.address())) {
                out.add(p.masked());
            }
        }
        return new ArrayList<>(out);
    }

    /** FRR's CONTINUE_IF_ADDRESS_* filters, applied to the address before masking. */
    static boolean advertisable(byte[] a) {
        boolean linkLocal = IpAddresses.isIpv6LinkLocal(a);
        boolean first96Zero = true;
        for (int i = 0; i < 12; i++) {
            first96Zero &= a[i] == 0;
        }
        int last = (a[12] & 0xff) << 24 | (a[13] & 0xff) << 16 | (a[14] & 0xff) << 8 | (a[15] & 0xff);
        boolean unspecified = first96Zero && last == 0;
        boolean loopback = first96Zero && last == 1;
        boolean v4Compatible = first96Zero && Integer.compareUnsigned(last, 1) > 0;
        boolean v4Mapped = true;
        for (int i = 0; i < 10; i++) {
            v4Mapped &= a[i] == 0;
        }
        v4Mapped &= a[10] == (byte) 0xff && a[11] == (byte) 0xff;
        return !(linkLocal || unspecified || loopback || v4Compatible || v4Mapped);
    }
}
