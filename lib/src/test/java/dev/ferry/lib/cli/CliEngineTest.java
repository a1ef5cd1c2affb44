package dev.ferry.lib.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CliEngineTest {
    private Cli cli;
    private CliSession session;
    private final List<String> calls = new ArrayList<>();

    @BeforeEach
    void setUp() {
        cli = new Cli();
        session = new CliSession();
        cli.install(Node.VIEW, "show ip route [vrf NAME$vrf] [json]",
                "Show\nIP\nIP routing table\nVRF\nVRF name\nJSON output", ctx -> calls.add("route vrf=" + ctx.arg("vrf")
                        + " json=" + ctx.has("json")));
        cli.install(Node.VIEW, "show ip rpf", "Show\nIP\nRPF", ctx -> calls.add("rpf"));
        cli.install(Node.VIEW, "show interface [IFNAME]", "Show\nInterface\nName", ctx -> calls.add("if " + ctx.arg("IFNAME")));
        cli.install(Node.CONFIG, "router bgp (1-4294967295)$asn [vrf NAME$vrf]", "Routing\nBGP\nAS\nVRF\nName",
                ctx -> ctx.enter(Node.BGP, "bgp" + ctx.arg("asn")));
        cli.install(Node.BGP, "[no] neighbor <A.B.C.D|X:X::X:X|WORD>$peer remote-as <(1-4294967295)$asn|internal|external>$asn",
                "No\nNeighbor\nv4\nv6\nname\nRemote AS\nAS\nint\next",
                ctx -> calls.add((ctx.no() ? "no " : "") + "nbr " + ctx.arg("peer") + " as " + ctx.arg("asn")
                        + " in " + ctx.data(String.class)));
        cli.install(Node.BGP, "address-family ipv4 <unicast|vpn>$safi", "AF\nIPv4\nunicast\nvpn",
                ctx -> ctx.enter(ctx.arg("safi").equals("vpn") ? Node.BGP_IPV4_VPN : Node.BGP_IPV4_UNICAST, null));
        cli.install(Node.BGP_IPV4_VPN, "neighbor A.B.C.D activate", "Nbr\nAddr\nActivate",
                ctx -> calls.add("activate " + ctx.arg("A.B.C.D")));
        cli.install(Node.CONFIG, "ip route A.B.C.D/M <A.B.C.D|IFNAME> {tag (1-4294967295)|(1-255)$distance|label WORD}",
                "IP\nroute\nprefix\nnexthop\nifname\ntag\ntag value\ndistance\nlabel\nlabels",
                ctx -> calls.add("route " + ctx.arg("A.B.C.D/M") + " tag=" + ctx.arg("(1-4294967295)")
                        + " distance=" + ctx.arg("distance") + " label=" + ctx.arg("WORD")));
        cli.install(Node.CONFIG, "rt vpn both AA:NN...", "RT\nVPN\nboth\nrt list", ctx -> calls.add("rt " + ctx.arg("AA:NN...")));
        cli.install(Node.CONFIG, "description LINE...", "Desc\nText", ctx -> calls.add("desc " + ctx.arg("LINE...")));
    }

    private CliResult run(String line) {
        return cli.execute(session, line);
    }

    @Test
    void abbreviationsRunTheUniqueCommand() {
        assertEquals(CmdStatus.SUCCESS, run("sh ip ro").status());
        assertEquals(CmdStatus.SUCCESS, run("sh ip ro vrf CUSTA j").status());
        assertEquals(List.of("route vrf=null json=false", "route vrf=CUSTA json=true"), calls);
    }

    @Test
    void aCompleteMatchBeatsAnIncompleteOne() {
        // "sh i" could start "show ip ..." but only "show interface" is complete, as FRR resolves it
        assertEquals(CmdStatus.SUCCESS, run("sh i").status());
        assertEquals(List.of("if null"), calls);
    }

    @Test
    void ambiguousPrefixIsReported() {
        CliResult r = run("show ip r");
        assertEquals(CmdStatus.ERR_AMBIGUOUS, r.status());
        assertEquals("% Ambiguous command: show ip r\n", CliResult.describeFailure(r.status(), "show ip r", r.errorOffset()));
    }

    @Test
    void incompleteCommandIsReported() {
        assertEquals(CmdStatus.ERR_INCOMPLETE, run("show ip").status());
    }

    @Test
    void unknownWordGetsACaretUnderIt() {
        CliResult r = run("show ip rout xyz");
        assertEquals(CmdStatus.ERR_NO_MATCH, r.status());
        assertEquals(13, r.errorOffset());
        assertEquals("% Unknown command: show ip rout xyz\n" + " ".repeat(19 + 13) + "^\n",
                CliResult.describeFailure(r.status(), "show ip rout xyz", r.errorOffset()));
        assertEquals(5, run("show foo").errorOffset());
    }

    @Test
    void typedTokensCheckTheirValues() {
        run("configure terminal");
        assertEquals(CmdStatus.SUCCESS, run("router bgp 65000").status());
        assertEquals(CmdStatus.SUCCESS, run("neighbor 2.2.2.2 remote-as 65000").status());
        assertEquals(CmdStatus.SUCCESS, run("neighbor 2001:db8::1 remote-as external").status());
        assertEquals(CmdStatus.SUCCESS, run("neighbor PEERS remote-as internal").status());
        assertEquals(CmdStatus.SUCCESS, run("no neighbor 2.2.2.2 remote-as 65000").status());
        assertEquals(CmdStatus.ERR_NO_MATCH, run("neighbor 2.2.2.2 remote-as 4294967296").status());
        assertEquals(List.of("nbr 2.2.2.2 as 65000 in bgp65000", "nbr 2001:db8::1 as external in bgp65000",
                "nbr PEERS as internal in bgp65000", "no nbr 2.2.2.2 as 65000 in bgp65000"), calls);
        assertEquals(CmdStatus.ERR_NO_MATCH, run("router bgp 0").status());
    }

    @Test
    void keywordSetsTakeOptionsInAnyOrder() {
        run("conf t");
        run("ip route 10.0.0.0/8 10.1.1.1 label 16/17 tag 7");
        run("ip route 10.0.0.0/8 eth0 200");
        run("ip route 10.0.0.0/8 eth0");
        assertEquals(List.of("route 10.0.0.0/8 tag=7 distance=null label=16/17",
                "route 10.0.0.0/8 tag=null distance=200 label=null",
                "route 10.0.0.0/8 tag=null distance=null label=null"), calls);
        assertEquals(CmdStatus.ERR_NO_MATCH, run("ip route 10.0.0.0/8 eth0 tag 1 tag 2").status());
        assertEquals(CmdStatus.ERR_NO_MATCH, run("ip route 10.0.0.0/33 eth0").status());
    }

    @Test
    void varargsTakeTheRestOfTheLine() {
        run("conf t");
        run("rt vpn both 10:100 1.1.1.1:7");
        run("description to  PE2 via PR");
        assertEquals(List.of("rt 10:100 1.1.1.1:7", "desc to PE2 via PR"), calls);
    }

    @Test
    void nodesAreEnteredAndLeft() {
        assertEquals(Node.ENABLE, session.node());
        run("conf t");
        assertEquals(Node.CONFIG, session.node());
        run("router bgp 65000 vrf CUSTA");
        assertEquals(Node.BGP, session.node());
        run("address-family ipv4 vpn");
        assertEquals(Node.BGP_IPV4_VPN, session.node());
        run("exit-address-family");
        assertEquals(Node.BGP, session.node());
        run("address-family ipv4 vpn");
        run("end");
        assertEquals(Node.ENABLE, session.node());
        assertEquals(CmdStatus.NO_LEVEL_UP, run("exit").status());
    }

    @Test
    void configLinesFallBackToParentNodes() {
        run("conf t");
        run("router bgp 65000");
        run("address-family ipv4 vpn");
        run("neighbor 2.2.2.2 activate");
        // no exit lines, as in configs FRR wrote before 7.x: the line is found in BGP, then in CONFIG
        assertEquals(CmdStatus.SUCCESS, run("neighbor 3.3.3.3 remote-as 1").status());
        assertEquals(Node.BGP, session.node());
        run("address-family ipv4 vpn");
        assertEquals(CmdStatus.SUCCESS, run("router bgp 65001 vrf X").status());
        assertEquals(Node.BGP, session.node());
        assertEquals(List.of("activate 2.2.2.2", "nbr 3.3.3.3 as 1 in bgp65000"), calls);
    }

    @Test
    void aFailedLineLeavesTheNodeAlone() {
        run("conf t");
        run("router bgp 65000");
        run("address-family ipv4 vpn");
        assertEquals(CmdStatus.ERR_NO_MATCH, run("frobnicate").status());
        assertEquals(Node.BGP_IPV4_VPN, session.node());
    }

    @Test
    void doRunsExecCommandsFromConfig() {
        run("conf t");
        run("router bgp 1");
        assertEquals(CmdStatus.SUCCESS, run("do sh ip route").status());
        assertEquals(Node.BGP, session.node());
        assertEquals(List.of("route vrf=null json=false"), calls);
        CliResult bad = run("do show xyz");
        assertEquals(CmdStatus.ERR_NO_MATCH, bad.status());
        assertEquals(8, bad.errorOffset());
    }

    @Test
    void showCommandsAreNotInConfigNodes() {
        run("conf t");
        assertEquals(CmdStatus.ERR_NO_MATCH, run("show ip route").status());
    }

    @Test
    void helpListsNextTokensWithTheirHelp() {
        List<HelpEntry> h = cli.help(session, "show ip route ");
        assertEquals(List.of(new HelpEntry("json", "JSON output"), new HelpEntry("vrf", "VRF"),
                new HelpEntry(HelpEntry.CR, "")), h);
        assertEquals(List.of(new HelpEntry("route", "IP routing table"), new HelpEntry("rpf", "RPF")),
                cli.help(session, "sh ip r"));
        assertTrue(cli.help(session, "show xyz ").isEmpty());
        run("conf t");
        run("router bgp 1");
        List<String> tokens = cli.help(session, "neighbor ").stream().map(HelpEntry::token).toList();
        assertEquals(List.of("A.B.C.D", "WORD", "X:X::X:X"), tokens);
    }

    @Test
    void completionOffersKeywordsOnly() {
        assertEquals(List.of("route", "rpf"), cli.complete(session, "show ip r"));
        assertEquals(List.of("configure"), cli.complete(session, "conf"));
        run("conf t");
        run("router bgp 1");
        assertEquals(List.of(), cli.complete(session, "neighbor "));
        assertEquals(List.of("remote-as"), cli.complete(session, "neighbor 1.1.1.1 "));
    }

    @Test
    void commentsAndBlankLinesAreIgnored() {
        assertEquals(CmdStatus.SUCCESS, run("!").status());
        assertEquals(CmdStatus.SUCCESS, run("   ").status());
        assertFalse(calls.iterator().hasNext());
    }

    @Test
    void actionErrorsAreReportedAndTheDaemonGoesOn() {
        cli.install(Node.CONFIG, "boom", "Boom", ctx -> {
            throw new IllegalStateException("kaput");
        });
        cli.install(Node.CONFIG, "refuse", "Refuse", ctx -> {
            throw new CliError("% Malformed address");
        });
        run("conf t");
        CliResult r = run("boom");
        assertEquals(CmdStatus.WARNING_CONFIG_FAILED, r.status());
        assertTrue(r.output().contains("kaput"));
        assertEquals(new CliResult(CmdStatus.WARNING_CONFIG_FAILED, "% Malformed address\n", -1), run("refuse"));
        assertEquals(Node.CONFIG, session.node());
    }

    @Test
    void alignKeepsFramesOnTheWayAndAddsPlaceholders() {
        run("conf t");
        run("router bgp 7");
        session.alignTo(Node.BGP_IPV4_VPN);
        assertEquals(Node.BGP_IPV4_VPN, session.node());
        assertEquals("bgp7", session.nearest(String.class));
        session.alignTo(Node.INTERFACE);
        assertEquals(Node.INTERFACE, session.node());
        assertEquals(null, session.nearest(String.class));
        session.alignTo(Node.ENABLE);
        assertEquals(Node.ENABLE, session.node());
    }

    @Test
    void rankPrefersExactKeywordsAndTheCurrentNode() {
        Cli ospf = new Cli();
        ospf.install(Node.CONFIG, "router ospf", "Routing\nOSPF", ctx -> ctx.enter(Node.ROUTER_OSPF, null));
        ospf.install(Node.CONFIG, "interface IFNAME", "Interface\nName", ctx -> ctx.enter(Node.INTERFACE, null));
        Cli ospf6 = new Cli();
        ospf6.install(Node.CONFIG, "router ospf6", "Routing\nOSPF6", ctx -> ctx.enter(Node.ROUTER_OSPF6, null));
        CliSession s = new CliSession();
        s.alignTo(Node.CONFIG);
        assertTrue(ospf.rank(s, "router ospf").compareTo(ospf6.rank(s, "router ospf")) > 0);
        assertEquals(ospf6.rank(s, "ro ospf6"), new MatchRank(0, new int[] {
            MatchType.PARTIAL_KEYWORD.ordinal(), MatchType.EXACT_KEYWORD.ordinal()}));
        assertEquals(null, ospf6.rank(s, "router bgp 1"));
        // under `mpls ldp / address-family ipv4`, `interface eth0` is ldpd's, not a way back to CONFIG
        Cli ldp = new Cli();
        ldp.install(Node.LDP_IPV4, "interface IFNAME", "Interface\nName", ctx -> ctx.enter(Node.LDP_IPV4_IFACE, null));
        s.alignTo(Node.LDP_IPV4);
        assertTrue(ldp.rank(s, "interface eth0").compareTo(ospf.rank(s, "interface eth0")) > 0);
        assertEquals(1 + 1, ospf.rank(s, "interface eth0").levelsUp());
        assertEquals("2 5,2", MatchRank.decode("2 5,2").encode());
    }
}
