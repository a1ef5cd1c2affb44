package dev.ferry.lab.topology;

import java.util.List;

/** The daemons a real FRR router runs, in the order FRR's frrinit.sh starts them: zebra and staticd always. */
public final class FrrDaemons {
    /** FRR's start order. */
    public static final List<String> ORDER = List.of("zebra", "staticd", "ospfd", "ospf6d", "ldpd", "bgpd", "isisd",
            "ripd", "ripngd", "bfdd", "pimd", "pbrd", "vrrpd", "eigrpd", "babeld", "fabricd", "pathd", "nhrpd");

    private FrrDaemons() {
    }

    /** zebra and staticd, then the router's other daemons, in {@link #ORDER}. */
    public static List<String> toStart(RouterSpec router) {
        return ORDER.stream().filter(d -> d.equals("zebra") || d.equals("staticd") || router.daemons().contains(d)).toList();
    }
}
