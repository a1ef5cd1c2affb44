package dev.ferry.lab.docker;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.lab.topology.RouterKind;
import dev.ferry.lab.topology.RouterSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The container set-up script: safety first, renames that cannot collide, no shell injection. */
class DockerSetupScriptTest {

    private static RouterSpec spec(Map<String, List<String>> addresses) {
        return new RouterSpec("PE1", RouterKind.FRR, addresses, List.of("ospfd"), "", List.of("eth1"),
                Map.of("CUSTA", new RouterSpec.VrfSpec(10, List.of("eth2"))));
    }

    @Test
    void deletesDefaultRoutesBeforeTouchingInterfaces() {
        String s = SetupScript.render(spec(Map.of("eth0", List.of("10.0.0.1/30"))),
                Map.of("02:42:0a:fe:00:02", "eth0"));
        int v4 = s.indexOf("ip -4 route flush exact 0.0.0.0/0");
        int v6 = s.indexOf("ip -6 route flush exact ::/0");
        int firstLink = s.indexOf("by_mac 02:42");
        assertTrue(v4 > 0 && v6 > 0 && v4 < firstLink && v6 < firstLink, s);
        assertTrue(s.contains("set -eu"), "a failing step must stop the set-up");
        assertTrue(s.contains("then\n    say 'a default route is still there'; exit 1\nfi"), s);
    }

    @Test
    void renamesThroughTemporaryNamesSoDockerNamesCannotCollide() {
        Map<String, String> macs = new LinkedHashMap<>();
        macs.put("02:42:0a:fe:00:02", "eth1"); // Docker may have called this one eth0 ...
        macs.put("02:42:0a:fe:00:0a", "eth0"); // ... and this one eth1
        String s = SetupScript.render(spec(Map.of()), macs);
        assertTrue(s.contains("i=$(by_mac 02:42:0a:fe:00:02); ip link set dev \"$i\" down; "
                + "ip link set dev \"$i\" name fltmp0"), s);
        assertTrue(s.contains("i=$(by_mac 02:42:0a:fe:00:0a); ip link set dev \"$i\" down; "
                + "ip link set dev \"$i\" name fltmp1"), s);
        assertTrue(s.indexOf("name fltmp1") < s.indexOf("ip link set dev fltmp0 name eth1"),
                "all to temporary names first");
        assertTrue(s.contains("ip link set dev fltmp0 name eth1; ip addr flush dev eth1;"), "Docker's addresses go");
    }

    @Test
    void configuresAddressesDummiesMplsAndVrfs() {
        Map<String, List<String>> addrs = new LinkedHashMap<>();
        addrs.put("lo", List.of("1.1.1.1/32"));
        addrs.put("eth0", List.of("10.0.0.1/30", "2001:db8::1/64"));
        addrs.put("svc0", List.of("192.168.9.1/24"));
        String s = SetupScript.render(spec(addrs), Map.of("02:42:0a:fe:00:02", "eth0"));
        assertTrue(s.contains("ip addr add 1.1.1.1/32 dev lo"), s);
        assertTrue(s.contains("ip -6 addr add 2001:db8::1/64 dev eth0 nodad"), s);
        assertTrue(s.contains("ip link add svc0 type dummy"), "an address on an interface no link makes: " + s);
        assertTrue(s.contains("echo 1 > /proc/sys/net/mpls/conf/eth1/input"), s);
        assertTrue(s.contains("ip link add CUSTA type vrf table 10"), s);
        assertTrue(s.contains("ip link set dev eth2 master CUSTA"), s);
    }

    @Test
    void refusesWhatWouldBeShellCode() {
        assertThrows(IllegalArgumentException.class, () ->
                SetupScript.render(spec(Map.of("eth0; reboot", List.of("10.0.0.1/30"))), Map.of()));
        assertThrows(IllegalArgumentException.class, () ->
                SetupScript.render(spec(Map.of("eth0", List.of("10.0.0.1/30 $(reboot)"))), Map.of()));
        assertThrows(IllegalArgumentException.class, () ->
                SetupScript.render(spec(Map.of()), Map.of("02:42:0a:fe:00:02", "a-name-longer-than-15")));
    }
}
