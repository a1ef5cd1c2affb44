package dev.ferry.lab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line without starting a lab: listing, errors and exit codes. */
class FerryLabCliTest {
    @TempDir
    Path state;

    private record Run(int rc, String out, String err) {
    }

    private static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true));
            System.setErr(new PrintStream(err, true));
            int rc = FerryLab.run(args);
            return new Run(rc, out.toString(), err.toString());
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void listsBuiltInLabsAndBackends() {
        Run r = run("list");
        assertEquals(0, r.rc());
        assertTrue(r.out().contains("l3vpn      7 routers  MPLS L3VPN tutorial"), r.out());
        assertTrue(r.out().contains("ospf-pair  2 routers"), r.out());
        assertTrue(r.out().contains("netns"), r.out());
    }

    @Test
    void upOfAnUnknownTopologyNamesTheBuiltInLabs() {
        Run r = run("--state-dir", state.toString(), "up", "nosuch");
        assertEquals(2, r.rc());
        assertTrue(r.err().contains("neither a file nor a built-in lab (built-in: l3vpn, ospf-pair)"), r.err());
        Run b = run("--state-dir", state.toString(), "up", "--backend", "nosuch", "ospf-pair");
        assertEquals(2, b.rc());
        assertTrue(b.err().contains("unknown backend \"nosuch\""), b.err());
    }

    @Test
    void statusAndDownWithoutLabs() {
        Run s = run("--state-dir", state.toString(), "status");
        assertEquals(0, s.rc());
        assertTrue(s.out().startsWith("no labs running"), s.out());
        Run d = run("--state-dir", state.toString(), "down", "fl000000");
        assertEquals(2, d.rc());
        assertTrue(d.err().contains("no lab fl000000 under " + state), d.err());
    }

    @Test
    void shellWordsQuoteWhatNeedsIt() {
        assertEquals("ip netns exec fl1-R1 sh -c 'hostname \"$0\"' 'it'\\''s'",
                ShellWords.join(java.util.List.of("ip", "netns", "exec", "fl1-R1", "sh", "-c", "hostname \"$0\"", "it's")));
    }
}
