package dev.ferry.lib.zclient;

import dev.ferry.proto.zebra.v1.NexthopUpdate;
import dev.ferry.proto.zebra.v1.Result;
import dev.ferry.proto.zebra.v1.ZebraMessage;

/**
 * Hands what zebra sends in an established session to the listener, naming the route or LSP of each result.
 * A listener that throws is logged, and the rest of the message is still delivered.
 */
final class Inbound {
    private static final System.Logger LOG = System.getLogger(Inbound.class.getName());

    private Inbound() {
    }

    static void dispatch(ZebraMessage m, DesiredState state, ZebraListener l) {
        switch (m.getBodyCase()) {
            case RESULTS -> {
                for (Result r : m.getResults().getResultsList()) {
                    guarded(m, () -> result(r, state, l));
                }
            }
            case NEXTHOP_UPDATES -> {
                for (NexthopUpdate u : m.getNexthopUpdates().getUpdatesList()) {
                    guarded(m, () -> l.onNexthopUpdate(u));
                }
            }
            case LABEL_CHUNK -> {
                state.chunks.answered(m.getLabelChunk());
                guarded(m, () -> l.onLabelChunk(m.getLabelChunk()));
            }
            case INTERFACE -> guarded(m, () -> l.onInterface(m.getInterface()));
            case ADDRESS -> guarded(m, () -> l.onAddress(m.getAddress()));
            case VRF -> guarded(m, () -> l.onVrf(m.getVrf()));
            case ROUTER_ID -> guarded(m, () -> l.onRouterId(m.getRouterId()));
            case REDISTRIBUTED_ROUTES -> guarded(m, () -> l.onRedistributedRoutes(m.getRedistributedRoutes()));
            case SRV6_LOCATOR_CHUNK -> guarded(m, () -> l.onSrv6LocatorChunk(m.getSrv6LocatorChunk()));
            case DUMP_COMPLETE -> guarded(m, () -> l.onDumpComplete(m.getDumpComplete()));
            case ERROR -> guarded(m, () -> l.onRequestError(m.getError()));
            case HELLO_ACK, BODY_NOT_SET -> {
                // a second HelloAck, or a message of a newer minor version: nothing to do
            }
        }
    }

    private static void result(Result r, DesiredState state, ZebraListener l) {
        RouteKey route = state.routes.resultFor(r.getId());
        if (route != null) {
            l.onRouteResult(route, r);
            return;
        }
        Integer label = state.lsps.resultFor(r.getId());
        if (label != null) {
            l.onLspResult(label, r);
        } else if (state.routes instanceof OwnerReplayedRoutes) {
            l.onOwnedRouteResult(r);
        }
        // else: about an operation replaced since (the newer one's result follows)
    }

    private static void guarded(ZebraMessage m, Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "zebra client listener failed on " + m.getBodyCase(), e);
        }
    }
}
