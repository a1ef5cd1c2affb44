package dev.ferry.zebra.zapi;

import com.google.protobuf.ByteString;
import dev.ferry.proto.zebra.v1.AddressUpdate;
import dev.ferry.proto.zebra.v1.DumpComplete;
import dev.ferry.proto.zebra.v1.IpPrefix;
import dev.ferry.proto.zebra.v1.InterfaceUpdate;
import dev.ferry.proto.zebra.v1.Subscription;
import dev.ferry.proto.zebra.v1.UpdateKind;
import dev.ferry.proto.zebra.v1.VrfUpdate;
import dev.ferry.proto.zebra.v1.ZebraMessage;
import dev.ferry.zebra.iface.AddressInfo;
import dev.ferry.zebra.iface.InterfaceInfo;
import dev.ferry.zebra.iface.InterfaceListener;
import dev.ferry.zebra.iface.VrfInfo;

/** The interface manager's news for one API subscriber, as InterfaceUpdate, AddressUpdate and VrfUpdate. */
final class InterfaceMessages implements InterfaceListener {
    private final ClientOutbound out;

    InterfaceMessages(ClientOutbound out) {
        this.out = out;
    }

    /** The API names the default VRF "". */
    private static String vrf(String name) {
        return VrfInfo.DEFAULT.name().equals(name) ? "" : name;
    }

    @Override
    public void vrfAdded(VrfInfo v) {
        vrf(v, UpdateKind.UPDATE_KIND_PRESENT);
    }

    @Override
    public void vrfRemoved(VrfInfo v) {
        vrf(v, UpdateKind.UPDATE_KIND_DELETED);
    }

    private void vrf(VrfInfo v, UpdateKind kind) {
        out.send(ZebraMessage.newBuilder().setVrf(VrfUpdate.newBuilder().setKind(kind).setName(vrf(v.name()))
                .setTableId(v.tableId()).setIfindex(v.id()).setActive(kind == UpdateKind.UPDATE_KIND_PRESENT))
                .build());
    }

    @Override
    public void interfaceAdded(InterfaceInfo i) {
        iface(i, UpdateKind.UPDATE_KIND_PRESENT);
    }

    @Override
    public void interfaceChanged(InterfaceInfo before, InterfaceInfo after) {
        iface(after, UpdateKind.UPDATE_KIND_PRESENT);
    }

    @Override
    public void interfaceRemoved(InterfaceInfo i) {
        iface(i, UpdateKind.UPDATE_KIND_DELETED);
    }

    private void iface(InterfaceInfo i, UpdateKind kind) {
        InterfaceUpdate.Builder b = InterfaceUpdate.newBuilder().setKind(kind).setIfindex(i.ifindex())
                .setName(i.name()).setVrf(vrf(i.vrfName())).setAdminUp(i.isUp()).setOperUp(i.isOperative())
                .setMtu(i.mtu()).setMtu6(i.mtu()).setFlags(i.flags());
        if (i.hardwareAddress() != null) {
            b.setHwAddress(ByteString.copyFrom(java.util.HexFormat.ofDelimiter(":").parseHex(i.hardwareAddress())));
        }
        out.send(ZebraMessage.newBuilder().setInterface(b).build());
    }

    @Override
    public void addressAdded(InterfaceInfo i, AddressInfo a) {
        address(a, UpdateKind.UPDATE_KIND_PRESENT);
    }

    @Override
    public void addressRemoved(InterfaceInfo i, AddressInfo a) {
        address(a, UpdateKind.UPDATE_KIND_DELETED);
    }

    private void address(AddressInfo a, UpdateKind kind) {
        AddressUpdate.Builder b = AddressUpdate.newBuilder().setKind(kind).setIfindex(a.ifindex())
                .setAddress(IpPrefix.newBuilder().setAddress(ByteString.copyFrom(a.prefix().address()))
                        .setLength(a.prefix().length()))
                .setSecondary(a.secondary());
        if (a.peer() != null) {
            b.setPeer(ByteString.copyFrom(a.peer().address()));
        }
        out.send(ZebraMessage.newBuilder().setAddress(b).build());
    }

    @Override
    public void dumpDone() {
        out.send(ZebraMessage.newBuilder().setDumpComplete(DumpComplete.newBuilder()
                .setSubscription(Subscription.SUBSCRIPTION_INTERFACES)).build());
    }
}
