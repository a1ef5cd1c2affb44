package dev.ferry.ospfd.runtime;

import dev.ferry.ospfd.lsa.Lsa;
import dev.ferry.ospfd.lsa.LsaKey;
import dev.ferry.ospfd.lsa.LsaTypes;
import dev.ferry.ospfd.spf.AreaLsdb;
import dev.ferry.ospfd.wire.OspfVersion;

/**
 * What SPF reads for one OSPFv3 area: the area's database, and the Link-LSAs of the area's links, which give
 * the neighbors' link-local addresses for nexthops (RFC 5340 4.8.2). Link-LSAs live in their links' databases
 * (link scope); their keys cannot collide across links, since each carries its originator's Interface ID.
 */
final class SpfDatabase implements AreaLsdb {
    private final OspfRouter router;
    private final Area area;

    SpfDatabase(OspfRouter router, Area area) {
        this.router = router;
        this.area = area;
    }

    /** The database SPF runs over: the area's own for OSPFv2, this view for OSPFv3. */
    static AreaLsdb of(OspfRouter router, Area area) {
        return router.version() == OspfVersion.V2 ? area.lsdb : new SpfDatabase(router, area);
    }

    @Override
    public OspfVersion version() {
        return OspfVersion.V3;
    }

    @Override
    public Lsa lookup(LsaKey key) {
        if (key.type() != LsaTypes.V3_LINK) {
            return area.lsdb.lookup(key);
        }
        for (Link l : router.links()) {
            if (l.area == area) {
                Lsa lsa = l.lsdb.lookup(key);
                if (lsa != null) {
                    return lsa;
                }
            }
        }
        return null;
    }

    @Override
    public Iterable<Lsa> all() {
        return area.lsdb.all();
    }
}
