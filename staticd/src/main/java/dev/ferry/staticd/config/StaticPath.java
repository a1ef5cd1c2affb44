package dev.ferry.staticd.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The nexthops of a route that share a table and a distance, and the tag they are installed with (a tag
 * set on one of them applies to all, as in FRR's model).
 */
public final class StaticPath {
    /** FRR's static_path_list_cli_cmp: table, then distance. */
    public static final Comparator<StaticPath> ORDER = Comparator.comparingLong(StaticPath::table)
            .thenComparingInt(StaticPath::distance);

    private final long table;
    private final int distance;
    private long tag;
    private final List<StaticNexthop> nexthops = new ArrayList<>();

    public StaticPath(long table, int distance) {
        this.table = table;
        this.distance = distance;
    }

    public long table() {
        return table;
    }

    public int distance() {
        return distance;
    }

    public long tag() {
        return tag;
    }

    public void tag(long tag) {
        this.tag = tag;
    }

    /** The nexthops in FRR's listing order. */
    public List<StaticNexthop> nexthops() {
        return nexthops.stream().sorted(StaticNexthop.ORDER).toList();
    }

    public StaticNexthop find(StaticNexthop like) {
        return nexthops.stream().filter(n -> n.sameAs(like)).findFirst().orElse(null);
    }

    void add(StaticNexthop nexthop) {
        nexthops.add(nexthop);
    }

    void remove(StaticNexthop nexthop) {
        nexthops.remove(nexthop);
    }

    public boolean isEmpty() {
        return nexthops.isEmpty();
    }
}
