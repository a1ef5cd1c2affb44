package dev.ferry.bgpd.runtime;

import dev.ferry.lib.net.IpPrefix;
import dev.ferry.proto.zebra.v1.AddressUpdate;
import dev.ferry.proto.zebra.v1.InterfaceUpdate;
import dev.ferry.proto.zebra.v1.UpdateKind;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The interfaces' names and addresses as zebra's interface feed reports them, for `neighbor X update-source
 * IFNAME`: the session is bound to the interface's address that shares the most leading bits with the
 * neighbor's (FRR's bgp_update_address), and re-bound when that changes.
 */
final class InterfaceAddresses {
    private final Map<Integer, String> names = new HashMap<>();
    private final Map<Integer, List<IpPrefix>> addresses = new HashMap<>();

    /** Applies an interface update; true when a name came, went or changed. */
    boolean apply(InterfaceUpdate u) {
        if (u.getKind() == UpdateKind.UPDATE_KIND_DELETED) {
            addresses.remove(u.getIfindex());
            return names.remove(u.getIfindex()) != null;
        }
        return !u.getName().equals(names.put(u.getIfindex(), u.getName()));
    }

    /** Applies an address update; true when the interface's address list changed. */
    boolean apply(AddressUpdate u) {
        int size = u.getAddress().getAddress().size();
        if (size != 4 && size != 16) {
            return false;
        }
        IpPrefix p = new IpPrefix(u.getAddress().getAddress().toByteArray(), u.getAddress().getLength());
        List<IpPrefix> list = addresses.computeIfAbsent(u.getIfindex(), k -> new ArrayList<>());
        if (u.getKind() == UpdateKind.UPDATE_KIND_DELETED) {
            return list.remove(p);
        }
        if (list.contains(p)) {
            return false;
        }
        list.add(p);
        return true;
    }

    /**
     * The address of interface {@code name} to bind a session to {@code peer} from: of the peer's family, with
     * the longest common prefix with it (the first such address on a tie); null when the interface is unknown or
     * has no address of that family (the session then goes unbound, as FRR's).
     */
    InetAddress sourceFor(String name, byte[] peer) {
        for (Map.Entry<Integer, String> e : names.entrySet()) {
            if (!e.getValue().equals(name)) {
                continue;
            }
            byte[] best = null;
            int common = -1;
            for (IpPrefix p : addresses.getOrDefault(e.getKey(), List.of())) {
                byte[] a = p.address();
                if (a.length != peer.length) {
                    continue;
                }
                int bits = commonBits(a, peer);
                if (bits > common) {
                    best = a;
                    common = bits;
                }
            }
            try {
                return best == null ? null : InetAddress.getByAddress(best);
            } catch (UnknownHostException ex) {
                return null;
            }
        }
        return null;
    }

    static int commonBits(byte[] a, byte[] b) {
        for (int i = 0; i < a.length; i++) {
            int x = (a[i] ^ b[i]) & 0xff;
            if (x != 0) {
                return i * 8 + Integer.numberOfLeadingZeros(x) - 24;
            }
        }
        return a.length * 8;
    }
}
