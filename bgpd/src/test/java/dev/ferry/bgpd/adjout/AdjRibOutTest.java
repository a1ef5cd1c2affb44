package dev.ferry.bgpd.adjout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.bgpd.attr.AsPath;
import dev.ferry.bgpd.attr.Origin;
import dev.ferry.bgpd.attr.PathAttributes;
import dev.ferry.bgpd.message.DecodeResult;
import dev.ferry.bgpd.message.MessageDecoder;
import dev.ferry.bgpd.message.UpdateMessage;
import dev.ferry.bgpd.nlri.AddressFamily;
import dev.ferry.bgpd.nlri.Nlri;
import dev.ferry.bgpd.nlri.Prefix;
import dev.ferry.bgpd.wire.CodecContext;
import dev.ferry.lib.net.IpAddresses;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Adj-RIB-Out sends only changes, packs routes sharing attributes, and withdraws what it sent. */
class AdjRibOutTest {
    private final List<UpdateMessage> sent = new ArrayList<>();

    private int flush(AdjRibOut out) {
        return out.flush(CodecContext.EBGP, (b, off, len) -> {
            DecodeResult r = MessageDecoder.decode(Arrays.copyOfRange(b, off, off + len), CodecContext.EBGP);
            sent.add((UpdateMessage) r.message());
        });
    }

    private static OutRoute route(String asPath, String nh) {
        return new OutRoute(PathAttributes.of(Origin.of(Origin.IGP), AsPath.parse(asPath)), IpAddresses.parse(nh));
    }

    @Test
    void ipv4RoutesWithOneAttributeSetShareAnUpdateAndRepeatsAreDropped() {
        AdjRibOut out = new AdjRibOut(AddressFamily.IPV4_UNICAST);
        out.offer(Prefix.parse("10.1.0.0/24"), route("65000", "10.0.12.1"));
        out.offer(Prefix.parse("10.2.0.0/24"), route("65000", "10.0.12.1"));
        out.offer(Prefix.parse("10.3.0.0/24"), route("65000 65001", "10.0.12.1"));
        assertEquals(2, flush(out));
        assertEquals(2, sent.get(0).nlri().size());
        assertEquals("10.0.12.1", sent.get(0).attributes().nextHop().toString());
        assertEquals(3, out.sentCount());

        out.offer(Prefix.parse("10.1.0.0/24"), route("65000", "10.0.12.1"));
        assertFalse(out.hasPending(), "what the peer has is not sent again");
        out.offer(Prefix.parse("10.2.0.0/24"), null);
        out.offer(Prefix.parse("10.9.0.0/24"), null);
        assertEquals(1, flush(out));
        assertEquals(List.of(Prefix.parse("10.2.0.0/24")), List.copyOf(sent.get(2).withdrawn()));
        assertEquals(2, out.sentCount());
    }

    @Test
    void ipv6RoutesGoInMpReachAndMpUnreach() {
        AdjRibOut out = new AdjRibOut(AddressFamily.IPV6_UNICAST);
        out.offer(Prefix.parse("2001:db8:1::/48"), route("65000", "2001:db8:12::1"));
        assertEquals(1, flush(out));
        UpdateMessage u = sent.get(0);
        assertEquals(List.<Nlri>of(Prefix.parse("2001:db8:1::/48")), u.attributes().mpReach().nlri());
        assertEquals("2001:db8:12::1", u.attributes().mpReach().nextHop().toString());
        out.offer(Prefix.parse("2001:db8:1::/48"), null);
        flush(out);
        assertEquals(List.<Nlri>of(Prefix.parse("2001:db8:1::/48")), sent.get(1).attributes().mpUnreach().withdrawn());
        assertEquals(0, out.sentCount());
        out.offer(Prefix.parse("2001:db8:2::/48"), route("65000", "2001:db8:12::1"));
        out.clear();
        assertTrue(!out.hasPending() && out.sentCount() == 0);
    }
}
