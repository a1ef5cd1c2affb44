package dev.ferry.ospfd.core.route;

import dev.ferry.ospfd.lsa.Lsa;
import dev.ferry.ospfd.wire.OspfVersion;

/**
 * The version-specific reading of summary and AS-external LSAs, so that {@link RouteCalculator} stays
 * version-neutral: each returns null for an LSA that is not of its kind or describes nothing usable.
 */
sealed interface LsaReader permits V2LsaReader, V3LsaReader {

    static LsaReader of(OspfVersion version) {
        return version == OspfVersion.V2 ? V2LsaReader.INSTANCE : V3LsaReader.INSTANCE;
    }

    /** A summary LSA (v2 type 3/4, v3 0x2003/0x2004) as an advert, or null. */
    InterAreaAdvert interArea(Lsa lsa);

    /** An AS-external LSA (v2 type 5, v3 0x4005) as an advert, or null. */
    ExternalAdvert external(Lsa lsa);
}
