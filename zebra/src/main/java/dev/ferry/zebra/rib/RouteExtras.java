package dev.ferry.zebra.rib;

/**
 * The fields of a route entry that are zero for most routes: metric, tag, instance, and the high half of the
 * client's operation id (ids count up from 1, so it stays 0 for the first 2^32 operations). An entry without
 * any holds no extras (null), which keeps it at 40 bytes; entries with the same values share one object
 * through a {@link Cache}, since a table carries few distinct metrics (BGP's MEDs) and tags.
 */
record RouteExtras(int metric, int tag, int instance, int opIdHigh) {

    /**
     * The extras last made for each of a fixed number of hash slots (direct-mapped): bounded, with nothing to
     * evict or count. A miss only costs an object of its own, as an entry with no cache would have.
     */
    static final class Cache {
        private static final int SLOT_BITS = 10;
        private final RouteExtras[] slots = new RouteExtras[1 << SLOT_BITS];

        /** Extras of these values (shared when an earlier entry had them), or null when all are 0. */
        RouteExtras of(int metric, int tag, int instance, int opIdHigh) {
            if ((metric | tag | instance | opIdHigh) == 0) {
                return null;
            }
            int h = ((metric * 31 + tag) * 31 + instance) * 31 + opIdHigh;
            int i = (h * 0x9e3779b9) >>> (32 - SLOT_BITS);
            RouteExtras x = slots[i];
            if (x == null || x.metric != metric || x.tag != tag || x.instance != instance || x.opIdHigh != opIdHigh) {
                x = new RouteExtras(metric, tag, instance, opIdHigh);
                slots[i] = x;
            }
            return x;
        }
    }
}
