package dev.ferry.bgpd.message;

import static dev.ferry.bgpd.message.Wire.hex;
import static dev.ferry.bgpd.message.Wire.update;
import static dev.ferry.bgpd.wire.ErrorAction.AFI_SAFI_DISABLE;
import static dev.ferry.bgpd.wire.ErrorAction.ATTRIBUTE_DISCARD;
import static dev.ferry.bgpd.wire.ErrorAction.NONE;
import static dev.ferry.bgpd.wire.ErrorAction.SESSION_RESET;
import static dev.ferry.bgpd.wire.ErrorAction.TREAT_AS_WITHDRAW;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.bgpd.attr.AttributeType;
import dev.ferry.bgpd.nlri.AddressFamily;
import dev.ferry.bgpd.nlri.Ipv4Prefix;
import dev.ferry.bgpd.wire.BgpError;
import dev.ferry.bgpd.wire.CodecContext;
import dev.ferry.bgpd.wire.ErrorAction;
import dev.ferry.bgpd.wire.ErrorCodes;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 7606's reactions, one malformation at a time, on UPDATEs announcing 10.0.0.0/8. */
class Rfc7606Test {
    private static final String ORIGIN = "40 01 01 00 ";
    private static final String AS_PATH = "40 02 06 0201 0000fde9 ";
    private static final String NEXT_HOP = "40 03 04 0a000001 ";
    private static final String BASE = ORIGIN + AS_PATH + NEXT_HOP;
    private static final String NLRI = "08 0a";
    private static final String VPN_NLRI = "70 000501 0000000100000064 c0a802";
    private static final CodecContext IBGP = CodecContext.IBGP;
    private static final CodecContext EBGP = CodecContext.EBGP;

    private static DecodeResult decode(byte[] m, CodecContext ctx) {
        return MessageDecoder.decode(m, ctx);
    }

    private static DecodeResult announce(String extra, CodecContext ctx) {
        return decode(update("", BASE + extra, NLRI), ctx);
    }

    private static void expect(DecodeResult r, ErrorAction action, int subcode, int attributeType) {
        assertEquals(action, r.action(), () -> r.errors().toString());
        BgpError e = r.cause();
        assertNotNull(e);
        assertEquals(ErrorCodes.UPDATE_MESSAGE_ERROR, e.code());
        assertEquals(subcode, e.subcode(), e::toString);
        assertEquals(attributeType, e.attributeType());
    }

    @Test
    void wellFormedUpdateHasNoErrors() {
        DecodeResult r = announce("", IBGP);
        assertEquals(NONE, r.action());
        UpdateMessage u = (UpdateMessage) r.message();
        assertEquals(List.of(Ipv4Prefix.parse("10.0.0.0/8")), u.nlri());
        assertEquals("65001", u.attributes().asPath().toString());
    }

    @Test
    void malformedOriginIsTreatAsWithdraw() {
        DecodeResult r = decode(update("", "40 01 02 0000 " + AS_PATH + NEXT_HOP, NLRI), IBGP);
        expect(r, TREAT_AS_WITHDRAW, ErrorCodes.UPDATE_ATTRIBUTE_LENGTH_ERROR, AttributeType.ORIGIN);
        assertArrayEquals(hex("40 01 02 0000"), r.cause().data(), "the data is the attribute");
        assertEquals(1, r.errors().size(), "not reported again as missing");
        assertTrue(((UpdateMessage) r.message()).announces(), "the routes to withdraw are there");
        expect(decode(update("", "40 01 01 03 " + AS_PATH + NEXT_HOP, NLRI), IBGP), TREAT_AS_WITHDRAW,
                ErrorCodes.UPDATE_INVALID_ORIGIN, AttributeType.ORIGIN);
    }

    @Test
    void malformedAsPathIsTreatAsWithdraw() {
        String[] bad = {
            "40 02 06 0200 0000fde9",   // zero-length segment
            "40 02 06 0501 0000fde9",   // unknown segment type
            "40 02 06 0202 0000fde9",   // overruns the attribute
            "40 02 06 0201 00000000",   // AS 0 (RFC 7607)
            "40 02 01 02",              // truncated header
        };
        for (String path : bad) {
            expect(decode(update("", ORIGIN + path + " " + NEXT_HOP, NLRI), IBGP), TREAT_AS_WITHDRAW,
                    ErrorCodes.UPDATE_MALFORMED_AS_PATH, AttributeType.AS_PATH);
        }
    }

    @Test
    void confederationSegmentsAreMalformedOnlyFromEbgp() {
        String confed = ORIGIN + "40 02 06 0301 0000fde9 " + NEXT_HOP;
        assertEquals(NONE, decode(update("", confed, NLRI), IBGP).action());
        expect(decode(update("", confed, NLRI), EBGP), TREAT_AS_WITHDRAW, ErrorCodes.UPDATE_MALFORMED_AS_PATH,
                AttributeType.AS_PATH);
    }

    @Test
    void malformedNextHopIsTreatAsWithdraw() {
        expect(decode(update("", ORIGIN + AS_PATH + "40 03 05 0a00000100", NLRI), IBGP), TREAT_AS_WITHDRAW,
                ErrorCodes.UPDATE_ATTRIBUTE_LENGTH_ERROR, AttributeType.NEXT_HOP);
        expect(decode(update("", ORIGIN + AS_PATH + "40 03 04 00000000", NLRI), IBGP), TREAT_AS_WITHDRAW,
                ErrorCodes.UPDATE_INVALID_NEXT_HOP, AttributeType.NEXT_HOP);
        expect(decode(update("", ORIGIN + AS_PATH + "40 03 04 e0000001", NLRI), IBGP), TREAT_AS_WITHDRAW,
                ErrorCodes.UPDATE_INVALID_NEXT_HOP, AttributeType.NEXT_HOP);
    }

    @Test
    void malformedMedIsTreatAsWithdraw() {
        expect(announce("80 04 03 000000", IBGP), TREAT_AS_WITHDRAW, ErrorCodes.UPDATE_ATTRIBUTE_LENGTH_ERROR,
                AttributeType.MULTI_EXIT_DISC);
    }

    @Test
    void localPrefFromEbgpIsDiscardedAndMalformedFromIbgpIsTreatAsWithdraw() {
        DecodeResult r = announce("40 05 04 00000064", EBGP);
        expect(r, ATTRIBUTE_DISCARD, ErrorCodes.UPDATE_OPTIONAL_ATTRIBUTE_ERROR, AttributeType.LOCAL_PREF);
        assertNull(((UpdateMessage) r.message()).attributes().localPref());
        assertEquals(1, ((UpdateMessage) r.message()).nlri().size());
        expect(announce("40 05 02 0064", IBGP), TREAT_AS_WITHDRAW, ErrorCodes.UPDATE_ATTRIBUTE_LENGTH_ERROR,
                AttributeType.LOCAL_PREF);
    }

    @Test
    void atomicAggregateAndAggregatorAreDiscarded() {
        DecodeResult r = announce("40 06 01 00", IBGP);
        expect(r, ATTRIBUTE_DISCARD, ErrorCodes.UPDATE_ATTRIBUTE_LENGTH_ERROR, AttributeType.ATOMIC_AGGREGATE);
        assertFalse(((UpdateMessage) r.message()).attributes().has(AttributeType.ATOMIC_AGGREGATE));
        expect(announce("c0 07 06 fde9 01010101", IBGP), ATTRIBUTE_DISCARD, ErrorCodes.UPDATE_ATTRIBUTE_LENGTH_ERROR,
                AttributeType.AGGREGATOR);
        expect(announce("c0 07 08 00000000 01010101", IBGP), ATTRIBUTE_DISCARD,
                ErrorCodes.UPDATE_OPTIONAL_ATTRIBUTE_ERROR, AttributeType.AGGREGATOR);
    }

    @Test
    void malformedCommunitiesAreTreatAsWithdraw() {
        expect(announce("c0 08 03 000000", IBGP), TREAT_AS_WITHDRAW, ErrorCodes.UPDATE_ATTRIBUTE_LENGTH_ERROR,
                AttributeType.COMMUNITIES);
        expect(announce("c0 08 00", IBGP), TREAT_AS_WITHDRAW, ErrorCodes.UPDATE_ATTRIBUTE_LENGTH_ERROR,
                AttributeType.COMMUNITIES);
        expect(announce("c0 10 07 00020000000000", IBGP), TREAT_AS_WITHDRAW, ErrorCodes.UPDATE_ATTRIBUTE_LENGTH_ERROR,
                AttributeType.EXTENDED_COMMUNITIES);
        expect(announce("c0 20 08 0000000000000000", IBGP), TREAT_AS_WITHDRAW,
                ErrorCodes.UPDATE_ATTRIBUTE_LENGTH_ERROR, AttributeType.LARGE_COMMUNITIES);
    }

    @Test
    void reflectionAttributes() {
        expect(announce("80 09 04 01010101", EBGP), ATTRIBUTE_DISCARD, ErrorCodes.UPDATE_OPTIONAL_ATTRIBUTE_ERROR,
                AttributeType.ORIGINATOR_ID);
        expect(announce("80 09 03 010101", IBGP), TREAT_AS_WITHDRAW, ErrorCodes.UPDATE_ATTRIBUTE_LENGTH_ERROR,
                AttributeType.ORIGINATOR_ID);
        expect(announce("80 0a 04 01010101", EBGP), ATTRIBUTE_DISCARD, ErrorCodes.UPDATE_OPTIONAL_ATTRIBUTE_ERROR,
                AttributeType.CLUSTER_LIST);
        expect(announce("80 0a 05 0101010101", IBGP), TREAT_AS_WITHDRAW, ErrorCodes.UPDATE_ATTRIBUTE_LENGTH_ERROR,
                AttributeType.CLUSTER_LIST);
    }

    @Test
    void as4AttributesAreDiscarded() {
        CodecContext old = new CodecContext(false, true, false);
        String base2 = ORIGIN + "40 02 04 0201 fde9 " + NEXT_HOP;
        assertEquals(NONE, decode(update("", base2 + "c0 11 06 0201 00011170", NLRI), old).action());
        expect(decode(update("", base2 + "c0 11 06 0301 00011170", NLRI), old), ATTRIBUTE_DISCARD,
                ErrorCodes.UPDATE_OPTIONAL_ATTRIBUTE_ERROR, AttributeType.AS4_PATH);
        expect(decode(update("", base2 + "c0 12 06 00011170 0101", NLRI), old), ATTRIBUTE_DISCARD,
                ErrorCodes.UPDATE_OPTIONAL_ATTRIBUTE_ERROR, AttributeType.AS4_AGGREGATOR);
        expect(announce("c0 11 06 0201 00011170", IBGP), ATTRIBUTE_DISCARD, ErrorCodes.UPDATE_OPTIONAL_ATTRIBUTE_ERROR,
                AttributeType.AS4_PATH);
    }

    @Test
    void mpReachTooShortForItsFamilyResetsTheSession() {
        DecodeResult r = decode(update("", "90 0e 0002 0001 " + ORIGIN + AS_PATH, ""), IBGP);
        assertEquals(SESSION_RESET, r.action());
        assertNull(r.message());
        NotificationMessage n = r.notification();
        assertEquals(ErrorCodes.UPDATE_MESSAGE_ERROR, n.code());
        assertEquals(ErrorCodes.UPDATE_OPTIONAL_ATTRIBUTE_ERROR, n.subcode());
        assertArrayEquals(hex("90 0e 0002 0001"), n.data());
    }

    @Test
    void mpReachWithBadNextHopOrNlriDisablesTheFamily() {
        DecodeResult r = decode(update("", "90 0e 000f 0001 80 05 0000000000 00 " + VPN_NLRI.substring(0, 2)
                + " " + ORIGIN + AS_PATH, ""), IBGP);
        assertEquals(AFI_SAFI_DISABLE, r.action(), r.errors()::toString);
        assertEquals(List.of(AddressFamily.IPV4_VPN), r.disabledFamilies());
        assertNotNull(r.notification(), "a session that cannot disable a family resets");
        DecodeResult nlri = decode(update("", "90 0e 0013 0001 80 0c 000000000000000002020202 00 79 000501 00"
                + " " + ORIGIN + AS_PATH, ""), IBGP);
        assertEquals(AFI_SAFI_DISABLE, nlri.action(), nlri.errors()::toString);
        DecodeResult unreach = decode(update("", "90 0f 0005 0001 80 70 0005", ""), IBGP);
        assertEquals(AFI_SAFI_DISABLE, unreach.action());
        assertEquals(List.of(AddressFamily.IPV4_VPN), unreach.disabledFamilies());
    }

    @Test
    void wrongFlagsAreTreatAsWithdraw() {
        expect(decode(update("", "c0 01 01 00 " + AS_PATH + NEXT_HOP, NLRI), IBGP), TREAT_AS_WITHDRAW,
                ErrorCodes.UPDATE_ATTRIBUTE_FLAGS_ERROR, AttributeType.ORIGIN);
        expect(decode(update("", ORIGIN + "60 02 06 0201 0000fde9 " + NEXT_HOP, NLRI), IBGP), TREAT_AS_WITHDRAW,
                ErrorCodes.UPDATE_ATTRIBUTE_FLAGS_ERROR, AttributeType.AS_PATH);
        DecodeResult mp = decode(update("", "d0 0e 0020 0001 80 0c 000000000000000002020202 00 " + VPN_NLRI + " "
                + ORIGIN + AS_PATH, ""), IBGP);
        expect(mp, TREAT_AS_WITHDRAW, ErrorCodes.UPDATE_ATTRIBUTE_FLAGS_ERROR, AttributeType.MP_REACH_NLRI);
        assertEquals(1, ((UpdateMessage) mp.message()).attributes().mpReach().nlri().size(),
                "the routes to withdraw are known");
        assertEquals(NONE, decode(update("", BASE + "e0 08 04 fde80064", NLRI), IBGP).action(),
                "Partial is allowed on an optional transitive attribute");
    }

    @Test
    void repeatedAttributes() {
        DecodeResult r = decode(update("", BASE + "40 01 01 02", NLRI), IBGP);
        expect(r, ATTRIBUTE_DISCARD, ErrorCodes.UPDATE_MALFORMED_ATTRIBUTE_LIST, AttributeType.ORIGIN);
        assertEquals(0, ((UpdateMessage) r.message()).attributes().origin().value(), "the first one stays");
        String eor = "80 0f 03 0001 80 ";
        DecodeResult mp = decode(update("", eor + eor, ""), IBGP);
        assertEquals(SESSION_RESET, mp.action());
        assertEquals(ErrorCodes.UPDATE_MALFORMED_ATTRIBUTE_LIST, mp.notification().subcode());
    }

    @Test
    void missingWellKnownAttributes() {
        DecodeResult r = decode(update("", AS_PATH + NEXT_HOP, NLRI), IBGP);
        expect(r, TREAT_AS_WITHDRAW, ErrorCodes.UPDATE_MISSING_WELL_KNOWN_ATTRIBUTE, AttributeType.ORIGIN);
        assertArrayEquals(new byte[] {1}, r.cause().data(), "the data is the missing type");
        expect(decode(update("", ORIGIN + AS_PATH, NLRI), IBGP), TREAT_AS_WITHDRAW,
                ErrorCodes.UPDATE_MISSING_WELL_KNOWN_ATTRIBUTE, AttributeType.NEXT_HOP);
        expect(decode(update("", ORIGIN + NEXT_HOP, NLRI), IBGP), TREAT_AS_WITHDRAW,
                ErrorCodes.UPDATE_MISSING_WELL_KNOWN_ATTRIBUTE, AttributeType.AS_PATH);
        assertEquals(NONE, decode(update("", "90 0e 0020 0001 80 0c 000000000000000002020202 00 " + VPN_NLRI + " "
                + ORIGIN + AS_PATH, ""), IBGP).action(), "MP_REACH needs no NEXT_HOP");
        assertEquals(NONE, decode(update("08 0a", "", ""), IBGP).action(), "a withdrawal needs no attributes");
    }

    @Test
    void attributeFieldInconsistencies() {
        DecodeResult overrun = decode(update("", BASE + "c0 08 08 fde80064", NLRI), IBGP);
        expect(overrun, TREAT_AS_WITHDRAW, ErrorCodes.UPDATE_ATTRIBUTE_LENGTH_ERROR, AttributeType.COMMUNITIES);
        assertEquals(List.of(Ipv4Prefix.parse("10.0.0.0/8")), ((UpdateMessage) overrun.message()).nlri(),
                "the total attribute length still locates the NLRI");
        expect(decode(update("", BASE + "c0 08", NLRI), IBGP), TREAT_AS_WITHDRAW,
                ErrorCodes.UPDATE_MALFORMED_ATTRIBUTE_LIST, -1);
    }

    @Test
    void unusableFieldLengthsAndNlriResetTheSession() {
        byte[] m = update("", BASE, NLRI);
        m[19] = 0x00;
        m[20] = 0x40; // withdrawn length 64
        assertReset(decode(m, IBGP), ErrorCodes.UPDATE_MALFORMED_ATTRIBUTE_LIST);
        byte[] a = update("", BASE, NLRI);
        a[22] = (byte) 0x60; // total attribute length 96
        assertReset(decode(a, IBGP), ErrorCodes.UPDATE_MALFORMED_ATTRIBUTE_LIST);
        assertReset(decode(update("", BASE, "21 0a000000 00"), IBGP), ErrorCodes.UPDATE_INVALID_NETWORK_FIELD);
        assertReset(decode(update("18 0a00", "", ""), IBGP), ErrorCodes.UPDATE_INVALID_NETWORK_FIELD);
    }

    @Test
    void unrecognizedWellKnownAttributeResetsTheSession() {
        DecodeResult r = announce("40 63 01 00", IBGP);
        assertReset(r, ErrorCodes.UPDATE_UNRECOGNIZED_WELL_KNOWN_ATTRIBUTE);
        assertArrayEquals(hex("40 63 01 00"), r.notification().data());
    }

    @Test
    void theMostSevereReactionWins() {
        DecodeResult r = announce("40 06 01 00 80 04 03 000000", IBGP);
        assertEquals(TREAT_AS_WITHDRAW, r.action());
        assertEquals(2, r.errors().size(), "both faults are reported for the log");
        assertNull(r.notification(), "nothing to send");
    }

    private static void assertReset(DecodeResult r, int subcode) {
        assertEquals(SESSION_RESET, r.action(), r.errors()::toString);
        assertNull(r.message());
        assertEquals(ErrorCodes.UPDATE_MESSAGE_ERROR, r.notification().code());
        assertEquals(subcode, r.notification().subcode());
    }
}
