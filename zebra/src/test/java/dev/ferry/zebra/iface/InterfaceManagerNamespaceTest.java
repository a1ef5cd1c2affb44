package dev.ferry.zebra.iface;

import dev.ferry.lib.netlink.TestNamespace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ferry.lib.cli.CliResult;
import dev.ferry.lib.cli.CliSession;
import dev.ferry.lib.cli.CmdStatus;
import dev.ferry.lib.daemon.Daemon;
import dev.ferry.lib.daemon.TestDaemons;
import dev.ferry.zebra.rib.Prefix;
import dev.ferry.zebra.rib.RouteNode;
import dev.ferry.zebra.rib.RouteType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The interface manager against the real kernel, in a scratch namespace with veth pairs (this kernel has
 * no dummy or vrf devices): links learned, config applied at once or when the interface appears, events
 * followed into the RIB, and the show commands. Skipped unless root.
 */
class InterfaceManagerNamespaceTest {
    private static final Duration DEADLINE = Duration.ofSeconds(15);

    @TempDir
    Path dir;

    private TestNamespace ns;
    private NamespacedZebra zebra;
    private Daemon daemon;

    @BeforeEach
    void start() throws Exception {
        assumeTrue(TestNamespace.available(), "needs root and iproute2");
        ns = TestNamespace.create("ferry-if");
        try {
            ns.ip("link", "add", "name", "a", "type", "veth", "peer", "name", "b");
            ns.ip("link", "set", "dev", "a", "mtu", "1400", "up");
            ns.ip("link", "set", "dev", "b", "up");
            ns.ip("link", "add", "name", "c", "type", "veth", "peer", "name", "d");
            zebra = new NamespacedZebra(ns.name());
            daemon = TestDaemons.start(dir, "zebra", zebra);
        } catch (Exception e) {
            stop();
            throw e;
        }
    }

    @AfterEach
    void stop() throws Exception {
        try {
            if (daemon != null) {
                daemon.close();
            }
        } finally {
            if (ns != null) {
                ns.close();
            }
        }
    }

    @Test
    void linksAreLearnedWithMtuAndOperState() {
        InterfaceInfo a = iface("a");
        assertEquals(1400, a.mtu());
        assertTrue(a.isOperative(), a.toString());
        assertEquals("veth", a.kind());
        assertEquals(0, a.vrfId());
        InterfaceInfo c = iface("c");
        assertEquals(1500, c.mtu());
        assertFalse(c.isUp());
        assertTrue(iface("lo").isLoopback());
        String detail = show("show interface a");
        assertTrue(detail.startsWith("Interface a is up, line protocol is up\n"), detail);
        assertTrue(detail.contains("  index " + a.ifindex() + " metric 0 mtu 1400 speed "), detail);
        assertTrue(detail.contains("  Interface Type VETH\n"), detail);
        assertTrue(detail.contains("  Parent interface: b\n"), detail);
        assertTrue(show("show interface c").startsWith("Interface c is down\n"));
    }

    @Test
    void briefListsEveryInterface() {
        vty("interface a", "ip address 10.9.1.1/24");
        eventually("10.9.1.1/24 learned", () -> show("show interface brief").contains("10.9.1.1/24"));
        String row = "%-16s%-8s%-16s%s\n";
        assertEquals(String.format(row, "Interface", "Status", "VRF", "Addresses")
                + String.format(row, "---------", "------", "---", "---------")
                + String.format(row, "a", "up", "default", "10.9.1.1/24")
                + String.format(row, "b", "up", "default", "")
                + String.format(row, "c", "down", "default", "")
                + String.format(row, "d", "down", "default", "")
                + String.format(row, "lo", "up", "default", "") + "\n", show("show interface brief"));
    }

    @Test
    void configuredAddressesReachTheKernel() throws Exception {
        CliResult r = vty("interface a", "ip address 10.9.2.1/24", "ipv6 address 2001:db8:9::1/64").getLast();
        assertEquals(CmdStatus.SUCCESS, r.status(), r.output());
        eventually("addresses on a", () -> {
            String out = ip("addr", "show", "dev", "a");
            return out.contains("inet 10.9.2.1/24") && out.contains("inet6 2001:db8:9::1/64");
        });
        eventually("the connected route", () -> connected("10.9.2.0/24"));
        vty("interface a", "no ip address 10.9.2.1/24");
        eventually("10.9.2.1 removed", () -> !ip("addr", "show", "dev", "a").contains("10.9.2.1"));
        eventually("the connected route gone", () -> !connected("10.9.2.0/24"));
    }

    @Test
    void noIpAddressRemovesAnAddressFerryDidNotAdd() throws Exception {
        ns.ip("addr", "add", "10.9.3.1/24", "dev", "a");
        eventually("the address learned", () -> show("show interface a").contains("  inet 10.9.3.1/24\n"));
        CliResult r = vty("interface a", "no ip address 10.9.3.1/24").getLast();
        assertEquals(CmdStatus.SUCCESS, r.status(), r.output());
        eventually("10.9.3.1 removed", () -> !ip("addr", "show", "dev", "a").contains("10.9.3.1"));
        CliResult none = vty("interface a", "no ip address 10.9.30.1/24").getLast();
        assertEquals("% Can't find address\n", none.output());
    }

    @Test
    void linkDownAndUpMoveTheConnectedRoute() throws Exception {
        ns.ip("addr", "add", "10.9.4.1/24", "dev", "a");
        eventually("the connected route", () -> connected("10.9.4.0/24"));
        ns.ip("link", "set", "dev", "b", "down"); // a loses its carrier
        eventually("the route leaves with the carrier", () -> !connected("10.9.4.0/24"));
        assertFalse(iface("a").isOperative());
        ns.ip("link", "set", "dev", "b", "up");
        eventually("the route returns", () -> connected("10.9.4.0/24"));
        ns.ip("link", "set", "dev", "a", "down");
        eventually("the route leaves when shut", () -> !connected("10.9.4.0/24"));
        String detail = show("show interface a");
        assertTrue(detail.contains("  Link downs:     2    last: "), detail);
        assertTrue(detail.contains("  Link ups:       1    last: "), detail);
    }

    @Test
    void mtuAndShutdownAreApplied() throws Exception {
        vty("interface b", "mtu 1300", "shutdown");
        eventually("mtu 1300 and down", () -> {
            String out = ip("link", "show", "dev", "b");
            return out.contains("mtu 1300") && !out.contains(",UP");
        });
        vty("interface b", "no mtu", "no shutdown");
        eventually("mtu back to 1500 and up", () -> {
            String out = ip("link", "show", "dev", "b");
            return out.contains("mtu 1500") && out.contains(",UP");
        });
        vty("interface b", "mtu 9000");
        assertEquals("interface b\n mtu 9000\nexit\n", daemon.runningConfig().lines()
                .dropWhile(l -> !l.startsWith("interface")).map(l -> l + "\n").reduce("", String::concat)
                .replace("!\n", "").replace("end\n", ""));
    }

    @Test
    void configWaitsForItsInterface() throws Exception {
        vty("interface e", "ip address 10.9.5.1/24", "mtu 1280");
        assertTrue(show("show interface e").contains("  pseudo interface\n"));
        ns.ip("link", "add", "name", "e", "type", "veth", "peer", "name", "f");
        eventually("config applied to the new interface", () -> {
            String out = ip("addr", "show", "dev", "e");
            return out.contains("inet 10.9.5.1/24") && out.contains("mtu 1280");
        });
    }

    @Test
    void showVrfSaysTheKernelHasNoVrfs() throws Exception {
        vty("vrf red", "exit-vrf", "vrf blue", "exit-vrf", "interface a vrf red", "ip address 10.9.6.1/24");
        eventually("the refusal noted", () -> show("show vrf").contains("no VRF devices"));
        assertEquals("vrf blue inactive (configured)\nvrf red inactive (configured)\n"
                + "% VRFs are inactive: this kernel has no VRF devices (Unknown device type)\n", show("show vrf"));
        eventually("the address still applied", () -> ip("addr", "show", "dev", "a").contains("10.9.6.1/24"));
        String log = Files.readString(dir.resolve("zebra.log"));
        assertEquals(1, log.split("ZEBRA-VRF-UNSUPPORTED", -1).length - 1, log);
        String brief = show("show interface brief");
        // VRFs blue and red (strcmp order around "default") have no interfaces: FRR prints an empty line for each
        assertTrue(brief.startsWith("\nInterface") && brief.endsWith("default         \n\n\n"), brief);
    }

    @Test
    void listenersGetTheStateThenChanges() throws Exception {
        List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        onLoop(() -> {
            zebra.interfaces.addListener(new InterfaceListener() {
                @Override
                public void interfaceAdded(InterfaceInfo i) {
                    seen.add("+" + i.name());
                }

                @Override
                public void addressAdded(InterfaceInfo i, AddressInfo a) {
                    seen.add(i.name() + " " + a.prefix());
                }

                @Override
                public void dumpDone() {
                    seen.add("done");
                }
            });
            return null;
        });
        assertTrue(seen.containsAll(List.of("+lo", "+a", "+b", "+c", "+d", "done")), seen.toString());
        ns.ip("addr", "add", "10.9.7.1/24", "dev", "c");
        eventually("the new address", () -> seen.contains("c 10.9.7.1/24"));
    }

    // ---- helpers ----

    private List<CliResult> vty(String... lines) {
        CliSession s = new CliSession();
        daemon.execute(s, "configure terminal");
        return java.util.Arrays.stream(lines).map(l -> daemon.execute(s, l)).toList();
    }

    private String show(String command) {
        return daemon.execute(new CliSession(), command).output();
    }

    private String ip(String... args) {
        try {
            return ns.ip(args);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private InterfaceInfo iface(String name) {
        return onLoop(() -> zebra.interfaces.interfaces().stream().filter(i -> i.name().equals(name)).findFirst()
                .orElseThrow());
    }

    private boolean connected(String prefix) {
        return onLoop(() -> {
            RouteNode n = zebra.rib.rib().route(0, Prefix.parse(prefix));
            return n != null && n.selected() != null && n.selected().type() == RouteType.CONNECTED;
        });
    }

    private <T> T onLoop(Callable<T> work) {
        try {
            return daemon.context().loop().submit(work).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void eventually(String what, BooleanSupplier condition) {
        long end = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                fail("not within " + DEADLINE + ": " + what);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted waiting for " + what);
            }
        }
    }
}
