package dev.ferry.zebra.rib;

/** A node of an IPv6 table: the network's 128 bits as two longs. */
final class Ipv6RouteNode extends RouteNode {
    private final long hi;
    private final long lo;

    Ipv6RouteNode(RouteTable table, long hi, long lo, int length) {
        super(table, length);
        this.hi = hi;
        this.lo = lo;
    }

    @Override
    long hi() {
        return hi;
    }

    @Override
    long lo() {
        return lo;
    }

    @Override
    boolean is(long hi, long lo, int len) {
        return hi == this.hi && lo == this.lo && length() == len;
    }
}
