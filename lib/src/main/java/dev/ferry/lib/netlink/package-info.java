/**
 * Linux rtnetlink for zebra, through FFM (java.lang.foreign; no JNI): sockets, batching, events.
 * The message codec is the pure package {@link dev.ferry.lib.netlink.codec}.
 *
 * <pre>
 *   dataplane thread (platform)                      interface manager
 *   ---------------------------                      -----------------
 *   RequestBatcher --sendmsg(256 msgs)--&gt; kernel     NetlinkMonitor thread (platform)
 *        |  &lt;--NLMSG_ERROR (failures only)--           |  RTM_NEWLINK / NEWADDR / DELADDR ...
 *        v                                              v
 *   Listener.succeeded(seq) / failed(seq, NetlinkError) Listener.message(NetlinkMessage)
 *        \-------------- post to the daemon's event loop ------/
 * </pre>
 *
 * <ul>
 *   <li>{@link dev.ferry.lib.netlink.NetlinkSocket}: one rtnetlink socket (optionally opened inside a
 *       network namespace, {@link dev.ferry.lib.netlink.NetworkNamespace}); send many messages per
 *       sendmsg(), receive into a preallocated buffer, {@code execute} one request and wait for its
 *       answer, {@code dump}.</li>
 *   <li>{@link dev.ferry.lib.netlink.RequestBatcher}: route installs, 256 per sendmsg(), with or
 *       without ACKs; every request's outcome comes back by sequence number, failures with errno and
 *       the kernel's reason ({@link dev.ferry.lib.netlink.NetlinkError}).</li>
 *   <li>{@link dev.ferry.lib.netlink.NetlinkMonitor}: a subscribed socket read on its own thread.</li>
 * </ul>
 *
 * <p>How zebra uses it:
 * <pre>
 * // interface manager: subscribe first, then dump, so no change falls between the two
 * NetlinkMonitor events = NetlinkMonitor.start(NetlinkSocket.open(NetlinkSocket.Options.defaults()
 *         .subscribe(MulticastGroup.LINK, MulticastGroup.IPV4_IFADDR, MulticastGroup.IPV6_IFADDR)),
 *         "zebra-nl-events", m -&gt; loop.execute(() -&gt; interfaces.apply(m)));
 * NetlinkSocket control = NetlinkSocket.open(NetlinkSocket.Options.defaults());
 * for (NetlinkMessage m : control.dump(LinkMessage.dump())) { ... }
 * control.execute(LinkMessage.createVrf("red", 10));          // Optional&lt;NetlinkError&gt;
 * control.execute(LinkMessage.setMaster(ifindex, vrfIndex));
 * control.execute(AddressMessage.add(ifindex, IpPrefix.parse("10.0.0.1/24"), 0));
 *
 * // dataplane thread: its own socket, no groups
 * RequestBatcher fib = new RequestBatcher(NetlinkSocket.open(NetlinkSocket.Options.defaults()), 256, 1 &lt;&lt; 20,
 *         false, listener);
 * int seq = fib.add(route.request(NlMsgType.RTM_NEWROUTE, NlFlags.REQUEST | NlFlags.CREATE | NlFlags.REPLACE));
 * fib.add(route.forDelete().request(NlMsgType.RTM_DELROUTE, NlFlags.REQUEST));
 * fib.flush();   // when the queue runs dry; add() sends by itself every 256 requests
 * </pre>
 * Blocking calls run on platform threads only (a receive on a virtual thread is refused).
 */
package dev.ferry.lib.netlink;
