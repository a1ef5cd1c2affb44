package dev.ferry.zebra.rib;

/**
 * FRR's ZAPI route notification (zsend_route_notify_owner) with Ferry's addition of the kernel's reason:
 * for FAIL_INSTALL after a kernel refusal, {@code errno} and {@code message} say why.
 */
public record RouteNotice(int vrfId, Prefix prefix, RouteType type, int instance, Result result, int errno,
        String message) {

    /** FRR's enum zapi_route_notify_owner. */
    public enum Result {
        /** The kernel has it. */
        INSTALLED,
        /** Not installed: the kernel refused it (errno set) or no nexthop resolved (errno 0). */
        FAIL_INSTALL,
        /** Another source's route to the prefix won on distance. */
        BETTER_ADMIN_WON,
        /** Removed from the kernel. */
        REMOVED,
        /** The kernel could not remove it. */
        REMOVE_FAIL
    }
}
