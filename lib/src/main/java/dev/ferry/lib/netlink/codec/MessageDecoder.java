package dev.ferry.lib.netlink.codec;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/** Decodes netlink messages by nlmsg_type into their {@link Payload} classes. */
public final class MessageDecoder {
    private MessageDecoder() {
    }

    /** The message starting at {@code offset}; its nlmsg_len must fit before {@code end}. */
    public static NetlinkMessage decode(ByteBuffer buf, int offset, int end) throws NetlinkDecodeException {
        NlMsgHeader h = NlMsgHeader.decode(buf, offset, end);
        int at = offset + NlMsgHeader.SIZE;
        int stop = offset + h.length();
        Payload p = switch (h.type()) {
            case NlMsgType.ERROR -> ErrorMessage.decode(buf, at, stop, h.flags());
            case NlMsgType.DONE -> DoneMessage.decode(buf, at, stop);
            case NlMsgType.RTM_NEWROUTE, NlMsgType.RTM_DELROUTE, NlMsgType.RTM_GETROUTE ->
                    RouteMessage.decode(buf, at, stop);
            case NlMsgType.RTM_NEWNEXTHOP, NlMsgType.RTM_DELNEXTHOP, NlMsgType.RTM_GETNEXTHOP ->
                    NexthopMessage.decode(buf, at, stop);
            case NlMsgType.RTM_NEWLINK, NlMsgType.RTM_DELLINK, NlMsgType.RTM_GETLINK ->
                    LinkMessage.decode(buf, at, stop);
            case NlMsgType.RTM_NEWADDR, NlMsgType.RTM_DELADDR -> AddressMessage.decode(buf, at, stop);
            default -> {
                byte[] body = new byte[stop - at];
                buf.get(at, body);
                yield new UnknownMessage(body);
            }
        };
        return new NetlinkMessage(h, p);
    }

    /** Every message between {@code offset} and {@code end} (a received datagram, a fixture). */
    public static List<NetlinkMessage> decodeAll(ByteBuffer buf, int offset, int end) throws NetlinkDecodeException {
        List<NetlinkMessage> out = new ArrayList<>();
        int at = offset;
        while (at < end) {
            NetlinkMessage m = decode(buf, at, end);
            out.add(m);
            at += NlMsgHeader.align(m.header().length());
        }
        return out;
    }
}
