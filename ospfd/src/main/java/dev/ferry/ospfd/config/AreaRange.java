package dev.ferry.ospfd.config;

import dev.ferry.lib.net.IpPrefix;

/**
 * `area X range PREFIX ...`: summarise the area's routes inside PREFIX into one summary LSA.
 *
 * @param prefix the range (host bits cleared)
 * @param advertise false for `not-advertise`
 * @param cost the configured summary cost, or -1
 */
public record AreaRange(IpPrefix prefix, boolean advertise, long cost) {
}
