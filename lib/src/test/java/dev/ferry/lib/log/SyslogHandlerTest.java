package dev.ferry.lib.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The syslog handler's datagram reaches a Unix datagram socket as "<PRI>tag[pid]: message". */
class SyslogHandlerTest {
    private static final Linker LINKER = Linker.nativeLinker();
    private static final MethodHandle SOCKET = call("socket", FunctionDescriptor.of(ValueLayout.JAVA_INT,
            ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
    private static final MethodHandle BIND = call("bind", FunctionDescriptor.of(ValueLayout.JAVA_INT,
            ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
    private static final MethodHandle RECV = call("recv", FunctionDescriptor.of(ValueLayout.JAVA_LONG,
            ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT));
    private static final MethodHandle CLOSE = call("close", FunctionDescriptor.of(ValueLayout.JAVA_INT,
            ValueLayout.JAVA_INT));

    @TempDir
    Path dir;

    @Test
    void recordsArriveWithPriorityAndTag() throws Throwable {
        String path = dir.resolve("log").toString();
        try (Arena arena = Arena.ofConfined()) {
            int fd = (int) SOCKET.invokeExact(1, 2, 0);
            MemorySegment addr = arena.allocate(110);
            addr.set(ValueLayout.JAVA_SHORT, 0, (short) 1);
            byte[] p = path.getBytes(StandardCharsets.US_ASCII);
            MemorySegment.copy(p, 0, addr, ValueLayout.JAVA_BYTE, 2, p.length);
            assertEquals(0, (int) BIND.invokeExact(fd, addr, 110));
            try {
                SyslogHandler h = new SyslogHandler("zebra", path);
                h.publish(new LogRecord(Level.WARNING, "interface eth9 is gone"));
                h.close();
                MemorySegment buf = arena.allocate(1024);
                long n = (long) RECV.invokeExact(fd, buf, 1024L, 0x40 /* MSG_DONTWAIT: it was sent before */);
                assertTrue(n > 0, "nothing received");
                String msg = new String(buf.asSlice(0, n).toArray(ValueLayout.JAVA_BYTE), StandardCharsets.UTF_8);
                // facility daemon (3) * 8 + severity warning (4) = 28
                assertEquals("<28>zebra[" + ProcessHandle.current().pid() + "]: interface eth9 is gone", msg);
            } finally {
                int ignored = (int) CLOSE.invokeExact(fd);
            }
        }
    }

    private static MethodHandle call(String name, FunctionDescriptor fd) {
        return LINKER.downcallHandle(LINKER.defaultLookup().find(name).orElseThrow(), fd);
    }
}
