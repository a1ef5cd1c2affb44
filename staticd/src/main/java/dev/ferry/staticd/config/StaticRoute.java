package dev.ferry.staticd.config;

import dev.ferry.lib.net.IpPrefix;
import java.util.ArrayList;
import java.util.List;

/** A static route: a destination prefix (host bits cleared) and its paths. */
public final class StaticRoute {
    private final IpPrefix prefix;
    private final List<StaticPath> paths = new ArrayList<>();

    public StaticRoute(IpPrefix prefix) {
        this.prefix = prefix;
    }

    public IpPrefix prefix() {
        return prefix;
    }

    /** The paths in FRR's listing order. */
    public List<StaticPath> paths() {
        return paths.stream().sorted(StaticPath.ORDER).toList();
    }

    public StaticPath path(long table, int distance) {
        for (StaticPath p : paths) {
            if (p.table() == table && p.distance() == distance) {
                return p;
            }
        }
        StaticPath p = new StaticPath(table, distance);
        paths.add(p);
        return p;
    }

    /** The path in {@code table} holding a nexthop like {@code like}, whatever its distance; or null. */
    public StaticPath pathHolding(long table, StaticNexthop like) {
        for (StaticPath p : paths) {
            if (p.table() == table && p.find(like) != null) {
                return p;
            }
        }
        return null;
    }

    void removeEmptyPaths() {
        paths.removeIf(StaticPath::isEmpty);
    }

    public boolean isEmpty() {
        return paths.isEmpty();
    }
}
