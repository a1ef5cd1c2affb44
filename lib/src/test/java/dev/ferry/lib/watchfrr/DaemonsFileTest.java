package dev.ferry.lib.watchfrr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DaemonsFileTest {
    // An excerpt of Debian's /etc/frr/daemons with a few edits
    private static final List<String> DEBIAN = List.of(
            "# This file tells the frr package which daemons to start.",
            "#",
            "bgpd=yes",
            "ospfd=no",
            "ospf6d=no",
            "ripd=yes",
            "ldpd=yes # label distribution",
            "  ospfd=yes",
            "",
            "vtysh_enable=yes",
            "zebra_options=\"  -A 127.0.0.1 -s 90000000\"",
            "bgpd_options=\"   -A 127.0.0.1\"",
            "ospf6d_options=' -A ::1'",
            "#frr_global_options=\"--log syslog\"",
            "#watchfrr_options=\"\"",
            "bgpd_wrap=\"/usr/bin/daemonize /usr/bin/mywrapper\"");

    private final DaemonsFile file = DaemonsFile.parse(DEBIAN);

    @Test
    void startsZebraStaticdAndTheEnabledDaemonsInOrder() {
        assertEquals(List.of("zebra", "staticd", "ospfd", "ldpd", "bgpd"), file.daemonsToStart());
    }

    @Test
    void lastAssignmentWinsAndTrailingCommentsAreIgnored() {
        assertTrue(file.isEnabled("ospfd"));
        assertTrue(file.isEnabled("ldpd"));
        assertFalse(file.isEnabled("ospf6d"));
    }

    @Test
    void zebraAndStaticdAreAlwaysStarted() {
        assertEquals(List.of("zebra", "staticd"), DaemonsFile.parse(List.of("zebra=no", "staticd=no")).daemonsToStart());
    }

    @Test
    void optionsAreSplitLikeTheShellSplitsThem() {
        assertEquals(List.of("-A", "127.0.0.1", "-s", "90000000"), file.options("zebra"));
        assertEquals(List.of("-A", "::1"), file.options("ospf6d"));
        assertEquals(List.of(), file.options("ldpd"));
    }

    @Test
    void globalOptionsFollowTheDaemonsOwn() {
        DaemonsFile f = DaemonsFile.parse(List.of("bgpd_options=\"-A 127.0.0.1\"", "frr_global_options=\"--log-level debugging\""));
        assertEquals(List.of("-A", "127.0.0.1", "--log-level", "debugging"), f.options("bgpd"));
        assertEquals(List.of("--log-level", "debugging"), f.options("zebra"));
    }

    @Test
    void commentedOutAssignmentsAreNotRead() {
        assertEquals("", file.value("frr_global_options"));
        assertEquals("", file.value("watchfrr_options"));
    }

    @Test
    void doubleQuotedValuesKeepEscapedQuotes() {
        assertEquals("say \"hi\"", DaemonsFile.parse(List.of("x=\"say \\\"hi\\\"\"")).value("x"));
    }

    @Test
    void vtyshEnableDefaultsToNoAsInFrr() {
        assertTrue(file.vtyshEnabled());
        assertFalse(DaemonsFile.parse(List.of()).vtyshEnabled());
    }
}
