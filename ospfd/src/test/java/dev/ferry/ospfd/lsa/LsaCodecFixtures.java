package dev.ferry.ospfd.lsa;

import dev.ferry.ospfd.wire.OspfVersion;
import java.util.ArrayList;
import java.util.List;

/** Every fixture LSA decoded, for tests in other packages (the fuzz tests seed from them). */
public final class LsaCodecFixtures {
    private LsaCodecFixtures() {
    }

    public static List<Lsa> all() {
        List<Lsa> out = new ArrayList<>();
        for (String hex : List.of(LsaFixtures.V2_ROUTER, LsaFixtures.V2_NETWORK, LsaFixtures.V2_SUMMARY,
                LsaFixtures.V2_ASBR_SUMMARY, LsaFixtures.V2_EXTERNAL, LsaFixtures.V2_NSSA, LsaFixtures.V2_OPAQUE)) {
            out.add(LsaCodec.decode(LsaFixtures.bytes(hex), OspfVersion.V2).value());
        }
        for (String hex : List.of(LsaFixtures.V3_ROUTER, LsaFixtures.V3_NETWORK, LsaFixtures.V3_INTER_AREA_PREFIX,
                LsaFixtures.V3_INTER_AREA_ROUTER, LsaFixtures.V3_EXTERNAL, LsaFixtures.V3_EXTERNAL_DEFAULT,
                LsaFixtures.V3_LINK, LsaFixtures.V3_INTRA_AREA_PREFIX, LsaFixtures.V3_UNKNOWN)) {
            out.add(LsaCodec.decode(LsaFixtures.bytes(hex), OspfVersion.V3).value());
        }
        return out;
    }
}
