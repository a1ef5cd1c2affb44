package dev.ferry.ospfd.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ferry.lib.cli.CliResult;
import dev.ferry.lib.cli.CmdStatus;
import dev.ferry.lib.daemon.ConfigTerminal;
import dev.ferry.ospfd.OspfDaemon;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands as installed in ospfd, with no OSPF instance running: what FRR 8.4 answers then. */
class ShowCommandsTest {
    @TempDir
    Path dir;

    private ConfigTerminal ospfd;

    @BeforeEach
    void start() throws Exception {
        ospfd = ConfigTerminal.start(dir, "ospfd", new OspfDaemon(false));
    }

    @AfterEach
    void stop() {
        ospfd.close();
    }

    /** Runs a show command from the config node the terminal stands at, as "do" does. */
    private String show(String line) {
        CliResult r = ospfd.execute("do " + line);
        assertEquals(CmdStatus.SUCCESS, r.status(), line + ": " + r.output());
        return r.output();
    }

    @Test
    void showIpOspfPrintsNothingWithoutInstances() {
        assertEquals("", show("show ip ospf"));
        assertEquals("", show("show ip ospf json"));
    }

    @Test
    void otherCommandsSayTheInstanceIsMissing() {
        for (String cmd : new String[] {"show ip ospf neighbor", "show ip ospf neighbor detail",
            "show ip ospf interface", "show ip ospf interface eth0", "show ip ospf database",
            "show ip ospf database router", "show ip ospf database external", "show ip ospf route",
            "show ip ospf vrf BLUE neighbor"}) {
            assertEquals("% OSPF instance not found\n", show(cmd), cmd);
        }
    }

    @Test
    void jsonVariantsAreEmptyObjects() {
        for (String cmd : new String[] {"show ip ospf neighbor json", "show ip ospf neighbor detail json",
            "show ip ospf interface json", "show ip ospf database json", "show ip ospf route json",
            "show ip ospf vrf all neighbor json", "show ip ospf database asbr-summary json"}) {
            assertEquals("{\n}\n", show(cmd), cmd);
        }
    }

    @Test
    void abbreviationsReachTheCommands() {
        assertEquals("% OSPF instance not found\n", show("sh ip os nei det"));
        assertEquals("% OSPF instance not found\n", show("sh ip os data net"));
        assertEquals("{\n}\n", show("sh ip os ro js"));
    }
}
