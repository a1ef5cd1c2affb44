package dev.ferry.lib.netlink.codec;

/** What follows the nlmsghdr of a decoded message; {@link MessageDecoder} picks the type by nlmsg_type. */
public sealed interface Payload permits RouteMessage, NexthopMessage, LinkMessage, AddressMessage, ErrorMessage,
        DoneMessage, UnknownMessage {
}
