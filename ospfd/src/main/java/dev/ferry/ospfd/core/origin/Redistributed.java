package dev.ferry.ospfd.core.origin;

import dev.ferry.lib.net.IpPrefix;
import dev.ferry.ospfd.config.Redistribution;

/**
 * A route redistributed into OSPF, with the metric and type already resolved.
 *
 * @param metric 0 to 0xffffff
 * @param type2 E bit: type 2 external metric
 * @param forwardingAddress 0 to route through this router
 * @param tag the External Route Tag
 */
public record Redistributed(IpPrefix prefix, int metric, boolean type2, int forwardingAddress, int tag) {
    /** FRR's metric for redistributed routes without `metric` or `default-metric` (DEFAULT_DEFAULT_METRIC). */
    public static final int DEFAULT_METRIC = 20;

    /** Applies `redistribute SOURCE [metric N] [metric-type T]` with FRR's defaults: metric 20, type 2. */
    public static Redistributed of(IpPrefix prefix, Redistribution how, int tag) {
        int metric = how.metric() >= 0 ? how.metric() : DEFAULT_METRIC;
        return new Redistributed(prefix, metric, how.metricType() != 1, 0, tag);
    }
}
