package dev.ferry.zebra.zapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The open sessions, one per client, and the session id counter. Owned by zebra's event loop. */
final class SessionRegistry {
    private final Map<ClientId, ClientOutbound> open = new LinkedHashMap<>();
    private long lastSessionId;

    /** Registers a session of {@code client}; false if the client already has one open. */
    boolean open(ClientId client, ClientOutbound session) {
        return open.putIfAbsent(client, session) == null;
    }

    /** Removes {@code session} if it is the client's open one. */
    void close(ClientId client, ClientOutbound session) {
        open.remove(client, session);
    }

    long nextSessionId() {
        return ++lastSessionId;
    }

    List<ClientOutbound> sessions() {
        return List.copyOf(open.values());
    }
}
