package dev.ferry.zebra.zapi;

import dev.ferry.proto.zebra.IpPrefixes;
import dev.ferry.proto.zebra.v1.Srv6LocatorChunk;
import dev.ferry.proto.zebra.v1.Srv6LocatorChunkRequest;
import dev.ferry.proto.zebra.v1.ZebraMessage;
import dev.ferry.zebra.config.Srv6Config;
import dev.ferry.zebra.config.Srv6Locator;
import java.util.ArrayList;
import java.util.List;

/**
 * SRv6 locator chunks (FRR's zebra_srv6 get_srv6_locator_chunk): a client asks for a locator by name and gets
 * its prefix and bit layout. A request for a locator not configured yet waits; {@link #locatorsChanged}
 * answers it once the locator appears and tells holders when theirs is removed. As in FRR 8.4 the whole
 * locator is one chunk, shared by its clients.
 */
public final class Srv6Chunks {
    /** FRR 8.4's default block length when the locator does not say. */
    private static final int DEFAULT_BLOCK_BITS = 24;
    private static final int DEFAULT_FUNCTION_BITS = 16;

    private record Request(ClientId client, ClientOutbound out, long requestId, String locator) {
    }

    private final Srv6Config config;
    private final List<Request> waiting = new ArrayList<>();
    private final List<Request> holders = new ArrayList<>();

    public Srv6Chunks(Srv6Config config) {
        this.config = config;
    }

    void request(ClientId client, ClientOutbound out, Srv6LocatorChunkRequest r) {
        Request req = new Request(client, out, r.getRequestId(), r.getLocator());
        Srv6Locator l = config.locator(r.getLocator());
        if (l != null && l.prefix() != null) {
            holders.add(req);
            out.send(chunk(req, l));
        } else {
            waiting.add(req);
        }
    }

    void release(ClientId client, String locator) {
        holders.removeIf(r -> r.client.equals(client) && r.locator.equals(locator));
        waiting.removeIf(r -> r.client.equals(client) && r.locator.equals(locator));
    }

    void sessionEnded(ClientId client) {
        holders.removeIf(r -> r.client.equals(client));
        waiting.removeIf(r -> r.client.equals(client));
    }

    /** Call after the operator changed the locators: waiting requests are answered, removed ones withdrawn. */
    public void locatorsChanged() {
        for (var it = waiting.iterator(); it.hasNext();) {
            Request r = it.next();
            Srv6Locator l = config.locator(r.locator);
            if (l != null && l.prefix() != null) {
                it.remove();
                holders.add(r);
                r.out.send(chunk(r, l));
            }
        }
        for (var it = holders.iterator(); it.hasNext();) {
            Request r = it.next();
            Srv6Locator l = config.locator(r.locator);
            if (l == null || l.prefix() == null) {
                it.remove();
                waiting.add(r);
                r.out.send(ZebraMessage.newBuilder().setSrv6LocatorChunk(Srv6LocatorChunk.newBuilder()
                        .setRequestId(r.requestId).setLocator(r.locator).setWithdrawn(true)).build());
            }
        }
    }

    private static ZebraMessage chunk(Request r, Srv6Locator l) {
        var p = l.prefix().masked();
        int block = Math.min(DEFAULT_BLOCK_BITS, p.length());
        int function = l.functionBits() != 0 ? l.functionBits() : DEFAULT_FUNCTION_BITS;
        return ZebraMessage.newBuilder().setSrv6LocatorChunk(Srv6LocatorChunk.newBuilder()
                .setRequestId(r.requestId).setLocator(l.name())
                .setPrefix(IpPrefixes.of(p.address(), p.length()))
                .setBlockBits(block).setNodeBits(p.length() - block).setFunctionBits(function)).build();
    }
}
