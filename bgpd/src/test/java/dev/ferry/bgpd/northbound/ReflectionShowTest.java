package dev.ferry.bgpd.northbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.bgpd.attr.AsPath;
import dev.ferry.bgpd.attr.ClusterList;
import dev.ferry.bgpd.attr.LocalPref;
import dev.ferry.bgpd.attr.NextHop;
import dev.ferry.bgpd.attr.Origin;
import dev.ferry.bgpd.attr.OriginatorId;
import dev.ferry.bgpd.attr.PathAttribute;
import dev.ferry.bgpd.attr.PathAttributes;
import dev.ferry.bgpd.config.BgpAddressFamily;
import dev.ferry.bgpd.config.BgpConfig;
import dev.ferry.bgpd.config.BgpDefaults;
import dev.ferry.bgpd.config.BgpInstance;
import dev.ferry.bgpd.config.BgpInstanceType;
import dev.ferry.bgpd.config.RemoteAs;
import dev.ferry.bgpd.message.UpdateMessage;
import dev.ferry.bgpd.nlri.AddressFamily;
import dev.ferry.bgpd.nlri.Ipv4Addresses;
import dev.ferry.bgpd.nlri.Ipv4Prefix;
import dev.ferry.bgpd.nlri.Prefix;
import dev.ferry.bgpd.runtime.BgpService;
import dev.ferry.bgpd.runtime.ScriptedSpeaker;
import dev.ferry.bgpd.wire.CodecContext;
import dev.ferry.lib.net.IpAddresses;
import dev.ferry.lib.net.IpPrefix;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What FRR 8.4 prints for route reflection and multipath: "(Received from a RR-client)", "multipath",
 * "Originator: X, Cluster list: Y " in the detail view, "=" in the table, "Route-Reflector Client" in
 * `show bgp neighbors`. Two scripted iBGP clients announce the same prefix through different next hops.
 */
class ReflectionShowTest {
    private static final int PORT = 20000 + (int) ((ProcessHandle.current().pid() + 31) % 20000);
    private static final String US = "127.0.0.3";
    private static final String A = "127.0.0.4";
    private static final String B = "127.0.0.5";
    private static final int AS = 65001;
    private final ScheduledExecutorService loop = Executors.newSingleThreadScheduledExecutor();
    private final List<ScriptedSpeaker> speakers = new ArrayList<>();
    private BgpService service;

    @BeforeEach
    void start() throws Exception {
        BgpConfig config = new BgpConfig();
        BgpInstance inst = new BgpInstance(AS, BgpInstanceType.DEFAULT, null, BgpDefaults.of("traditional"));
        inst.routerId("1.1.1.1");
        for (String n : List.of(A, B)) {
            inst.addNeighbor(IpPrefix.host(IpAddresses.parse(n)), RemoteAs.parse("internal"))
                    .routeReflectorClient(BgpAddressFamily.IPV4_UNICAST, true);
        }
        config.add(inst);
        on(() -> {
            service = new BgpService(config, loop, PORT, List.of(InetAddress.getByName(US)), () -> "RR", f -> false);
            service.start(null);
            return null;
        });
        ScriptedSpeaker a = speaker(A, "4.4.4.4");
        ScriptedSpeaker b = speaker(B, "5.5.5.5");
        // one after the other: the paths' arrival order (and so the detail view's order) is fixed
        a.send(announce(A));
        a.barrier();
        b.send(announce(B, OriginatorId.of(Ipv4Addresses.parse("8.8.8.8")),
                ClusterList.of(Ipv4Addresses.parse("7.7.7.7"))));
        b.barrier();
    }

    @AfterEach
    void stop() throws Exception {
        for (ScriptedSpeaker s : speakers) {
            s.close();
        }
        on(() -> {
            service.close();
            return null;
        });
        loop.shutdownNow();
    }

    private <T> T on(Callable<T> task) throws Exception {
        return loop.submit(task).get();
    }

    private ScriptedSpeaker speaker(String address, String routerId) throws Exception {
        ScriptedSpeaker s = ScriptedSpeaker.connect(address, US, PORT, CodecContext.IBGP);
        speakers.add(s);
        s.establish(AS, routerId);
        return s;
    }

    private static UpdateMessage announce(String nextHop, PathAttribute... extra) {
        List<PathAttribute> attrs = new ArrayList<>(List.of(Origin.of(Origin.IGP), AsPath.EMPTY,
                NextHop.of(nextHop), LocalPref.of(100)));
        attrs.addAll(List.of(extra));
        return new UpdateMessage(List.of(), PathAttributes.of(attrs), List.of(Ipv4Prefix.parse("10.1.0.0/24")));
    }

    @Test
    void detailViewAsFrr() throws Exception {
        String ours = on(() -> BgpTable.prefixText(service.router(), AddressFamily.IPV4_UNICAST,
                Prefix.parse("10.1.0.0/24")));
        assertEquals("""
                BGP routing table entry for 10.1.0.0/24, version N
                Paths: (2 available, best #1, table default)
                  Advertised to non peer-group peers:
                  127.0.0.5
                  Local, (Received from a RR-client)
                    127.0.0.4 from 127.0.0.4 (4.4.4.4)
                      Origin IGP, localpref 100, valid, internal, multipath, best (Router ID)
                      Last update: T
                  Local, (Received from a RR-client)
                    127.0.0.5 from 127.0.0.5 (8.8.8.8)
                      Origin IGP, localpref 100, valid, internal, multipath
                      Originator: 8.8.8.8, Cluster list: 7.7.7.7\s
                      Last update: T
                """, ours.replaceAll(", version \\d+\n", ", version N\n")
                .replaceAll("Last update: .*\n", "Last update: T\n"));
        String json = on(() -> BgpTable.prefixJson(service.router(), AddressFamily.IPV4_UNICAST,
                Prefix.parse("10.1.0.0/24"))).replaceAll("\\s", "");
        assertTrue(json.contains("\"originatorId\":\"8.8.8.8\""), json);
        assertTrue(json.contains("\"clusterList\":{\"list\":[\"7.7.7.7\"]}"), json);
        assertTrue(json.contains("\"multipath\":true"), json);
        assertTrue(json.contains("\"rxedFromRrClient\":true"), json);
        assertTrue(json.contains("\"peer\":{\"peerId\":\"127.0.0.5\",\"routerId\":\"5.5.5.5\""), json);
    }

    @Test
    void tableMarksTheMultipathAndNeighborsTheClients() throws Exception {
        String table = on(() -> BgpTable.text(service.router(), AddressFamily.IPV4_UNICAST));
        assertTrue(table.contains("*>i10.1.0.0/24      127.0.0.4                     100      0 i\n"), table);
        assertTrue(table.contains("*=i                 127.0.0.5                     100      0 i\n"), table);
        String neighbors = on(() -> BgpNeighborShow.text(service.router(), service.router().peerList()));
        assertTrue(neighbors.contains(" For address family: IPv4 Unicast\n  Route-Reflector Client\n"), neighbors);
        String json = on(() -> BgpNeighborShow.json(service.router(), service.router().peerList()))
                .replaceAll("\\s", "");
        assertTrue(json.contains("\"ipv4Unicast\":{\"routeReflectorClient\":true"), json);
    }
}
