package dev.ferry.bgpd.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.bgpd.attr.AsPath;
import dev.ferry.bgpd.attr.ExtendedCommunities;
import dev.ferry.bgpd.attr.LocalPref;
import dev.ferry.bgpd.attr.MpNextHop;
import dev.ferry.bgpd.attr.MultiExitDisc;
import dev.ferry.bgpd.attr.NextHop;
import dev.ferry.bgpd.attr.Origin;
import dev.ferry.bgpd.attr.PathAttributes;
import dev.ferry.bgpd.config.RouteDistinguisher;
import dev.ferry.bgpd.config.RouteTarget;
import dev.ferry.bgpd.nlri.AddressFamily;
import dev.ferry.bgpd.nlri.Ipv4Prefix;
import dev.ferry.bgpd.nlri.Ipv6Prefix;
import dev.ferry.bgpd.nlri.MplsLabels;
import dev.ferry.bgpd.nlri.Nlri;
import dev.ferry.bgpd.nlri.VpnPrefix;
import dev.ferry.bgpd.wire.CodecContext;
import dev.ferry.bgpd.wire.ErrorAction;
import dev.ferry.lib.net.IpAddresses;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class UpdatePackerTest {
    private static final CodecContext CTX = CodecContext.EBGP;
    private static final PathAttributes ATTRS = PathAttributes.of(Origin.of(Origin.IGP), AsPath.sequence(65001),
            NextHop.of("10.0.0.1"), MultiExitDisc.of(0));

    private final List<byte[]> sent = new ArrayList<>();
    private final MessageSink sink = (b, off, len) -> sent.add(Arrays.copyOfRange(b, off, off + len));

    private List<UpdateMessage> decodeAll() {
        return decodeAll(CTX);
    }

    private List<UpdateMessage> decodeAll(CodecContext ctx) {
        List<UpdateMessage> out = new ArrayList<>();
        for (byte[] m : sent) {
            assertTrue(m.length <= 4096);
            DecodeResult r = MessageDecoder.decode(m, ctx);
            assertEquals(ErrorAction.NONE, r.action(), r.errors()::toString);
            out.add((UpdateMessage) r.message());
        }
        return out;
    }

    @Test
    void ipv4RoutesFillAsFewMessagesAsPossible() {
        int n = 10_000;
        UpdatePacker p = UpdatePacker.ipv4(ATTRS, CTX, sink);
        for (int i = 0; i < n; i++) {
            p.addIpv4(0x0a000000 + (i << 8), 24);
        }
        p.flush();
        int perMessage = (4096 - 19 - 4 - ATTRS.encodedLength(CTX)) / 4;
        assertEquals((n + perMessage - 1) / perMessage, sent.size());
        assertEquals(sent.size(), p.messages());
        List<Ipv4Prefix> all = new ArrayList<>();
        for (UpdateMessage u : decodeAll()) {
            assertEquals(ATTRS, u.attributes());
            all.addAll(u.nlri());
        }
        assertEquals(n, all.size());
        assertEquals(new Ipv4Prefix(0x0a000000 + ((n - 1) << 8), 24), all.get(n - 1));
        assertTrue(sent.get(0).length + 4 > 4096, "no room was left for another /24");
    }

    @Test
    void packedMessageEqualsTheOneTheEncoderWrites() {
        UpdatePacker p = UpdatePacker.ipv4(ATTRS, CTX, sink);
        p.add(Ipv4Prefix.parse("192.168.0.0/16"));
        p.add(Ipv4Prefix.parse("10.1.2.0/23"));
        p.flush();
        p.flush();
        UpdateMessage u = new UpdateMessage(List.of(), ATTRS, List.of(Ipv4Prefix.parse("192.168.0.0/16"),
                Ipv4Prefix.parse("10.1.2.0/23")));
        assertEquals(1, sent.size());
        assertTrue(Arrays.equals(MessageEncoder.encode(u, CTX), sent.get(0)));
    }

    @Test
    void ipv4Withdrawals() {
        UpdatePacker p = UpdatePacker.ipv4Withdraw(CTX, sink);
        for (int i = 0; i < 2000; i++) {
            p.addIpv4(0x0b000000 + (i << 8), 24);
        }
        p.flush();
        assertEquals(2, sent.size(), "1018 /24 fit in 4096 bytes");
        int total = 0;
        for (UpdateMessage u : decodeAll()) {
            assertTrue(u.attributes().isEmpty());
            total += u.withdrawn().size();
        }
        assertEquals(2000, total);
    }

    @Test
    void vpnRoutesInMpReachAsFrrLaysThemOut() {
        PathAttributes others = PathAttributes.of(Origin.of(Origin.INCOMPLETE), AsPath.EMPTY, MultiExitDisc.of(0),
                LocalPref.of(100), ExtendedCommunities.routeTargets(List.of(RouteTarget.parse("10:100"))));
        UpdatePacker p = UpdatePacker.mpReach(AddressFamily.IPV4_VPN, MpNextHop.vpnIpv4(IpAddresses.parse("2.2.2.2")),
                others, CodecContext.IBGP, sink);
        RouteDistinguisher rd = RouteDistinguisher.parse("1:100");
        for (int i = 0; i < 1000; i++) {
            p.addVpnIpv4(rd, MplsLabels.field(80), 0xc0a80000 + (i << 8), 24);
        }
        p.add(VpnPrefix.of(rd, 81, Ipv4Prefix.parse("172.16.0.0/12")));
        p.flush();
        assertEquals(4, sent.size());
        List<Nlri> all = new ArrayList<>();
        for (UpdateMessage u : decodeAll(CodecContext.IBGP)) {
            assertEquals(14, u.attributes().list().get(0).type(), "MP_REACH_NLRI first");
            assertEquals(others, u.attributes().without(14));
            all.addAll(u.attributes().mpReach().nlri());
        }
        assertEquals(1001, all.size());
        assertEquals(VpnPrefix.of(rd, 80, Ipv4Prefix.parse("192.168.1.0/24")), all.get(1));
        assertThrows(IllegalArgumentException.class, () -> p.add(Ipv4Prefix.parse("10.0.0.0/8")));
    }

    @Test
    void mpWithdrawals() {
        UpdatePacker p = UpdatePacker.mpUnreach(AddressFamily.IPV6_UNICAST, CTX, sink);
        p.add(Ipv6Prefix.parse("2001:db8::/32"));
        p.flush();
        UpdateMessage u = decodeAll().get(0);
        assertEquals(List.of(Ipv6Prefix.parse("2001:db8::/32")), u.attributes().mpUnreach().withdrawn());
    }
}
