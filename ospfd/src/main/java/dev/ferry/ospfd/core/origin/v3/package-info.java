/**
 * What an OSPFv3 router says about itself (RFC 5340 4.4.3), byte for byte as FRR 8.4's ospf6d says it: pure
 * functions from a snapshot of interfaces ({@link dev.ferry.ospfd.core.origin.v3.V3InterfaceView}), Link-LSAs and
 * routes to LSA bodies. {@link dev.ferry.ospfd.core.origin.v3.V3RouterLsaBuilder},
 * {@link dev.ferry.ospfd.core.origin.v3.V3NetworkLsaBuilder}, {@link dev.ferry.ospfd.core.origin.v3.LinkLsaBuilder}
 * and {@link dev.ferry.ospfd.core.origin.v3.IntraAreaPrefixBuilder} describe the router's links and prefixes;
 * {@link dev.ferry.ospfd.core.origin.v3.V3SummaryPlanner} gives an ABR's inter-area LSAs per area and
 * {@link dev.ferry.ospfd.core.origin.v3.V3ExternalPlanner} the AS-External-LSAs. OSPFv3 Link State IDs of
 * prefix-carrying LSAs hold no address, so the runtime keeps their
 * {@link dev.ferry.ospfd.core.origin.v3.LinkStateIdAllocator}s across runs: the only state here. As in OSPFv2, the
 * runtime compares the plan with what it originated before, wraps new bodies
 * ({@link dev.ferry.ospfd.core.origin.v3.V3SelfLsa}), floods them and flushes the LSAs that left the plan.
 */
package dev.ferry.ospfd.core.origin.v3;
