package dev.ferry.lib.rawsock;

import dev.ferry.lib.net.IpAddresses;
import java.util.Arrays;
import java.util.Objects;

/**
 * One packet read from a {@link RawIpSocket}.
 *
 * @param ifindex the interface it arrived on (IP_PKTINFO / IPV6_PKTINFO)
 * @param source the sender's address (4 or 16 bytes; IPv6 link-local addresses carry no scope here,
 *     the scope is {@code ifindex})
 * @param destination the address it was sent to: a multicast group (224.0.0.5, ff02::5) or this
 *     router's own address
 * @param payload the protocol packet: for IPv4 what follows the IP header, for IPv6 what the kernel
 *     gives (it has no IPv6 header)
 */
public record Datagram(int ifindex, byte[] source, byte[] destination, byte[] payload) {
    public Datagram {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(payload, "payload");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Datagram d && ifindex == d.ifindex && Arrays.equals(source, d.source)
                && Arrays.equals(destination, d.destination) && Arrays.equals(payload, d.payload);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ifindex, Arrays.hashCode(source), Arrays.hashCode(destination),
                Arrays.hashCode(payload));
    }

    @Override
    public String toString() {
        return "Datagram[" + IpAddresses.format(source) + " -> " + IpAddresses.format(destination) + " ifindex "
                + ifindex + ", " + payload.length + " bytes]";
    }
}
