package dev.ferry.ospfd.core.route;

import dev.ferry.lib.net.IpPrefix;

/**
 * What a summary LSA of either version says (v2 types 3/4, v3 Inter-Area-Prefix/Router): a network or an ASBR
 * reachable through its originating ABR at a cost.
 *
 * @param prefix the network, or null for an ASBR summary
 * @param asbr the ASBR's router id for an ASBR summary, else 0
 */
record InterAreaAdvert(IpPrefix prefix, int asbr, int metric) {
    boolean toRouter() {
        return prefix == null;
    }
}
