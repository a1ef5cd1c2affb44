/**
 * The OSPF routing table (RFC 2328 16.1-16.4, RFC 5340 4.8): {@link dev.ferry.ospfd.core.route.RouteCalculator}
 * turns the areas' SPF results, their summary LSAs and the AS-external LSAs into a
 * {@link dev.ferry.ospfd.core.route.RoutingTable} of network and router routes;
 * {@link dev.ferry.ospfd.core.route.LiveRoutingTable} keeps it between SPF runs and recalculates the AS-external
 * route of one prefix when its AS-external LSAs change (16.6);
 * {@link dev.ferry.ospfd.core.route.RouteDiff} says what changed since the last run, for zebra.
 */
package dev.ferry.ospfd.core.route;
