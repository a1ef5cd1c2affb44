package dev.ferry.bgpd.attr;

import dev.ferry.bgpd.nlri.Ipv4Addresses;
import dev.ferry.bgpd.wire.CodecContext;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.StringJoiner;

/**
 * CLUSTER_LIST (type 10, optional non-transitive, RFC 4456): the cluster ids a reflected route passed
 * through, 4 bytes each. Discarded from eBGP peers; from iBGP peers a length that is not a non-zero multiple
 * of 4 is treat-as-withdraw (RFC 7606 section 7.10).
 */
public record ClusterList(int[] ids, int flags) implements PathAttribute {
    public ClusterList {
        ids = ids.clone();
    }

    public static ClusterList of(int... ids) {
        return new ClusterList(ids, AttributeType.OPTIONAL_NON_TRANSITIVE);
    }

    static ClusterList decode(ByteBuffer v, int flags) {
        int n = v.remaining();
        if (n == 0 || n % 4 != 0) {
            return null;
        }
        int[] ids = new int[n / 4];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = v.getInt(i * 4);
        }
        return new ClusterList(ids, flags);
    }

    @Override
    public int[] ids() {
        return ids.clone();
    }

    public boolean contains(int id) {
        for (int i : ids) {
            if (i == id) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int type() {
        return AttributeType.CLUSTER_LIST;
    }

    @Override
    public int valueLength(CodecContext ctx) {
        return ids.length * 4;
    }

    @Override
    public void writeValue(ByteBuffer out, CodecContext ctx) {
        for (int id : ids) {
            out.putInt(id);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClusterList c && c.flags == flags && Arrays.equals(c.ids, ids);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(ids) + flags;
    }

    @Override
    public String toString() {
        StringJoiner j = new StringJoiner(" ");
        for (int id : ids) {
            j.add(Ipv4Addresses.format(id));
        }
        return j.toString();
    }
}
