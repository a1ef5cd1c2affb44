package dev.ferry.bgpd.capability;

import java.nio.ByteBuffer;

/**
 * One capability advertised in OPEN (RFC 5492): a code, a 1-byte length and a value.
 * <pre>
 * +------------------------------+
 * | Capability Code (1 octet)    |
 * | Capability Length (1 octet)  |
 * | Capability Value (variable)  |
 * +------------------------------+
 * </pre>
 */
public sealed interface Capability permits MultiprotocolCapability, RouteRefreshCapability,
        ExtendedMessageCapability, GracefulRestartCapability, FourOctetAsCapability,
        EnhancedRouteRefreshCapability, UnknownCapability {
    int MULTIPROTOCOL = 1;
    int ROUTE_REFRESH = 2;
    int EXTENDED_MESSAGE = 6;
    int GRACEFUL_RESTART = 64;
    int FOUR_OCTET_AS = 65;
    int ADD_PATH = 69;
    int ENHANCED_ROUTE_REFRESH = 70;
    int LONG_LIVED_GRACEFUL_RESTART = 71;
    int FQDN = 73;
    /** The pre-standard route refresh code Cisco used, which FRR still advertises. */
    int ROUTE_REFRESH_OLD = 128;

    int code();

    int valueLength();

    void writeValue(ByteBuffer out);
}
