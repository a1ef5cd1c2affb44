package dev.ferry.zebra.rib.fib;

import dev.ferry.lib.netlink.NetlinkException;
import dev.ferry.lib.netlink.NetworkNamespace;
import dev.ferry.zebra.rib.Errno;
import dev.ferry.zebra.rib.FibOp;
import dev.ferry.zebra.rib.Nexthop;
import dev.ferry.zebra.rib.RouteOp;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The sysctl net.vrf.strict_mode of zebra's network namespace. The kernel accepts a seg6local behaviour that
 * decapsulates into a VRF device's table (SEG6_LOCAL_VRFTABLE: End.DT4, End.DT46, End.DT6 in VRF mode) only
 * in strict mode, and answers EINVAL with no reason otherwise. FRR 8.4 leaves the sysctl to its users; zebra
 * turns it on itself, on the dataplane thread, just before it installs the first such route, and logs that
 * it did. It does so then rather than whenever it makes a VRF: strict mode forbids two VRF devices on one
 * table, which zebra's own VRFs never do (each gets its own table) but VRFs made by others might, so a host
 * that never asks for such a SID keeps the mode it chose. The value is read again before each such route
 * (a few per VRF), so a mode turned off behind zebra's back is turned on again. When it cannot be set (no
 * VRF module: no /proc/sys/net/vrf; a read-only /proc/sys in a container; EBUSY: VRF devices share a table)
 * the route fails with that reason instead of the kernel's bare EINVAL, and `show ipv6 route` prints it
 * under the route.
 */
final class VrfStrictMode {
    private static final System.Logger LOG = System.getLogger("dev.ferry.zebra.dplane");
    static final Path SYSCTL = Path.of("/proc/sys/net/vrf/strict_mode");
    private static final String NEEDED = "decapsulation into a VRF needs sysctl net.vrf.strict_mode=1, which "
            + "zebra cannot set: ";

    /** Why a route that needs strict mode cannot be installed: errno and text for its failed result. */
    record Refusal(int errno, String message) {
    }

    private final Path file;
    private final String namespace;

    /**
     * @param file the sysctl's file ({@link #SYSCTL}; tests give another)
     * @param namespace the named network namespace whose sysctl it is, or null for zebra's own
     */
    VrfStrictMode(Path file, String namespace) {
        this.file = file;
        this.namespace = namespace;
    }

    /** The sysctl of {@code namespace} (null: the namespace zebra runs in). */
    static VrfStrictMode of(String namespace) {
        return new VrfStrictMode(SYSCTL, namespace);
    }

    /** Whether installing {@code op} needs strict mode: an add whose nexthops decapsulate into a VRF table. */
    static boolean needed(FibOp op) {
        return op instanceof RouteOp r && r.action() != FibOp.Action.DELETE && decapsulatesIntoVrf(r.nexthops());
    }

    /** Whether one of these nexthops is a seg6local behaviour the kernel gets with SEG6_LOCAL_VRFTABLE. */
    static boolean decapsulatesIntoVrf(List<Nexthop> nexthops) {
        for (int i = 0; i < nexthops.size(); i++) { // indexed: asked for every op, and C1 allocates iterators
            Nexthop n = nexthops.get(i);
            if (n.srv6() != null && !n.srv6().seg6localAction().isEmpty()) {
                try {
                    if (Seg6Local.encap(n.srv6().seg6localAction(), n.srv6().seg6localContext()).vrfTable() != -1) {
                        return true;
                    }
                } catch (IllegalArgumentException e) {
                    return false; // the encoding refuses it with its own reason
                }
            }
        }
        return false;
    }

    /** Turns strict mode on if it is off: null when it is on, else why it cannot be. */
    Refusal ensureOn() {
        try {
            if (read().equals("1")) {
                return null;
            }
            inNamespace(() -> Files.writeString(file, "1\n"));
        } catch (IOException e) {
            return refusal(e);
        }
        LOG.log(System.Logger.Level.INFO, "sysctl net.vrf.strict_mode set to 1" + (namespace == null ? ""
                : " in netns " + namespace) + ": the kernel decapsulates SRv6 into a VRF (End.DT4, End.DT46) "
                + "only in strict mode, where each VRF device has a table of its own, as zebra's VRFs do");
        return null;
    }

    private String read() throws IOException {
        return inNamespace(() -> Files.readString(file)).strip();
    }

    private <T> T inNamespace(Callable<T> io) throws IOException {
        if (namespace == null) {
            try {
                return io.call();
            } catch (IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException(e);
            }
        }
        try {
            return NetworkNamespace.call(namespace, io);
        } catch (NetlinkException e) {
            throw e.getCause() instanceof IOException io2 ? io2 : new IOException(e.getMessage(), e);
        }
    }

    /** The errno and text of a failed read or write of the sysctl. */
    static Refusal refusal(IOException e) {
        if (e instanceof NoSuchFileException) {
            return new Refusal(Errno.ENOENT, NEEDED + "this kernel has no VRF support (no /proc/sys/net/vrf)");
        }
        if (e instanceof AccessDeniedException) {
            return new Refusal(Errno.EACCES, NEEDED + "permission denied");
        }
        String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        reason = reason == null ? e.toString() : reason;
        if (reason.contains("Read-only file system")) {
            return new Refusal(Errno.EROFS, NEEDED + "/proc/sys is read-only here (a container?)");
        }
        if (reason.contains("Device or resource busy")) {
            return new Refusal(Errno.EBUSY, NEEDED + "two VRF devices share a kernel table");
        }
        return new Refusal(Errno.EIO, NEEDED + reason);
    }
}
