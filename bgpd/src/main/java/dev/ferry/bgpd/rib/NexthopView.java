package dev.ferry.bgpd.rib;

/**
 * How next hops resolve, as zebra's nexthop tracking reports: whether a path's next hop is reachable, and the
 * IGP metric to it. Local paths never ask.
 */
public interface NexthopView {

    /** Every next hop reachable at metric 0: for tests and for a bgpd without zebra. */
    NexthopView ALL_REACHABLE = new NexthopView() {
        @Override
        public boolean reachable(byte[] address) {
            return true;
        }

        @Override
        public long metric(byte[] address) {
            return 0;
        }
    };

    boolean reachable(byte[] address);

    /** The IGP metric to the next hop (zebra's metric of the resolving route). */
    long metric(byte[] address);
}
