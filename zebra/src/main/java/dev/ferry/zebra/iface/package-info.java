/**
 * zebra's interface manager: links, addresses and VRF devices learned from the kernel over netlink and
 * followed through its events, the interface config applied to the kernel, the RIB fed with interfaces and
 * addresses (connected routes follow), and FRR's `show interface` / `show vrf`.
 *
 * <pre>
 *   kernel ──RTNLGRP_LINK / IPV4_IFADDR / IPV6_IFADDR──&gt; NetlinkMonitor thread ──post──┐
 *                                                                                     v
 *   vty / frr.conf ──ZebraConfigListener──&gt; ConfigApplier ◄──── InterfaceState (zebra's loop)
 *                                               │                    │ InterfaceListener
 *                                               v                    ├──&gt; RibFeed ──&gt; RibInterfaces, Rib VRFs
 *        KernelRequests thread (request/answer socket)               └──&gt; API listeners (gRPC)
 *               │ result ──post──&gt; loop (refusals logged with errno and the kernel's reason)
 * </pre>
 * Everything but the two netlink threads runs on the daemon's event loop; no locks.
 */
package dev.ferry.zebra.iface;
