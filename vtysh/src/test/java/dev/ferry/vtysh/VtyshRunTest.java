package dev.ferry.vtysh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole `vtysh` runs (options to exit status) against scripted daemons. */
class VtyshRunTest {

    @TempDir
    Path dir;

    private final List<FakeDaemon> fakes = new ArrayList<>();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @AfterEach
    void stop() throws Exception {
        for (FakeDaemon f : fakes) {
            f.close();
        }
    }

    private FakeDaemon fake(String name) throws Exception {
        FakeDaemon f = FakeDaemon.start(dir, name);
        fakes.add(f);
        return f;
    }

    private int vtysh(String... args) {
        List<String> all = new ArrayList<>(List.of("--vty_socket", dir.toString(), "--config_dir", dir.toString(),
                "-H", dir.resolve("history").toString()));
        all.addAll(List.of(args));
        return Vtysh.run(all.toArray(new String[0]), new Output(out, err));
    }

    @Test
    void commandsRunInOrder() throws Exception {
        FakeDaemon zebra = fake("zebra");
        zebra.on("enable", "show interface brief", "enable", "eth0 up\n");
        zebra.on("config", "hostname R9", "config", "");
        assertEquals(0, vtysh("-c", "show interface brief", "-c", "configure terminal\nhostname R9"));
        assertEquals("eth0 up\n", out.toString());
        assertEquals(List.of("show interface brief", "configure terminal", "hostname R9"), zebra.requests("x"));
    }

    @Test
    void firstFailureStopsTheRunWithStatusOne() throws Exception {
        FakeDaemon zebra = fake("zebra");
        zebra.on("enable", "show a", "enable", "A\n");
        zebra.on("enable", "show c", "enable", "C\n");
        assertEquals(1, vtysh("-c", "show a", "-c", "show b", "-c", "show c"));
        assertEquals("A\n% Unknown command: show b\n" + " ".repeat(19) + "^\n", out.toString());
        assertEquals(List.of("show a", "show b"), zebra.requests("x"));
    }

    @Test
    void noErrorKeepsGoingAndSucceeds() throws Exception {
        FakeDaemon zebra = fake("zebra");
        zebra.on("enable", "show c", "enable", "C\n");
        assertEquals(0, vtysh("-n", "-c", "show b", "-c", "show c"));
        assertEquals("", out.toString());
        assertEquals(List.of("show b", "show c"), zebra.requests("x"));
    }

    @Test
    void noDaemonNamesTheDirectory() {
        assertEquals(1, vtysh("-c", "show version"));
        assertTrue(err.toString().startsWith("Exiting: failed to connect to any daemons.\n"));
        assertTrue(err.toString().contains(dir.toString()));
    }

    @Test
    void oneDaemonOnly() throws Exception {
        fake("zebra");
        FakeDaemon bgpd = fake("bgpd");
        assertEquals(0, vtysh("-d", "bgpd", "-c", "show daemons"));
        assertEquals(" bgpd\n", out.toString());
        assertEquals(1, vtysh("-d", "ripd", "-c", "show daemons"));
        assertTrue(err.toString().startsWith("Error: no daemons match name ripd!\n"));
        assertTrue(bgpd.requests("x").isEmpty());
    }

    @Test
    void echoPrintsPromptAndCommand() throws Exception {
        FakeDaemon zebra = fake("zebra");
        zebra.runningConfig("frr version 8.4.4\nhostname PE1\n!\nend\n");
        assertEquals(0, vtysh("-E", "-c", "configure terminal", "-c", "end"));
        assertEquals("PE1# configure terminal\nPE1(config)# end\n", out.toString());
    }

    @Test
    void trailingQuestionMarkAsksForHelp() throws Exception {
        FakeDaemon zebra = fake("zebra");
        zebra.help("enable", "show ip ", "route\tIP routing table\n");
        assertEquals(0, vtysh("-c", "show ip ?"));
        assertEquals("  route  IP routing table\n", out.toString());
    }

    @Test
    void bootAppliesFrrConfReportingBadLines() throws Exception {
        FakeDaemon zebra = fake("zebra");
        FakeDaemon ospfd = fake("ospfd");
        zebra.on("config", "frr defaults traditional", "config", "");
        zebra.on("config", "interface eth0", "interface", "");
        ospfd.on("config", "interface eth0", "interface", "");
        ospfd.on("interface", "ip ospf area 0", "interface", "");
        ospfd.on("interface", "ip ospf cost", "interface", "", 4);
        ospfd.on("config", "router ospf", "router-ospf", "");
        ospfd.on("router-ospf", "ospf router-id 1.1.1.1", "router-ospf", "% not yet\n", 13);
        Files.writeString(dir.resolve("frr.conf"), """
                frr defaults traditional
                !
                interface eth0
                 ip ospf area 0
                 bogus command here
                 ip ospf cost
                exit
                router ospf
                 ospf router-id 1.1.1.1
                end
                """);
        assertEquals(13, vtysh("-b"));
        assertEquals("""
                line 5: % Unknown command[17]:  bogus command here
                line 6: % Command incomplete[17]:  ip ospf cost

                line 9: Failure to communicate[13] to ospfd, line:  ospf router-id 1.1.1.1

                Configuration file[CONF] processing failure: 13
                """.replace("CONF", dir.resolve("frr.conf").toString()), err.toString());
        assertEquals("% not yet\n", out.toString());
        assertEquals(List.of("configure terminal", "frr defaults traditional", "interface eth0", "ip ospf area 0",
                "bogus command here", "ip ospf cost", "exit", "router ospf", "ospf router-id 1.1.1.1", "end"),
                ospfd.requests("x"));
    }

    @Test
    void bootWithoutConfigFile() throws Exception {
        fake("zebra");
        assertEquals(11, vtysh("-b"));
        Path conf = dir.resolve("frr.conf");
        assertEquals("% Can't open configuration file " + conf + " due to 'No such file or directory'.\n"
                + "Configuration file[" + conf + "] processing failure: 11\n", err.toString());
    }

    @Test
    void inputFileReturnsTheLastError() throws Exception {
        fake("zebra");
        Path file = dir.resolve("extra.conf");
        Files.writeString(file, "bogus\n");
        assertEquals(2, vtysh("-f", file.toString()));
        assertEquals("line 1: % Unknown command[4]: bogus\n", err.toString());
    }

    @Test
    void writeConfigOption() throws Exception {
        FakeDaemon zebra = fake("zebra");
        zebra.runningConfig("frr version 8.4.4\nhostname R\n!\nend\n");
        assertEquals(0, vtysh("-w"));
        assertEquals("frr version 8.4.4\nhostname R\nservice integrated-vtysh-config\n!\n",
                Files.readString(dir.resolve("frr.conf")));
    }

    @Test
    void helpAndUsageErrors() {
        assertEquals(0, vtysh("-h"));
        assertTrue(out.toString().startsWith("Usage : vtysh [OPTION...]\n"));
        assertEquals(1, vtysh("-x"));
        assertEquals("vtysh: invalid option -- 'x'\nTry `vtysh --help' for more information.\n", err.toString());
    }
}
