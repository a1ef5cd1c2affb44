package dev.ferry.zebra.rib;

/** A node of an IPv4 table: the network's 32 bits as one int (the top of {@link Prefix#hi()}). */
final class Ipv4RouteNode extends RouteNode {
    private final int network;

    Ipv4RouteNode(RouteTable table, long hi, int length) {
        super(table, length);
        this.network = (int) (hi >>> 32);
    }

    @Override
    long hi() {
        return (network & 0xffffffffL) << 32;
    }

    @Override
    long lo() {
        return 0;
    }

    @Override
    boolean is(long hi, long lo, int len) {
        return hi == hi() && lo == 0 && length() == len;
    }
}
