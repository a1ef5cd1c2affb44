package dev.ferry.lib.netlink;

import dev.ferry.lib.netlink.codec.NlMsgType;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Zeroes the alignment padding after attributes whose length is not a multiple of 4: the only bytes the
 * golden comparisons mask. iproute2 does not clear them (addattr_l copies the data and moves the tail to
 * the next 4-byte boundary), so they hold what its stack buffer held before: "01 00" after the u16
 * RTA_ENCAP_TYPE of some requests. The kernel never reads them (NLA_ALIGN skips them); Ferry writes
 * zeros. Nested attributes walked: RTA_ENCAP, RTA_MULTIPATH (rtnexthop entries), IFLA_LINKINFO and its
 * IFLA_INFO_DATA.
 */
final class PaddingMask {
    private static final int RTA_MULTIPATH = 9;
    private static final int RTA_ENCAP = 22;
    private static final int IFLA_LINKINFO = 18;
    private static final int IFLA_INFO_DATA = 2;

    private PaddingMask() {
    }

    static byte[] zeroPadding(byte[] message) {
        byte[] out = message.clone();
        ByteBuffer b = ByteBuffer.wrap(out).order(ByteOrder.nativeOrder());
        int type = Short.toUnsignedInt(b.getShort(4));
        int structSize = switch (type) {
            case NlMsgType.RTM_NEWROUTE, NlMsgType.RTM_DELROUTE -> 12;
            case NlMsgType.RTM_NEWLINK, NlMsgType.RTM_DELLINK -> 16;
            case NlMsgType.RTM_NEWADDR, NlMsgType.RTM_DELADDR -> 8;
            default -> -1;
        };
        if (structSize > 0) {
            walk(b, 16 + structSize, Math.min(out.length, b.getInt(0)), type == NlMsgType.RTM_NEWLINK ? 1 : 0);
        }
        return out;
    }

    /** level 0: route attributes; 1: link attributes; 2: inside IFLA_LINKINFO; 3: anything deeper. */
    private static void walk(ByteBuffer b, int at, int end, int level) {
        while (end - at >= 4) {
            int len = Short.toUnsignedInt(b.getShort(at));
            int type = Short.toUnsignedInt(b.getShort(at + 2)) & 0x3fff;
            if (len < 4 || len > end - at) {
                return;
            }
            if (level == 0 && type == RTA_ENCAP || level == 2 && type == IFLA_INFO_DATA) {
                walk(b, at + 4, at + len, 3);
            } else if (level == 1 && type == IFLA_LINKINFO) {
                walk(b, at + 4, at + len, 2);
            } else if (level == 0 && type == RTA_MULTIPATH) {
                int nh = at + 4;
                while (at + len - nh >= 8) {
                    int nhLen = Short.toUnsignedInt(b.getShort(nh));
                    if (nhLen < 8) {
                        break;
                    }
                    walk(b, nh + 8, Math.min(at + len, nh + nhLen), 0);
                    nh += (nhLen + 3) & ~3;
                }
            }
            for (int p = at + len; p < Math.min(end, (at + len + 3) & ~3); p++) {
                b.put(p, (byte) 0);
            }
            at += (len + 3) & ~3;
        }
    }
}
