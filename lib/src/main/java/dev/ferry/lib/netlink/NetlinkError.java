package dev.ferry.lib.netlink;

import dev.ferry.lib.netlink.codec.ErrorMessage;

/**
 * The kernel's refusal of one request: errno and, when the kernel gave one (NETLINK_EXT_ACK), its reason
 * in words. This is what zebra shows next to a route that is not installed.
 *
 * @param errno positive errno (95 for EOPNOTSUPP)
 * @param extackMessage the kernel's extended ACK message, or null
 * @param extackOffset offset of the offending attribute in the request, or -1
 */
public record NetlinkError(int errno, String extackMessage, int extackOffset) {

    public static NetlinkError of(ErrorMessage m) {
        return new NetlinkError(m.errno(), m.extackMessage(), m.extackOffset());
    }

    /** An error of our own making (a send that failed, answers lost), with a reason. */
    public static NetlinkError local(int errno, String reason) {
        return new NetlinkError(errno, reason, -1);
    }

    /** "EOPNOTSUPP". */
    public String errnoName() {
        return Errno.name(errno);
    }

    /** "Operation not supported". */
    public String description() {
        return Errno.description(errno);
    }

    /** The kernel's words if it gave any, else errno's text: "lwt encapsulation type not supported". */
    public String reason() {
        return extackMessage != null ? extackMessage : description();
    }

    /** "Operation not supported (EOPNOTSUPP, errno 95): lwt encapsulation type not supported". */
    @Override
    public String toString() {
        return description() + " (" + errnoName() + ", errno " + errno + ")"
                + (extackMessage != null ? ": " + extackMessage : "");
    }
}
