package dev.ferry.vtysh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class OptionParserTest {

    private static VtyshOptions parse(String... args) throws OptionParser.UsageException {
        return OptionParser.parse(args);
    }

    @Test
    void commandsKeepTheirOrderInEveryForm() throws Exception {
        VtyshOptions o = parse("-c", "show version", "--command=show ip route", "-cshow bgp", "--command",
                "conf t", "-e", "end");
        assertEquals(List.of("show version", "show ip route", "show bgp", "conf t", "end"), o.commands);
    }

    @Test
    void clusteredShortOptions() throws Exception {
        VtyshOptions o = parse("-bEn");
        assertTrue(o.boot);
        assertTrue(o.echo);
        assertTrue(o.noError);
        VtyshOptions withValue = parse("-Ec", "show version");
        assertTrue(withValue.echo);
        assertEquals(List.of("show version"), withValue.commands);
    }

    @Test
    void defaultsAreFrrPaths() throws Exception {
        VtyshOptions o = parse();
        assertEquals(Path.of("/var/run/frr"), o.vtyDir());
        assertEquals(Path.of("/etc/frr/frr.conf"), o.configFile());
        assertFalse(o.boot);
        assertNull(o.daemon);
    }

    @Test
    void pathspaceGoesUnderBothDirectories() throws Exception {
        VtyshOptions o = parse("-N", "red");
        assertEquals(Path.of("/var/run/frr/red"), o.vtyDir());
        assertEquals(Path.of("/etc/frr/red/frr.conf"), o.configFile());
    }

    @Test
    void overridesOfSocketAndConfigDirectories() throws Exception {
        VtyshOptions o = parse("--vty_socket", "/tmp/run", "--config_dir=/tmp/conf", "-d", "bgpd");
        assertEquals(Path.of("/tmp/run"), o.vtyDir());
        assertEquals(Path.of("/tmp/conf/frr.conf"), o.configFile());
        assertEquals("bgpd", o.daemon);
        VtyshOptions spaced = parse("--vty_socket=/tmp/run", "--pathspace", "blue", "--config_dir", "/tmp/conf");
        assertEquals(Path.of("/tmp/run/blue"), spaced.vtyDir());
        assertEquals(Path.of("/tmp/conf/blue/frr.conf"), spaced.configFile());
    }

    @Test
    void uniqueLongPrefixesAreAccepted() throws Exception {
        VtyshOptions o = parse("--vty=/x", "--bo", "--inputf", "f.conf", "--ec");
        assertEquals(Path.of("/x"), o.vtyDir());
        assertTrue(o.boot);
        assertEquals("f.conf", o.inputFile);
        assertTrue(o.echo);
    }

    @Test
    void otherFlags() throws Exception {
        VtyshOptions o = parse("-w", "-t", "-u", "-H", "/tmp/h", "-h", "-v");
        assertTrue(o.writeConfig);
        assertTrue(o.timestamp);
        assertEquals("/tmp/h", o.historyFile);
        assertTrue(o.help);
        assertTrue(o.version);
        // After "--" nothing is an option any more.
        assertTrue(parse("-f", "x", "--", "-c").commands.isEmpty());
    }

    @Test
    void getoptErrors() {
        assertEquals("invalid option -- 'x'", assertThrows(OptionParser.UsageException.class,
                () -> parse("-x")).getMessage());
        assertEquals("unrecognized option '--bogus'", assertThrows(OptionParser.UsageException.class,
                () -> parse("--bogus")).getMessage());
        assertEquals("option '--c' is ambiguous", assertThrows(OptionParser.UsageException.class,
                () -> parse("--c", "x")).getMessage());
        assertEquals("option requires an argument -- 'c'", assertThrows(OptionParser.UsageException.class,
                () -> parse("-c")).getMessage());
        assertEquals("option '--daemon' requires an argument", assertThrows(OptionParser.UsageException.class,
                () -> parse("--daemon")).getMessage());
        assertEquals("option '--boot' doesn't allow an argument", assertThrows(OptionParser.UsageException.class,
                () -> parse("--boot=yes")).getMessage());
    }

    @Test
    void pathspaceMustBeAPlainName() {
        OptionParser.UsageException e = assertThrows(OptionParser.UsageException.class, () -> parse("-N", "../x"));
        assertEquals("slashes or dots are not permitted in the --pathspace option.", e.getMessage());
        assertFalse(e.getoptError);
    }
}
