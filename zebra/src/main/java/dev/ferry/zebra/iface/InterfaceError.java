package dev.ferry.zebra.iface;

/**
 * The interface manager's error catalogue: a code, a title and what the operator can do, as FRR's
 * zebra_errors.c. Log lines read "[CODE] title: detail. suggestion".
 */
enum InterfaceError {
    KERNEL_REFUSED("ZEBRA-IF-REFUSED", "The kernel refused an interface change",
            "The config is kept; fix the cause and enter the command again"),
    NO_VRF_SUPPORT("ZEBRA-VRF-UNSUPPORTED", "This kernel has no VRF devices",
            "VRFs stay inactive and their interfaces stay in the default VRF; load the vrf module "
                    + "(CONFIG_NET_VRF) or run the router on a kernel that has it"),
    NOT_A_VRF("ZEBRA-VRF-NAME-TAKEN", "An interface that is not a VRF device has the VRF's name",
            "Rename or remove that interface, or the VRF"),
    EVENTS_LOST("ZEBRA-IF-EVENTS-LOST", "Interface events were lost (netlink overrun)",
            "zebra reads links and addresses again; nothing to do unless this repeats"),
    NETLINK_FAILED("ZEBRA-IF-NETLINK", "The netlink socket failed",
            "Interface changes are no longer followed; restart zebra");

    private final String code;
    private final String title;
    private final String suggestion;

    InterfaceError(String code, String title, String suggestion) {
        this.code = code;
        this.title = title;
        this.suggestion = suggestion;
    }

    String format(String detail) {
        return "[" + code + "] " + title + ": " + detail + ". " + suggestion + ".";
    }
}
