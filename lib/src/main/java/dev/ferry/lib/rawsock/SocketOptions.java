package dev.ferry.lib.rawsock;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/** setsockopt / getsockopt on a raw socket, with errno turned into {@link RawSocketException}s that name the option. */
final class SocketOptions {
    private SocketOptions() {
    }

    /** Sets an int option; {@code name} is how the error names it ("IP_MULTICAST_TTL"). */
    static void setInt(int fd, int level, int option, int value, String name) throws RawSocketException {
        int errno = trySetInt(fd, level, option, value);
        if (errno != 0) {
            throw new RawSocketException("setsockopt(" + name + ", " + value + ")", errno);
        }
    }

    /** Sets an int option; 0 on success, else errno. */
    static int trySetInt(int fd, int level, int option, int value) throws RawSocketException {
        try (Arena a = Arena.ofConfined()) {
            return trySet(fd, level, option, a.allocateFrom(JAVA_INT, value));
        }
    }

    /** Sets an option whose value is a struct or a string; 0 on success, else errno. */
    static int trySet(int fd, int level, int option, MemorySegment value) throws RawSocketException {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment cap = a.allocate(RawNative.CAPTURE_LAYOUT);
            int rc = (int) RawNative.SETSOCKOPT.invokeExact(cap, fd, level, option, value, (int) value.byteSize());
            return rc == 0 ? 0 : RawNative.errno(cap);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new RawSocketException("setsockopt: native call failed", t);
        }
    }

    /** Reads an int option (tests check what the socket was opened with). */
    static int getInt(int fd, int level, int option, String name) throws RawSocketException {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment cap = a.allocate(RawNative.CAPTURE_LAYOUT);
            MemorySegment value = a.allocate(JAVA_INT);
            MemorySegment length = a.allocateFrom(JAVA_INT, 4);
            int rc = (int) RawNative.GETSOCKOPT.invokeExact(cap, fd, level, option, value, length);
            if (rc != 0) {
                throw new RawSocketException("getsockopt(" + name + ")", RawNative.errno(cap));
            }
            int n = length.get(JAVA_INT, 0);
            return n == 1 ? Byte.toUnsignedInt(value.get(JAVA_BYTE, 0))
                    : value.get(JAVA_INT, 0);
        } catch (RawSocketException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new RawSocketException("getsockopt: native call failed", t);
        }
    }

    /**
     * A socket buffer of {@code bytes}: the FORCE variant (CAP_NET_ADMIN, beyond net.core.*mem_max), else the
     * plain one, which the kernel caps at its maximum.
     */
    static void bufferSize(int fd, int forced, int plain, int bytes, String name) throws RawSocketException {
        if (trySetInt(fd, RawNative.SOL_SOCKET, forced, bytes) != 0) {
            setInt(fd, RawNative.SOL_SOCKET, plain, bytes, name);
        }
    }
}
