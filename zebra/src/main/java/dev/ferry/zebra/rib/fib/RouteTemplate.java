package dev.ferry.zebra.rib.fib;

import dev.ferry.lib.netlink.codec.MessageWriter;
import dev.ferry.lib.netlink.codec.NetlinkRequest;
import dev.ferry.zebra.rib.Afi;
import dev.ferry.zebra.rib.Nexthop;
import dev.ferry.zebra.rib.RouteOp;
import dev.ferry.zebra.rib.RouteType;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/**
 * The encoded RTM_NEWROUTE of the last route installed, reused for the next route of the same forwarding list
 * (the RIB shares one list among a group's routes), kernel table and route type: everything but the
 * destination is then the same, so the next message is these bytes with its own sequence number, prefix
 * length and address. A full table through a few gateways is encoded this way without a message object, a
 * builder and their lists per route (the dataplane's thread is a full table's bottleneck). A message that
 * names a kernel nexthop object serves only while the object registry's generation is the one it was made in:
 * an object forgotten since (gone from the kernel) is never named again through these bytes. Owned by the
 * dataplane's thread.
 */
final class RouteTemplate {
    private static final int NLMSG_SEQ = 8;
    private static final int RTM_DST_LEN = 16 + 1;
    private static final int RTA_DST = 1;

    /** Where a message is encoded into the template: reused, the dataplane's thread owns it. */
    private final ByteBuffer scratch = ByteBuffer.allocate(4096).order(ByteOrder.nativeOrder());
    /** The install last remembered, not encoded until a route like it comes (most have none, or many). */
    private NetlinkRequest pending;
    private byte[] bytes;
    private int dstAt;
    private int addressLength;
    private List<Nexthop> nexthops;
    private boolean pushLabels;
    private int table;
    private RouteType type;
    private int nexthopId;
    private int generation;

    /**
     * The request for {@code op} from the remembered message, or null when {@code op} is not like it or the
     * nexthop object registry is no longer at {@code objectsGeneration}.
     */
    NetlinkRequest like(RouteOp op, boolean push, int objectsGeneration) {
        if ((bytes == null && pending == null) || op.nexthops() != nexthops || push != pushLabels
                || op.tableId() != table || op.type() != type || objectsGeneration != generation) {
            return null;
        }
        if (bytes == null && !encodePending()) {
            return null;
        }
        int size = op.afi() == Afi.IPV4 ? 4 : 16;
        if (size != addressLength) {
            return null;
        }
        byte[] template = bytes;
        int at = dstAt;
        int length = op.prefixLength();
        long hi = op.prefixHi();
        long lo = op.prefixLo();
        return (w, seq) -> {
            ByteBuffer b = w.buffer();
            int start = b.position();
            b.put(template); // throws before writing when it does not fit: the batcher sends and retries
            b.putInt(start + NLMSG_SEQ, seq);
            b.put(start + RTM_DST_LEN, (byte) length);
            for (int i = 0; i < size; i++) { // network order, from the left-aligned words
                b.put(start + at + i, (byte) ((i < 8 ? hi : lo) >>> (56 - 8 * (i & 7))));
            }
            return start;
        };
    }

    /** The nexthop object the remembered message names, 0 for none. */
    int nexthopId() {
        return nexthopId;
    }

    /**
     * Remembers an install's request as the template for routes like {@code op}. It is encoded only when the
     * next such route comes: a run of routes of one group pays one encoding more, routes of changing groups none.
     *
     * @param id the nexthop object the request names (0 for none), from the registry at {@code objectsGeneration}
     */
    void remember(RouteOp op, boolean push, NetlinkRequest request, int id, int objectsGeneration) {
        pending = request;
        bytes = null;
        nexthops = op.nexthops();
        pushLabels = push;
        table = op.tableId();
        type = op.type();
        nexthopId = id;
        generation = objectsGeneration;
    }

    /** Encodes the remembered request into the template; false (and nothing remembered) if it cannot serve. */
    private boolean encodePending() {
        NetlinkRequest request = pending;
        pending = null;
        scratch.clear();
        int start;
        try {
            start = request.encode(new MessageWriter(scratch), 0);
        } catch (java.nio.BufferOverflowException e) {
            nexthops = null; // a route this large is not worth keeping
            return false;
        }
        byte[] encoded = new byte[scratch.position() - start];
        scratch.get(start, encoded);
        int dst = attribute(encoded, RTA_DST);
        if (dst < 0) {
            nexthops = null;
            return false;
        }
        bytes = encoded;
        dstAt = dst;
        addressLength = (ByteBuffer.wrap(encoded).order(ByteOrder.nativeOrder()).getShort(dst - 4) & 0xffff) - 4;
        return true;
    }

    /** The offset of the payload of the message's top-level attribute {@code type}, or -1. */
    private static int attribute(byte[] m, int type) {
        ByteBuffer b = ByteBuffer.wrap(m).order(ByteOrder.nativeOrder());
        int at = 16 + 12; // nlmsghdr, rtmsg
        while (at + 4 <= m.length) {
            int len = b.getShort(at) & 0xffff;
            int t = b.getShort(at + 2) & 0x3fff;
            if (len < 4) {
                return -1;
            }
            if (t == type) {
                return at + 4;
            }
            at += (len + 3) & ~3;
        }
        return -1;
    }
}
