package dev.ferry.zebra.iface;

import dev.ferry.lib.netlink.NetlinkError;

/**
 * Whether this kernel has VRF devices: unknown until zebra first creates one or sees one. A refusal with
 * EOPNOTSUPP ("Unknown device type": no vrf module) is logged once and shown by `show vrf`; nothing else
 * changes: the VRFs stay inactive, as FRR shows VRFs whose device is missing.
 */
final class VrfSupport {
    private static final System.Logger LOG = System.getLogger("dev.ferry.zebra.iface");
    private NetlinkError refusal;
    private boolean seen;

    /** A VRF device exists: the kernel has them. */
    void seen() {
        seen = true;
        refusal = null;
    }

    /** The kernel refused to create {@code vrf}'s device because it has no VRF support. */
    void unsupported(String vrf, NetlinkError e) {
        if (refusal == null && !seen) {
            LOG.log(System.Logger.Level.WARNING, InterfaceError.NO_VRF_SUPPORT.format(
                    "creating the device of VRF " + vrf + ": " + e));
        }
        refusal = e;
    }

    boolean isUnsupported() {
        return refusal != null;
    }

    /** The line `show vrf` adds after FRR's, or null when there is nothing to say. */
    String note() {
        return refusal == null ? null
                : "% VRFs are inactive: this kernel has no VRF devices (" + refusal.reason() + ")";
    }
}
