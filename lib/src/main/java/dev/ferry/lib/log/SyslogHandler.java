package dev.ferry.lib.log;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

/**
 * Sends log records to the local syslog daemon over /dev/log (a Unix datagram socket, which the JDK's
 * channels do not offer, hence FFM). Facility daemon, tag "&lt;daemon&gt;[pid]", as FRR does. When no
 * syslog daemon listens, records are dropped: logging must never stop a router.
 */
final class SyslogHandler extends Handler {
    private static final int AF_UNIX = 1;
    private static final int SOCK_DGRAM = 2;
    private static final int FACILITY_DAEMON = 3 << 3;
    private static final String DEV_LOG = "/dev/log";

    private static final Linker LINKER = Linker.nativeLinker();
    private static final MethodHandle SOCKET = downcall("socket",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
    private static final MethodHandle SENDTO = downcall("sendto", FunctionDescriptor.of(ValueLayout.JAVA_LONG,
            ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT,
            ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
    private static final MethodHandle CLOSE = downcall("close",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));

    private final String tag;
    private final int fd;
    private final MemorySegment address;

    SyslogHandler(String daemon) {
        this(daemon, DEV_LOG);
    }

    /** Logs to the syslog socket at {@code socketPath} (tests use their own). */
    SyslogHandler(String daemon, String socketPath) {
        this.tag = daemon + "[" + ProcessHandle.current().pid() + "]";
        this.fd = socket();
        // struct sockaddr_un { sa_family_t sun_family; char sun_path[108]; }
        this.address = Arena.global().allocate(110);
        address.set(ValueLayout.JAVA_SHORT, 0, (short) AF_UNIX);
        byte[] path = socketPath.getBytes(StandardCharsets.US_ASCII);
        MemorySegment.copy(path, 0, address, ValueLayout.JAVA_BYTE, 2, path.length);
    }

    @Override
    public synchronized void publish(LogRecord r) {
        if (fd < 0 || !isLoggable(r)) {
            return;
        }
        int pri = FACILITY_DAEMON | LogLevel.of(r.getLevel()).syslogSeverity();
        byte[] msg = ("<" + pri + ">" + tag + ": " + FrrLogFormat.body(r)).getBytes(StandardCharsets.UTF_8);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buf = arena.allocate(msg.length);
            MemorySegment.copy(msg, 0, buf, ValueLayout.JAVA_BYTE, 0, msg.length);
            long ignored = (long) SENDTO.invokeExact(fd, buf, (long) msg.length, 0, address, 110);
        } catch (Throwable t) {
            // nowhere to report a failure of the log itself
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        if (fd >= 0) {
            try {
                int ignored = (int) CLOSE.invokeExact(fd);
            } catch (Throwable t) {
                // closing on shutdown: nothing to do
            }
        }
    }

    private static int socket() {
        try {
            return (int) SOCKET.invokeExact(AF_UNIX, SOCK_DGRAM, 0);
        } catch (Throwable t) {
            return -1;
        }
    }

    private static MethodHandle downcall(String name, FunctionDescriptor fd) {
        return LINKER.downcallHandle(LINKER.defaultLookup().find(name).orElseThrow(), fd);
    }
}
