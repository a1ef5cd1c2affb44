package dev.ferry.zebra.iface;

import dev.ferry.lib.net.IpPrefix;

/**
 * An address on an interface, as the kernel has it.
 *
 * @param ifindex the interface
 * @param prefix the interface's address with its prefix length ("10.1.1.2/24")
 * @param peer the far end of a point-to-point address, or null
 * @param secondary IFA_F_SECONDARY: another address of the same IPv4 subnet came first
 * @param label the IPv4 label ("eth0:1") when it differs from the interface name, or null
 */
public record AddressInfo(int ifindex, IpPrefix prefix, IpPrefix peer, boolean secondary, String label) {
}
