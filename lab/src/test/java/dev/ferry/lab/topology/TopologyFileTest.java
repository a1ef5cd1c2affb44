package dev.ferry.lab.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopologyFileTest {
    private static final String PAIR = """
            name: pair
            topology:
              defaults: {kind: frr, daemons: [ospfd]}
              nodes:
                R1:
                  interfaces:
                    lo: 10.0.0.1/32
                    eth0: [10.0.12.1/24, "2001:db8::1/64"]
                  config: |
                    hostname R1
                R2:
                  kind: ferry
                  daemons: [ospfd, bgpd, zebra]
                  interfaces: {lo: 10.0.0.2/32, eth0: 10.0.12.2/24}
              links:
                - endpoints: ["R1:eth0", "R2:eth0"]
            """;

    private static TopologyException error(String yaml) {
        return assertThrows(TopologyException.class, () -> TopologyFile.parse(yaml, "t.yaml", null));
    }

    @Test
    void readsRoutersLinksAndAddresses() {
        Topology t = TopologyFile.parse(PAIR, "t.yaml", null);
        assertEquals("pair", t.name());
        RouterSpec r1 = t.requireRouter("R1");
        assertEquals(RouterKind.FRR, r1.kind());
        assertEquals(List.of("ospfd"), r1.daemons());
        assertEquals(Map.of("lo", List.of("10.0.0.1/32"), "eth0", List.of("10.0.12.1/24", "2001:db8::1/64")), r1.addresses());
        assertEquals("hostname R1\n", r1.frrConf());
        RouterSpec r2 = t.requireRouter("R2");
        assertEquals(RouterKind.FERRY, r2.kind());
        assertEquals(List.of("ospfd", "bgpd"), r2.daemons(), "zebra and staticd always run: not listed");
        assertEquals(List.of(new LinkSpec(new Endpoint("R1", "eth0"), new Endpoint("R2", "eth0"))), t.links());
        assertEquals("R1-eth0--R2-eth0", t.links().getFirst().name());
    }

    @Test
    void builtInL3vpnIsTheTutorial() {
        Topology t = BuiltinLabs.load("l3vpn").orElseThrow();
        assertEquals(List.of("PR", "PE1", "PE2", "CE1", "CE2", "CE3", "CE4"), t.routerNames());
        assertEquals(6, t.links().size());
        RouterSpec pe1 = t.requireRouter("PE1");
        assertEquals(RouterKind.FERRY, pe1.kind());
        assertEquals(List.of("ospfd", "ldpd", "bgpd"), pe1.daemons());
        assertEquals(Map.of("CUSTA", new RouterSpec.VrfSpec(10, List.of("eth1")), "CUSTB", new RouterSpec.VrfSpec(20, List.of("eth2"))),
                pe1.vrfs());
        assertEquals(List.of("eth0"), pe1.mplsInterfaces());
        assertEquals(List.of("eth0", "eth1"), t.requireRouter("PR").mplsInterfaces());
        assertTrue(pe1.frrConf().contains("router bgp 65000 vrf CUSTA"), "PE1/frr.conf read from the resource");
        assertEquals(List.of("192.168.1.1/24"), t.requireRouter("CE1").addresses().get("lo"));
        assertEquals(13, t.checks().size());
        assertEquals(List.of("mpls", "vrf"), t.kernel());
        assertTrue(pe1.frrConf().contains("interface eth1 vrf CUSTA\n"), "zebra puts eth1 in CUSTA from the config");
        Topology mixed = t.withKind(List.of("PR", "PE2"), RouterKind.FRR);
        assertEquals(List.of(RouterKind.FRR, RouterKind.FERRY, RouterKind.FRR), mixed.routers().subList(0, 3).stream()
                .map(RouterSpec::kind).toList());
        assertTrue(t.withKind(List.of("all"), RouterKind.FRR).routers().stream().allMatch(r -> r.kind() == RouterKind.FRR));
        assertEquals("no router \"PX\" in lab l3vpn (routers: PR, PE1, PE2, CE1, CE2, CE3, CE4)",
                assertThrows(IllegalArgumentException.class, () -> t.withKind(List.of("PX"), RouterKind.FRR)).getMessage());
        assertTrue(t.description().startsWith("MPLS L3VPN tutorial"));
    }

    @Test
    void builtInLabsAreListedAndResolvable() {
        assertEquals(List.of("l3vpn", "ospf-pair"), BuiltinLabs.names());
        Topology pair = BuiltinLabs.resolve("ospf-pair");
        assertEquals(2, pair.routers().size());
        assertEquals(Duration.ofSeconds(60), pair.checks().getFirst().timeout());
        assertEquals(Map.of("neighbors", Map.of("10.0.0.2", List.of(Map.of("converged", "Full")))),
                ((CheckSpec) pair.checks().getFirst()).expected());
        assertEquals(pair, BuiltinLabs.resolve("labs/ospf-pair/topology.yaml"));
        TopologyException e = assertThrows(TopologyException.class, () -> BuiltinLabs.resolve("nosuch"));
        assertTrue(e.getMessage().contains("built-in: l3vpn, ospf-pair"), e.getMessage());
    }

    @Test
    void configFromAFileNextToTheTopology(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("R1"));
        Files.writeString(dir.resolve("R1/frr.conf"), "hostname R1\n!\n");
        Files.writeString(dir.resolve("lab.yaml"), """
                name: one
                topology:
                  nodes:
                    R1: {kind: frr, startup-config: R1/frr.conf}
                """);
        assertEquals("hostname R1\n!\n", TopologyFile.load(dir.resolve("lab.yaml")).requireRouter("R1").frrConf());
        Files.writeString(dir.resolve("bad.yaml"), """
                name: one
                topology:
                  nodes:
                    R1: {kind: frr, startup-config: R9/frr.conf}
                """);
        TopologyException e = assertThrows(TopologyException.class, () -> TopologyFile.load(dir.resolve("bad.yaml")));
        assertEquals(4, e.line());
        assertTrue(e.reason().startsWith("cannot read startup-config R9/frr.conf: no such file"), e.reason());
    }

    @Test
    void writtenTopologyReadsBackTheSame() {
        for (String name : BuiltinLabs.names()) {
            Topology t = BuiltinLabs.load(name).orElseThrow();
            assertEquals(t, TopologyFile.parse(TopologyFile.toYaml(t), "copy", null), name);
        }
        Topology t = TopologyFile.parse(PAIR, "t.yaml", null);
        assertEquals(t, TopologyFile.parse(TopologyFile.toYaml(t), "copy", null));
    }

    @Test
    void unknownRouterInALink() {
        TopologyException e = error(PAIR.replace("\"R2:eth0\"]", "\"R3:eth0\"]"));
        assertEquals(16, e.line());
        assertEquals("link endpoint \"R3:eth0\": no router R3 in topology.nodes (routers: R1, R2)", e.reason());
        assertEquals("t.yaml line 16: " + e.reason(), e.getMessage());
    }

    @Test
    void duplicateInterface() {
        TopologyException e = error(PAIR.replace("    - endpoints: [\"R1:eth0\", \"R2:eth0\"]\n",
                "    - endpoints: [\"R1:eth0\", \"R2:eth0\"]\n    - endpoints: [\"R1:eth0\", \"R2:eth1\"]\n"));
        assertEquals(17, e.line());
        assertEquals("duplicate interface: R1:eth0 is already in the link at line 16", e.reason());
    }

    @Test
    void badPrefixes() {
        assertEquals("bad prefix on R1 lo: \"10.0.0.1\" has no prefix length (write it as ADDRESS/LENGTH, e.g. 10.0.0.1/24)",
                error(PAIR.replace("lo: 10.0.0.1/32", "lo: 10.0.0.1")).reason());
        assertEquals("bad prefix on R1 lo: prefix length 33 in \"10.0.0.1/33\" is out of range 0-32",
                error(PAIR.replace("lo: 10.0.0.1/32", "lo: 10.0.0.1/33")).reason());
        TopologyException e = error(PAIR.replace("lo: 10.0.0.1/32", "lo: 10.0.0.300/32"));
        assertEquals(7, e.line());
        assertEquals("bad prefix on R1 lo: \"10.0.0.300\" in \"10.0.0.300/32\" is not an IPv4 or IPv6 address", e.reason());
        assertTrue(error(PAIR.replace("2001:db8::1/64", "2001:db8::g/64")).reason().contains("not an IPv4 or IPv6"));
        assertEquals("address 10.0.12.1/24 is given twice on R1",
                error(PAIR.replace("lo: 10.0.0.1/32", "lo: 10.0.12.1/24")).reason());
    }

    @Test
    void unknownKeysKindsAndDaemons() {
        TopologyException e = error(PAIR.replace("  config: |", "  confg: |"));
        assertEquals(9, e.line());
        assertTrue(e.reason().startsWith("unknown key \"confg\" in router R1 (known: kind, daemons"), e.reason());
        assertEquals("unknown kind \"cisco\" (known: ferry, frr)", error(PAIR.replace("kind: ferry", "kind: cisco")).reason());
        assertTrue(error(PAIR.replace("[ospfd, bgpd, zebra]", "[isisd]")).reason()
                .startsWith("unknown daemon \"isisd\" for ferry router R2"));
    }

    @Test
    void structuralErrors() {
        assertEquals("interface eth1 of R1 is in no link (only lo and interfaces named in topology.links exist: eth0)",
                error(PAIR.replace("eth0: [10.0.12.1/24", "eth1: [10.0.12.1/24")).reason());
        assertEquals("a link has exactly two endpoints (ROUTER:INTERFACE), this one has 1",
                error(PAIR.replace("[\"R1:eth0\", \"R2:eth0\"]", "[\"R1:eth0\"]")).reason());
        assertEquals("link endpoint \"R1eth0\" is not ROUTER:INTERFACE",
                error(PAIR.replace("\"R1:eth0\", ", "\"R1eth0\", ")).reason());
        assertEquals("link endpoint \"R1:lo\": lo is the loopback, it cannot be in a link",
                error(PAIR.replace("\"R1:eth0\", ", "\"R1:lo\", ")).reason());
        assertTrue(error(PAIR.replace("\"R1:eth0\", ", "\"R1:averyveryverylongname\", ")).reason()
                .contains("at most 15"));
        assertEquals("the file needs \"name\"", error(PAIR.replace("name: pair\n", "")).reason());
        TopologyException dup = error(PAIR.replace("    R2:\n", "    R1:\n"));
        assertEquals("duplicate key \"R1\" in topology.nodes (first at line 5)", dup.reason());
        TopologyException yaml = error("name: x\ntopology:\n  nodes: {R1: [\n");
        assertTrue(yaml.reason().startsWith("not valid YAML"), yaml.reason());
        assertTrue(yaml.line() >= 3, "line " + yaml.line());
    }

    @Test
    void vrfsAndMpls() {
        Topology t = TopologyFile.parse("""
                name: v
                topology:
                  nodes:
                    PE:
                      kind: frr
                      vrfs: {A: 10, B: {table: 20}}
                      interfaces:
                        e1: {addresses: [172.16.1.1/24], vrf: A, mpls: true}
                        e2: {vrf: B}
                    CE: {kind: frr}
                  links:
                    - endpoints: ["PE:e1", "CE:e1"]
                    - endpoints: ["PE:e2", "CE:e2"]
                """, "v.yaml", null);
        RouterSpec pe = t.requireRouter("PE");
        assertEquals(Map.of("A", new RouterSpec.VrfSpec(10, List.of("e1")), "B", new RouterSpec.VrfSpec(20, List.of("e2"))), pe.vrfs());
        assertEquals(List.of("e1"), pe.mplsInterfaces());
        TopologyException e = error("""
                name: v
                topology:
                  nodes:
                    PE:
                      interfaces:
                        lo: {vrf: C}
                """);
        assertEquals(6, e.line());
        assertEquals("interface lo of PE is in VRF C, which the router's vrfs do not declare", e.reason());
        assertTrue(error("name: v\ntopology:\n  nodes:\n    PE: {vrfs: {A: 254}}\n").reason().contains("reserved"));
    }

    @Test
    void checks() {
        Topology t = TopologyFile.parse(PAIR + """
                checks:
                  - router: R1
                    command: show ip ospf neighbor json
                    expect: '{"neighbors": {"10.0.0.2": [{"converged": "Full"}]}}'
                    timeout: 1.5m
                  - what: no R3
                    router: R2
                    command: show ip route json
                    expect: {"10.0.0.3/32": null, "10.0.0.1/32": [{"protocol": "*", "selected": true, "metric": 10}]}
                """, "t.yaml", null);
        CheckSpec c = (CheckSpec) t.checks().getFirst();
        assertEquals("R1: show ip ospf neighbor json", c.what());
        assertEquals(Duration.ofSeconds(90), c.timeout());
        CheckSpec d = (CheckSpec) t.checks().get(1);
        assertEquals(Duration.ofSeconds(120), d.timeout());
        Map<?, ?> exp = (Map<?, ?>) d.expected();
        assertTrue(exp.containsKey("10.0.0.3/32") && exp.get("10.0.0.3/32") == null);
        assertEquals("check on unknown router R9 (routers: R1, R2)",
                error(PAIR + "checks:\n  - {router: R9, command: x, expect: {}}\n").reason());
        assertTrue(error(PAIR + "checks:\n  - {router: R1, command: x, expect: {}, timeout: soon}\n").reason()
                .startsWith("timeout \"soon\" is not a duration"));
    }

    /** Ping checks: an address or a router's name, an optional source, reachable (the default) or unreachable. */
    @Test
    void pingChecks() {
        Topology t = TopologyFile.parse(PAIR + """
                checks:
                  - router: R1
                    ping: 10.0.0.2
                    source: 10.0.0.1
                    timeout: 30s
                  - what: R2 stays apart
                    router: R2
                    ping: R1
                    expect: unreachable
                """, "t.yaml", null);
        assertEquals(new PingCheck("R1 pings 10.0.0.2", "R1", "10.0.0.2", "10.0.0.1", true, Duration.ofSeconds(30)),
                t.checks().getFirst());
        assertEquals(new PingCheck("R2 stays apart", "R2", "R1", null, false, Duration.ofSeconds(120)),
                t.checks().get(1));
        assertEquals(t, TopologyFile.parse(TopologyFile.toYaml(t), "copy.yaml", null), "written and read back");
        assertEquals("ping \"10.0.0.300\" is not an IPv4 or IPv6 address (nor a router's name)",
                error(PAIR + "checks:\n  - {router: R1, ping: 10.0.0.300}\n").reason());
        assertEquals("a check has either a command (and expect) or a ping (and maybe source, expect)",
                error(PAIR + "checks:\n  - {router: R1, ping: 10.0.0.2, command: x}\n").reason());
        assertEquals("a ping check expects reachable or unreachable, not yes",
                error(PAIR + "checks:\n  - {router: R1, ping: 10.0.0.2, expect: yes}\n").reason());
    }

    /** `kernel:` names what the lab's forwarding needs; ferry-lab picks the vm backend when the host lacks it. */
    @Test
    void kernelFeatures() {
        Topology t = TopologyFile.parse(PAIR.replace("name: pair\n", "name: pair\nkernel: [mpls, vrf]\n"),
                "t.yaml", null);
        assertEquals(List.of("mpls", "vrf"), t.kernel());
        assertEquals(List.of(), TopologyFile.parse(PAIR, "t.yaml", null).kernel());
        assertEquals(t, TopologyFile.parse(TopologyFile.toYaml(t), "copy.yaml", null));
        assertEquals("unknown kernel feature \"gre\" (known: mpls, vrf)",
                error(PAIR.replace("name: pair\n", "name: pair\nkernel: [gre]\n")).reason());
    }
}
