package dev.ferry.ospfd.ospf6.show;

import static dev.ferry.ospfd.ospf6.show.Ospf6Recordings.F1;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ferry.lib.net.IpAddresses;
import dev.ferry.lib.net.IpPrefix;
import dev.ferry.ospfd.lsa.ExternalLsaV3;
import dev.ferry.ospfd.lsa.InterAreaPrefixLsa;
import dev.ferry.ospfd.lsa.InterAreaRouterLsa;
import dev.ferry.ospfd.lsa.IntraAreaPrefixLsa;
import dev.ferry.ospfd.lsa.LinkLsa;
import dev.ferry.ospfd.lsa.Lsa;
import dev.ferry.ospfd.lsa.LsaBody;
import dev.ferry.ospfd.lsa.LsaHeader;
import dev.ferry.ospfd.lsa.LsaTypes;
import dev.ferry.ospfd.lsa.OpaqueBody;
import dev.ferry.ospfd.lsa.Ospf6Prefix;
import dev.ferry.ospfd.lsa.RouterLsaV3;
import dev.ferry.ospfd.wire.OspfVersion;
import dev.ferry.ospfd.wire.RouterIds;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Payload column for the LSA types the recording lacks, each derived from its lh_get_prefix_str in frr-8.4.4
 * (ospf6_abr.c lines 1426-1449 and 1489-1506, ospf6_asbr.c lines 2322-2358, ospf6_intra.c lines 643-692 and
 * 865-915) and the summary layout of ospf6_lsa.c ospf6_lsa_show_summary (lines 444-557).
 */
class LsaPayloadsTest {
    private static Lsa lsa(int type, int id, LsaBody body) {
        return Lsa.build(new LsaHeader(OspfVersion.V3, 7, 0, type, id, F1, 0x80000003, 0, 0), body).withAge(7);
    }

    private static Ospf6Prefix prefix(String text, int field) {
        return Ospf6Prefix.of(IpPrefix.parse(text), 0, field);
    }

    private static String line(Lsa lsa) {
        Ospf6DatabaseView db = new Ospf6DatabaseView(List.of(), List.of(lsa));
        String text = ShowOspf6Database.render(db, false);
        String table = text.substring(text.indexOf("Payload\n") + "Payload\n".length());
        return table.substring(0, table.length() - 1);
    }

    @Test
    void interAreaPrefixAlwaysHasTheLength() {
        assertEquals("IAP  0.0.0.1        10.255.0.1        7 80000003                2001:db8:1::/48\n",
                line(lsa(LsaTypes.V3_INTER_AREA_PREFIX, 1, new InterAreaPrefixLsa(20, prefix("2001:db8:1::/48", 0)))));
        assertEquals("IAP  0.0.0.2        10.255.0.1        7 80000003                           ::/0\n",
                line(lsa(LsaTypes.V3_INTER_AREA_PREFIX, 2, new InterAreaPrefixLsa(20, prefix("::/0", 0)))));
    }

    @Test
    void interAreaRouterIsTheDestinationRouter() {
        assertEquals("IAR  0.0.0.9        10.255.0.1        7 80000003                       10.0.0.9\n",
                line(lsa(LsaTypes.V3_INTER_AREA_ROUTER, 9,
                        new InterAreaRouterLsa(0x13, 30, RouterIds.parse("10.0.0.9")))));
    }

    /** A default route prints "::" without "/0" (ospf6_as_external_lsa_get_prefix_str adds the length only if set). */
    @Test
    void externalLeavesOutALengthOfZero() {
        assertEquals("ASE  0.0.0.1        10.255.0.1        7 80000003                             ::\n",
                line(lsa(LsaTypes.V3_AS_EXTERNAL, 1,
                        new ExternalLsaV3(ExternalLsaV3.FLAG_E, 1, prefix("::/0", 0), null, 0, 0))));
        assertEquals("Type7 0.0.0.2        10.255.0.1        7 80000003               2001:db8:77::/64\n",
                line(lsa(LsaTypes.V3_NSSA, 2,
                        new ExternalLsaV3(0, 1, prefix("2001:db8:77::/64", 0), null, 0, 0))));
    }

    /** pos 0 is the link-local address, later ones the prefixes' addresses without length. */
    @Test
    void linkListsTheLinkLocalAddressThenPrefixAddresses() {
        LinkLsa body = new LinkLsa(1, 0x13, IpAddresses.parseIpv6("fe80::1"),
                List.of(prefix("2001:db8:5::/64", 0), prefix("2001:db8:6::/64", 0)));
        assertEquals("Lnk  0.0.0.3        10.255.0.1        7 80000003                        fe80::1\n"
                + "Lnk  0.0.0.3        10.255.0.1        7 80000003                   2001:db8:5::\n"
                + "Lnk  0.0.0.3        10.255.0.1        7 80000003                   2001:db8:6::\n",
                line(lsa(LsaTypes.V3_LINK, 3, body)));
    }

    /**
     * FRR copies ceil(length/8) bytes of the carried words (OSPF6_PREFIX_SPACE): bits past the length inside the
     * last copied byte show, whole bytes past it do not. A zero-length prefix ends the walk.
     */
    @Test
    void intraAreaPrefixShowsTheCarriedBytesAndStopsAtLengthZero() {
        Ospf6Prefix unmasked = new Ospf6Prefix(52, 0, 10,
                new byte[] {0x20, 0x01, 0x0d, (byte) 0xb8, 0, 0, 0x0f, (byte) 0xff});
        IntraAreaPrefixLsa body = new IntraAreaPrefixLsa(LsaTypes.V3_ROUTER, 0, F1,
                List.of(unmasked, prefix("::/0", 10), prefix("2001:db8:9::/64", 10)));
        assertEquals("INP  0.0.0.0        10.255.0.1        7 80000003            2001:db8:0:f00::/52\n",
                line(lsa(LsaTypes.V3_INTRA_AREA_PREFIX, 0, body)));
    }

    @Test
    void longPayloadOverflowsTheColumnAndRouterWithoutLinksPrintsNothing() {
        IntraAreaPrefixLsa body = new IntraAreaPrefixLsa(LsaTypes.V3_ROUTER, 0, F1,
                List.of(prefix("2001:db8:1234:5678:9abc:def0:1234:5678/128", 1)));
        assertEquals("INP  0.0.0.0        10.255.0.1        7 80000003 "
                + "2001:db8:1234:5678:9abc:def0:1234:5678/128\n", line(lsa(LsaTypes.V3_INTRA_AREA_PREFIX, 0, body)));
        assertEquals("", line(lsa(LsaTypes.V3_ROUTER, 0, new RouterLsaV3(0, 0x13, List.of()))));
    }

    /** Types outside the switch's payload cases print the line without the column (the default case). */
    @Test
    void graceUnknownAndUBitTypesHaveNoPayload() {
        assertEquals("GR   0.0.0.2        10.255.0.1        7 80000003\n",
                line(lsa(0x000b, 2, new OpaqueBody(new byte[] {0, 1, 0, 4, 0, 0, 0, 60}))));
        assertEquals("Unk  0.0.0.4        10.255.0.1        7 80000003\n",
                line(lsa(0xa00c, 4, new OpaqueBody(new byte[4]))));
        assertEquals("Rtr  0.0.0.5        10.255.0.1        7 80000003\n",
                line(lsa(0xa001, 5, new OpaqueBody(new byte[4]))));
    }

    @Test
    void namesAsOspf6LstypeName() {
        assertEquals("Intra-Prefix", Ospf6LsaNames.name(LsaTypes.V3_INTRA_AREA_PREFIX));
        assertEquals("AS-External", Ospf6LsaNames.name(LsaTypes.V3_AS_EXTERNAL));
        assertEquals("0x200a", Ospf6LsaNames.name(0x200a));
        assertEquals("Type7", Ospf6LsaNames.shortName(LsaTypes.V3_NSSA));
    }
}
