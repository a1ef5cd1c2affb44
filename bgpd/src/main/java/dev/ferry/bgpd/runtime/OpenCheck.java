package dev.ferry.bgpd.runtime;

import dev.ferry.bgpd.capability.ExtendedMessageCapability;
import dev.ferry.bgpd.capability.FourOctetAsCapability;
import dev.ferry.bgpd.capability.MultiprotocolCapability;
import dev.ferry.bgpd.config.RemoteAs;
import dev.ferry.bgpd.fsm.HoldTimeNegotiation;
import dev.ferry.bgpd.fsm.NegotiatedTimers;
import dev.ferry.bgpd.message.OpenMessage;
import dev.ferry.bgpd.nlri.AddressFamily;
import dev.ferry.bgpd.wire.BgpError;
import dev.ferry.bgpd.wire.CodecContext;
import dev.ferry.bgpd.wire.ErrorCodes;
import java.nio.ByteBuffer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The checks of a received OPEN that depend on the session (RFC 4271 section 6.2, FRR's bgp_open_receive): the
 * peer's AS against `remote-as`, its identifier, the hold time, and at least one family in common. The outcome
 * is what the session negotiated, or the NOTIFICATION that refuses the OPEN.
 */
public final class OpenCheck {

    public sealed interface Result {
    }

    /** The OPEN is acceptable. */
    public record Accepted(NegotiatedTimers timers, Set<AddressFamily> families, CodecContext codec, long peerAs,
            boolean ebgp) implements Result {
    }

    public record Rejected(BgpError error) implements Result {
    }

    private OpenCheck() {
    }

    public static Result check(OpenMessage open, SessionParams ours) {
        long peerAs = Integer.toUnsignedLong(open.asNumber());
        RemoteAs expected = ours.remoteAs();
        boolean asOk = switch (expected.kind()) {
            case SPECIFIED -> peerAs == expected.asn();
            case INTERNAL -> peerAs == ours.localAs();
            case EXTERNAL -> peerAs != ours.localAs();
        };
        if (!asOk) {
            byte[] data = ByteBuffer.allocate(2).putShort((short) open.myAs()).array();
            return new Rejected(BgpError.reset(ErrorCodes.OPEN_MESSAGE_ERROR, ErrorCodes.OPEN_BAD_PEER_AS, data,
                    "peer AS " + peerAs + " is not the configured " + expected));
        }
        boolean ebgp = peerAs != ours.localAs();
        int id = open.bgpIdentifier();
        int first = id >>> 24;
        if (id == 0 || first >= 224 || (!ebgp && id == ours.localId())) {
            return new Rejected(BgpError.reset(ErrorCodes.OPEN_MESSAGE_ERROR, ErrorCodes.OPEN_BAD_BGP_IDENTIFIER,
                    ByteBuffer.allocate(4).putInt(id).array(), "bad BGP identifier"));
        }
        HoldTimeNegotiation.Result hold = HoldTimeNegotiation.negotiate(ours.holdSeconds(), ours.keepaliveSeconds(),
                open.holdTime());
        if (hold instanceof HoldTimeNegotiation.Rejected r) {
            return new Rejected(r.error());
        }
        NegotiatedTimers timers = ((HoldTimeNegotiation.Accepted) hold).timers();
        Set<AddressFamily> theirs = new HashSet<>();
        List<MultiprotocolCapability> mp = open.capabilities().stream()
                .filter(MultiprotocolCapability.class::isInstance).map(MultiprotocolCapability.class::cast).toList();
        if (mp.isEmpty()) {
            theirs.add(AddressFamily.IPV4_UNICAST);
        }
        mp.forEach(c -> theirs.add(c.family()));
        Set<AddressFamily> common = new HashSet<>(ours.families());
        common.retainAll(theirs);
        if (common.isEmpty()) {
            return new Rejected(BgpError.reset(ErrorCodes.OPEN_MESSAGE_ERROR, ErrorCodes.OPEN_UNSUPPORTED_CAPABILITY,
                    null, "no address family in common (ours " + ours.families() + ", theirs " + theirs + ")"));
        }
        boolean fourOctet = open.capability(FourOctetAsCapability.class) != null;
        boolean extended = open.capability(ExtendedMessageCapability.class) != null;
        return new Accepted(timers, Set.copyOf(common), new CodecContext(fourOctet, ebgp, extended), peerAs, ebgp);
    }
}
