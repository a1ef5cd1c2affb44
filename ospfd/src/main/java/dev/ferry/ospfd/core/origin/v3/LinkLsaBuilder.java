package dev.ferry.ospfd.core.origin.v3;

import dev.ferry.lib.net.IpPrefix;
import dev.ferry.ospfd.core.origin.PlannedLsa;
import dev.ferry.ospfd.lsa.LinkLsa;
import dev.ferry.ospfd.lsa.LsaTypes;
import dev.ferry.ospfd.lsa.Ospf6Prefix;
import java.util.ArrayList;
import java.util.List;

/**
 * The Link-LSA of one interface (RFC 5340 4.4.3.8, A.4.9), Link State ID = our Interface ID, link-local flooding
 * scope, as FRR 8.4 writes it (ospf6_intra.c ospf6_link_lsa_originate): Router Priority, the area's options, our
 * link-local address, and the interface's prefixes ({@link ConnectedPrefixes}) with PrefixOptions 0 and a zero
 * 16-bit field. An interface without a link-local address has none (FRR defers it).
 */
public final class LinkLsaBuilder {
    private LinkLsaBuilder() {
    }

    /** The body, or null when the interface has no link-local address yet. */
    public static LinkLsa build(V3InterfaceView iface, int options) {
        if (iface.linkLocal() == null) {
            return null;
        }
        List<Ospf6Prefix> prefixes = new ArrayList<>();
        for (IpPrefix p : ConnectedPrefixes.of(iface)) {
            prefixes.add(Ospf6Prefix.of(p, 0, 0));
        }
        return new LinkLsa(iface.priority(), options, iface.linkLocal(), prefixes);
    }

    /** The same as a planned LSA (type 0x0008, Link State ID = Interface ID), or null without link-local address. */
    public static PlannedLsa plan(V3InterfaceView iface, int options) {
        LinkLsa body = build(iface, options);
        return body == null ? null : new PlannedLsa(LsaTypes.V3_LINK, iface.interfaceId(), body);
    }
}
