package dev.ferry.bgpd.nlri;

import dev.ferry.lib.net.IpPrefix;

/**
 * An IPv4 or IPv6 prefix as carried in NLRI. Compact (no arrays) so that a full table costs one small object
 * per prefix; the address keeps any host bits the peer sent, so a decoded prefix re-encodes byte for byte.
 */
public sealed interface Prefix extends Nlri permits Ipv4Prefix, Ipv6Prefix {
    int length();

    /** 4 or 16. */
    int addressLength();

    /** The wire bytes after the length octet: the first ceil(length / 8) bytes of the address. */
    int byteAt(int index);

    IpPrefix toIpPrefix();

    static Prefix of(IpPrefix p) {
        return p.isIpv4() ? Ipv4Prefix.of(p) : Ipv6Prefix.of(p);
    }

    static Prefix parse(String text) {
        return of(IpPrefix.parse(text));
    }
}
