package dev.ferry.zebra.zapi;

import dev.ferry.proto.zebra.v1.NexthopUpdate;
import dev.ferry.proto.zebra.v1.NexthopUpdateBatch;
import dev.ferry.proto.zebra.v1.Op;
import dev.ferry.proto.zebra.v1.RedistributedRoute;
import dev.ferry.proto.zebra.v1.RedistributedRouteBatch;
import dev.ferry.proto.zebra.v1.Result;
import dev.ferry.proto.zebra.v1.ResultStatus;
import dev.ferry.proto.zebra.v1.RouterIdUpdate;
import dev.ferry.proto.zebra.v1.ZebraMessage;
import dev.ferry.zebra.rib.Afi;
import dev.ferry.zebra.rib.Errno;
import dev.ferry.zebra.rib.IpAddress;
import dev.ferry.zebra.rib.Nexthop;
import dev.ferry.zebra.rib.NhtUpdate;
import dev.ferry.zebra.rib.Prefix;
import dev.ferry.zebra.rib.RedistRoute;
import dev.ferry.zebra.rib.Rib;
import dev.ferry.zebra.rib.RibListener;
import dev.ferry.zebra.rib.RouteEntry;
import dev.ferry.zebra.rib.RouteNode;
import dev.ferry.zebra.rib.RouteNotice;

/**
 * What the RIB tells one session, in the API's messages. The client knows each of its routes by the id of its
 * latest operation on it, which the RIB keeps in the route's entry and puts on each notice.
 */
final class SessionNotifier implements RibListener {
    private final Rib rib;
    private final ClientOutbound out;

    SessionNotifier(Rib rib, ClientOutbound out) {
        this.rib = rib;
        this.out = out;
    }

    @Override
    public void routeNotice(RouteNotice n) {
        if (!n.current()) {
            return; // deleted or replaced since (that operation's result was the last word), or stale
        }
        Result.Builder r = Result.newBuilder().setId(n.opId());
        switch (n.result()) {
            case INSTALLED -> r.setStatus(ResultStatus.RESULT_STATUS_INSTALLED);
            case FAIL_INSTALL -> {
                if (n.errno() == 0) {
                    r.setStatus(ResultStatus.RESULT_STATUS_UNRESOLVED).setMessage("no nexthop is active");
                } else {
                    r.setStatus(ResultStatus.RESULT_STATUS_FAILED).setKernelErrno(n.errno())
                            .setMessage(Errno.describe(n.errno())
                                    + (n.message().isEmpty() ? "" : ": " + n.message()));
                }
            }
            case BETTER_ADMIN_WON -> {
                r.setStatus(ResultStatus.RESULT_STATUS_NOT_SELECTED);
                RouteNode node = rib.route(n.vrfId(), n.tableId(), n.prefix());
                RouteEntry winner = node == null ? null : node.selected();
                if (winner != null) {
                    r.setBetterType(ApiTypes.routeType(winner.type())).setBetterInstance(winner.instance())
                            .setBetterDistance(winner.distance());
                }
            }
            case REMOVED -> r.setStatus(ResultStatus.RESULT_STATUS_REMOVED);
            case REMOVE_FAIL -> {
                return; // the route is gone from the RIB all the same; the log has the kernel's reason
            }
        }
        out.result(r.build());
    }

    @Override
    public void nexthopUpdate(NhtUpdate u) {
        NexthopUpdate.Builder b = NexthopUpdate.newBuilder().setVrf(ApiTypes.vrfName(rib.vrfs(), u.vrfId()))
                .setAddress(ApiTypes.bytes(u.address())).setResolved(u.isReachable());
        if (u.isReachable()) {
            b.setMatched(ApiTypes.prefix(u.resolvedVia())).setType(ApiTypes.routeType(u.type()))
                    .setInstance(u.instance()).setDistance(u.distance()).setMetric(u.metric());
            for (Nexthop n : u.nexthops()) {
                b.addNexthops(ApiTypes.nexthop(n, rib.vrfs()));
            }
        }
        out.send(ZebraMessage.newBuilder().setNexthopUpdates(NexthopUpdateBatch.newBuilder().addUpdates(b)).build());
    }

    @Override
    public void redistributeAdd(RedistRoute r) {
        redistribute(r, Op.OP_ADD);
    }

    @Override
    public void redistributeDelete(RedistRoute r) {
        redistribute(r, Op.OP_DELETE);
    }

    private void redistribute(RedistRoute r, Op op) {
        RedistributedRoute.Builder b = RedistributedRoute.newBuilder().setOp(op)
                .setType(ApiTypes.routeType(r.type())).setInstance(r.instance()).setPrefix(ApiTypes.prefix(r.prefix()))
                .setDistance(r.distance()).setMetric(r.metric()).setTag(r.tag());
        if (op == Op.OP_ADD) {
            for (Nexthop n : r.nexthops()) {
                b.addNexthops(ApiTypes.nexthop(n, rib.vrfs()));
            }
        }
        out.send(ZebraMessage.newBuilder().setRedistributedRoutes(RedistributedRouteBatch.newBuilder()
                .setVrf(ApiTypes.vrfName(rib.vrfs(), r.vrfId())).setAfi(ApiTypes.afi(r.prefix().afi())).addRoutes(b))
                .build());
    }

    @Override
    public void routerIdUpdate(int vrfId, Afi afi, IpAddress routerId) {
        RouterIdUpdate.Builder b = RouterIdUpdate.newBuilder().setVrf(ApiTypes.vrfName(rib.vrfs(), vrfId))
                .setAfi(ApiTypes.afi(afi));
        if (routerId != null && !routerId.isUnspecified()) {
            b.setRouterId(ApiTypes.bytes(routerId));
        }
        out.send(ZebraMessage.newBuilder().setRouterId(b).build());
    }
}
