package dev.ferry.ospfd.spf;

import dev.ferry.ospfd.lsa.Lsa;
import dev.ferry.ospfd.lsa.LsaKey;
import dev.ferry.ospfd.wire.OspfVersion;

/**
 * What SPF reads of an area's link state database: the LSAs of the area (for v3 also the Link-LSAs of the
 * calculating router's links, which give the nexthops' link-local addresses). The LSDB proper (aging, flooding)
 * implements it; {@link InMemoryLsdb} is the simple one.
 */
public interface AreaLsdb {
    OspfVersion version();

    /** The LSA with this key, or null. */
    Lsa lookup(LsaKey key);

    /** Every LSA, in any order. */
    Iterable<Lsa> all();
}
