package dev.ferry.bgpd.runtime;

import dev.ferry.bgpd.capability.Capability;
import dev.ferry.bgpd.capability.ExtendedMessageCapability;
import dev.ferry.bgpd.capability.FourOctetAsCapability;
import dev.ferry.bgpd.capability.GracefulRestartCapability;
import dev.ferry.bgpd.capability.MultiprotocolCapability;
import dev.ferry.bgpd.capability.RouteRefreshCapability;
import dev.ferry.bgpd.capability.UnknownCapability;
import dev.ferry.bgpd.message.OpenMessage;
import dev.ferry.bgpd.nlri.AddressFamily;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Our OPEN, with the capabilities FRR 8.4 sends by default in the order it sends them: multiprotocol per
 * activated family, route refresh (old and new codes), 4-octet AS, extended message, FQDN (hostname) and
 * graceful restart in helper mode (N bit, restart time 120, no families: FRR's default "Helper" mode advertises
 * the capability without preserving forwarding state). Enhanced route refresh (RFC 7313) is left out: we do
 * not send its Beginning/End-of-RIB-Refresh markers.
 */
public final class OpenFactory {
    /** FRR's default graceful-restart restart time. */
    public static final int GR_RESTART_TIME = 120;

    private OpenFactory() {
    }

    public static OpenMessage open(SessionParams p) {
        List<Capability> caps = new ArrayList<>();
        List<AddressFamily> families = new ArrayList<>(p.families());
        families.sort(Comparator.comparingInt(AddressFamily::afi).thenComparingInt(AddressFamily::safi));
        for (AddressFamily f : families) {
            caps.add(MultiprotocolCapability.of(f));
        }
        caps.add(RouteRefreshCapability.OLD);
        caps.add(RouteRefreshCapability.STANDARD);
        caps.add(new FourOctetAsCapability((int) p.localAs()));
        caps.add(ExtendedMessageCapability.INSTANCE);
        if (p.hostname() != null && !p.hostname().isEmpty()) {
            caps.add(new UnknownCapability(Capability.FQDN, fqdn(p.hostname())));
        }
        caps.add(new GracefulRestartCapability(GracefulRestartCapability.NOTIFICATION, GR_RESTART_TIME, List.of()));
        return OpenMessage.of((int) p.localAs(), p.holdSeconds(), p.localId(), caps);
    }

    /** FQDN capability value (draft-walton-bgp-hostname-capability): hostname length, hostname, domain length 0. */
    static byte[] fqdn(String hostname) {
        byte[] h = hostname.getBytes(StandardCharsets.UTF_8);
        int n = Math.min(h.length, 64);
        byte[] v = new byte[n + 2];
        v[0] = (byte) n;
        System.arraycopy(h, 0, v, 1, n);
        return v;
    }

    /** The hostname in a peer's FQDN capability, or null. */
    public static String hostname(OpenMessage open) {
        for (Capability c : open.capabilities()) {
            if (c instanceof UnknownCapability u && u.code() == Capability.FQDN) {
                byte[] v = u.value();
                if (v.length >= 1 && (v[0] & 0xff) <= v.length - 1) {
                    return new String(v, 1, v[0] & 0xff, StandardCharsets.UTF_8);
                }
            }
        }
        return null;
    }
}
