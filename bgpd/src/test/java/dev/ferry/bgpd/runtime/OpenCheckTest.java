package dev.ferry.bgpd.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.bgpd.capability.Capability;
import dev.ferry.bgpd.capability.FourOctetAsCapability;
import dev.ferry.bgpd.capability.GracefulRestartCapability;
import dev.ferry.bgpd.capability.MultiprotocolCapability;
import dev.ferry.bgpd.capability.RouteRefreshCapability;
import dev.ferry.bgpd.config.RemoteAs;
import dev.ferry.bgpd.message.DecodeResult;
import dev.ferry.bgpd.message.MessageDecoder;
import dev.ferry.bgpd.message.MessageEncoder;
import dev.ferry.bgpd.message.OpenMessage;
import dev.ferry.bgpd.nlri.AddressFamily;
import dev.ferry.bgpd.nlri.Ipv4Addresses;
import dev.ferry.bgpd.wire.CodecContext;
import dev.ferry.bgpd.wire.ErrorCodes;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Our OPEN as FRR builds one, and the session checks of a received OPEN. */
class OpenCheckTest {
    private static final int OUR_ID = Ipv4Addresses.parse("10.0.0.2");

    private static SessionParams ours(String remoteAs, Set<AddressFamily> families) {
        return new SessionParams(65002, OUR_ID, RemoteAs.parse(remoteAs), families, 180, 60, "Y2");
    }

    private static OpenMessage theirs(long as, String id, int hold, AddressFamily... families) {
        List<Capability> caps = new java.util.ArrayList<>();
        for (AddressFamily f : families) {
            caps.add(MultiprotocolCapability.of(f));
        }
        caps.add(RouteRefreshCapability.STANDARD);
        caps.add(new FourOctetAsCapability((int) as));
        return OpenMessage.of((int) as, hold, Ipv4Addresses.parse(id), caps);
    }

    @Test
    void ourOpenRoundTripsWithFrrsDefaultCapabilities() {
        OpenMessage open = OpenFactory.open(ours("65001", Set.of(AddressFamily.IPV6_UNICAST,
                AddressFamily.IPV4_UNICAST)));
        DecodeResult r = MessageDecoder.decode(MessageEncoder.encode(open, CodecContext.EBGP), CodecContext.EBGP);
        OpenMessage back = (OpenMessage) r.message();
        assertEquals(65002, back.asNumber());
        assertEquals(180, back.holdTime());
        assertEquals(List.of(MultiprotocolCapability.of(AddressFamily.IPV4_UNICAST),
                MultiprotocolCapability.of(AddressFamily.IPV6_UNICAST)), back.capabilities().subList(0, 2));
        GracefulRestartCapability gr = back.capability(GracefulRestartCapability.class);
        assertEquals(120, gr.restartTime());
        assertFalse(gr.restarting(), "helper mode: not restarting");
        assertTrue(gr.families().isEmpty());
        assertEquals("Y2", OpenFactory.hostname(back));
    }

    @Test
    void aMatchingOpenNegotiatesTimersFamiliesAndCodec() {
        OpenCheck.Result r = OpenCheck.check(theirs(65001, "10.0.0.1", 90, AddressFamily.IPV4_UNICAST,
                AddressFamily.IPV6_UNICAST), ours("65001", Set.of(AddressFamily.IPV4_UNICAST)));
        OpenCheck.Accepted a = assertInstanceOf(OpenCheck.Accepted.class, r);
        assertEquals(90, a.timers().holdSeconds());
        assertEquals(30, a.timers().keepaliveSeconds());
        assertEquals(Set.of(AddressFamily.IPV4_UNICAST), a.families());
        assertTrue(a.ebgp());
        assertTrue(a.codec().fourOctetAs() && a.codec().external());
    }

    @Test
    void aWrongAsIsBadPeerAs() {
        OpenCheck.Rejected r = assertInstanceOf(OpenCheck.Rejected.class, OpenCheck.check(
                theirs(65009, "10.0.0.1", 180, AddressFamily.IPV4_UNICAST),
                ours("65001", Set.of(AddressFamily.IPV4_UNICAST))));
        assertEquals(ErrorCodes.OPEN_MESSAGE_ERROR, r.error().code());
        assertEquals(ErrorCodes.OPEN_BAD_PEER_AS, r.error().subcode());
        assertInstanceOf(OpenCheck.Rejected.class, OpenCheck.check(theirs(65002, "10.0.0.1", 180,
                AddressFamily.IPV4_UNICAST), ours("external", Set.of(AddressFamily.IPV4_UNICAST))));
        assertInstanceOf(OpenCheck.Accepted.class, OpenCheck.check(theirs(65002, "10.0.0.1", 180,
                AddressFamily.IPV4_UNICAST), ours("internal", Set.of(AddressFamily.IPV4_UNICAST))));
    }

    @Test
    void anIbgpPeerWithOurIdentifierIsRefused() {
        OpenCheck.Rejected r = assertInstanceOf(OpenCheck.Rejected.class, OpenCheck.check(
                theirs(65002, "10.0.0.2", 180, AddressFamily.IPV4_UNICAST),
                ours("65002", Set.of(AddressFamily.IPV4_UNICAST))));
        assertEquals(ErrorCodes.OPEN_BAD_BGP_IDENTIFIER, r.error().subcode());
    }

    @Test
    void noFamilyInCommonIsUnsupportedCapabilityAndAPeerWithoutMpMeansIpv4() {
        OpenCheck.Rejected r = assertInstanceOf(OpenCheck.Rejected.class, OpenCheck.check(
                theirs(65001, "10.0.0.1", 180, AddressFamily.IPV4_UNICAST),
                ours("65001", Set.of(AddressFamily.IPV6_UNICAST))));
        assertEquals(ErrorCodes.OPEN_UNSUPPORTED_CAPABILITY, r.error().subcode());
        OpenCheck.Accepted a = assertInstanceOf(OpenCheck.Accepted.class, OpenCheck.check(
                theirs(65001, "10.0.0.1", 180), ours("65001", Set.of(AddressFamily.IPV4_UNICAST))));
        assertEquals(Set.of(AddressFamily.IPV4_UNICAST), a.families());
    }

    @Test
    void aHoldTimeOfTwoSecondsIsUnacceptable() {
        OpenCheck.Rejected r = assertInstanceOf(OpenCheck.Rejected.class, OpenCheck.check(
                theirs(65001, "10.0.0.1", 2, AddressFamily.IPV4_UNICAST),
                ours("65001", Set.of(AddressFamily.IPV4_UNICAST))));
        assertEquals(ErrorCodes.OPEN_UNACCEPTABLE_HOLD_TIME, r.error().subcode());
        assertNull(OpenFactory.hostname(theirs(65001, "10.0.0.1", 180)));
    }
}
