package dev.ferry.zebra.rib.fib;

import static dev.ferry.zebra.rib.RibTestBed.dev;
import static dev.ferry.zebra.rib.RibTestBed.staticRoute;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.lib.netlink.NetlinkSocket;
import dev.ferry.zebra.LogCapture;
import dev.ferry.zebra.rib.Errno;
import dev.ferry.zebra.rib.FibOp;
import dev.ferry.zebra.rib.FibResult;
import dev.ferry.zebra.rib.Nexthop;
import dev.ferry.zebra.rib.RibTestBed;
import dev.ferry.zebra.rib.RouteOp;
import dev.ferry.zebra.rib.Srv6Encap;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * zebra turns net.vrf.strict_mode on before a route that decapsulates SRv6 into a VRF, says so once, leaves it
 * alone when it is on or not needed, and fails the route with the reason when it cannot set it (here against a
 * file standing for the sysctl; the VM lab VmSrv6EndDtIT does it in a real kernel).
 */
class VrfStrictModeTest {
    @TempDir
    Path dir;
    private final LogCapture log = new LogCapture("dev.ferry.zebra.dplane", Level.INFO);
    private final List<LogRecord> infos = log.records();

    @BeforeEach
    void captureLog() {
        log.start();
    }

    @AfterEach
    void release() {
        log.close();
    }

    private static Nexthop sid(String action, String context) {
        return Nexthop.ifindex(0, 7).withSrv6(new Srv6Encap(action, context, List.of()));
    }

    @Test
    void turnsItOnOnceAndSaysSo() throws IOException {
        Path sysctl = Files.writeString(dir.resolve("strict_mode"), "0\n");
        VrfStrictMode mode = new VrfStrictMode(sysctl, null);
        assertNull(mode.ensureOn());
        assertEquals("1\n", Files.readString(sysctl));
        assertNull(mode.ensureOn());
        assertEquals(1, infos.size(), "one line, when it changed: " + infos);
        assertTrue(infos.getFirst().getMessage().startsWith("sysctl net.vrf.strict_mode set to 1: "),
                infos.getFirst().getMessage());

        Files.writeString(sysctl, "0\n"); // turned off behind zebra's back: on again before the next such route
        assertNull(mode.ensureOn());
        assertEquals("1\n", Files.readString(sysctl));
        assertEquals(2, infos.size());
    }

    @Test
    void leavesItAloneWhenAlreadyOn() throws IOException {
        Path sysctl = Files.writeString(dir.resolve("strict_mode"), "1\n");
        assertNull(new VrfStrictMode(sysctl, null).ensureOn());
        assertTrue(infos.isEmpty(), infos.toString());
    }

    @Test
    void aKernelWithoutVrfsIsSaidSo() {
        VrfStrictMode.Refusal r = new VrfStrictMode(dir.resolve("vrf/strict_mode"), null).ensureOn();
        assertEquals(Errno.ENOENT, r.errno());
        assertEquals("decapsulation into a VRF needs sysctl net.vrf.strict_mode=1, which zebra cannot set: "
                + "this kernel has no VRF support (no /proc/sys/net/vrf)", r.message());
    }

    @Test
    void failedWritesKeepTheirErrno() {
        Path p = dir.resolve("strict_mode");
        assertEquals(Errno.EROFS, VrfStrictMode.refusal(new FileSystemException(p.toString(), null,
                "Read-only file system")).errno());
        VrfStrictMode.Refusal busy = VrfStrictMode.refusal(new FileSystemException(p.toString(), null,
                "Device or resource busy"));
        assertEquals(Errno.EBUSY, busy.errno());
        assertTrue(busy.message().endsWith("two VRF devices share a kernel table"), busy.message());
        assertEquals(Errno.EACCES, VrfStrictMode.refusal(new AccessDeniedException(p.toString())).errno());
        assertEquals("Permission denied (errno 13)", Errno.describe(Errno.EACCES));
        VrfStrictMode.Refusal other = VrfStrictMode.refusal(new IOException("Is a directory"));
        assertEquals(Errno.EIO, other.errno());
        assertTrue(other.message().endsWith(": Is a directory"), other.message());
    }

    /** Only the behaviours the kernel gets with SEG6_LOCAL_VRFTABLE need it (End.DT6 goes by table, as FRR 8.4). */
    @Test
    void neededForDecapsulationIntoAVrfTableOnly() {
        assertTrue(VrfStrictMode.decapsulatesIntoVrf(List.of(sid("End.DT4", "table 1001"))));
        assertTrue(VrfStrictMode.decapsulatesIntoVrf(List.of(sid("End.DT46", "table 1001"))));
        assertFalse(VrfStrictMode.decapsulatesIntoVrf(List.of(sid("End.DT6", "table 1001"))));
        assertFalse(VrfStrictMode.decapsulatesIntoVrf(List.of(sid("End.DX4", "nh4 10.0.2.2"))));
        assertFalse(VrfStrictMode.decapsulatesIntoVrf(List.of(sid("End", ""))));
        assertFalse(VrfStrictMode.decapsulatesIntoVrf(List.of(Nexthop.ifindex(0, 7))));
        assertFalse(VrfStrictMode.decapsulatesIntoVrf(List.of(sid("End.DT4", "no table"))));
    }

    /**
     * The dataplane answers an End.DT4 SID it cannot install with the reason, before anything reaches the
     * kernel; the RIB then shows it as any refusal (KernelRefusalTest).
     */
    @Test
    void theDataplaneFailsTheRouteWithTheReason() throws Exception {
        RibTestBed t = new RibTestBed();
        t.iface(0, 7, "CUST");
        t.add(staticRoute(0, "2001:db8:b::4/128", dev(0, 7).withSrv6(new Srv6Encap("End.DT4", "table 1001",
                List.of())))).settle();
        RouteOp dt4 = t.fib.ops().stream().filter(o -> o instanceof RouteOp).map(o -> (RouteOp) o)
                .filter(VrfStrictMode::needed).findFirst().orElseThrow(() -> new AssertionError(t.fib.ops()));

        CompletableFuture<List<FibResult>> answered = new CompletableFuture<>();
        try (NetlinkFib fib = NetlinkFib.open(NetlinkSocket.Options.defaults(), Runnable::run,
                new VrfStrictMode(dir.resolve("vrf/strict_mode"), null))) {
            fib.connect(a -> answered.complete(a.results()));
            fib.submit(List.<FibOp>of(dt4));
            List<FibResult> results = answered.get(30, TimeUnit.SECONDS);
            assertEquals(1, results.size(), results.toString());
            assertEquals("No such file or directory (errno 2): decapsulation into a VRF needs sysctl "
                    + "net.vrf.strict_mode=1, which zebra cannot set: this kernel has no VRF support "
                    + "(no /proc/sys/net/vrf)", results.getFirst().reason());
        }
    }
}
