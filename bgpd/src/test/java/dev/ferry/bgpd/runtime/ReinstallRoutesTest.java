package dev.ferry.bgpd.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ferry.bgpd.attr.AsPath;
import dev.ferry.bgpd.attr.NextHop;
import dev.ferry.bgpd.attr.Origin;
import dev.ferry.bgpd.attr.PathAttributes;
import dev.ferry.bgpd.config.BgpAddressFamily;
import dev.ferry.bgpd.config.BgpDefaults;
import dev.ferry.bgpd.config.BgpInstance;
import dev.ferry.bgpd.config.BgpInstanceType;
import dev.ferry.bgpd.config.BgpNetwork;
import dev.ferry.bgpd.config.RemoteAs;
import dev.ferry.bgpd.message.UpdateMessage;
import dev.ferry.bgpd.nlri.AddressFamily;
import dev.ferry.bgpd.nlri.Ipv4Addresses;
import dev.ferry.bgpd.nlri.Ipv4Prefix;
import dev.ferry.bgpd.nlri.Prefix;
import dev.ferry.bgpd.rib.Destination;
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
import org.junit.jupiter.api.Test;

/**
 * What an instance gives zebra again when a new zebra session asks (the zebra client keeps no copy of bgpd's
 * routes): every prefix whose best path it installed, from a peer, and nothing it did not install (its own
 * `network`, withdrawn prefixes).
 */
class ReinstallRoutesTest {
    private static final int PORT = 20000 + (int) ((ProcessHandle.current().pid() + 11) % 20000);
    private static final String US = "127.0.0.5";
    private static final String THEM = "127.0.0.6";
    private final ScheduledExecutorService loop = Executors.newSingleThreadScheduledExecutor();
    private final List<String> sink = new ArrayList<>(); // on the loop
    private BgpTransport transport;
    private BgpRouter router;
    private ScriptedSpeaker peer;

    @AfterEach
    void stop() throws Exception {
        if (peer != null) {
            peer.close();
        }
        on(() -> {
            if (router != null) {
                router.close();
            }
            if (transport != null) {
                transport.close();
            }
            return null;
        });
        loop.shutdownNow();
    }

    private <T> T on(Callable<T> task) throws Exception {
        return loop.submit(task).get();
    }

    private static UpdateMessage announce(String... prefixes) {
        return new UpdateMessage(List.of(), PathAttributes.of(Origin.of(Origin.IGP), AsPath.parse("65002"),
                NextHop.of(THEM)), List.of(prefixes).stream().map(Ipv4Prefix::parse).toList());
    }

    /** What the instance installed and removed since the last call, in order. */
    private List<String> drained() throws Exception {
        return on(() -> {
            List<String> l = List.copyOf(sink);
            sink.clear();
            return l;
        });
    }

    @Test
    void anInstanceInstallsAgainWhatItHasInstalledAndNothingElse() throws Exception {
        BgpInstance inst = new BgpInstance(65001, BgpInstanceType.DEFAULT, null, BgpDefaults.of("traditional"));
        inst.routerId("1.1.1.1");
        inst.ebgpRequiresPolicy(false);
        inst.addNeighbor(IpPrefix.host(IpAddresses.parse(THEM)), RemoteAs.parse("65002"));
        inst.family(BgpAddressFamily.IPV4_UNICAST).addNetwork(new BgpNetwork(IpPrefix.parse("10.1.0.0/24"), null));
        RouteSink recording = new RouteSink() {
            @Override
            public void install(AddressFamily family, Destination d) {
                sink.add("install " + d.prefix() + " via " + IpAddresses.format(d.best().nextHop()));
            }

            @Override
            public void remove(AddressFamily family, Prefix prefix) {
                sink.add("remove " + prefix);
            }
        };
        on(() -> {
            transport = new BgpTransport(loop, PORT);
            router = new BgpRouter(loop, transport, recording, new NexthopTable(null), inst,
                    Ipv4Addresses.parse("1.1.1.1"), () -> "R", f -> false);
            transport.listen(List.of(InetAddress.getByName(US)), router::accept);
            router.reconcile(inst);
            return null;
        });
        peer = ScriptedSpeaker.connect(THEM, US, PORT, CodecContext.EBGP);
        peer.open(65002, "2.2.2.2", 30);
        peer.untilEndOfRib(); // the instance's own network first
        peer.send(announce("10.2.0.0/24", "10.3.0.0/24", "10.4.0.0/24"));
        peer.send(new UpdateMessage(List.of(Ipv4Prefix.parse("10.4.0.0/24")), PathAttributes.EMPTY, List.of()));
        peer.barrier();
        assertEquals(List.of("install 10.2.0.0/24 via 127.0.0.6", "install 10.3.0.0/24 via 127.0.0.6",
                "install 10.4.0.0/24 via 127.0.0.6", "remove 10.4.0.0/24"), drained(),
                "the peer's routes, not the instance's own network");

        on(() -> {
            router.reinstallRoutes();
            return null;
        });
        assertEquals(List.of("install 10.2.0.0/24 via 127.0.0.6", "install 10.3.0.0/24 via 127.0.0.6"),
                drained().stream().sorted().toList());
    }
}
