package dev.ferry.zebra.iface;

import dev.ferry.zebra.rib.Rib;
import dev.ferry.zebra.rib.RibInterfaces;

/**
 * Tells the RIB what the kernel has: VRFs (by device ifindex, with their table), interfaces with their
 * operative state, and addresses; {@link RibInterfaces} derives the connected routes and router-id.
 */
final class RibFeed implements InterfaceListener {
    private static final System.Logger LOG = System.getLogger("dev.ferry.zebra.iface");
    private final Rib rib;

    RibFeed(Rib rib) {
        this.rib = rib;
    }

    @Override
    public void vrfAdded(VrfInfo vrf) {
        try {
            rib.addVrf(vrf.id(), vrf.name(), vrf.tableId());
        } catch (IllegalStateException e) {
            LOG.log(System.Logger.Level.ERROR, "VRF " + vrf.name() + ": " + e.getMessage());
        }
    }

    @Override
    public void vrfRemoved(VrfInfo vrf) {
        rib.removeVrf(vrf.id());
    }

    @Override
    public void interfaceAdded(InterfaceInfo i) {
        RibInterfaces r = rib.interfaces();
        r.add(i.vrfId(), i.ifindex(), i.name(), i.isLoopback());
        r.setOperative(i.vrfId(), i.ifindex(), i.isOperative());
    }

    @Override
    public void interfaceChanged(InterfaceInfo before, InterfaceInfo after) {
        interfaceAdded(after);
    }

    @Override
    public void interfaceRemoved(InterfaceInfo i) {
        rib.interfaces().remove(i.vrfId(), i.ifindex());
    }

    @Override
    public void addressAdded(InterfaceInfo i, AddressInfo a) {
        rib.interfaces().addAddress(i.vrfId(), i.ifindex(), a.prefix());
    }

    @Override
    public void addressRemoved(InterfaceInfo i, AddressInfo a) {
        rib.interfaces().removeAddress(i.vrfId(), i.ifindex(), a.prefix());
    }
}
