package dev.ferry.bgpd.rib;

import dev.ferry.lib.net.IpAddresses;

/**
 * Where a path came from, as the decision process needs it: this router (network, redistribute), an iBGP or
 * an eBGP peer, with the peer's address, BGP Identifier and AS. One instance per peer session source, compared
 * by identity: a path is replaced by the next one from the same source.
 *
 * @param routerId the peer's BGP Identifier (ours for local paths), network-order int
 */
public record PathSource(Kind kind, byte[] address, int routerId, long asn) {

    /** The kinds of source, in the order FRR's "Peer Type" step does not use (eBGP beats iBGP there). */
    public enum Kind { LOCAL, IBGP, EBGP }

    public PathSource {
        address = address.clone();
    }

    /** This router's own paths. */
    public static PathSource local(int routerId, long asn) {
        return new PathSource(Kind.LOCAL, new byte[4], routerId, asn);
    }

    public boolean isLocal() {
        return kind == Kind.LOCAL;
    }

    public boolean isEbgp() {
        return kind == Kind.EBGP;
    }

    public boolean isIbgp() {
        return kind == Kind.IBGP;
    }

    @Override
    public byte[] address() {
        return address.clone();
    }

    /** The peer's address as FRR prints it ("0.0.0.0" for local paths). */
    public String addressText() {
        return IpAddresses.format(address);
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return kind + " " + addressText();
    }
}
