package dev.ferry.zebra.rib;

/**
 * Nexthop tracking for clients (FRR's ZEBRA_NEXTHOP_REGISTER): a client registers an address in a VRF and
 * is told how it resolves, at once and after every change: the resolving route's prefix, type, distance,
 * metric and forwarding nexthops with their labels (for BGP: IGP cost and transport label).
 */
public final class Nht {
    private final Rib rib;

    Nht(Rib rib) {
        this.rib = rib;
    }

    /** Starts tracking {@code address} in VRF {@code vrfId} for {@code client}; false if the VRF is unknown. */
    public boolean register(ClientId client, int vrfId, IpAddress address) {
        RibVrf vrf = rib.vrfs.byId(vrfId);
        if (vrf == null) {
            return false;
        }
        IpAddress target = address.isIpv4Mapped() ? address.mappedIpv4() : address;
        Rnh r = rib.tracker.acquire(vrf, target);
        rib.tracker.ensureFresh(r);
        r.evaluateClients();
        r.clients.put(client, null);
        rib.tracker.notifyClients(r);
        return true;
    }

    public void unregister(ClientId client, int vrfId, IpAddress address) {
        IpAddress target = address.isIpv4Mapped() ? address.mappedIpv4() : address;
        Rnh r = rib.tracker.find(vrfId, target);
        if (r != null && r.clients.containsKey(client)) {
            r.clients.remove(client);
            rib.tracker.dropIfUnused(r);
        }
    }

    /** What {@code address} resolves to for clients now (without registering). */
    public NhtUpdate lookup(int vrfId, IpAddress address) {
        RibVrf vrf = rib.vrfs.byId(vrfId);
        if (vrf == null) {
            return NhtUpdate.unreachable(vrfId, address);
        }
        Rnh probe = new Rnh(vrf, address.isIpv4Mapped() ? address.mappedIpv4() : address);
        probe.evaluateClients();
        return probe.clientUpdate();
    }

    void clientGone(ClientId client) {
        for (Rnh r : rib.tracker.all()) {
            if (r.clients.containsKey(client)) {
                r.clients.remove(client);
                rib.tracker.dropIfUnused(r);
            }
        }
    }
}
