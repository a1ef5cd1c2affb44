package dev.ferry.bgpd.rib;

import dev.ferry.bgpd.nlri.Ipv4Prefix;
import dev.ferry.bgpd.nlri.Prefix;

/** The destination of an IPv4 prefix, which it keeps as its two fields: most of a full table's are these. */
final class Ipv4Destination extends Destination {
    private final int address;
    private final byte length;

    Ipv4Destination(Ipv4Prefix prefix) {
        address = prefix.address();
        length = (byte) prefix.length();
    }

    @Override
    public Prefix prefix() {
        return new Ipv4Prefix(address, length);
    }

    @Override
    boolean matches(Prefix p) {
        return p instanceof Ipv4Prefix v && v.address() == address && v.length() == length;
    }

    @Override
    int prefixHash() {
        return Ipv4Prefix.hash(address, length);
    }
}
