package dev.ferry.zebra.rib.show;

import static dev.ferry.zebra.rib.RibTestBed.dev;
import static dev.ferry.zebra.rib.RibTestBed.ospf;
import static dev.ferry.zebra.rib.RibTestBed.route;
import static dev.ferry.zebra.rib.RibTestBed.staticRoute;
import static dev.ferry.zebra.rib.RibTestBed.via;

import dev.ferry.zebra.rib.Nexthop;
import dev.ferry.zebra.rib.RibTestBed;
import dev.ferry.zebra.rib.RouteType;
import dev.ferry.zebra.rib.RouteUpdate;
import dev.ferry.zebra.rib.IpAddress;
import dev.ferry.zebra.rib.Prefix;
import java.util.List;

/**
 * The RIB states of the recorded FRR routers (shared/frr-reference/out): the interfaces, addresses and
 * client routes they had, so rendering can be compared with what FRR printed. Connected routes come first
 * (zebra learned them at start), protocol routes later, as in the recording.
 */
final class ReferenceRouters {
    private ReferenceRouters() {
    }

    /** PE1 of the tutorial run: VRFs CUSTA/CUSTB configured but not in the kernel (no VRF support). */
    static RibTestBed pe1() {
        RibTestBed t = new RibTestBed();
        t.configuredVrfs.addAll(List.of("CUSTA", "CUSTB"));
        t.iface(0, 1, "lo", "127.0.0.1/8", "1.1.1.1/32", "::1/128")
                .iface(0, 2, "eth0", "10.1.1.2/24")
                .iface(0, 3, "eth1", "172.16.1.254/24")
                .iface(0, 4, "eth2", "172.16.3.254/24").settle().wait(1);
        pe1Ospf(t, 2);
        return t.settle().wait(67);
    }

    private static void pe1Ospf(RibTestBed t, int eth0) {
        t.add(ospf("1.1.1.1/32", 0, dev(0, 1))).add(ospf("10.1.1.0/24", 10, dev(0, eth0))).settle().wait(60);
        t.add(ospf("2.2.2.2/32", 20, via(0, "10.1.1.254", eth0)))
                .add(ospf("9.9.9.9/32", 10, via(0, "10.1.1.254", eth0)))
                .add(ospf("10.1.2.0/24", 20, via(0, "10.1.1.254", eth0)));
    }

    /** PE1 of the namespace-VRF run: CUSTA (id 2) and CUSTB (id 1) are namespaces with their own interfaces. */
    static RibTestBed pe1Netns() {
        RibTestBed t = new RibTestBed();
        t.configuredVrfs.addAll(List.of("CUSTA", "CUSTB"));
        t.rib.addVrf(1, "CUSTB", 254);
        t.rib.addVrf(2, "CUSTA", 254);
        t.iface(0, 1, "lo", "127.0.0.1/8", "1.1.1.1/32").iface(0, 2, "eth0", "10.1.1.2/24")
                .iface(2, 1, "lo", "127.0.0.1/8").iface(2, 3, "eth1", "172.16.1.254/24")
                .iface(1, 1, "lo", "127.0.0.1/8").iface(1, 3, "eth2", "172.16.3.254/24").settle().wait(2);
        t.add(staticRoute(2, "192.168.1.0/24", via(2, "172.16.1.2")))
                .add(staticRoute(1, "192.168.3.0/24", via(1, "172.16.3.2"))).settle();
        pe1Ospf(t, 2);
        return t.settle().wait(80);
    }

    static RibTestBed pr() {
        RibTestBed t = new RibTestBed();
        t.iface(0, 1, "lo", "9.9.9.9/32").iface(0, 2, "eth0", "10.1.1.254/24").iface(0, 3, "eth1", "10.1.2.254/24")
                .settle().wait(1);
        t.add(ospf("9.9.9.9/32", 0, dev(0, 1))).add(ospf("10.1.1.0/24", 10, dev(0, 2)))
                .add(ospf("10.1.2.0/24", 10, dev(0, 3))).settle().wait(55);
        t.add(ospf("1.1.1.1/32", 10, via(0, "10.1.1.2", 2))).add(ospf("2.2.2.2/32", 10, via(0, "10.1.2.2", 3)));
        return t.settle().wait(67);
    }

    static RibTestBed ce1() {
        RibTestBed t = new RibTestBed();
        t.iface(0, 1, "lo", "127.0.0.1/8", "192.168.1.1/24").iface(0, 2, "eth0", "172.16.1.2/24").settle();
        t.add(staticRoute(0, "0.0.0.0/0", via(0, "172.16.1.254")));
        return t.settle().wait(129);
    }

    /** F1 of the OSPFv3 / eBGP peers run. */
    static RibTestBed f1() {
        RibTestBed t = new RibTestBed();
        t.iface(0, 1, "lo", "10.255.0.1/32", "2001:db8:ffff::1/128")
                .iface(0, 2, "eth0", "fe80::6c54:d4ff:fec7:a66e/64")
                .iface(0, 3, "eth1", "10.0.12.1/24", "fe80::1c:1ff:fe00:1/64")
                .iface(0, 4, "eth2", "10.0.13.1/24", "fe80::1c:2ff:fe00:1/64").settle().wait(1);
        t.add(route(0, "2001:db8:ffff::1/128", RouteType.OSPF6, 110, 10, dev(0, 1)));
        t.add(ebgp("10.202.0.0/24", "10.0.12.2")).add(ebgp("10.203.0.0/24", "10.0.13.2")).settle().wait(45);
        t.add(route(0, "2001:db8:ffff::2/128", RouteType.OSPF6, 110, 20, via(0, "fe80::5c9f:80ff:fea5:91e5", 2)));
        return t.settle().wait(5);
    }

    private static RouteUpdate ebgp(String prefix, String nexthop) {
        Nexthop n = Nexthop.gateway(0, IpAddress.parse(nexthop)).withWeight(1);
        return new RouteUpdate(0, Prefix.parse(prefix), RouteType.BGP, 0, 20, 0, 0, 0, List.of(n));
    }
}
