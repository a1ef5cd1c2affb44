package dev.ferry.zebra.zapi;

import dev.ferry.proto.zebra.v1.Lsp;
import dev.ferry.proto.zebra.v1.LspBatch;
import dev.ferry.proto.zebra.v1.LspNexthop;
import dev.ferry.proto.zebra.v1.Op;
import dev.ferry.proto.zebra.v1.Result;
import dev.ferry.proto.zebra.v1.ResultStatus;
import dev.ferry.zebra.rib.FibResult;
import dev.ferry.zebra.rib.IpAddress;
import dev.ferry.zebra.rib.LspType;
import dev.ferry.zebra.rib.Prefix;
import dev.ferry.zebra.rib.Rib;
import dev.ferry.zebra.rib.RibVrf;
import dev.ferry.zebra.rib.RouteEntry;
import dev.ferry.zebra.rib.RouteNode;
import dev.ferry.zebra.rib.RouteType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Clients' LSPs into the LFIB (FRR's mpls_lsp_install / mpls_ftn_update): an Lsp replaces the client's NHLFEs
 * of its in-label, and with a FEC also labels the IP route to that prefix (FTN). Each add is answered when
 * the kernel has answered for the label.
 */
final class LspRequests {
    /** What a client asked for one in-label. */
    private record Entry(long id, LspType type, List<Hop> hops, Prefix fec, RouteType fecType) {
    }

    private record Hop(IpAddress gateway, int ifindex, int[] outLabels) {
    }

    /** Who waits for the kernel's answer about a label. */
    private record Waiter(ClientId client, ClientOutbound out, long id) {
    }

    private final Rib rib;
    private final Map<ClientId, Map<Integer, Entry>> tables = new HashMap<>();
    private final Map<Integer, Waiter> waiting = new HashMap<>();

    LspRequests(Rib rib) {
        this.rib = rib;
        rib.lfib().setResultListener(this::kernelAnswered);
    }

    void apply(ClientId client, RouteType clientType, ClientOutbound out, LspBatch batch) {
        Map<Integer, Entry> table = tables.computeIfAbsent(client, c -> new HashMap<>());
        LspType type = ApiTypes.lspType(clientType);
        for (Lsp l : batch.getLspsList()) {
            int label = l.getInLabel();
            if (label < 16 || label > 0xfffff) {
                out.result(RibApiHandler.rejected(l.getId(), "in-label " + label + " out of range 16..1048575"));
                continue;
            }
            Entry old = table.remove(label);
            if (old != null) {
                withdraw(label, old);
            }
            if (l.getOp() == Op.OP_DELETE) {
                waiting.remove(label);
                out.result(old != null
                        ? Result.newBuilder().setId(l.getId()).setStatus(ResultStatus.RESULT_STATUS_REMOVED).build()
                        : RibApiHandler.rejected(l.getId(), "no LSP of this client for label " + label));
                continue;
            }
            try {
                Entry e = entry(l, type);
                table.put(label, e);
                waiting.put(label, new Waiter(client, out, l.getId()));
                install(label, e);
            } catch (ApiTypes.BadRequest ex) {
                out.result(RibApiHandler.rejected(l.getId(), ex.getMessage()));
            }
        }
    }

    private Entry entry(Lsp l, LspType type) throws ApiTypes.BadRequest {
        List<Hop> hops = new ArrayList<>();
        for (LspNexthop n : l.getNexthopsList()) {
            IpAddress gw = n.getGateway().isEmpty() ? null : ApiTypes.address(n.getGateway());
            if (gw == null && n.getIfindex() == 0) {
                throw new ApiTypes.BadRequest("LSP nexthop without gateway or interface");
            }
            int[] out = new int[n.getOutLabelsCount()];
            for (int i = 0; i < out.length; i++) {
                out[i] = n.getOutLabels(i);
            }
            hops.add(new Hop(gw, n.getIfindex(), out.length == 0 ? new int[] {3} : out));
        }
        if (hops.isEmpty()) {
            throw new ApiTypes.BadRequest("LSP add without nexthops");
        }
        Prefix fec = null;
        RouteType fecType = null;
        if (l.hasFec()) {
            IpAddress a = ApiTypes.address(l.getFec().getAddress());
            fec = ApiTypes.prefix(l.getFec(), a.afi());
            fecType = routeTypeAt(fec);
        }
        return new Entry(l.getId(), type, hops, fec, fecType);
    }

    /** The type of the route the FTN labels: the one selected now (an IGP route in practice). */
    private RouteType routeTypeAt(Prefix fec) {
        RouteNode node = rib.route(RibVrf.DEFAULT_ID, fec);
        RouteEntry e = node == null ? null : node.selected();
        return e != null ? e.type() : fec.afi() == dev.ferry.zebra.rib.Afi.IPV4 ? RouteType.OSPF : RouteType.OSPF6;
    }

    private void install(int label, Entry e) {
        for (Hop h : e.hops) {
            rib.lfib().add(e.type, label, h.gateway, h.ifindex, h.outLabels);
            if (e.fec != null && h.gateway != null) {
                rib.ftn().set(RibVrf.DEFAULT_ID, e.fec, e.fecType, e.type, h.gateway, h.ifindex, h.outLabels);
            }
        }
    }

    private void withdraw(int label, Entry e) {
        for (Hop h : e.hops) {
            rib.lfib().delete(e.type, label, h.gateway, h.ifindex);
            if (e.fec != null && h.gateway != null) {
                rib.ftn().remove(RibVrf.DEFAULT_ID, e.fec, e.fecType, e.type, h.gateway, h.ifindex);
            }
        }
    }

    private void kernelAnswered(int label, FibResult r) {
        Waiter w = waiting.get(label);
        if (w == null || !w.out.isOpen()) {
            return;
        }
        Result.Builder b = Result.newBuilder().setId(w.id);
        if (r.isOk()) {
            b.setStatus(ResultStatus.RESULT_STATUS_INSTALLED);
        } else {
            b.setStatus(ResultStatus.RESULT_STATUS_FAILED).setKernelErrno(r.errno()).setMessage(r.reason());
        }
        w.out.result(b.build());
    }

    /** The session ended: the RIB withdraws its LSPs itself (RibClients.disconnect); forget the requests. */
    void sessionEnded(ClientId client) {
        Map<Integer, Entry> table = tables.remove(client);
        if (table != null) {
            table.keySet().forEach(waiting::remove);
        }
    }

}
