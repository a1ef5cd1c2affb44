package dev.ferry.lab.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.lab.topology.Endpoint;
import dev.ferry.lab.topology.LinkSpec;
import dev.ferry.lab.topology.RouterKind;
import dev.ferry.lab.topology.RouterSpec;
import dev.ferry.lab.topology.Topology;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class VmGuestLabScriptTest {

    static RouterSpec router(String name, RouterKind kind, Map<String, List<String>> addresses, List<String> mpls,
            Map<String, RouterSpec.VrfSpec> vrfs) {
        return new RouterSpec(name, kind, addresses, List.of(), "", mpls, vrfs);
    }

    private static Topology pair(RouterKind kindOfB) {
        return new Topology("pair", List.of(
                router("A", RouterKind.FRR, Map.of("lo", List.of("10.255.0.1/32"), "eth0", List.of("10.0.1.1/24")), List.of(), Map.of()),
                router("B", kindOfB, Map.of("eth0", List.of("10.0.1.2/24", "2001:db8::2/64")), List.of("eth0"),
                        Map.of("blue", new RouterSpec.VrfSpec(10, List.of("eth0"))))),
                List.of(new LinkSpec(new Endpoint("A", "eth0"), new Endpoint("B", "eth0"))));
    }

    @Test
    void oneBatchMakesNamespacesLinksAndVrfsInsideTheirNamespaces() {
        String s = GuestLabScript.build(pair(RouterKind.FRR)).script();
        assertTrue(s.contains("busybox modprobe -a mpls_router mpls_iptunnel vrf\n"), s);
        assertTrue(s.contains("ip -batch - <<'FERRY_NETWORK'\nnetns add A\nnetns add B\n"
                + "link add name eth0 netns A type veth peer name eth0 netns B\n"
                + "link add name blue netns B type vrf table 10\nFERRY_NETWORK\n"), s);
    }

    @Test
    void eachRouterGetsItsSysctlsAndOneIpBatch() {
        String s = GuestLabScript.build(pair(RouterKind.FRR)).script();
        assertTrue(s.contains("ip netns exec B sh -e <<'FERRY_ROUTER'\necho 1 >/proc/sys/net/ipv4/ip_forward\n"), s);
        assertTrue(s.contains("echo 100000 >/proc/sys/net/mpls/platform_labels\necho 1 >/proc/sys/net/mpls/conf/eth0/input\n"), s);
        assertTrue(s.contains("echo 0 >/proc/sys/net/ipv6/conf/eth0/accept_dad\n"), s);
        assertTrue(s.contains("link set lo up\nlink set blue up\nlink set eth0 master blue\n"), s);
        assertTrue(s.contains("addr add 2001:db8::2/64 dev eth0\n"), s);
        assertTrue(s.indexOf("master blue") < s.indexOf("addr add 10.0.1.2/24"), "enslave before addressing");
    }

    @Test
    void ferryRoutersMakeTheirOwnVrfs() {
        GuestLabScript.Result r = GuestLabScript.build(pair(RouterKind.FERRY));
        assertFalse(r.script().contains("type vrf"), r.script());
        // but the module is loaded: the guest has no modprobe for the kernel's autoload, and zebra needs it
        assertTrue(r.script().contains("modprobe -a mpls_router mpls_iptunnel vrf\n"), r.script());
        assertEquals(List.of("B: VRFs blue are left to Ferry's zebra"), r.notes());
    }

    @Test
    void addressesOnUnknownInterfacesAreRefused() {
        Topology t = new Topology("bad", List.of(router("A", RouterKind.FRR, Map.of("eth9", List.of("10.0.0.1/24")),
                List.of(), Map.of())), List.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GuestLabScript.build(t));
        assertTrue(e.getMessage().contains("eth9 of A"), e.getMessage());
    }

    @Test
    void theScriptIsValidShell() throws Exception {
        Path f = Files.createTempFile("vm-lab", ".sh");
        try {
            Files.writeString(f, GuestLabScript.build(pair(RouterKind.FRR)).script());
            Process p = new ProcessBuilder("sh", "-n", f.toString()).redirectErrorStream(true).start();
            assertTrue(p.waitFor(10, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), new String(p.getInputStream().readAllBytes()));
        } finally {
            Files.delete(f);
        }
    }
}
