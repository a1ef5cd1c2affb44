package dev.ferry.zebra.rib;

/**
 * The RIB's error catalogue: each logged problem has a code, a title and what the operator can do, as FRR's
 * zebra_errors.c. Log lines read "[CODE] title: detail. suggestion".
 */
public enum RibError {
    FIB_NO_MPLS("ZEBRA-FIB-NO-MPLS", "The kernel refused an MPLS route",
            "This kernel lacks MPLS forwarding (modules mpls_router and mpls_iptunnel, sysctl "
                    + "net.mpls.platform_labels). Label switching entries, and routes that push labels when zebra "
                    + "found /proc/sys/net/mpls at start, stay in the RIB, shown not installed ('r') with this "
                    + "reason; the others install normally"),
    FIB_REFUSED("ZEBRA-FIB-REFUSED", "The kernel refused a route",
            "The route stays in the RIB, shown not installed ('r') in `show ip route` with the kernel's reason"),
    FIB_DELETE_FAILED("ZEBRA-FIB-DELETE-FAILED", "The kernel could not remove a route",
            "Check `ip route` for a leftover entry"),
    LABELS_EXHAUSTED("ZEBRA-LM-EXHAUSTED", "No label chunk of the requested size is free",
            "Release unused chunks or widen the dynamic label range");

    private final String code;
    private final String title;
    private final String suggestion;

    RibError(String code, String title, String suggestion) {
        this.code = code;
        this.title = title;
        this.suggestion = suggestion;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public String suggestion() {
        return suggestion;
    }

    /** One log line for this error. */
    public String format(String detail) {
        return "[" + code + "] " + title + ": " + detail + ". " + suggestion + ".";
    }
}
