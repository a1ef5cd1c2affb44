package dev.ferry.bgpd.capability;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes the capabilities inside one Capabilities optional parameter (RFC 5492). A known
 * capability with a value of the wrong size makes the parameter malformed; unknown codes are kept raw.
 */
public final class CapabilityCodec {
    private CapabilityCodec() {
    }

    /** The capabilities filling {@code v}, or null with the reason in {@code why[0]}. */
    public static List<Capability> decodeAll(ByteBuffer v, String[] why) {
        List<Capability> out = new ArrayList<>();
        int pos = 0;
        int end = v.remaining();
        while (pos < end) {
            if (end - pos < 2) {
                why[0] = "capability header truncated";
                return null;
            }
            int code = v.get(pos) & 0xff;
            int len = v.get(pos + 1) & 0xff;
            if (pos + 2 + len > end) {
                why[0] = "capability " + code + " of length " + len + " overruns its parameter";
                return null;
            }
            Capability c = decode(code, v.slice(pos + 2, len));
            if (c == null) {
                why[0] = "capability " + code + " has a bad length " + len;
                return null;
            }
            out.add(c);
            pos += 2 + len;
        }
        return out;
    }

    private static Capability decode(int code, ByteBuffer v) {
        int len = v.remaining();
        return switch (code) {
            case Capability.MULTIPROTOCOL -> MultiprotocolCapability.decode(v);
            case Capability.ROUTE_REFRESH, Capability.ROUTE_REFRESH_OLD -> len == 0
                    ? new RouteRefreshCapability(code) : null;
            case Capability.EXTENDED_MESSAGE -> len == 0 ? ExtendedMessageCapability.INSTANCE : null;
            case Capability.ENHANCED_ROUTE_REFRESH -> len == 0 ? EnhancedRouteRefreshCapability.INSTANCE : null;
            case Capability.GRACEFUL_RESTART -> GracefulRestartCapability.decode(v);
            case Capability.FOUR_OCTET_AS -> FourOctetAsCapability.decode(v);
            default -> {
                byte[] b = new byte[len];
                v.get(0, b);
                yield new UnknownCapability(code, b);
            }
        };
    }

    public static int encodedLength(List<Capability> caps) {
        int n = 0;
        for (Capability c : caps) {
            n += 2 + c.valueLength();
        }
        return n;
    }

    public static void write(ByteBuffer out, List<Capability> caps) {
        for (Capability c : caps) {
            out.put((byte) c.code());
            out.put((byte) c.valueLength());
            c.writeValue(out);
        }
    }
}
