package dev.ferry.bgpd.config;

/**
 * `redistribute SOURCE [metric N] [route-map NAME]`.
 *
 * @param metric the MED to set, or null to keep the source's metric
 * @param routeMap route-map name, or null
 */
public record BgpRedistribution(Long metric, String routeMap) {
    public static final BgpRedistribution PLAIN = new BgpRedistribution(null, null);

    /** This redistribution with the options a repeated command gives; what it leaves out stays (as in FRR). */
    public BgpRedistribution updatedWith(Long newMetric, String newRouteMap) {
        return new BgpRedistribution(newMetric != null ? newMetric : metric,
                newRouteMap != null ? newRouteMap : routeMap);
    }
}
