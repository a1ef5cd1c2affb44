package dev.ferry.vtysh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dispatch and node tracking against three scripted daemons on real unix sockets. */
class DispatcherTest {

    @TempDir
    Path dir;

    private FakeDaemon zebra;
    private FakeDaemon ospfd;
    private FakeDaemon bgpd;
    private Daemons daemons;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private CommandExecutor executor;
    private Dispatcher dispatcher;

    @BeforeEach
    void start() throws Exception {
        // Started out of order: vtysh still talks to them in FRR's order.
        bgpd = FakeDaemon.start(dir, "bgpd");
        zebra = FakeDaemon.start(dir, "zebra");
        ospfd = FakeDaemon.start(dir, "ospfd");
        Output output = new Output(out, err);
        daemons = Daemons.connect(dir, null, output);
        dispatcher = new Dispatcher(daemons, output);
        LocalCommands local = new LocalCommands(dispatcher, output,
                new IntegratedConfigFile(dir.resolve("frr.conf")));
        executor = new CommandExecutor(dispatcher, local, output, false);
    }

    @AfterEach
    void stop() throws Exception {
        daemons.close();
        zebra.close();
        ospfd.close();
        bgpd.close();
    }

    @Test
    void connectsInFrrOrder() {
        assertEquals(List.of("zebra", "ospfd", "bgpd"), daemons.alive().stream().map(DaemonSession::name).toList());
        executor.execute("show daemons");
        assertEquals(" zebra ospfd bgpd\n", out.toString());
    }

    @Test
    void daemonsThatDidNotTakeANodeChangeAreMovedAlong() {
        zebra.on("config", "interface eth0", "interface", "");
        ospfd.on("config", "interface eth0", "interface", "");
        ospfd.on("interface", "ip ospf area 0", "interface", "");
        assertEquals(0, executor.execute("configure terminal"));
        assertEquals("config", dispatcher.node());
        assertEquals(0, executor.execute("interface eth0"));
        assertEquals("interface", dispatcher.node());
        assertEquals(List.of("interface"), bgpd.requests("enter"));
        assertTrue(zebra.requests("enter").isEmpty());
        assertEquals(0, executor.execute(" ip ospf area 0"));
        // Every daemon is at the node again, so every daemon is asked.
        assertEquals(List.of("configure terminal", "interface eth0", "ip ospf area 0"), zebra.requests("x"));
        assertEquals(List.of("configure terminal", "interface eth0", "ip ospf area 0"), bgpd.requests("x"));
        assertEquals("", out.toString());
    }

    @Test
    void outputsComeInDaemonOrder() {
        bgpd.on("enable", "show debugging", "enable", "BGP debugging status:\n");
        zebra.on("enable", "show debugging", "enable", "Zebra debugging status:\n");
        assertEquals(0, executor.execute("show debugging"));
        assertEquals("Zebra debugging status:\nBGP debugging status:\n", out.toString());
    }

    @Test
    void unknownCommandPointsAtTheWordNobodyMatched() {
        zebra.errorPosition(5);
        ospfd.errorPosition(8);
        bgpd.errorPosition(0);
        assertEquals(2, executor.execute("show ip bogus"));
        assertEquals("% Unknown command: show ip bogus\n" + " ".repeat(19 + 8) + "^\n", out.toString());
        assertEquals("enable", dispatcher.node());
    }

    @Test
    void caretFollowsLeadingBlanksOfTheTypedLine() {
        zebra.errorPosition(3);
        executor.execute("  ip bogus");
        assertEquals("% Unknown command:   ip bogus\n" + " ".repeat(19 + 2 + 3) + "^\n", out.toString());
        assertEquals(List.of("ip bogus"), zebra.requests("x"));
    }

    @Test
    void ambiguousAndIncomplete() {
        zebra.on("enable", "show i", "enable", "", 3);
        assertEquals(3, executor.execute("show i"));
        ospfd.on("enable", "show ip", "enable", "", 4);
        assertEquals(4, executor.execute("show ip"));
        assertEquals("% Ambiguous command: show i\n% Command incomplete: show ip\n", out.toString());
    }

    @Test
    void aFailingDaemonsMessageIsShownAndItsStatusReturned() {
        bgpd.on("config", "router bgp 2", "config", "BGP is already running; AS is 1\n", 13);
        executor.execute("configure terminal");
        assertEquals(13, executor.execute("router bgp 2"));
        assertEquals("BGP is already running; AS is 1\n", out.toString());
        assertEquals("config", dispatcher.node());
    }

    @Test
    void blankAndCommentLinesAreNotSent() {
        assertEquals(0, executor.execute("   "));
        assertEquals(0, executor.execute("! a comment"));
        assertTrue(zebra.requests.isEmpty());
    }

    @Test
    void exitAtTheTopEndsTheShellButInsideConfigGoesToDaemons() {
        executor.execute("configure terminal");
        executor.execute("exit");
        assertFalse(executor.exitRequested());
        assertEquals("enable", dispatcher.node());
        executor.execute("exit");
        assertTrue(executor.exitRequested());
        assertEquals(List.of("configure terminal", "exit"), zebra.requests("x"));
    }

    @Test
    void showRunningConfigMergesEveryDaemon() {
        zebra.runningConfig(frame("interface eth0\n description up\nexit\n!\n"));
        ospfd.runningConfig(frame("interface eth0\n ip ospf area 0\nexit\n!\nrouter ospf\nexit\n!\n"));
        bgpd.runningConfig(frame("router bgp 1\nexit\n!\n"));
        assertEquals(0, executor.execute("sh run"));
        assertEquals(RunningConfig.HEADER + TOP + "service integrated-vtysh-config\n!\n"
                + "interface eth0\n description up\n ip ospf area 0\nexit\n!\n"
                + "router bgp 1\nexit\n!\nrouter ospf\nexit\n!\nend\n", out.toString());
    }

    @Test
    void showRunningConfigOfOneDaemonWithoutHeader() {
        zebra.runningConfig(frame("interface eth0\n description up\nexit\n!\n"));
        bgpd.runningConfig(frame("router bgp 1\nexit\n!\n"));
        executor.execute("show running-config bgpd no-header");
        assertEquals(TOP + "service integrated-vtysh-config\n!\nrouter bgp 1\nexit\n!\nend\n", out.toString());
    }

    @Test
    void doReachesLocalCommandsFromConfigNodes() {
        bgpd.runningConfig(frame("router bgp 1\nexit\n!\n"));
        executor.execute("configure terminal");
        executor.execute("do show running-config bgpd no-header");
        assertTrue(out.toString().contains("router bgp 1\n"));
        assertEquals(List.of("configure terminal", "do show running-config"), bgpd.requests("x"));
    }

    @Test
    void showVersionIsAnsweredByOneDaemon() {
        zebra.on("enable", "show version", "enable", "Ferry 1 (R)\n");
        bgpd.on("enable", "show version", "enable", "Ferry 1 (R)\n");
        executor.execute("show version");
        assertEquals("Ferry 1 (R)\n", out.toString());
        assertTrue(bgpd.requests("x").isEmpty());
    }

    @Test
    void writeMemorySavesTheMergedConfig() throws Exception {
        zebra.runningConfig(frame("interface eth0\n description up\nexit\n!\n"));
        assertEquals(0, executor.execute("write memory"));
        Path conf = dir.resolve("frr.conf");
        assertEquals("Building Configuration...\nIntegrated configuration saved to " + conf + "\n[OK]\n",
                out.toString());
        assertEquals(TOP + "service integrated-vtysh-config\n!\ninterface eth0\n description up\nexit\n!\n",
                java.nio.file.Files.readString(conf));
        executor.execute("copy running-config startup-config");
        assertTrue(java.nio.file.Files.exists(dir.resolve("frr.conf.sav")));
    }

    @Test
    void terminalSettingsAreAcceptedLocally() {
        assertEquals(0, executor.execute("terminal length 0"));
        assertEquals(0, executor.execute("no terminal paginate"));
        assertTrue(zebra.requests.isEmpty());
    }

    @Test
    void helpMergesDaemonsAndVtyshOwnCommands() {
        zebra.help("enable", "show ", "interface\tInterface status and configuration\nip\tIP information\n");
        bgpd.help("enable", "show ", "bgp\tBGP information\nip\tIP information\n");
        assertEquals("""
                  bgp             BGP information
                  daemons         Show list of running daemons
                  interface       Interface status and configuration
                  ip              IP information
                  running-config  Current operating configuration
                """, Help.describe(dispatcher, "show "));
        assertEquals("% There is no matched command.\n", Help.describe(dispatcher, "bogus "));
    }

    @Test
    void crComesFirstWithTrailingPadding() {
        zebra.help("enable", "show version ", "<cr>\t\njson\tJavaScript Object Notation\n");
        assertEquals("  <cr>  \n  json  JavaScript Object Notation\n", Help.describe(dispatcher, "show version "));
    }

    @Test
    void completionUnion() {
        zebra.completions("enable", "show i", "interface\nip\n");
        bgpd.completions("enable", "show i", "ip\n");
        assertEquals(List.of("interface", "ip"), Help.complete(dispatcher, "show i"));
        assertEquals(List.of("write"), Help.complete(dispatcher, "wr"));
    }

    private static final String TOP = "frr version 8.4.4\nfrr defaults traditional\nhostname R\n";

    private static String frame(String blocks) {
        return "Building configuration...\n\nCurrent configuration:\n!\n" + TOP + "!\n" + blocks + "end\n";
    }
}
