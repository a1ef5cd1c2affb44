/**
 * The OSPF interface and neighbor state machines (RFC 2328 9.1-9.4 and 10.1-10.4, reused unchanged by OSPFv3 per
 * RFC 5340 4.2) as pure transition functions: {@code (state, event, inputs) -> (next state, actions)}, no I/O, no
 * timers, no clocks. The runtime owns the interface and neighbor objects, applies the actions in list order, and
 * feeds back the events they cause (a neighbor's
 * {@link dev.ferry.ospfd.core.fsm.NeighborAction#INTERFACE_NEIGHBOR_CHANGE} becomes the interface's {@link dev.ferry.ospfd.core.fsm.InterfaceEvent#NEIGHBOR_CHANGE}, the interface's
 * {@link dev.ferry.ospfd.core.fsm.InterfaceAction#NEIGHBORS_ADJ_OK} becomes {@code ADJ_OK} for its neighbors).
 *
 * <p>{@link dev.ferry.ospfd.core.fsm.DrElection} is RFC 2328 9.4 over {@link dev.ferry.ospfd.core.fsm.Candidate}s
 * whose {@code id} is the interface address in v2 and the Router ID in v3, and
 * {@link dev.ferry.ospfd.core.fsm.AdjacencyRule} is 10.4's "should an adjacency be established".
 */
package dev.ferry.ospfd.core.fsm;
