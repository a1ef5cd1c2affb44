package dev.ferry.zebra.rib;

/**
 * The fields of a route entry that most entries share with others: metric, tag, instance, the high half of the
 * client's operation id (ids count up from 1, so it stays 0 for the first 2^32 operations) and the second it
 * was added in (a full table arrives within seconds). Entries with the same values share one object through a
 * {@link Cache}, since a table carries few distinct metrics (BGP's MEDs) and tags: an entry keeps one reference
 * for the five, which holds it at 32 bytes.
 */
record RouteExtras(int metric, int tag, int instance, int opIdHigh, int uptime) {

    /**
     * The extras last made for each of a fixed number of hash slots (direct-mapped): bounded, with nothing to
     * evict or count. A miss only costs an object of its own, as an entry with no cache would have.
     */
    static final class Cache {
        private static final int SLOT_BITS = 10;
        private final RouteExtras[] slots = new RouteExtras[1 << SLOT_BITS];

        /** Extras of these values, shared when an earlier entry had them. */
        RouteExtras of(int metric, int tag, int instance, int opIdHigh, int uptime) {
            int h = (((metric * 31 + tag) * 31 + instance) * 31 + opIdHigh) * 31 + uptime;
            int i = (h * 0x9e3779b9) >>> (32 - SLOT_BITS);
            RouteExtras x = slots[i];
            if (x == null || x.metric != metric || x.tag != tag || x.instance != instance || x.opIdHigh != opIdHigh
                    || x.uptime != uptime) {
                x = new RouteExtras(metric, tag, instance, opIdHigh, uptime);
                slots[i] = x;
            }
            return x;
        }
    }
}
