package dev.ferry.vtysh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.lib.cli.ConfigWriter;
import dev.ferry.lib.cli.Node;
import dev.ferry.lib.daemon.Daemon;
import dev.ferry.lib.daemon.DaemonContext;
import dev.ferry.lib.daemon.DaemonModule;
import dev.ferry.lib.daemon.TestDaemons;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * vtysh against real Ferry daemons (lib's bootstrap, CLI engine and VTY server) running in this JVM:
 * a zebra-like daemon that owns interface descriptions and an ospfd-like one that owns `router ospf`
 * and interface areas, so lines must reach the right daemon and the parts must merge.
 */
class EndToEndTest {

    @TempDir
    Path dir;

    private final List<Daemon> daemons = new ArrayList<>();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** Interfaces and one setting per interface, written as FRR writes interface blocks. */
    private static final class InterfaceModule implements DaemonModule {
        private final String syntax;
        private final String help;
        private final String prefix;
        final Map<String, String> settings = new TreeMap<>();
        String routerId;
        private final boolean ospf;

        InterfaceModule(String syntax, String help, String prefix, boolean ospf) {
            this.syntax = syntax;
            this.help = help;
            this.prefix = prefix;
            this.ospf = ospf;
        }

        @Override
        public void start(DaemonContext ctx) {
            ctx.cli().install(Node.CONFIG, "interface IFNAME", "Select an interface to configure\nInterface's name",
                    c -> c.enter(Node.INTERFACE, c.arg("IFNAME")));
            ctx.cli().install(Node.INTERFACE, syntax, help, c -> settings.put(c.data(String.class),
                    prefix + c.expandedLine().substring(c.expandedLine().lastIndexOf(' ') + 1)));
            if (ospf) {
                ctx.cli().install(Node.CONFIG, "router ospf", "Enable a routing process\nStart OSPF configuration",
                        c -> c.enter(Node.ROUTER_OSPF, "ospf"));
                ctx.cli().install(Node.ROUTER_OSPF, "ospf router-id A.B.C.D",
                        "OSPF specific commands\nrouter-id for the OSPF process\nOSPF router-id in IP address format",
                        c -> routerId = c.arg("A.B.C.D"));
            } else {
                ctx.cli().install(Node.VIEW, "show interface brief", "Show running system information\n"
                        + "Interface status and configuration\nInterface status and configuration summary",
                        c -> c.print("Interface       Status\n"));
            }
        }

        @Override
        public void writeConfig(ConfigWriter w) {
            for (Map.Entry<String, String> e : settings.entrySet()) {
                w.open("interface " + e.getKey()).line(e.getValue()).close(Node.INTERFACE);
            }
            if (routerId != null) {
                w.open("router ospf").line("ospf router-id " + routerId).close(Node.ROUTER_OSPF);
            }
        }
    }

    @BeforeEach
    void startDaemons() throws Exception {
        daemons.add(TestDaemons.start(dir, "zebra", new InterfaceModule("description WORD",
                "Interface specific description\nCharacters describing this interface", "description ", false)));
        daemons.add(TestDaemons.start(dir, "ospfd", new InterfaceModule("ip ospf area A.B.C.D",
                "IP Information\nOSPF interface commands\nEnable OSPF on this interface\nOSPF area ID",
                "ip ospf area ", true)));
    }

    @AfterEach
    void stopDaemons() {
        for (Daemon d : daemons) {
            d.close();
        }
    }

    private int vtysh(String... args) {
        List<String> all = new ArrayList<>(List.of("--vty_socket", dir.toString(), "--config_dir", dir.toString(),
                "-H", dir.resolve("history").toString()));
        all.addAll(List.of(args));
        return Vtysh.run(all.toArray(new String[0]), new Output(out, err));
    }

    @Test
    void bootWithoutExitLinesThenShowRunningConfig() throws Exception {
        Files.writeString(dir.resolve("frr.conf"), """
                hostname E2E
                !
                interface eth0
                 description uplink
                 ip ospf area 0.0.0.0
                router ospf
                 ospf router-id 1.1.1.1
                interface lo
                 ip ospf area 0.0.0.0
                !
                """);
        assertEquals(0, vtysh("-b"), err.toString());
        assertEquals("", err.toString());
        assertEquals(0, vtysh("-c", "show running-config no-header"), err.toString());
        String config = out.toString();
        assertTrue(config.contains("hostname E2E\nservice integrated-vtysh-config\n!\n"), config);
        assertTrue(config.endsWith("""
                !
                interface eth0
                 description uplink
                 ip ospf area 0.0.0.0
                exit
                !
                interface lo
                 ip ospf area 0.0.0.0
                exit
                !
                router ospf
                 ospf router-id 1.1.1.1
                exit
                !
                end
                """), config);
    }

    @Test
    void interactiveStyleSessionWithCaretAndPrompt() {
        assertEquals(1, vtysh("-E", "-c", "configure terminal", "-c", "hostname R7", "-c", "interface eth0",
                "-c", "description up", "-c", "bogus words"));
        String text = out.toString();
        assertTrue(text.contains("(config-if)# description up\n"), text);
        assertTrue(text.endsWith("% Unknown command: bogus words\n" + " ".repeat(19) + "^\n"), text);
    }

    @Test
    void showCommandsAndHelp() {
        assertEquals(0, vtysh("-c", "show interface brief", "-c", "show daemons", "-c", "show interface ?"));
        assertEquals("Interface       Status\n zebra ospfd\n"
                + "  brief  Interface status and configuration summary\n", out.toString());
    }

    @Test
    void writeMemoryWritesTheIntegratedFile() throws Exception {
        assertEquals(0, vtysh("-c", "configure terminal", "-c", "interface eth1", "-c", "description core",
                "-c", "ip ospf area 0.0.0.1", "-c", "end", "-c", "write memory"));
        String saved = Files.readString(dir.resolve("frr.conf"));
        assertTrue(saved.contains("interface eth1\n description core\n ip ospf area 0.0.0.1\nexit\n!\n"), saved);
        assertTrue(out.toString().endsWith("[OK]\n"), out.toString());
    }
}
