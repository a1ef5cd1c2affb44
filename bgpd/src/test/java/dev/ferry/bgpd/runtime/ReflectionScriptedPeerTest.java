package dev.ferry.bgpd.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.bgpd.attr.AsPath;
import dev.ferry.bgpd.attr.AttributeType;
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
 * Ferry as a route reflector (RFC 4456) between scripted iBGP speakers: two clients and a non-client. What goes
 * out on the wire carries ORIGINATOR_ID and CLUSTER_LIST and the original next hop; routes that looped through
 * our router-id or cluster are dropped and counted.
 */
class ReflectionScriptedPeerTest {
    private static final int PORT = 20000 + (int) ((ProcessHandle.current().pid() + 29) % 20000);
    private static final String US = "127.0.0.3";
    private static final String CLIENT_A = "127.0.0.4";
    private static final String CLIENT_B = "127.0.0.5";
    private static final String NON_CLIENT = "127.0.0.6";
    private static final int AS = 65001;
    private final ScheduledExecutorService loop = Executors.newSingleThreadScheduledExecutor();
    private final BgpConfig config = new BgpConfig();
    private final List<ScriptedSpeaker> speakers = new ArrayList<>();
    private BgpService service;

    @BeforeEach
    void start() throws Exception {
        BgpInstance inst = new BgpInstance(AS, BgpInstanceType.DEFAULT, null, BgpDefaults.of("traditional"));
        inst.routerId("1.1.1.1");
        inst.clusterId("9.9.9.9");
        for (String n : List.of(CLIENT_A, CLIENT_B, NON_CLIENT)) {
            inst.addNeighbor(IpPrefix.host(IpAddresses.parse(n)), RemoteAs.parse("internal"))
                    .routeReflectorClient(BgpAddressFamily.IPV4_UNICAST, !n.equals(NON_CLIENT));
        }
        config.add(inst);
        on(() -> {
            service = new BgpService(config, loop, PORT, List.of(InetAddress.getByName(US)), () -> "RR", f -> false);
            service.start(null);
            return null;
        });
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

    private static UpdateMessage announce(String prefix, String nextHop, PathAttribute... extra) {
        List<PathAttribute> attrs = new ArrayList<>(List.of(Origin.of(Origin.IGP), AsPath.EMPTY,
                NextHop.of(nextHop), LocalPref.of(100)));
        attrs.addAll(List.of(extra));
        return new UpdateMessage(List.of(), PathAttributes.of(attrs), List.of(Ipv4Prefix.parse(prefix)));
    }

    private static UpdateMessage find(List<UpdateMessage> updates, String prefix) {
        return updates.stream().filter(u -> u.nlri().contains(Ipv4Prefix.parse(prefix))).findFirst().orElse(null);
    }

    @Test
    void clientRoutesAreReflectedWithOriginatorAndClusterList() throws Exception {
        ScriptedSpeaker a = speaker(CLIENT_A, "4.4.4.4");
        ScriptedSpeaker b = speaker(CLIENT_B, "5.5.5.5");
        ScriptedSpeaker c = speaker(NON_CLIENT, "6.6.6.6");
        a.send(announce("10.1.0.0/24", CLIENT_A));
        a.barrier();

        UpdateMessage toB = b.nextUpdate();
        assertEquals(List.of(Ipv4Prefix.parse("10.1.0.0/24")), toB.nlri());
        assertEquals("4.4.4.4", toB.attributes().get(AttributeType.ORIGINATOR_ID).toString(),
                "the client's router-id, as FRR puts it in");
        assertEquals("9.9.9.9", toB.attributes().get(AttributeType.CLUSTER_LIST).toString());
        assertEquals(CLIENT_A, Ipv4Addresses.format(toB.attributes().nextHop().address()),
                "a reflected route keeps its next hop");
        assertEquals(100, toB.attributes().localPref().value());
        UpdateMessage toC = c.nextUpdate();
        assertEquals("4.4.4.4", toC.attributes().get(AttributeType.ORIGINATOR_ID).toString(),
                "a client's route goes to non-clients too");

        c.send(announce("10.2.0.0/24", NON_CLIENT));
        List<UpdateMessage> atC = c.barrier();
        assertNull(find(atC, "10.2.0.0/24"), "never back to the sender");
        UpdateMessage toA = find(a.barrier(), "10.2.0.0/24");
        assertEquals("6.6.6.6", toA.attributes().get(AttributeType.ORIGINATOR_ID).toString(),
                "a non-client's route goes to clients");
        assertEquals("9.9.9.9", toA.attributes().get(AttributeType.CLUSTER_LIST).toString());
    }

    @Test
    void routesThatLoopedThroughUsAreDroppedAndCounted() throws Exception {
        ScriptedSpeaker a = speaker(CLIENT_A, "4.4.4.4");
        a.send(announce("10.3.0.0/24", CLIENT_A, ClusterList.of(Ipv4Addresses.parse("7.7.7.7"),
                Ipv4Addresses.parse("9.9.9.9"))));
        a.send(announce("10.4.0.0/24", CLIENT_A, OriginatorId.of(Ipv4Addresses.parse("1.1.1.1"))));
        a.send(announce("10.5.0.0/24", CLIENT_A, OriginatorId.of(Ipv4Addresses.parse("8.8.8.8")),
                ClusterList.of(Ipv4Addresses.parse("7.7.7.7"))));
        a.barrier();
        assertNull(route("10.3.0.0/24"), "our cluster id in CLUSTER_LIST");
        assertNull(route("10.4.0.0/24"), "ORIGINATOR_ID is our router-id");
        assertEquals(1, route("10.5.0.0/24").clusterListLength(), "another cluster's route is kept");
        assertEquals(1L, (long) on(() -> service.router().peer(CLIENT_A).clusterLoops()));
        assertEquals(1L, (long) on(() -> service.router().peer(CLIENT_A).originatorLoops()));
        assertTrue(on(() -> service.router().peer(CLIENT_A).acceptedCount(AddressFamily.IPV4_UNICAST)) == 1);
    }

    private dev.ferry.bgpd.rib.BgpPath route(String prefix) throws Exception {
        return on(() -> {
            var d = service.router().rib(AddressFamily.IPV4_UNICAST).get(Prefix.parse(prefix));
            return d == null ? null : d.best();
        });
    }
}
