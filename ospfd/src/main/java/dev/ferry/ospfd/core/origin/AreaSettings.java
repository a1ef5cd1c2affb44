package dev.ferry.ospfd.core.origin;

import dev.ferry.ospfd.config.AreaRange;
import java.util.List;

/**
 * What summary origination needs from an attached area's configuration.
 *
 * @param stub `area X stub`: no ASBR-summaries enter, a default summary does (RFC 2328 12.4.3.1)
 * @param noSummary `area X stub no-summary`: only the default summary enters
 * @param defaultCost `area X default-cost`: the default summary's metric (FRR: 1)
 * @param ranges `area X range`: the area's own networks they cover are announced to other areas as the range
 */
public record AreaSettings(boolean stub, boolean noSummary, int defaultCost, List<AreaRange> ranges) {
    /** FRR's `area X default-cost` when not configured. */
    public static final int DEFAULT_STUB_COST = 1;
    public static final AreaSettings NORMAL = new AreaSettings(false, false, DEFAULT_STUB_COST, List.of());

    public AreaSettings {
        ranges = List.copyOf(ranges);
    }

    public static AreaSettings normal(List<AreaRange> ranges) {
        return new AreaSettings(false, false, DEFAULT_STUB_COST, ranges);
    }

    public static AreaSettings stub(boolean noSummary, int defaultCost, List<AreaRange> ranges) {
        return new AreaSettings(true, noSummary, defaultCost, ranges);
    }
}
