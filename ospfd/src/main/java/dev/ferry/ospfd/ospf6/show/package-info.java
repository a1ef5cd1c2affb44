/**
 * ospf6d's show commands, byte for byte as FRR 8.4 prints them, as pure functions of immutable views.
 *
 * <p>The runtime builds a view on its event loop (times already turned into "millis since/until", LSAs already
 * aged) and hands it to a formatter; nothing here reads protocol state or the clock, so every output is testable
 * against FRR's recordings and source.
 * <table>
 * <caption>Commands and their views</caption>
 * <tr><th>command</th><th>view</th><th>formatter</th></tr>
 * <tr><td>show ipv6 ospf6 [json]</td><td>{@link dev.ferry.ospfd.ospf6.show.Ospf6InstanceView}</td>
 *     <td>{@link dev.ferry.ospfd.ospf6.show.ShowOspf6Instance}</td></tr>
 * <tr><td>show ipv6 ospf6 neighbor [detail|drchoice|A.B.C.D] [json]</td>
 *     <td>{@link dev.ferry.ospfd.ospf6.show.Ospf6NeighborView}</td>
 *     <td>{@link dev.ferry.ospfd.ospf6.show.ShowOspf6Neighbors}</td></tr>
 * <tr><td>show ipv6 ospf6 interface [IFNAME] [json]</td><td>{@link dev.ferry.ospfd.ospf6.show.Ospf6InterfaceView}</td>
 *     <td>{@link dev.ferry.ospfd.ospf6.show.ShowOspf6Interfaces}</td></tr>
 * <tr><td>show ipv6 ospf6 database [json]</td><td>{@link dev.ferry.ospfd.ospf6.show.Ospf6DatabaseView}</td>
 *     <td>{@link dev.ferry.ospfd.ospf6.show.ShowOspf6Database}</td></tr>
 * <tr><td>show ipv6 ospf6 route [json]</td><td>{@link dev.ferry.ospfd.ospf6.show.Ospf6RouteView}</td>
 *     <td>{@link dev.ferry.ospfd.ospf6.show.ShowOspf6Routes}</td></tr>
 * </table>
 * Timer conventions: a "...DueMillis" is the time until a thread runs, -1 when none is scheduled; a
 * "...SinceMillis"/"...AgoMillis" the time since an event.
 */
package dev.ferry.ospfd.ospf6.show;
