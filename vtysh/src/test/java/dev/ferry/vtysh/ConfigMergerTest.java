package dev.ferry.vtysh;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The merged running-config against real FRR 8.4.4 output: the reference lab's routers (parts written
 * as Ferry daemons print them) and a lab run whose per-daemon parts were captured from FRR's daemons.
 */
class ConfigMergerTest {

    private static final String TOP = "frr version 8.4.4\nfrr defaults traditional\nhostname %s\n!\n";

    /** A daemon's own `show running-config`, as Ferry daemons answer it. */
    private static String part(String hostname, String blocks) {
        return "Building configuration...\n\nCurrent configuration:\n!\n" + TOP.formatted(hostname) + blocks + "end\n";
    }

    private static String merged(String... parts) {
        ConfigMerger m = new ConfigMerger();
        for (String p : parts) {
            m.addDaemonConfig(p);
        }
        m.addLine(RunningConfig.SERVICE_LINE);
        return RunningConfig.HEADER + m.render() + "end\n";
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ConfigMergerTest.class.getResourceAsStream("/running-config/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void pe1() throws IOException {
        String zebra = part("PE1", "vrf CUSTA\nexit-vrf\n!\nvrf CUSTB\nexit-vrf\n!\n");
        String ospfd = part("PE1", "router ospf\n ospf router-id 1.1.1.1\n network 1.1.1.1/32 area 0\n"
                + " network 10.1.1.0/24 area 0\nexit\n!\n");
        String ldpd = part("PE1", "mpls ldp\n router-id 1.1.1.1\n !\n address-family ipv4\n"
                + "  discovery transport-address 1.1.1.1\n  !\n  interface eth0\n  exit\n  !\n"
                + " exit-address-family\n !\nexit\n!\n");
        String bgpd = part("PE1", "router bgp 65000\n bgp router-id 1.1.1.1\n neighbor 2.2.2.2 remote-as 65000\n"
                + " neighbor 2.2.2.2 update-source lo\n !\n address-family ipv4 vpn\n  neighbor 2.2.2.2 activate\n"
                + " exit-address-family\nexit\n!\n"
                + vrfInstance("CUSTA", "1:100", "10:100") + vrfInstance("CUSTB", "2:100", "20:100"));
        String staticd = part("PE1", "vrf CUSTA\n ip route 192.168.1.0/24 172.16.1.2\nexit-vrf\n!\n"
                + "vrf CUSTB\n ip route 192.168.3.0/24 172.16.3.2\nexit-vrf\n!\n");
        assertEquals(resource("reference/PE1.txt"), merged(zebra, ospfd, ldpd, bgpd, staticd));
    }

    private static String vrfInstance(String vrf, String rd, String rt) {
        return "router bgp 65000 vrf " + vrf + "\n !\n address-family ipv4 unicast\n  redistribute static\n"
                + "  label vpn export auto\n  rd vpn export " + rd + "\n  rt vpn both " + rt + "\n  export vpn\n"
                + "  import vpn\n exit-address-family\nexit\n!\n";
    }

    @Test
    void ce1StaticRoutesFormTheirOwnGroup() throws IOException {
        String zebra = part("CE1", "");
        String staticd = part("CE1", "ip route 0.0.0.0/0 172.16.1.254\n!\n");
        assertEquals(resource("reference/CE1.txt"), merged(zebra, staticd));
    }

    @Test
    void f1InterfacesMergeAcrossDaemons() throws IOException {
        String zebra = part("F1", "interface eth0\nexit\n!\ninterface lo\nexit\n!\n");
        String ospf6d = part("F1", "interface eth0\n ipv6 ospf6 area 0.0.0.0\nexit\n!\ninterface lo\n"
                + " ipv6 ospf6 area 0.0.0.0\nexit\n!\nrouter ospf6\n ospf6 router-id 10.255.0.1\nexit\n!\n");
        assertEquals(resource("reference/F1.txt"), merged(zebra, ospf6d));
    }

    /** Parts captured from FRR 8.4.4 daemons ("do write terminal"), merged by FRR's vtysh (no vtysh.conf). */
    @Test
    void capturedFrrDaemonParts() throws IOException {
        ConfigMerger m = new ConfigMerger();
        for (String daemon : new String[] {"zebra", "ospfd", "bgpd", "staticd"}) {
            m.addDaemonConfig(resource("frr-lab/" + daemon + ".part"));
        }
        assertEquals(resource("frr-lab/merged.txt"), RunningConfig.HEADER + m.render() + "end\n");
    }

    @Test
    void interfaceLinesAreSortedAndKeptOnce() {
        ConfigMerger m = new ConfigMerger();
        m.addDaemonConfig("interface eth0\n ip address 10.0.0.1/24\n description uplink\nexit\n");
        m.addDaemonConfig("interface eth0\n ip ospf area 0\n description uplink\nexit\n");
        assertEquals("!\ninterface eth0\n description uplink\n ip address 10.0.0.1/24\n ip ospf area 0\nexit\n!\n",
                m.render());
    }

    @Test
    void topLevelLinesUniqueOnlyForFrrsList() {
        ConfigMerger m = new ConfigMerger();
        m.addDaemonConfig("frr version 8.4.4\nhostname R\nlog syslog\nip forwarding\nagentx\n");
        m.addDaemonConfig("frr version 8.4.4\nhostname R\nlog syslog\nip forwarding\nno ipv6 forwarding\n");
        assertEquals("frr version 8.4.4\nhostname R\nlog syslog\nagentx\nno ipv6 forwarding\n!\n"
                + "ip forwarding\n!\n", m.render());
    }

    @Test
    void keyChainKeysNest() {
        ConfigMerger m = new ConfigMerger();
        m.addDaemonConfig("key chain K\n key 1\n  key-string secret\n exit\nexit\n!\n");
        assertEquals("!\nkey chain K\n key 1\n  key-string secret\n exit\nexit\n!\n", m.render());
    }

    @Test
    void sectionTablesLineUp() {
        assertEquals(ConfigSections.INTERFACE, ConfigSections.sectionOf("interface lo"));
        assertEquals(ConfigSections.OSPF, ConfigSections.sectionOf("router ospf6"));
        assertEquals(ConfigSections.RPKI, ConfigSections.sectionOf("rpki"));
        assertEquals(ConfigSections.LDP, ConfigSections.sectionOf("mpls ldp"));
        assertEquals(ConfigSections.MPLS, ConfigSections.sectionOf("mpls label dynamic-block 100 200"));
        assertEquals(-1, ConfigSections.sectionOf("hostname R"));
    }
}
