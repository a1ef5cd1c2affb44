package dev.ferry.bgpd.policy;

import dev.ferry.lib.net.IpPrefix;

/**
 * The route a route-map looks at and edits. The policy code knows routes only through this interface, so
 * that another daemon (zebra, ospfd) can apply the same prefix-lists and route-maps to its own routes: what
 * a route does not have answers null or does nothing.
 */
public interface PolicyRoute {
    IpPrefix prefix();

    /** The AS path as FRR prints it ("65001 65002"), "" when empty. */
    String asPath();

    /** The route's communities, or null when it carries none. */
    int[] communities();

    long localPreference();

    void localPreference(long value);

    /** MED (metric), 0 when absent. */
    long metric();

    void metric(long value);

    /** Replaces the communities; null removes them. */
    void communities(int[] values);

    /** Sets the next hop (4 bytes for `set ip next-hop`, 16 for `set ipv6 next-hop global`). */
    void nextHop(byte[] address);

    /** Puts {@code asns} in front of the AS path, first one leftmost. */
    void prepend(long[] asns);

    void weight(long value);
}
