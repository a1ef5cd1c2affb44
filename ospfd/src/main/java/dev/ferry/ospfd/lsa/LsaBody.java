package dev.ferry.ospfd.lsa;

import dev.ferry.ospfd.wire.WireWriter;

/** The part of an LSA after its header, one record per LS type; unknown types stay {@link OpaqueBody}. */
public sealed interface LsaBody permits RouterLsaV2, NetworkLsaV2, SummaryLsaV2, ExternalLsaV2, RouterLsaV3,
        NetworkLsaV3, InterAreaPrefixLsa, InterAreaRouterLsa, ExternalLsaV3, LinkLsa, IntraAreaPrefixLsa,
        OpaqueBody {

    /** Appends the body's wire form. */
    void encode(WireWriter w);
}
