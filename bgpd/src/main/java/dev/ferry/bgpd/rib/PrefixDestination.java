package dev.ferry.bgpd.rib;

import dev.ferry.bgpd.nlri.Prefix;

/** The destination of an IPv6 prefix (or of any prefix not IPv4), which holds its prefix object. */
final class PrefixDestination extends Destination {
    private final Prefix prefix;

    PrefixDestination(Prefix prefix) {
        this.prefix = prefix;
    }

    @Override
    public Prefix prefix() {
        return prefix;
    }

    @Override
    boolean matches(Prefix p) {
        return prefix.equals(p);
    }

    @Override
    int prefixHash() {
        return prefix.hashCode();
    }
}
