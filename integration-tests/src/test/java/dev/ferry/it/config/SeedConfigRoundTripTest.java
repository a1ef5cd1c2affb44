package dev.ferry.it.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.it.InProcessRouter;
import dev.ferry.lib.daemon.Daemon;
import dev.ferry.lib.daemon.GlobalConfig;
import dev.ferry.vtysh.Vtysh;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The seed tutorial's configs (and an OSPFv3 pair) through the real daemons and vtysh, as `frrinit.sh`
 * loads them: each router's daemons start with an empty config, `vtysh -b` pushes its frr.conf line by
 * line to the daemons that own each node, and `vtysh -c 'show running-config'` must then print exactly
 * what real FRR 8.4.4 printed for the same file. A line in the wrong daemon or node, a line refused, or a
 * setting rendered differently fails the comparison. Then `write memory`, a fresh set of daemons and
 * `vtysh -b` again must give the same running-config: the round trip is stable.
 */
class SeedConfigRoundTripTest {
    @TempDir
    Path dir;

    private InProcessRouter instance;

    @AfterEach
    void stopDaemons() {
        if (instance != null) {
            instance.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"l3vpn/PE1", "l3vpn/PE2", "l3vpn/PR", "l3vpn/CE1", "l3vpn/CE2", "l3vpn/CE3", "l3vpn/CE4",
        "peers/F1", "peers/F2"})
    void vtyshBootGivesFrrsRunningConfig(String router) throws Exception {
        Path conf = dir.resolve("etc");
        Files.createDirectories(conf);
        Files.writeString(conf.resolve("frr.conf"), resource(router + "/frr.conf"));
        String expected = resource(router + "/show_running-config.txt")
                .replace("frr version 8.4.4\n", GlobalConfig.FRR_VERSION_LINE + "\n");

        instance = InProcessRouter.start(dir.resolve("run1"));
        Run boot = vtysh(dir.resolve("run1"), conf, "-b");
        assertEquals(0, boot.status, "vtysh -b reported errors:\n" + boot.err + boot.out);
        assertEquals(expected, vtysh(dir.resolve("run1"), conf, "-c", "show running-config").out);
        assertOwnersHoldTheirBlocks(router);

        Run write = vtysh(dir.resolve("run1"), conf, "-c", "write memory");
        assertEquals(0, write.status, write.err);
        assertTrue(Files.exists(conf.resolve("frr.conf.sav")), "write memory keeps the previous file");
        instance.close();

        instance = InProcessRouter.start(dir.resolve("run2"));
        assertEquals(0, vtysh(dir.resolve("run2"), conf, "-b").status);
        assertEquals(expected, vtysh(dir.resolve("run2"), conf, "-c", "show running-config").out);
    }

    /** Each block is in the daemon that owns it and in no other (FRR's split of the config). */
    private void assertOwnersHoldTheirBlocks(String router) {
        for (Daemon d : instance.daemons()) {
            String name = d.context().name();
            String own = d.runningConfig();
            if (!name.equals("bgpd")) {
                assertFalse(own.contains("router bgp"), name + " holds a bgp block:\n" + own);
            }
            if (!name.equals("ldpd")) {
                assertFalse(own.contains("mpls ldp"), name + " holds the ldp block:\n" + own);
            }
            if (!name.equals("ospfd")) {
                assertFalse(own.contains("router ospf\n"), name + " holds the ospf block:\n" + own);
            }
            if (!name.equals("staticd")) {
                assertFalse(own.contains("ip route "), name + " holds a static route:\n" + own);
            }
        }
    }

    private record Run(int status, String out, String err) {
    }

    private static Run vtysh(Path run, Path conf, String... args) {
        List<String> all = new ArrayList<>(List.of("--vty_socket", run.toString(), "--config_dir", conf.toString()));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Vtysh.run(all.toArray(String[]::new), out, err);
        return new Run(status, out.toString(), err.toString());
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = SeedConfigRoundTripTest.class.getResourceAsStream("/frr-reference/" + path)) {
            if (in == null) {
                throw new IOException("missing test resource frr-reference/" + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
