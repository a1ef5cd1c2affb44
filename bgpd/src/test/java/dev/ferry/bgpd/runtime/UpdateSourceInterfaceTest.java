package dev.ferry.bgpd.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.ferry.bgpd.config.BgpConfig;
import dev.ferry.bgpd.config.BgpDefaults;
import dev.ferry.bgpd.config.BgpInstance;
import dev.ferry.bgpd.config.BgpInstanceType;
import dev.ferry.bgpd.config.RemoteAs;
import dev.ferry.lib.net.IpAddresses;
import dev.ferry.lib.net.IpPrefix;
import dev.ferry.proto.zebra.IpPrefixes;
import dev.ferry.proto.zebra.v1.AddressUpdate;
import dev.ferry.proto.zebra.v1.InterfaceUpdate;
import dev.ferry.proto.zebra.v1.UpdateKind;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * `neighbor X update-source IFNAME`: the session is bound to the interface's address that zebra's interface
 * feed reports (the one closest to the neighbor's), and re-bound when the addresses change. The neighbor is a
 * plain listening socket that sees where Ferry's connections come from.
 */
class UpdateSourceInterfaceTest {
    private static final int PORT = 20000 + (int) ((ProcessHandle.current().pid() + 37) % 20000);
    private static final String US = "127.0.0.3";
    private static final String THEM = "127.0.0.4";
    private static final int IFINDEX = 9;
    private final ScheduledExecutorService loop = Executors.newSingleThreadScheduledExecutor();
    private final List<Socket> accepted = new ArrayList<>();
    private BgpService service;
    private ServerSocket neighbor;

    @AfterEach
    void stop() throws Exception {
        for (Socket s : accepted) {
            s.close();
        }
        on(() -> {
            if (service != null) {
                service.close();
            }
            return null;
        });
        loop.shutdownNow();
        if (neighbor != null) {
            neighbor.close();
        }
    }

    private <T> T on(Callable<T> task) throws Exception {
        return loop.submit(task).get();
    }

    private static AddressUpdate address(UpdateKind kind, String prefix) {
        IpPrefix p = IpPrefix.parse(prefix);
        return AddressUpdate.newBuilder().setKind(kind).setIfindex(IFINDEX)
                .setAddress(IpPrefixes.of(p.address(), p.length())).build();
    }

    /** Accepts Ferry's connections until one comes from {@code source}, with a deadline. */
    private void connectionFrom(String source) throws Exception {
        long end = System.nanoTime() + 30_000_000_000L;
        neighbor.setSoTimeout(1000);
        while (System.nanoTime() < end) {
            try {
                Socket s = neighbor.accept();
                accepted.add(s);
                if (s.getInetAddress().equals(InetAddress.getByName(source))) {
                    return;
                }
            } catch (SocketTimeoutException e) {
                // poll again until the deadline
            }
        }
        throw new AssertionError("no connection from " + source);
    }

    @Test
    void theSessionFollowsTheInterfacesAddress() throws Exception {
        neighbor = new ServerSocket();
        neighbor.bind(new InetSocketAddress(THEM, PORT));
        BgpConfig config = new BgpConfig();
        BgpInstance inst = new BgpInstance(65001, BgpInstanceType.DEFAULT, null, BgpDefaults.of("traditional"));
        inst.routerId("1.1.1.1");
        inst.addNeighbor(IpPrefix.host(IpAddresses.parse(THEM)), RemoteAs.parse("65002")).updateSource("ferry0");
        config.add(inst);
        on(() -> {
            service = new BgpService(config, loop, PORT, List.of(InetAddress.getByName(US)), () -> "S", f -> false);
            service.start(null);
            service.onInterface(InterfaceUpdate.newBuilder().setIfindex(IFINDEX).setName("ferry0").build());
            service.onAddress(address(UpdateKind.UPDATE_KIND_PRESENT, "127.0.0.3/8"));
            service.onAddress(address(UpdateKind.UPDATE_KIND_PRESENT, "2001:db8::1/64"));
            return null;
        });
        assertEquals(InetAddress.getByName("127.0.0.3"), on(() -> service.router().peer(THEM).updateSourceAddress()));
        connectionFrom("127.0.0.3");

        on(() -> {
            service.onAddress(address(UpdateKind.UPDATE_KIND_PRESENT, "127.0.0.5/8"));
            return null;
        });
        assertEquals(InetAddress.getByName("127.0.0.5"), on(() -> service.router().peer(THEM).updateSourceAddress()),
                "127.0.0.5 shares more leading bits with 127.0.0.4");
        connectionFrom("127.0.0.5");

        on(() -> {
            service.onInterface(InterfaceUpdate.newBuilder().setKind(UpdateKind.UPDATE_KIND_DELETED)
                    .setIfindex(IFINDEX).build());
            return null;
        });
        assertNull(on(() -> service.router().peer(THEM).updateSourceAddress()), "no interface: unbound");
    }

    @Test
    void longestCommonPrefixOfTheNeighborsFamilyWins() {
        InterfaceAddresses t = new InterfaceAddresses();
        t.apply(InterfaceUpdate.newBuilder().setIfindex(IFINDEX).setName("eth1").build());
        t.apply(address(UpdateKind.UPDATE_KIND_PRESENT, "10.0.1.1/24"));
        t.apply(address(UpdateKind.UPDATE_KIND_PRESENT, "10.0.2.1/24"));
        t.apply(address(UpdateKind.UPDATE_KIND_PRESENT, "2001:db8:2::1/64"));
        assertEquals("10.0.2.1", IpAddresses.format(t.sourceFor("eth1", IpAddresses.parse("10.0.2.9")).getAddress()));
        assertEquals("10.0.1.1", IpAddresses.format(t.sourceFor("eth1", IpAddresses.parse("10.0.1.9")).getAddress()));
        assertEquals("2001:db8:2::1",
                IpAddresses.format(t.sourceFor("eth1", IpAddresses.parse("2001:db8:2::2")).getAddress()));
        assertNull(t.sourceFor("eth2", IpAddresses.parse("10.0.2.9")));
        t.apply(address(UpdateKind.UPDATE_KIND_DELETED, "10.0.2.1/24"));
        assertEquals("10.0.1.1", IpAddresses.format(t.sourceFor("eth1", IpAddresses.parse("10.0.2.9")).getAddress()));
        assertEquals(31, InterfaceAddresses.commonBits(IpAddresses.parse("127.0.0.5"), IpAddresses.parse("127.0.0.4")));
    }
}
