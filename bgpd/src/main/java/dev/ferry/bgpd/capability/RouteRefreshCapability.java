package dev.ferry.bgpd.capability;

import java.nio.ByteBuffer;

/** Route Refresh (code 2, RFC 2918), or its pre-standard code 128 that FRR also advertises. Empty. */
public record RouteRefreshCapability(int code) implements Capability {
    public static final RouteRefreshCapability STANDARD = new RouteRefreshCapability(ROUTE_REFRESH);
    public static final RouteRefreshCapability OLD = new RouteRefreshCapability(ROUTE_REFRESH_OLD);

    @Override
    public int valueLength() {
        return 0;
    }

    @Override
    public void writeValue(ByteBuffer out) {
    }
}
