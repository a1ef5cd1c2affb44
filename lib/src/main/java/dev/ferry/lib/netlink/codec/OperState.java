package dev.ferry.lib.netlink.codec;

/** IFLA_OPERSTATE values, IF_OPER_* (linux/if.h, RFC 2863). */
public enum OperState {
    UNKNOWN, NOTPRESENT, DOWN, LOWERLAYERDOWN, TESTING, DORMANT, UP;

    /** The state of a kernel code (0..6); UNKNOWN for anything else. */
    public static OperState of(int code) {
        return code >= 0 && code < values().length ? values()[code] : UNKNOWN;
    }
}
