package dev.ferry.zebra.zapi;

import dev.ferry.proto.zebra.v1.DumpComplete;
import dev.ferry.proto.zebra.v1.Subscription;
import dev.ferry.proto.zebra.v1.ZebraMessage;
import dev.ferry.zebra.iface.InterfaceListener;
import dev.ferry.zebra.iface.InterfaceManager;
import java.util.HashMap;
import java.util.Map;

/**
 * The interface subscription of the zebra API: each subscriber is a listener of the interface manager, so it
 * gets the current VRFs, interfaces and addresses, DumpComplete, then every change, as API messages. Without
 * an interface manager (zebra with an in-memory FIB, in tests) a subscriber gets an empty dump.
 */
public final class InterfaceFeed {
    private final InterfaceManager manager;
    private final Map<ClientId, InterfaceListener> listeners = new HashMap<>();

    /** @param manager the interface manager, or null if there is none */
    public InterfaceFeed(InterfaceManager manager) {
        this.manager = manager;
    }

    void subscribe(ClientId client, ClientOutbound out) {
        unsubscribe(client);
        InterfaceMessages l = new InterfaceMessages(out);
        listeners.put(client, l);
        if (manager != null) {
            manager.addListener(l);
        } else {
            out.send(ZebraMessage.newBuilder().setDumpComplete(DumpComplete.newBuilder()
                    .setSubscription(Subscription.SUBSCRIPTION_INTERFACES)).build());
        }
    }

    void unsubscribe(ClientId client) {
        InterfaceListener l = listeners.remove(client);
        if (l != null && manager != null) {
            manager.removeListener(l);
        }
    }
}
