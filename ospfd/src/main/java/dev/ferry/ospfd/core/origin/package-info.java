/**
 * What this router says about itself (RFC 2328 12.4): pure functions from a snapshot of interfaces, routes and
 * area settings to LSA bodies. {@link dev.ferry.ospfd.core.origin.RouterLsaBuilder} and
 * {@link dev.ferry.ospfd.core.origin.NetworkLsaBuilder} describe the router's links and the transit networks it
 * is DR of; {@link dev.ferry.ospfd.core.origin.SummaryPlanner} gives an ABR's summary-LSAs per area (ranges, stub
 * defaults); {@link dev.ferry.ospfd.core.origin.ExternalPlanner} the AS-external-LSAs of redistributed routes and
 * the default; {@link dev.ferry.ospfd.core.origin.LinkStateIds} keeps their Link State IDs unique (Appendix E).
 * Nothing here keeps state, sends or schedules: the runtime compares the plan with what it originated before,
 * wraps new bodies with {@link dev.ferry.ospfd.core.origin.SelfLsa}, floods them and flushes the LSAs that left
 * the plan.
 */
package dev.ferry.ospfd.core.origin;
