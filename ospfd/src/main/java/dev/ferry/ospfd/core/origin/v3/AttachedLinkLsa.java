package dev.ferry.ospfd.core.origin.v3;

import dev.ferry.ospfd.lsa.LinkLsa;
import dev.ferry.ospfd.wire.RouterIds;

/**
 * A Link-LSA present in a link's database, with its originator: the input of the DR's network-referenced
 * Intra-Area-Prefix-LSA. Leave out LSAs at MaxAge (FRR skips them).
 *
 * @param advertisingRouter the Link-LSA's Advertising Router
 * @param linkStateId its Link State ID (the originator's Interface ID), which orders LSAs of one router
 */
public record AttachedLinkLsa(int advertisingRouter, int linkStateId, LinkLsa body) {
    @Override
    public String toString() {
        return "AttachedLinkLsa[" + RouterIds.format(advertisingRouter) + " id " + linkStateId + " " + body + "]";
    }
}
