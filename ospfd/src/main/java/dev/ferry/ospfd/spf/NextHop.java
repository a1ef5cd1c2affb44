package dev.ferry.ospfd.spf;

import dev.ferry.lib.net.IpAddresses;
import java.util.Arrays;

/**
 * A first hop from the calculating router (RFC 2328 16.1.1): one of its own interfaces and, unless the
 * destination is on that link, the neighbor's address there.
 *
 * @param outgoingInterface v2: the interface's address (or ifindex if unnumbered), as in the Router-LSA's Link
 *     Data; v3: the interface id
 * @param gateway v2: the neighbor's IPv4 address; v3: its link-local address; null for a directly attached
 *     network
 */
public record NextHop(int outgoingInterface, byte[] gateway) {
    public NextHop {
        gateway = gateway == null ? null : gateway.clone();
    }

    @Override
    public byte[] gateway() {
        return gateway == null ? null : gateway.clone();
    }

    public boolean isDirect() {
        return gateway == null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NextHop n && n.outgoingInterface == outgoingInterface && Arrays.equals(n.gateway, gateway);
    }

    @Override
    public int hashCode() {
        return outgoingInterface * 31 + Arrays.hashCode(gateway);
    }

    @Override
    public String toString() {
        return (gateway == null ? "direct" : IpAddresses.format(gateway)) + " via if " + outgoingInterface;
    }
}
