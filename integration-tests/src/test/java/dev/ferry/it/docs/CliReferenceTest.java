package dev.ferry.it.docs;

import dev.ferry.it.InProcessRouter;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.ferry.bgpd.BgpDaemon;
import dev.ferry.ldpd.LdpDaemon;
import dev.ferry.lib.cli.Command;
import dev.ferry.lib.daemon.Daemon;
import dev.ferry.lib.daemon.DaemonModule;
import dev.ferry.lib.daemon.TestDaemons;
import dev.ferry.ospfd.Ospf6Daemon;
import dev.ferry.ospfd.OspfDaemon;
import dev.ferry.staticd.StaticDaemon;
import dev.ferry.vtysh.Vtysh;
import dev.ferry.zebra.ZebraDaemon;
import dev.ferry.zebra.config.Forwarding;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/CLI.md is the CLI reference generated from the real daemons: each one starts in this JVM and its
 * installed commands are read back, so the file lists exactly what the daemons accept. The test fails when
 * the file is out of date; with -Dferry.regenerate=true it rewrites it.
 */
class CliReferenceTest {
    private static final Path DOC = Path.of("").toAbsolutePath().getParent().resolve("docs/CLI.md");

    /** A mistyped line for the intro's error example, with vtysh's answer. */
    private static final String UNKNOWN_LINE = "show running-config zebar";

    @TempDir
    Path dir;

    private InProcessRouter router;

    @AfterEach
    void stopDaemons() {
        if (router != null) {
            router.close();
        }
    }

    @Test
    void cliReferenceIsCurrent() throws Exception {
        SequencedMap<String, List<Command>> commands = new LinkedHashMap<>();
        router = InProcessRouter.start(dir);
        for (Daemon daemon : router.daemons()) {
            commands.put(daemon.context().name(), daemon.context().cli().commands());
        }
        String unknown = vtysh(UNKNOWN_LINE);
        assertTrue(unknown.endsWith("^\n"), "the error example should point at the mistyped word:\n" + unknown);
        String rendered = CliReferenceRenderer.render(CommandCatalog.of(commands), VtyshCommands.entries(),
                UNKNOWN_LINE, unknown);
        if (Boolean.getBoolean("ferry.regenerate")) {
            Files.writeString(DOC, rendered);
            return;
        }
        String current = Files.exists(DOC) ? Files.readString(DOC) : "";
        if (!current.equals(rendered)) {
            fail(DOC + " is out of date: " + firstDifference(current, rendered) + "\n"
                    + "Regenerate it from the repository root with\n  " + ReferenceIntro.REGENERATE + "\n"
                    + "and commit the new docs/CLI.md with the change.");
        }
    }

    /** What `vtysh -c LINE` prints, errors included. */
    private String vtysh(String line) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Vtysh.run(new String[] {"--vty_socket", dir.toString(), "-c", line}, out, err);
        return out.toString() + err;
    }

    private static String firstDifference(String current, String rendered) {
        String[] a = current.split("\n", -1);
        String[] b = rendered.split("\n", -1);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String was = i < a.length ? a[i] : "<end of file>";
            String now = i < b.length ? b[i] : "<end of file>";
            if (!was.equals(now)) {
                return "line " + (i + 1) + " is\n  " + was + "\nbut the daemons give\n  " + now + "\n";
            }
        }
        return "no line differs";
    }
}
