package dev.ferry.lib.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.ferry.lib.cli.Cli;
import dev.ferry.lib.cli.CliSession;
import dev.ferry.lib.cli.CmdStatus;
import dev.ferry.lib.cli.Node;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** lib's interface node commands, shared by every daemon with interfaces. */
class InterfaceNodeCommandsTest {
    private static final class Iface extends ConfiguredInterface {
        Iface(String name, String vrf) {
            super(name, vrf);
        }
    }

    private final InterfaceTable<Iface> interfaces = new InterfaceTable<>("default", Iface::new);
    private final Cli cli = new Cli();
    private final CliSession session = new CliSession();

    @BeforeEach
    void install() {
        InterfaceNodeCommands.install(cli, interfaces);
        run("configure terminal");
    }

    @Test
    void interfaceEntersTheNodeAndCreatesItInTheNamedVrf() {
        run("interface eth0 vrf red");
        assertEquals(Node.INTERFACE, session.node());
        assertEquals("red", interfaces.find("eth0").vrf());
        run("exit", "interface eth1");
        assertEquals("default", interfaces.find("eth1").vrf());
    }

    @Test
    void descriptionKeepsTheWholeLineUntilRemoved() {
        run("interface eth0", "description to the core");
        assertEquals("to the core", interfaces.find("eth0").description());
        run("no description");
        assertNull(interfaces.find("eth0").description());
    }

    @Test
    void noInterfaceForgetsIt() {
        run("interface eth0", "exit", "no interface eth0");
        assertNull(interfaces.find("eth0"));
    }

    private void run(String... lines) {
        for (String line : lines) {
            assertEquals(CmdStatus.SUCCESS, cli.execute(session, line).status(), line);
        }
    }
}
