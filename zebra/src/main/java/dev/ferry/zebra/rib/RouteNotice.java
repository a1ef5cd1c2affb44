package dev.ferry.zebra.rib;

/**
 * FRR's ZAPI route notification (zsend_route_notify_owner) with Ferry's addition of the kernel's reason:
 * for FAIL_INSTALL after a kernel refusal, {@code errno} and {@code message} say why.
 *
 * @param tableId the kernel table the route was added with (0: the VRF's own), as the client keys it
 * @param keyDistance the route's distance when the client keeps several per prefix (FLAG_RR_USE_DISTANCE), 0
 *     otherwise
 * @param opId the id of the client's operation that added the route ({@link RouteEntry#opId}), which the
 *     client knows it by
 * @param current false when the client no longer has this route: it deleted or replaced it (the delete's or
 *     the replacement's own result is the last word), or it is a stale one kept from an ended session
 */
public record RouteNotice(int vrfId, Prefix prefix, RouteType type, int instance, Result result, int errno,
        String message, int tableId, int keyDistance, long opId, boolean current) {

    /** A notice about a current route of the VRF's own table, one per prefix, without an operation id. */
    public RouteNotice(int vrfId, Prefix prefix, RouteType type, int instance, Result result, int errno,
            String message) {
        this(vrfId, prefix, type, instance, result, errno, message, 0, 0, 0, true);
    }

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
