package dev.ferry.bgpd.runtime;

import dev.ferry.bgpd.nlri.AddressFamily;
import dev.ferry.bgpd.nlri.Prefix;
import dev.ferry.bgpd.rib.Destination;

/** Where best paths learned from peers go: zebra (RouteType BGP), or a test's table. */
public interface RouteSink {

    /**
     * Installs or replaces the route of the destination's prefix through its best path's next hop and those of
     * the paths used with it ({@link Destination#multipaths()}: ECMP). The destination is the Loc-RIB's own
     * (a sink may read its state later rather than now).
     */
    void install(AddressFamily family, Destination d);

    /** Removes the route of {@code prefix}, if installed. */
    void remove(AddressFamily family, Prefix prefix);

    /** The instance is gone (after its last {@link #remove}s): nothing of it is installed any more. */
    default void closed() {
    }

    RouteSink NONE = new RouteSink() {
        @Override
        public void install(AddressFamily family, Destination d) {
        }

        @Override
        public void remove(AddressFamily family, Prefix prefix) {
        }
    };
}
