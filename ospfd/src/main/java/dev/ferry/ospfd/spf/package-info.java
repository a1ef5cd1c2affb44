/**
 * The intra-area SPF of both versions: {@link dev.ferry.ospfd.spf.SpfCalculator} runs Dijkstra with ECMP over an
 * {@link dev.ferry.ospfd.spf.AreaLsdb} read through a per-version topology (v2: Router/Network-LSAs with stub links;
 * v3: Router/Network-LSAs, Intra-Area-Prefix-LSAs for prefixes, Link-LSAs for nexthop link-local addresses) and
 * returns an {@link dev.ferry.ospfd.spf.SpfResult}: routers (with ABR/ASBR flags) and prefixes with their
 * nexthops. Not yet: virtual links, the inter-area (16.2) and external (16.4) stages.
 */
package dev.ferry.ospfd.spf;
