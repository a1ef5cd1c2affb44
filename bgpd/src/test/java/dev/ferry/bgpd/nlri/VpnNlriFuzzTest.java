package dev.ferry.bgpd.nlri;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.bgpd.attr.AsPath;
import dev.ferry.bgpd.attr.ExtendedCommunities;
import dev.ferry.bgpd.attr.LocalPref;
import dev.ferry.bgpd.attr.MpNextHop;
import dev.ferry.bgpd.attr.MpReachNlri;
import dev.ferry.bgpd.attr.MpUnreachNlri;
import dev.ferry.bgpd.attr.Origin;
import dev.ferry.bgpd.attr.PathAttributes;
import dev.ferry.bgpd.config.RouteDistinguisher;
import dev.ferry.bgpd.config.RouteTarget;
import dev.ferry.bgpd.message.DecodeResult;
import dev.ferry.bgpd.message.MessageDecoder;
import dev.ferry.bgpd.message.MessageEncoder;
import dev.ferry.bgpd.message.UpdateMessage;
import dev.ferry.bgpd.wire.CodecContext;
import dev.ferry.bgpd.wire.ErrorAction;
import dev.ferry.bgpd.wire.ErrorCodes;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Fuzzing of the L3VPN decoders with fixed seeds: the route distinguisher (types 0, 1, 2 and unknown ones), the
 * label field (bottom-of-stack bit set or not, RFC 3107's withdrawal value 0x800000) and VPN-IPv4/VPN-IPv6 NLRI
 * inside MP_REACH_NLRI and MP_UNREACH_NLRI, from random bytes and from mutated valid UPDATEs. No decoder may
 * throw; a fault must come back as a typed RFC 7606 outcome (the family disabled or the session reset, with the
 * UPDATE error to send and the fault listed), and whatever decodes cleanly must re-encode byte for byte.
 */
class VpnNlriFuzzTest {
    private static final long SEED = 0x4364L;
    private static final AddressFamily[] VPN = {AddressFamily.IPV4_VPN, AddressFamily.IPV6_VPN};

    // ---- route distinguishers ----------------------------------------------------------------------------

    @Test
    void routeDistinguishersOfEveryTypeRoundTrip() {
        Random rnd = new Random(SEED);
        int[] types = {0, 1, 2};
        for (int i = 0; i < 20_000; i++) {
            byte[] b = new byte[RouteDistinguishers.LENGTH];
            rnd.nextBytes(b);
            int type = i % 4 < 3 ? types[i % 4] : 3 + rnd.nextInt(0xfffd);
            b[0] = (byte) (type >>> 8);
            b[1] = (byte) type;
            RouteDistinguisher rd = RouteDistinguishers.read(ByteBuffer.wrap(b), 0);
            assertEquals(type, rd.type());
            byte[] again = new byte[RouteDistinguishers.LENGTH];
            RouteDistinguishers.write(again, 0, rd);
            assertArrayEquals(b, again, "read then write gives the same 8 bytes, unknown types included");
            ByteBuffer out = ByteBuffer.allocate(RouteDistinguishers.LENGTH);
            RouteDistinguishers.write(out, rd);
            assertArrayEquals(b, out.array());
            String text = RouteDistinguishers.format(rd);
            if (type > 2) {
                assertEquals("Unknown Type: " + type, text);
            } else if (type != 2 || rd.administrator() > 0xffff) {
                // FRR's text form reads back as the same RD (a 4-byte AS below 65536 would read as type 0)
                assertEquals(rd, RouteDistinguisher.parse(text), text);
            }
        }
    }

    @Test
    void routeDistinguisherFieldsSitWhereRfc4364PutsThem() {
        assertEquals("65000:100", RouteDistinguishers.format(read("0000 fde8 00000064")));
        assertEquals("10.1.2.3:7", RouteDistinguishers.format(read("0001 0a010203 0007")));
        assertEquals("4200000000:9", RouteDistinguishers.format(read("0002 fa56ea00 0009")));
        assertEquals("Unknown Type: 3", RouteDistinguishers.format(read("0003 0001 00000002")));
    }

    private static RouteDistinguisher read(String hex) {
        return RouteDistinguishers.read(ByteBuffer.wrap(hex(hex)), 0);
    }

    // ---- label fields -------------------------------------------------------------------------------------

    @Test
    void everyLabelFieldIsKeptAsReceived() {
        Random rnd = new Random(SEED + 1);
        for (int i = 0; i < 20_000; i++) {
            int field = switch (i % 4) {
                case 0 -> MplsLabels.WITHDRAW_FIELD;
                case 1 -> MplsLabels.field(rnd.nextInt(1 << 20));
                case 2 -> MplsLabels.field(rnd.nextInt(1 << 20)) & ~1; // no bottom-of-stack bit
                default -> rnd.nextInt(1 << 24);
            };
            VpnPrefix v = new VpnPrefix(randomRd(rnd), field, randomPrefix(rnd, 4));
            byte[] b = new byte[NlriCodec.encodedLength(v)];
            NlriCodec.write(b, 0, v);
            NlriDecoding<Nlri> d = NlriCodec.decode(ByteBuffer.wrap(b), b.length, AddressFamily.IPV4_VPN);
            assertFalse(d.isMalformed(), d.error());
            VpnPrefix back = assertInstanceOf(VpnPrefix.class, d.entries().get(0));
            assertEquals(v, back);
            assertEquals(field >>> 4, back.label());
            assertEquals((field & 1) != 0, MplsLabels.bottomOfStack(back.labelField()));
        }
        // one label per route without the Multiple Labels capability (RFC 8277 section 2.2), as FRR reads it: a
        // clear bottom-of-stack bit does not make the decoder eat the RD as a second label
        VpnPrefix noBos = decodeOne("70 000500 0000fde800000064 c0a802", AddressFamily.IPV4_VPN);
        assertEquals(80, noBos.label());
        assertEquals(RouteDistinguisher.parse("65000:100"), noBos.rd());
        assertEquals(Prefix.parse("192.168.2.0/24"), noBos.prefix());
        VpnPrefix withdrawn = decodeOne("70 800000 0000fde800000064 c0a802", AddressFamily.IPV4_VPN);
        assertEquals(MplsLabels.WITHDRAW_FIELD, withdrawn.labelField());
        assertEquals(VpnPrefix.withdrawal(withdrawn.rd(), withdrawn.prefix()), withdrawn);
    }

    private static VpnPrefix decodeOne(String hex, AddressFamily f) {
        byte[] b = hex(hex);
        NlriDecoding<Nlri> d = NlriCodec.decode(ByteBuffer.wrap(b), b.length, f);
        assertNull(d.error());
        assertEquals(1, d.entries().size());
        return assertInstanceOf(VpnPrefix.class, d.entries().get(0));
    }

    // ---- NLRI fields -------------------------------------------------------------------------------------

    @Test
    void randomNlriFieldsNeverThrow() {
        Random rnd = new Random(SEED + 2);
        int malformed = 0;
        for (int i = 0; i < 100_000; i++) {
            byte[] b = new byte[rnd.nextInt(80)];
            rnd.nextBytes(b);
            if (b.length > 0 && rnd.nextBoolean()) {
                b[0] = (byte) (VpnPrefix.OVERHEAD_BITS + rnd.nextInt(130)); // a plausible length octet
            }
            AddressFamily f = VPN[rnd.nextInt(2)];
            NlriDecoding<Nlri> d = NlriCodec.decode(ByteBuffer.wrap(b), b.length, f);
            assertNotNull(d.entries());
            if (d.isMalformed()) {
                malformed++;
            } else {
                assertEquals(b.length, encodedLength(d.entries()), "a clean field is exactly its entries");
            }
        }
        assertTrue(malformed > 10_000, malformed + " malformed");
    }

    private static int encodedLength(List<Nlri> entries) {
        int n = 0;
        for (Nlri e : entries) {
            n += NlriCodec.encodedLength(e);
        }
        return n;
    }

    // ---- inside MP_REACH_NLRI / MP_UNREACH_NLRI ---------------------------------------------------------------

    @Test
    void validVpnUpdatesDecodeToWhatWasSent() {
        Random rnd = new Random(SEED + 3);
        for (int i = 0; i < 2_000; i++) {
            AddressFamily f = VPN[i % 2];
            UpdateMessage u = randomUpdate(rnd, f, i % 3 == 0);
            byte[] wire = MessageEncoder.encode(u, CodecContext.IBGP);
            DecodeResult r = MessageDecoder.decode(wire, CodecContext.IBGP);
            assertEquals(ErrorAction.NONE, r.action(), r.errors().toString());
            UpdateMessage back = assertInstanceOf(UpdateMessage.class, r.message());
            assertEquals(nlri(u), nlri(back));
            assertArrayEquals(wire, MessageEncoder.encode(back, CodecContext.IBGP));
        }
    }

    @Test
    void mutatedVpnUpdatesGiveTypedOutcomes() {
        Random rnd = new Random(SEED + 4);
        int clean = 0;
        int disabled = 0;
        int resets = 0;
        for (int i = 0; i < 30_000; i++) {
            AddressFamily f = VPN[rnd.nextInt(2)];
            byte[] wire = MessageEncoder.encode(randomUpdate(rnd, f, rnd.nextBoolean()), CodecContext.IBGP);
            byte[] m = mutateBody(wire, rnd);
            DecodeResult r;
            try {
                r = MessageDecoder.decode(m, CodecContext.IBGP);
            } catch (RuntimeException e) {
                throw new AssertionError("decoder threw on " + HexFormat.of().formatHex(m), e);
            }
            assertNotNull(r.action());
            switch (r.action()) {
                case SESSION_RESET -> {
                    resets++;
                    assertNull(r.message());
                    assertNotNull(r.notification(), "a reset says why in a NOTIFICATION");
                }
                case AFI_SAFI_DISABLE -> {
                    disabled++;
                    assertFalse(r.disabledFamilies().isEmpty());
                    assertEquals(ErrorCodes.UPDATE_MESSAGE_ERROR, r.cause().code());
                    assertFalse(r.errors().isEmpty(), "the fault is listed for the log and the counters");
                }
                case NONE -> {
                    clean++;
                    byte[] again = MessageEncoder.encode(r.message(), CodecContext.IBGP);
                    assertEquals(r.message(), MessageDecoder.decode(again, CodecContext.IBGP).message());
                }
                default -> assertFalse(r.errors().isEmpty(), r.action() + " without a listed fault");
            }
        }
        assertTrue(clean > 1_000 && disabled > 300 && resets > 1_000,
                clean + " clean, " + disabled + " AFI/SAFI disabled, " + resets + " resets");
    }

    /** Changes the UPDATE past its header: a flipped bit, a small value in a length, a cut or extra bytes. */
    private static byte[] mutateBody(byte[] wire, Random rnd) {
        byte[] m = wire.clone();
        int body = 19 + rnd.nextInt(m.length - 19);
        switch (rnd.nextInt(4)) {
            case 0 -> m[body] ^= (byte) (1 << rnd.nextInt(8));
            case 1 -> m[body] = (byte) rnd.nextInt(0x90);
            case 2 -> m = Arrays.copyOf(m, body);
            default -> {
                m = Arrays.copyOf(m, m.length + 1 + rnd.nextInt(12));
                for (int i = wire.length; i < m.length; i++) {
                    m[i] = (byte) rnd.nextInt(256);
                }
            }
        }
        m[16] = (byte) (m.length >>> 8);
        m[17] = (byte) m.length;
        return m;
    }

    private static List<Nlri> nlri(UpdateMessage u) {
        List<Nlri> out = new ArrayList<>();
        if (u.attributes().mpReach() != null) {
            out.addAll(u.attributes().mpReach().nlri());
        }
        if (u.attributes().mpUnreach() != null) {
            out.addAll(u.attributes().mpUnreach().withdrawn());
        }
        return out;
    }

    /** A VPN UPDATE as FRR sends them: 1 to 5 routes, or withdrawals (with the 0x800000 label field). */
    private static UpdateMessage randomUpdate(Random rnd, AddressFamily f, boolean withdraw) {
        int len = f.afi() == AddressFamily.AFI_IPV4 ? 4 : 16;
        List<VpnPrefix> routes = new ArrayList<>();
        for (int i = 0, n = 1 + rnd.nextInt(5); i < n; i++) {
            RouteDistinguisher rd = randomRd(rnd);
            Prefix p = randomPrefix(rnd, len);
            routes.add(withdraw ? VpnPrefix.withdrawal(rd, p) : VpnPrefix.of(rd, 16 + rnd.nextInt(1 << 19), p));
        }
        if (withdraw) {
            return new UpdateMessage(List.of(), PathAttributes.of(MpUnreachNlri.of(f, routes)), List.of());
        }
        byte[] pe = new byte[] {10, 0, 0, (byte) (1 + rnd.nextInt(254))};
        MpNextHop nh = len == 4 ? MpNextHop.vpnIpv4(pe) : MpNextHop.vpnIpv6(mapped(pe), null);
        return new UpdateMessage(List.of(), PathAttributes.of(MpReachNlri.of(f, nh, routes), Origin.of(Origin.IGP),
                AsPath.EMPTY, LocalPref.of(100), ExtendedCommunities.routeTargets(List.of(RouteTarget.parse(
                        "65000:" + rnd.nextInt(1000))))), List.of());
    }

    private static byte[] mapped(byte[] v4) {
        byte[] a = new byte[16];
        a[10] = (byte) 0xff;
        a[11] = (byte) 0xff;
        System.arraycopy(v4, 0, a, 12, 4);
        return a;
    }

    private static RouteDistinguisher randomRd(Random rnd) {
        return switch (rnd.nextInt(3)) {
            case 0 -> new RouteDistinguisher(0, rnd.nextInt(1 << 16), rnd.nextLong(1L << 32));
            case 1 -> new RouteDistinguisher(1, rnd.nextLong(1L << 32), rnd.nextInt(1 << 16));
            default -> new RouteDistinguisher(2, rnd.nextLong(1L << 32), rnd.nextInt(1 << 16));
        };
    }

    /** A prefix of {@code len} address bytes with no bits set past its length. */
    private static Prefix randomPrefix(Random rnd, int len) {
        byte[] a = new byte[len];
        rnd.nextBytes(a);
        int bits = rnd.nextInt(len * 8 + 1);
        for (int i = 0; i < len; i++) {
            int keep = Math.max(0, Math.min(8, bits - 8 * i));
            a[i] &= (byte) (0xff00 >>> keep);
        }
        return Prefix.of(new dev.ferry.lib.net.IpPrefix(a, bits));
    }

    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replace(" ", ""));
    }
}
