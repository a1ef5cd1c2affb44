package dev.ferry.ospfd.config;

/**
 * How routes from one source (or the default route) enter OSPF as external LSAs.
 *
 * @param metric the metric to advertise, or -1 for OSPF's default
 * @param metricType 1 or 2, or -1 when not given (type 2 is used)
 * @param routeMap route-map name, or null
 */
public record Redistribution(int metric, int metricType, String routeMap) {
    public static final Redistribution PLAIN = new Redistribution(-1, -1, null);

    /** The options as FRR appends them: " metric N", " metric-type 1", " route-map NAME". */
    public String options() {
        StringBuilder sb = new StringBuilder();
        if (metric >= 0) {
            sb.append(" metric ").append(metric);
        }
        if (metricType == 1) {
            sb.append(" metric-type 1");
        }
        if (routeMap != null) {
            sb.append(" route-map ").append(routeMap);
        }
        return sb.toString();
    }
}
