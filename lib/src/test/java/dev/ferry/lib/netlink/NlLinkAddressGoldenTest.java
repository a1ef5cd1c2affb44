package dev.ferry.lib.netlink;

import static dev.ferry.lib.netlink.GoldenAssert.assertAnswer;
import static dev.ferry.lib.netlink.GoldenAssert.assertDecodes;
import static dev.ferry.lib.netlink.GoldenAssert.assertEncodes;
import static dev.ferry.lib.netlink.NlRouteGoldenTest.V0;
import static dev.ferry.lib.netlink.NlRouteGoldenTest.V1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.ferry.lib.net.IpPrefix;
import dev.ferry.lib.netlink.codec.AddressAttr;
import dev.ferry.lib.netlink.codec.AddressMessage;
import dev.ferry.lib.netlink.codec.LinkMessage;
import org.junit.jupiter.api.Test;

/**
 * Link and address requests against iproute2's bytes: create a VRF device with its table, enslave /
 * release an interface, MTU, up / down, delete; add / delete IPv4 and IPv6 addresses. This kernel has
 * no VRF ("Unknown device type") and a veth cannot be a master (EOPNOTSUPP): the bytes are still
 * iproute2's, and the answers show the refusals Ferry reports.
 */
class NlLinkAddressGoldenTest {

    @Test
    void createVrf() throws Exception {
        GoldenFixture f = assertEncodes("link-vrf-create", LinkMessage.createVrf("vrf-red", 10));
        LinkMessage m = assertInstanceOf(LinkMessage.class, f.decodeRequest().payload());
        assertEquals("vrf-red", m.name());
        assertEquals("vrf", m.kind());
        assertEquals(10, m.vrfTable());
        assertAnswer(f, 95, "Unknown device type");
    }

    @Test
    void enslaveAndRelease() throws Exception {
        GoldenFixture f = assertEncodes("link-set-master", LinkMessage.setMaster(V1, V0));
        assertEquals(V0, assertInstanceOf(LinkMessage.class, f.decodeRequest().payload()).master());
        assertAnswer(f, 95, null);
        f = assertEncodes("link-set-nomaster", LinkMessage.setMaster(V1, 0));
        assertEquals(0, assertInstanceOf(LinkMessage.class, f.decodeRequest().payload()).master());
        assertAnswer(f, 0, null);
    }

    @Test
    void mtuUpDownDelete() throws Exception {
        GoldenFixture f = assertEncodes("link-set-mtu", LinkMessage.setMtu(V0, 1400));
        assertEquals(1400, assertInstanceOf(LinkMessage.class, f.decodeRequest().payload()).mtu());
        assertAnswer(f, 0, null);
        f = assertEncodes("link-set-down", LinkMessage.setUp(V0, false));
        assertEquals(false, assertInstanceOf(LinkMessage.class, f.decodeRequest().payload()).isUp());
        assertAnswer(f, 0, null);
        f = assertEncodes("link-set-up", LinkMessage.setUp(V0, true));
        assertEquals(true, assertInstanceOf(LinkMessage.class, f.decodeRequest().payload()).isUp());
        assertAnswer(f, 0, null);
        f = assertEncodes("link-delete", LinkMessage.delete(V1));
        assertEquals(V1, assertInstanceOf(LinkMessage.class, f.decodeRequest().payload()).index());
        assertAnswer(f, 0, null);
    }

    @Test
    void addresses() throws Exception {
        IpPrefix v4 = IpPrefix.parse("10.0.2.1/24");
        IpPrefix v6 = IpPrefix.parse("2001:db8:2::1/64");
        GoldenFixture f = assertEncodes("addr-v4-add", AddressMessage.add(V0, v4, 0));
        assertDecodes(f, new AddressMessage(2, 24, 0, 0, V0, v4.address(), v4.address(), null));
        assertAnswer(f, 0, null);
        f = assertEncodes("addr-v6-add", AddressMessage.add(V0, v6, AddressAttr.F_NODAD));
        assertDecodes(f, new AddressMessage(10, 64, AddressAttr.F_NODAD, 0, V0, v6.address(), v6.address(), null));
        assertAnswer(f, 0, null);
        f = assertEncodes("addr-v4-del", AddressMessage.delete(V0, v4));
        assertEquals(v4, assertInstanceOf(AddressMessage.class, f.decodeRequest().payload()).prefix());
        assertAnswer(f, 0, null);
        f = assertEncodes("addr-v6-del", AddressMessage.delete(V0, v6));
        assertEquals(v6, assertInstanceOf(AddressMessage.class, f.decodeRequest().payload()).prefix());
        assertAnswer(f, 0, null);
    }
}
