package dev.ferry.lib.netlink.codec;

/** nlmsg_flags bits (linux/netlink.h). Some bits mean different things for GET, NEW and ERROR messages. */
public final class NlFlags {
    public static final int REQUEST = 0x1;
    /** Part of a multi-part answer (a dump), ended by NLMSG_DONE. */
    public static final int MULTI = 0x2;
    /** Ask for an NLMSG_ERROR with error 0 on success. Failures are answered without it too. */
    public static final int ACK = 0x4;
    public static final int ECHO = 0x8;
    /** The dump was interrupted by a change: its content is inconsistent, dump again. */
    public static final int DUMP_INTR = 0x10;

    /** GET: all entries. */
    public static final int DUMP = 0x300;

    /** NEW: replace an existing object. */
    public static final int REPLACE = 0x100;
    /** NEW: fail if the object exists. */
    public static final int EXCL = 0x200;
    /** NEW: create the object if it does not exist. */
    public static final int CREATE = 0x400;
    /** NEW: add to the end of the object list. */
    public static final int APPEND = 0x800;

    /** ERROR: the echoed request was cut to its header (NETLINK_CAP_ACK, or always for an ACK). */
    public static final int CAPPED = 0x100;
    /** ERROR: extended ACK attributes (NLMSGERR_ATTR_*) follow. */
    public static final int ACK_TLVS = 0x200;

    private NlFlags() {
    }
}
