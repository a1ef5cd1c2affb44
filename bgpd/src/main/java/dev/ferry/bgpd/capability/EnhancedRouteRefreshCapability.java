package dev.ferry.bgpd.capability;

import java.nio.ByteBuffer;

/** Enhanced Route Refresh (code 70, RFC 7313): allows the BoRR/EoRR demarcation. Empty. */
public record EnhancedRouteRefreshCapability() implements Capability {
    public static final EnhancedRouteRefreshCapability INSTANCE = new EnhancedRouteRefreshCapability();

    @Override
    public int code() {
        return ENHANCED_ROUTE_REFRESH;
    }

    @Override
    public int valueLength() {
        return 0;
    }

    @Override
    public void writeValue(ByteBuffer out) {
    }
}
