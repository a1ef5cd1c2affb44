package dev.ferry.bgpd.capability;

import dev.ferry.bgpd.nlri.AddressFamily;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Graceful Restart (code 64, RFC 4724 section 3): restart flags and time, then per family whether forwarding
 * state was preserved.
 * <pre>
 * +--------------------------------------------------+
 * | Restart Flags (4 bits) | Restart Time in s (12)  |
 * +--------------------------------------------------+
 * | AFI (16 bits) | SAFI (8 bits) | Flags (8 bits)   |  repeated
 * +--------------------------------------------------+
 * </pre>
 *
 * @param restartFlags the 4 high bits: R (0x8, restarting), N (0x4, notification support, RFC 8538)
 */
public record GracefulRestartCapability(int restartFlags, int restartTime, List<Family> families)
        implements Capability {
    public static final int RESTART_STATE = 0x8;
    public static final int NOTIFICATION = 0x4;
    public static final int FORWARDING_PRESERVED = 0x80;

    /** One family entry; {@code flags} 0x80 means forwarding state was preserved. */
    public record Family(AddressFamily family, int flags) {
    }

    public GracefulRestartCapability {
        families = List.copyOf(families);
    }

    static GracefulRestartCapability decode(ByteBuffer v) {
        int len = v.remaining();
        if (len < 2 || (len - 2) % 4 != 0) {
            return null;
        }
        int head = v.getShort(0) & 0xffff;
        List<Family> fams = new ArrayList<>();
        for (int at = 2; at < len; at += 4) {
            fams.add(new Family(new AddressFamily(v.getShort(at) & 0xffff, v.get(at + 2) & 0xff),
                    v.get(at + 3) & 0xff));
        }
        return new GracefulRestartCapability(head >>> 12, head & 0xfff, fams);
    }

    public boolean restarting() {
        return (restartFlags & RESTART_STATE) != 0;
    }

    @Override
    public int code() {
        return GRACEFUL_RESTART;
    }

    @Override
    public int valueLength() {
        return 2 + 4 * families.size();
    }

    @Override
    public void writeValue(ByteBuffer out) {
        out.putShort((short) ((restartFlags << 12) | (restartTime & 0xfff)));
        for (Family f : families) {
            out.putShort((short) f.family().afi());
            out.put((byte) f.family().safi());
            out.put((byte) f.flags());
        }
    }
}
