package dev.ferry.bgpd.runtime;

import dev.ferry.bgpd.nlri.AddressFamily;
import dev.ferry.bgpd.nlri.Prefix;
import dev.ferry.bgpd.rib.BgpPath;
import java.util.List;

/** Where best paths learned from peers go: zebra (RouteType BGP), or a test's table. */
public interface RouteSink {

    /**
     * Installs or replaces the route of {@code prefix} through the best path's next hop and those of the paths
     * used with it (ECMP; empty without multipath).
     */
    void install(AddressFamily family, Prefix prefix, BgpPath best, List<BgpPath> multipaths);

    /** Removes the route of {@code prefix}, if installed. */
    void remove(AddressFamily family, Prefix prefix);

    /** The instance is gone (after its last {@link #remove}s): nothing of it is installed any more. */
    default void closed() {
    }

    RouteSink NONE = new RouteSink() {
        @Override
        public void install(AddressFamily family, Prefix prefix, BgpPath best, List<BgpPath> multipaths) {
        }

        @Override
        public void remove(AddressFamily family, Prefix prefix) {
        }
    };
}
