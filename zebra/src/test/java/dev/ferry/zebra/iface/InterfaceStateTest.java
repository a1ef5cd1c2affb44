package dev.ferry.zebra.iface;

import static dev.ferry.zebra.iface.IfaceTestBed.DOWN;
import static dev.ferry.zebra.iface.IfaceTestBed.ETHER;
import static dev.ferry.zebra.iface.IfaceTestBed.addr;
import static dev.ferry.zebra.iface.IfaceTestBed.link;
import static dev.ferry.zebra.iface.IfaceTestBed.newLink;
import static dev.ferry.lib.netlink.codec.NlMsgType.RTM_DELADDR;
import static dev.ferry.lib.netlink.codec.NlMsgType.RTM_DELLINK;
import static dev.ferry.lib.netlink.codec.NlMsgType.RTM_NEWADDR;
import static dev.ferry.lib.netlink.codec.NlMsgType.RTM_NEWLINK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.lib.daemon.ReferenceFiles;
import dev.ferry.lib.netlink.codec.LinkFlags;
import dev.ferry.lib.netlink.codec.LinkMessage;
import dev.ferry.zebra.rib.Prefix;
import dev.ferry.zebra.rib.RouteNode;
import dev.ferry.zebra.rib.RouteType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** State tracking fed with decoded netlink messages: what the RIB, the listeners and `show` make of them. */
class InterfaceStateTest {
    private static final int LOOPBACK = LinkFlags.UP | LinkFlags.LOOPBACK | LinkFlags.RUNNING | LinkFlags.LOWER_UP;

    /** PE1 of the L3VPN tutorial as its kernel reported it (indexes, MACs, veth peers in other namespaces). */
    private static IfaceTestBed pe1() {
        IfaceTestBed t = new IfaceTestBed();
        t.config("vrf CUSTA", "exit-vrf", "vrf CUSTB", "exit-vrf");
        return t.kernel(
                link(RTM_NEWLINK, 1, "lo", LOOPBACK, 65536, 0, 0, null, null, -1, 772, "00:00:00:00:00:00"),
                link(RTM_NEWLINK, 2, "eth0", ETHER, 1500, 0, 2, "veth", null, -1, 1, "0a:d7:c7:9f:80:e4"),
                link(RTM_NEWLINK, 3, "eth1", ETHER, 1500, 0, 2, "veth", null, -1, 1, "ca:a2:9b:45:d9:7f"),
                link(RTM_NEWLINK, 4, "eth2", ETHER, 1500, 0, 2, "veth", null, -1, 1, "c2:ea:ff:d9:d6:54"),
                addr(RTM_NEWADDR, 1, "127.0.0.1/8"), addr(RTM_NEWADDR, 1, "1.1.1.1/32"), addr(RTM_NEWADDR, 1, "::1/128"),
                addr(RTM_NEWADDR, 2, "10.1.1.2/24"), addr(RTM_NEWADDR, 3, "172.16.1.254/24"),
                addr(RTM_NEWADDR, 4, "172.16.3.254/24"), addr(RTM_NEWADDR, 2, "fe80::8d7:c7ff:fe9f:80e4/64"),
                addr(RTM_NEWADDR, 3, "fe80::c8a2:9bff:fe45:d97f/64"),
                addr(RTM_NEWADDR, 4, "fe80::c0ea:ffff:fed9:d654/64"));
    }

    @Test
    void showInterfacePrintsAsFrr() {
        IfaceTestBed t = pe1();
        assertEquals(ReferenceFiles.read("out/PE1/show_interface.txt"), t.show("show interface"));
        assertEquals(ReferenceFiles.read("out/PE1/show_interface_brief.txt"), t.show("show interface brief"));
        assertEquals(ReferenceFiles.read("out/PE1/show_vrf.txt"), t.show("show vrf"));
    }

    @Test
    void showVrfSaysOnceTheKernelHasNoVrfDevices() {
        IfaceTestBed t = pe1();
        assertEquals(2, t.sent.size(), "one create per VRF: " + t.sent);
        LinkMessage create = (LinkMessage) t.sent.getFirst().payload();
        assertEquals("vrf", create.kind());
        assertEquals(1001, create.vrfTable());
        assertEquals(1002, ((LinkMessage) t.sent.get(1).payload()).vrfTable());
        t.answerAll(java.util.Optional.of(new dev.ferry.lib.netlink.NetlinkError(95, "Unknown device type", -1)));
        assertEquals(ReferenceFiles.read("out/PE1/show_vrf.txt")
                + "% VRFs are inactive: this kernel has no VRF devices (Unknown device type)\n", t.show("show vrf"));
        t.config("vrf CUSTC", "exit-vrf");
        assertTrue(t.sent.isEmpty(), "no more attempts once the kernel said no: " + t.sent);
    }

    @Test
    void connectedRoutesFollowOperativeState() {
        IfaceTestBed t = pe1();
        assertTrue(connected(t, 0, "10.1.1.0/24"));
        assertTrue(connected(t, 0, "1.1.1.1/32"));
        assertNull(t.rib.route(0, Prefix.parse("127.0.0.0/8")), "martians are dropped, as FRR does");
        t.kernel(link(RTM_NEWLINK, 2, "eth0", ETHER & ~LinkFlags.RUNNING, 1500, 0, 2, "veth", null, -1, 1, null));
        assertTrue(!connected(t, 0, "10.1.1.0/24"));
        assertTrue(t.show("show interface eth0").startsWith("Interface eth0 is up, line protocol is down\n"));
        t.kernel(link(RTM_NEWLINK, 2, "eth0", ETHER, 1500, 0, 2, "veth", null, -1, 1, null));
        assertTrue(connected(t, 0, "10.1.1.0/24"));
        assertTrue(t.show("show interface eth0").contains("  Link ups:       1    last: "));
        t.kernel(addr(RTM_DELADDR, 2, "10.1.1.2/24"));
        assertTrue(!connected(t, 0, "10.1.1.0/24"));
        t.kernel(link(RTM_DELLINK, 3, "eth1", ETHER, 1500, 0, 0, null, null, -1, 1, null));
        assertTrue(!connected(t, 0, "172.16.1.0/24"));
        assertEquals("% Can't find interface eth1\n", t.show("show interface eth1"));
    }

    /** The kernel flushes IPv6 addresses when an interface changes VRF: zebra puts back those it had. */
    @Test
    void anInterfaceMovedIntoAVrfGetsItsIpv6AddressesBack() {
        IfaceTestBed t = new IfaceTestBed();
        t.kernel(link(RTM_NEWLINK, 10, "CUST", ETHER, 65575, 0, 0, "vrf", null, 1001, 1, null),
                link(RTM_NEWLINK, 3, "eth0", ETHER, 1500, 0, 2, "veth", null, -1, 1, null),
                addr(RTM_NEWADDR, 3, "10.2.0.1/24"), addr(RTM_NEWADDR, 3, "2001:db8:2::1/64"),
                addr(RTM_NEWADDR, 3, "fe80::1/64"));
        t.config("vrf CUST", "exit-vrf", "interface eth0 vrf CUST", "exit");
        LinkMessage move = t.sent.stream().map(IfaceTestBed.Sent::payload).filter(LinkMessage.class::isInstance)
                .map(LinkMessage.class::cast).filter(l -> l.master() == 10).findFirst().orElseThrow(() ->
                        new AssertionError("no request putting eth0 in CUST: " + t.sent));
        assertEquals(3, move.index());
        t.answerAll(java.util.Optional.empty());
        List<String> readded = t.sent.stream().map(IfaceTestBed.Sent::payload)
                .filter(dev.ferry.lib.netlink.codec.AddressMessage.class::isInstance)
                .map(m -> ((dev.ferry.lib.netlink.codec.AddressMessage) m).prefix().toString()).toList();
        assertEquals(List.of("2001:db8:2::1/64"), readded, "IPv6 but link-local (IPv4 stays on a VRF move)");
    }

    @Test
    void vrfDevicesBecomeVrfsAndTheirMembersMove() {
        IfaceTestBed t = pe1();
        List<String> seen = new ArrayList<>();
        t.manager.addListener(new InterfaceListener() {
            @Override
            public void vrfAdded(VrfInfo v) {
                seen.add("vrf+ " + v);
            }

            @Override
            public void interfaceRemoved(InterfaceInfo i) {
                seen.add("if- " + i.name() + " vrf " + i.vrfId());
            }

            @Override
            public void interfaceAdded(InterfaceInfo i) {
                seen.add("if+ " + i.name() + " vrf " + i.vrfId());
            }

            @Override
            public void addressAdded(InterfaceInfo i, AddressInfo a) {
                seen.add("addr+ " + i.name() + " " + a.prefix());
            }
        });
        seen.clear();
        t.kernel(link(RTM_NEWLINK, 10, "CUSTA", LinkFlags.UP | LinkFlags.RUNNING | 0x400 /* IFF_MASTER */, 65575, 0, 0,
                "vrf", null, 1001, 1, "aa:00:00:00:00:01"));
        t.kernel(link(RTM_NEWLINK, 3, "eth1", ETHER, 1500, 10, 2, "veth", "vrf", -1, 1, "ca:a2:9b:45:d9:7f"));
        assertEquals(List.of("vrf+ VrfInfo[id=10, name=CUSTA, tableId=1001]", "if+ CUSTA vrf 10", "if- eth1 vrf 0",
                "if+ eth1 vrf 10", "addr+ eth1 172.16.1.254/24", "addr+ eth1 fe80::c8a2:9bff:fe45:d97f/64"), seen);
        assertTrue(connected(t, 10, "172.16.1.0/24"));
        assertNull(t.rib.route(0, Prefix.parse("172.16.1.0/24")));
        assertTrue(t.show("show vrf").startsWith("vrf CUSTA id 10 table 1001 (configured)\n"), t.show("show vrf"));
        String brief = t.show("show interface vrf CUSTA brief");
        assertTrue(brief.contains("eth1            up      CUSTA           172.16.1.254/24\n"), brief);
        assertTrue(t.show("show interface eth1").contains("  vrf: CUSTA\n  index 3 "));
        assertTrue(t.show("show interface eth1").contains("  Interface Slave Type Vrf\n"));
        t.kernel(link(RTM_NEWLINK, 3, "eth1", ETHER, 1500, 0, 2, "veth", null, -1, 1, "ca:a2:9b:45:d9:7f"));
        assertTrue(connected(t, 0, "172.16.1.0/24"));
        t.kernel(link(RTM_DELLINK, 10, "CUSTA", 0, 65575, 0, 0, "vrf", null, 1001, 1, null));
        assertNull(t.rib.vrfs().byId(10));
        assertEquals("% VRF NOPE not found\n", t.show("show interface vrf NOPE"));
    }

    @Test
    void jsonHasFrrKeys() {
        IfaceTestBed t = pe1();
        String json = t.show("show interface eth0 json");
        assertTrue(json.startsWith("{\n  \"eth0\":{\n    \"administrativeStatus\":\"up\",\n"
                + "    \"operationalStatus\":\"up\",\n    \"linkDetection\":true,\n    \"linkUps\":0,\n"), json);
        assertTrue(json.contains("\"ipAddresses\":[\n      {\n        \"address\":\"10.1.1.2/24\",\n"
                + "        \"secondary\":false,\n        \"unnumbered\":false\n      },"), json);
        assertTrue(json.contains("\"parentInterface\":\"eth0\""), json);
        String brief = t.show("show interface vrf default brief json");
        assertTrue(brief.contains("  \"lo\":{\n    \"status\":\"up\",\n    \"vrfName\":\"default\",\n"
                + "    \"addresses\":[\n      \"1.1.1.1/32\"\n    ]\n  }\n}\n"), brief);
    }

    @Test
    void downInterfacesAndPseudoInterfaces() {
        IfaceTestBed t = new IfaceTestBed();
        t.kernel(newLink(5, "eth5", DOWN, 1500));
        t.config("interface eth9", "description not there yet");
        String all = t.show("show interface");
        assertTrue(all.contains("Interface eth5 is down\n"), all);
        assertTrue(all.contains("Interface eth9 is down\n  Link ups:       0    last: (never)\n"
                + "  Link downs:     0    last: (never)\n  vrf: default\n  Description: not there yet\n"
                + "  pseudo interface\n"), all);
        assertTrue(t.show("show interface brief").contains("eth9            down    default         \n"));
    }

    private static boolean connected(IfaceTestBed t, int vrfId, String prefix) {
        RouteNode n = t.rib.route(vrfId, Prefix.parse(prefix));
        return n != null && n.selected() != null && n.selected().type() == RouteType.CONNECTED;
    }
}
