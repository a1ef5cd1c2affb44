package dev.ferry.lib.zclient;

import dev.ferry.proto.zebra.IpPrefixes;
import dev.ferry.proto.zebra.v1.ClientMessage;
import dev.ferry.proto.zebra.v1.Lsp;
import dev.ferry.proto.zebra.v1.LspBatch;
import dev.ferry.proto.zebra.v1.Op;
import dev.ferry.proto.zebra.v1.Route;
import dev.ferry.proto.zebra.v1.RouteBatch;
import java.util.ArrayDeque;

/**
 * Messages waiting to go to zebra, in the order they were made. Route operations of one table, and LSP
 * operations, go into an open batch that is sealed when it is full, when an operation of another kind or table
 * comes, or on {@link #sealOpen()} (the end of the event-loop task). At most one batch is open, so order is
 * kept across kinds. With a zebra of API 1.3 or later, consecutive routes that differ only by prefix go as
 * one ({@link RouteRun}). Not thread-safe: the client's executor owns it.
 */
final class Outbox {
    private final int batchSize;
    private final ArrayDeque<ClientMessage> sealed = new ArrayDeque<>();
    private RouteBatch.Builder openRoutes;
    private TableKey openTable;
    /** The open batch's last route, which the next routes may join (packed). */
    private final RouteRun run = new RouteRun();
    /** Operations in the open route batch, packed ones included: a batch holds batchSize of them. */
    private int openOperations;
    /** zebra reads Route.more_prefixes (API 1.3): routes may be packed. */
    private boolean packs;
    private LspBatch.Builder openLsps;

    Outbox(int batchSize) {
        this.batchSize = batchSize;
    }

    /** Whether routes may be packed: set for each session, from zebra's API version. */
    void packRoutes(boolean packs) {
        this.packs = packs;
    }

    void route(TableKey table, Route route) {
        route(table, route, null);
    }

    /**
     * An add of {@code attributes} (a route without id, op and prefix) to {@code address}/{@code length}: packed
     * into the open run without a Route of its own when the run's head was made from the same attributes object.
     */
    void route(TableKey table, Route attributes, byte[] address, int length, long id) {
        if (packs && openLsps == null && openRoutes != null && (openTable == table || openTable.equals(table))
                && run.tryAdd(attributes, address, length, id)) {
            if (++openOperations >= batchSize) {
                sealOpen();
            }
            return;
        }
        route(table, attributes.toBuilder().setId(id).setOp(Op.OP_ADD).setPrefix(IpPrefixes.of(address, length))
                .build(), attributes);
    }

    private void route(TableKey table, Route route, Route attributes) {
        if (openLsps != null || (openRoutes != null && openTable != table && !openTable.equals(table))) {
            sealOpen();
        }
        if (openRoutes == null) {
            openTable = table;
            openRoutes = RouteBatch.newBuilder().setVrf(table.vrf()).setAfi(table.afi()).setSafi(table.safi());
        }
        if (!packs) {
            openRoutes.addRoutes(route);
        } else if (!run.tryAdd(route)) {
            if (!run.isEmpty()) {
                openRoutes.addRoutes(run.take());
            }
            run.start(route, attributes);
        }
        if (++openOperations >= batchSize) {
            sealOpen();
        }
    }

    void lsp(Lsp lsp) {
        if (openRoutes != null) {
            sealOpen();
        }
        if (openLsps == null) {
            openLsps = LspBatch.newBuilder();
        }
        openLsps.addLsps(lsp);
        if (openLsps.getLspsCount() >= batchSize) {
            sealOpen();
        }
    }

    /** Any other message: it goes after everything made before it. */
    void message(ClientMessage m) {
        sealOpen();
        sealed.add(m);
    }

    /** Closes the open batch, if any, so that it can be sent. */
    void sealOpen() {
        if (openRoutes != null) {
            if (!run.isEmpty()) {
                openRoutes.addRoutes(run.take());
            }
            sealed.add(ClientMessage.newBuilder().setRoutes(openRoutes).build());
            openRoutes = null;
            openTable = null;
            openOperations = 0;
        }
        if (openLsps != null) {
            sealed.add(ClientMessage.newBuilder().setLsps(openLsps).build());
            openLsps = null;
        }
    }

    boolean hasOpen() {
        return openRoutes != null || openLsps != null;
    }

    /** The oldest sealed message, or null. */
    ClientMessage poll() {
        return sealed.poll();
    }

    boolean hasSealed() {
        return !sealed.isEmpty();
    }

    int sealedCount() {
        return sealed.size();
    }

    /** Drops everything (the session ended: the replay will say it all again). */
    void clear() {
        sealed.clear();
        openRoutes = null;
        openTable = null;
        openOperations = 0;
        run.clear();
        openLsps = null;
    }
}
