package dev.ferry.ospfd.runtime;

import dev.ferry.ospfd.core.lsdb.Lsdb;
import dev.ferry.ospfd.shared.AreaId;
import dev.ferry.ospfd.wire.OspfVersion;
import java.util.function.LongSupplier;

/** An area this router is attached to: its database and whether it is a stub. */
final class Area {
    final AreaId id;
    final Lsdb lsdb;
    private boolean stub;
    private int defaultCost = 1;

    private final OspfVersion version;

    Area(AreaId id, OspfVersion version, LongSupplier clock) {
        this.id = id;
        this.version = version;
        this.lsdb = new Lsdb(version, clock);
    }

    boolean stub() {
        return stub;
    }

    void stub(boolean stub, int defaultCost) {
        this.stub = stub;
        this.defaultCost = defaultCost;
    }

    int defaultCost() {
        return defaultCost;
    }

    boolean isBackbone() {
        return id.value() == 0;
    }

    /** The options of our Hellos, DDs and LSAs in this area: E unless the area is a stub; v3 adds V6 and R. */
    int options() {
        int e = stub ? 0 : Options.E;
        return version == OspfVersion.V2 ? e : e | Options.V6 | Options.R;
    }

    /** Dotted, as FRR prints areas in show output. */
    String label() {
        long v = id.value();
        return (v >>> 24 & 0xff) + "." + (v >>> 16 & 0xff) + "." + (v >>> 8 & 0xff) + "." + (v & 0xff);
    }
}
