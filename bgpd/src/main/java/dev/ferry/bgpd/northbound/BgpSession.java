package dev.ferry.bgpd.northbound;

import dev.ferry.bgpd.config.BgpAddressFamily;
import dev.ferry.bgpd.config.BgpAddressFamilyConfig;
import dev.ferry.bgpd.config.BgpInstance;
import dev.ferry.bgpd.config.BgpNeighbor;
import dev.ferry.lib.cli.CliError;
import dev.ferry.lib.cli.CommandContext;
import dev.ferry.lib.net.IpAddresses;
import dev.ferry.lib.net.IpPrefix;

/** What a BGP command acts on: the session's instance, address family and named neighbor. */
final class BgpSession {
    static final String NO = "Negate a command or set its defaults\n";
    static final String NEIGHBOR = "<A.B.C.D|X:X::X:X|WORD>$peer";
    static final String NEIGHBOR_HELP = "Specify neighbor router\nNeighbor address\nNeighbor IPv6 address\n"
            + "Interface name or neighbor tag\n";

    private BgpSession() {
    }

    static BgpInstance instance(CommandContext ctx) {
        return ctx.data(BgpInstance.class);
    }

    /** The family of the node the command runs in (the bare BGP node stands for IPv4 unicast). */
    static BgpAddressFamily family(CommandContext ctx) {
        return BgpAddressFamily.ofNode(ctx.node());
    }

    static BgpAddressFamilyConfig familyConfig(CommandContext ctx) {
        return instance(ctx).family(family(ctx));
    }

    /** The neighbor named by the `peer` word, which must exist (FRR's peer_and_group_lookup_vty). */
    static BgpNeighbor neighbor(CommandContext ctx) {
        IpPrefix address = address(ctx.arg("peer"));
        BgpNeighbor n = address == null ? null : instance(ctx).neighbor(address);
        if (n == null) {
            throw new CliError("% Specify remote-as or peer-group commands first");
        }
        return n;
    }

    /** A neighbor word as an address (host prefix), or null for a peer-group or interface name. */
    static IpPrefix address(String word) {
        boolean ipv4 = word.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}");
        boolean ipv6 = word.indexOf(':') >= 0;
        if (!ipv4 && !ipv6) {
            return null;
        }
        try {
            return IpPrefix.host(IpAddresses.parse(word));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
