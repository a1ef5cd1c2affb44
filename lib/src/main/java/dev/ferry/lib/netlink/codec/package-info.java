/**
 * The rtnetlink message codec, pure (no I/O): one class per struct or message family, each with its
 * uapi layout in its javadoc, {@code encode} into a {@link java.nio.ByteBuffer} through
 * {@link dev.ferry.lib.netlink.codec.MessageWriter} and a static {@code decode} that gives a typed
 * {@link dev.ferry.lib.netlink.codec.NetlinkDecodeException} on bad input, never an unchecked exception.
 *
 * <table>
 *   <caption>What is where</caption>
 *   <tr><th>framing</th><td>{@link dev.ferry.lib.netlink.codec.NlMsgHeader},
 *       {@link dev.ferry.lib.netlink.codec.MessageWriter} (TLVs, nests, padding),
 *       {@link dev.ferry.lib.netlink.codec.AttributeReader},
 *       {@link dev.ferry.lib.netlink.codec.MessageDecoder}</td></tr>
 *   <tr><th>answers</th><td>{@link dev.ferry.lib.netlink.codec.ErrorMessage} (errno + extack),
 *       {@link dev.ferry.lib.netlink.codec.DoneMessage}</td></tr>
 *   <tr><th>routes</th><td>{@link dev.ferry.lib.netlink.codec.RouteMessage} ({@link
 *       dev.ferry.lib.netlink.codec.RtMsg}, {@link dev.ferry.lib.netlink.codec.NextHop}, RTA_MULTIPATH),
 *       MPLS label routes ({@link dev.ferry.lib.netlink.codec.MplsLabelStack},
 *       {@link dev.ferry.lib.netlink.codec.RtVia}), encapsulations
 *       ({@link dev.ferry.lib.netlink.codec.MplsEncap}, {@link dev.ferry.lib.netlink.codec.Seg6Encap},
 *       {@link dev.ferry.lib.netlink.codec.Seg6LocalEncap}), Ferry's rtm_protocol values
 *       ({@link dev.ferry.lib.netlink.codec.RouteProtocol})</td></tr>
 *   <tr><th>nexthop objects</th><td>{@link dev.ferry.lib.netlink.codec.NexthopMessage} ({@link
 *       dev.ferry.lib.netlink.codec.NhMsg}), which routes name by RTA_NH_ID</td></tr>
 *   <tr><th>links</th><td>{@link dev.ferry.lib.netlink.codec.LinkMessage} ({@link
 *       dev.ferry.lib.netlink.codec.IfInfoMsg}): decode, create VRF, master, MTU, up/down, delete</td></tr>
 *   <tr><th>addresses</th><td>{@link dev.ferry.lib.netlink.codec.AddressMessage} ({@link
 *       dev.ferry.lib.netlink.codec.IfAddrMsg})</td></tr>
 * </table>
 *
 * Requests are byte-for-byte what iproute2 6.1 sends for the same command (attribute order, nested
 * flags, table &gt; 255 in RTA_TABLE, the inline SRH's extra segment): see the golden fixtures in
 * lib/src/test/resources/netlink, recorded with strace by record.py.
 */
package dev.ferry.lib.netlink.codec;
