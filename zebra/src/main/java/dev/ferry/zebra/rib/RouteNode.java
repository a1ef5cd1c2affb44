package dev.ferry.zebra.rib;

import java.util.ArrayList;
import java.util.List;

/**
 * One destination prefix of a table with its route entries, newest first (FRR's route_node + rib_dest_t).
 * The prefix is stored inline rather than as an object: nodes are the other per-route cost besides entries.
 * Its network bits are in the subclass of its family, so an IPv4 node holds one int rather than two longs
 * (32 bytes rather than 40); a table only holds nodes of its own family.
 */
public abstract sealed class RouteNode permits Ipv4RouteNode, Ipv6RouteNode {
    final RouteTable table;
    final byte length;
    RouteEntry head;
    /** Bit per work-queue class this node waits in. */
    byte queued;
    /**
     * The number of the latest op submitted for this node ({@link RouteOp#number}), so the answer to an older
     * one is ignored. 16 bits fit in the object's padding; they cannot come round while an op is in flight,
     * since fewer than 65,536 ops are ever in flight ({@link FibDispatcher}).
     */
    short latestOp;

    RouteNode(RouteTable table, int length) {
        this.table = table;
        this.length = (byte) length;
    }

    /** A node of {@code table}'s family for the network bits (hi, lo) (as {@link Prefix}'s) and length. */
    static RouteNode of(RouteTable table, long hi, long lo, int length) {
        return table.afi() == Afi.IPV4 ? new Ipv4RouteNode(table, hi, length)
                : new Ipv6RouteNode(table, hi, lo, length);
    }

    /** The high 64 bits of the network, as {@link Prefix#hi()}. */
    abstract long hi();

    /** The low 64 bits of the network, as {@link Prefix#lo()}. */
    abstract long lo();

    /** Whether this is the node of the prefix (hi, lo)/len, as the table probes for it. */
    abstract boolean is(long hi, long lo, int len);

    public RouteTable table() {
        return table;
    }

    public Prefix prefix() {
        return Prefix.of(table.afi(), hi(), lo(), length & 0xff);
    }

    public int length() {
        return length & 0xff;
    }

    public boolean isHost() {
        return length() == table.afi().bits();
    }

    /** Whether this prefix covers {@code a}. */
    boolean covers(IpAddress a) {
        int len = length();
        return (a.hi() & Prefix.maskHi(len)) == hi() && (a.lo() & Prefix.maskLo(len)) == lo();
    }

    /** The entries, newest first, those waiting for removal included (as FRR's RNODE_FOREACH_RE). */
    public List<RouteEntry> entries() {
        List<RouteEntry> l = new ArrayList<>(2);
        for (RouteEntry e = head; e != null; e = e.next) {
            l.add(e);
        }
        return l;
    }

    /** The entries that `show` lists: all but those removed and not yet processed. */
    public List<RouteEntry> visibleEntries() {
        List<RouteEntry> l = new ArrayList<>(2);
        for (RouteEntry e = head; e != null; e = e.next) {
            if (!e.isRemoved()) {
                l.add(e);
            }
        }
        return l;
    }

    /** The selected entry (FLAG_SELECTED), or null. */
    public RouteEntry selected() {
        for (RouteEntry e = head; e != null; e = e.next) {
            if (e.isSelected()) {
                return e;
            }
        }
        return null;
    }

    /** The entry meant for the FIB (FRR's selected_fib), or null. */
    public RouteEntry fibEntry() {
        for (RouteEntry e = head; e != null; e = e.next) {
            if (e.isFibSelected()) {
                return e;
            }
        }
        return null;
    }

    boolean isEmpty() {
        return head == null;
    }

    void addFirst(RouteEntry e) {
        e.next = head;
        head = e;
    }

    void unlink(RouteEntry e) {
        if (head == e) {
            head = e.next;
            e.next = null;
            return;
        }
        for (RouteEntry p = head; p != null; p = p.next) {
            if (p.next == e) {
                p.next = e.next;
                e.next = null;
                return;
            }
        }
    }

    @Override
    public String toString() {
        return prefix().toString();
    }
}
