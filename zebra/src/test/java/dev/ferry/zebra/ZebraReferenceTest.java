package dev.ferry.zebra;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ferry.lib.daemon.ConfigFeeder;
import dev.ferry.lib.daemon.Daemon;
import dev.ferry.lib.daemon.ReferenceCheck;
import dev.ferry.lib.daemon.ReferenceFiles;
import dev.ferry.lib.daemon.RunningConfigBlocks.Ownership;
import dev.ferry.lib.daemon.TestDaemons;
import dev.ferry.zebra.config.Forwarding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** zebra's share of FRR's reference configs renders as FRR 8.4 printed it. */
class ZebraReferenceTest {
    /** The lines zebra prints in the merged running-config. */
    static final Ownership ZEBRA = new Ownership()
            .block("vrf ", "netns")
            .block("interface ", "description", "shutdown", "ip address", "ipv6 address")
            .block("segment-routing")
            .top("no ip forwarding", "no ipv6 forwarding");

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"l3vpn,PE1", "l3vpn,PE2", "l3vpn,PR", "l3vpn,CE1", "l3vpn,CE2", "l3vpn,CE3", "l3vpn,CE4",
        "peers,F1", "peers,F2"})
    void rendersItsPartOfTheReference(String topology, String router) throws Exception {
        try (Daemon d = start(new ZebraDaemon(new Forwarding(true, true)))) {
            ReferenceCheck.assertRendersReference(d, ZEBRA, topology, "", router);
        }
    }

    /** With the netns VRF backend zebra binds each VRF to the namespace it finds and prints the binding. */
    @ParameterizedTest
    @CsvSource({"PE1", "PE2"})
    void namespaceVrfsShowTheirNamespace(String router) throws Exception {
        ZebraDaemon zebra = new ZebraDaemon(new Forwarding(true, true));
        try (Daemon d = start(zebra)) {
            ReferenceCheck.feed(d, "l3vpn-nsvrf", router);
            for (String line : ReferenceFiles.read("conf/l3vpn-nsvrf/" + router + "/netns-vrfs").lines().toList()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String vrf = line.split(" ")[0];
                d.context().loop().submit(() -> zebra.config().vrf(vrf).attachNamespace("/run/netns/" + vrf)).get();
            }
            ReferenceCheck.assertPrintsItsShare(d, ZEBRA, "nsvrf", router);
        }
    }

    @Test
    void takesOnlyItsOwnLines() throws Exception {
        try (Daemon d = start(new ZebraDaemon(new Forwarding(true, true)))) {
            ConfigFeeder.Result r = ConfigFeeder.feed(d, ReferenceFiles.config("l3vpn", "PE1"));
            assertEquals(List.of("frr defaults traditional", "hostname PE1", "vrf CUSTA", "exit-vrf", "vrf CUSTB",
                    "exit-vrf"), r.taken());
        }
    }

    private Daemon start(ZebraDaemon module) throws Exception {
        return TestDaemons.start(dir, "zebra", module);
    }
}
