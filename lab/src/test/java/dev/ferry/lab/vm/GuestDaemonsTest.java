package dev.ferry.lab.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ferry.lab.topology.RouterKind;
import dev.ferry.lab.topology.RouterSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scripts that start routers inside the guest: what runs, where its sockets go, in which order. */
class GuestDaemonsTest {
    private static final Path WORK = Path.of("/run/ferry-lab/work-1");
    private final GuestDaemons daemons = new GuestDaemons(Path.of("/opt/ferry"), "/usr/lib/jvm/jdk25");

    private static RouterSpec router(RouterKind kind, List<String> daemons) {
        return new RouterSpec("PR", kind, Map.of("lo", List.of("10.255.0.1/32")), daemons, "hostname PR\n", List.of(),
                Map.of());
    }

    @Test
    void aFerryRouterStartsThroughItsLauncherWithItsSocketsOnTheGuestsTmpfs() {
        RouterSpec pr = router(RouterKind.FERRY, List.of("ospfd", "ldpd"));
        String script = daemons.ferryScript(pr, GuestDaemons.configDir(WORK, pr), Path.of("/opt/ferry"), null);
        assertTrue(script.contains("export FERRY_JAVA_HOME=/usr/lib/jvm/jdk25"), script);
        assertFalse(script.contains("FERRY_AOT_DIR"), "no caches: none named");
        assertTrue(script.contains("FERRY_JAVA_OPTS='-Xint "), script);
        assertTrue(script.contains("ip netns exec PR unshare --uts -- /bin/sh -c 'hostname \"$0\" && exec \"$@\"' PR "
                + "/opt/ferry/bin/frrinit.sh start --config_dir /run/ferry-lab/work-1/PR/etc "
                + "--run_dir /run/ferry-lab/PR"), script);
    }

    @Test
    void theDaemonsStartWithTheAotCachesTrainedOnTheHost() {
        RouterSpec pr = router(RouterKind.FERRY, List.of("ospfd", "ldpd"));
        String script = daemons.ferryScript(pr, GuestDaemons.configDir(WORK, pr), Path.of("/opt/ferry"),
                WORK.resolve(".aot"));
        int aot = script.indexOf("export FERRY_AOT_DIR=/run/ferry-lab/work-1/.aot\n");
        assertTrue(aot > 0 && aot < script.indexOf("frrinit.sh start"), script);
        assertEquals(java.util.Set.of("zebra", "staticd", "ospfd", "ldpd"), GuestAotCaches.daemons(new dev.ferry.lab.topology.Topology(
                "t", List.of(pr, router(RouterKind.FRR, List.of("bgpd"))), List.of())));
    }

    @Test
    void anFrrRouterStartsZebraAndStaticdFirstThenItsDaemonsThenLoadsItsConfig() {
        RouterSpec pr = router(RouterKind.FRR, List.of("ldpd", "ospfd"));
        String script = daemons.frrScript(pr, GuestDaemons.configDir(WORK, pr));
        int zebra = script.indexOf("/usr/lib/frr/zebra -d -u frr");
        int staticd = script.indexOf("/usr/lib/frr/staticd -d");
        int ospfd = script.indexOf("/usr/lib/frr/ospfd -d");
        int ldpd = script.indexOf("/usr/lib/frr/ldpd -d");
        int boot = script.indexOf("vtysh --vty_socket /run/ferry-lab/PR --config_dir /run/ferry-lab/work-1/PR/etc -b");
        assertTrue(zebra > 0 && zebra < staticd && staticd < ospfd && ospfd < ldpd && ldpd < boot, script);
        assertTrue(script.contains("--ctl_socket /run/ferry-lab/PR"), "ldpd's control socket in the run dir");
        assertTrue(script.contains("up zebra\n") && script.contains("up ldpd\n"), "waits for each VTY socket");
    }

    @Test
    void theRunDirIsOnTheGuestsTmpfsAndTheConfigInTheSharedWorkDir() {
        RouterSpec ferry = router(RouterKind.FERRY, List.of());
        assertEquals("/run/ferry-lab/PR", GuestDaemons.runDir(ferry));
        assertEquals(Path.of("/run/ferry-lab/work-1/PR/etc"), GuestDaemons.configDir(WORK, ferry));
    }

    @Test
    void aDistributionUnderTmpIsCopiedIntoTheWorkDirBecauseTheGuestHidesTmp(@TempDir Path tmp) throws Exception {
        Path home = tmp.toRealPath().resolve("clone/etc/target/ferry");
        assumeTrue(home.startsWith("/tmp"), "java.io.tmpdir is not under /tmp here");
        Files.createDirectories(home.resolve("bin"));
        Files.writeString(home.resolve("bin/frrinit.sh"), "#!/bin/sh\n");
        Files.setPosixFilePermissions(home.resolve("bin/frrinit.sh"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Path work = Files.createDirectories(tmp.resolve("work"));
        Path seen = new GuestDaemons(home, null).guestFerryHome(work);
        assertEquals(work.resolve(".ferry-home"), seen);
        assertTrue(Files.isExecutable(seen.resolve("bin/frrinit.sh")), "the launcher stays executable");
    }
}
