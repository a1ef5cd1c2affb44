package dev.ferry.zebra.iface;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** Hands each change to every registered listener in turn; one that throws is logged and skipped. */
final class Listeners implements InterfaceListener {
    private static final System.Logger LOG = System.getLogger("dev.ferry.zebra.iface");
    private final List<InterfaceListener> all = new CopyOnWriteArrayList<>();

    void add(InterfaceListener l) {
        all.add(l);
    }

    void remove(InterfaceListener l) {
        all.remove(l);
    }

    private void each(Consumer<InterfaceListener> call) {
        for (InterfaceListener l : all) {
            try {
                call.accept(l);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "interface listener " + l + " failed", e);
            }
        }
    }

    @Override
    public void vrfAdded(VrfInfo vrf) {
        each(l -> l.vrfAdded(vrf));
    }

    @Override
    public void vrfRemoved(VrfInfo vrf) {
        each(l -> l.vrfRemoved(vrf));
    }

    @Override
    public void interfaceAdded(InterfaceInfo iface) {
        each(l -> l.interfaceAdded(iface));
    }

    @Override
    public void interfaceChanged(InterfaceInfo before, InterfaceInfo after) {
        each(l -> l.interfaceChanged(before, after));
    }

    @Override
    public void interfaceRemoved(InterfaceInfo iface) {
        each(l -> l.interfaceRemoved(iface));
    }

    @Override
    public void addressAdded(InterfaceInfo iface, AddressInfo address) {
        each(l -> l.addressAdded(iface, address));
    }

    @Override
    public void addressRemoved(InterfaceInfo iface, AddressInfo address) {
        each(l -> l.addressRemoved(iface, address));
    }
}
