package dev.ferry.bgpd.config;

import dev.ferry.lib.net.IpPrefix;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One `router bgp ASN [vrf|view NAME]` instance: its identity, the instance-wide switches, its neighbors
 * and its per-family settings.
 */
public final class BgpInstance {
    private final long asn;
    private final BgpInstanceType type;
    private final String name;
    private String routerId;
    private boolean logNeighborChanges;
    private boolean ebgpRequiresPolicy;
    private boolean deterministicMed;
    private boolean importCheck;
    private String clusterId;
    private boolean multipathRelax;
    private boolean multipathRelaxAsSet;
    private final Set<BgpAddressFamily> activatedByDefault = EnumSet.of(BgpAddressFamily.IPV4_UNICAST);
    private final Map<IpPrefix, BgpNeighbor> neighbors = new TreeMap<>(BgpNeighbor.ORDER);
    private final Map<BgpAddressFamily, BgpAddressFamilyConfig> families = new EnumMap<>(BgpAddressFamily.class);

    /** @param defaults the profile in force when the instance is created (FRR copies it into the instance) */
    public BgpInstance(long asn, BgpInstanceType type, String name, BgpDefaults defaults) {
        this.asn = asn;
        this.type = type;
        this.name = name;
        this.logNeighborChanges = defaults.logNeighborChanges();
        this.ebgpRequiresPolicy = defaults.ebgpRequiresPolicy();
        this.deterministicMed = defaults.deterministicMed();
        this.importCheck = defaults.importCheck();
        for (BgpAddressFamily f : BgpAddressFamily.values()) {
            families.put(f, new BgpAddressFamilyConfig(f));
        }
    }

    public long asn() {
        return asn;
    }

    public BgpInstanceType type() {
        return type;
    }

    /** The VRF or view name; null for the default instance. */
    public String name() {
        return name;
    }

    /** The name FRR uses in VRF-to-VRF leaking ("default" for the default instance). */
    public String vrfName() {
        return name == null ? BgpConfig.DEFAULT_VRF : name;
    }

    public String routerId() {
        return routerId;
    }

    public void routerId(String routerId) {
        this.routerId = routerId;
    }

    public boolean logNeighborChanges() {
        return logNeighborChanges;
    }

    public void logNeighborChanges(boolean on) {
        logNeighborChanges = on;
    }

    public boolean ebgpRequiresPolicy() {
        return ebgpRequiresPolicy;
    }

    public void ebgpRequiresPolicy(boolean on) {
        ebgpRequiresPolicy = on;
    }

    public boolean deterministicMed() {
        return deterministicMed;
    }

    public void deterministicMed(boolean on) {
        deterministicMed = on;
    }

    public boolean importCheck() {
        return importCheck;
    }

    public void importCheck(boolean on) {
        importCheck = on;
    }

    /** `bgp cluster-id A.B.C.D` (dotted quad), or null: the router-id is the cluster id then. */
    public String clusterId() {
        return clusterId;
    }

    public void clusterId(String clusterId) {
        this.clusterId = clusterId;
    }

    /** `bgp bestpath as-path multipath-relax`: eBGP paths through different neighbouring ASes may share load. */
    public boolean multipathRelax() {
        return multipathRelax;
    }

    /** The `as-set` option of multipath-relax (stored and written back; Ferry does not aggregate). */
    public boolean multipathRelaxAsSet() {
        return multipathRelaxAsSet;
    }

    public void multipathRelax(boolean on, boolean asSet) {
        multipathRelax = on;
        multipathRelaxAsSet = on && asSet;
    }

    /** Families new neighbors are activated in (`bgp default ...`; IPv4 unicast unless turned off). */
    public boolean activatedByDefault(BgpAddressFamily family) {
        return activatedByDefault.contains(family);
    }

    public void activatedByDefault(BgpAddressFamily family, boolean on) {
        if (on) {
            activatedByDefault.add(family);
        } else {
            activatedByDefault.remove(family);
        }
    }

    public BgpNeighbor neighbor(IpPrefix address) {
        return neighbors.get(address);
    }

    /** Adds a neighbor, activated in this instance's default families. */
    public BgpNeighbor addNeighbor(IpPrefix address, RemoteAs remoteAs) {
        BgpNeighbor n = new BgpNeighbor(address, remoteAs, asn);
        activatedByDefault.forEach(f -> n.activated(f, true));
        neighbors.put(address, n);
        return n;
    }

    public void removeNeighbor(IpPrefix address) {
        neighbors.remove(address);
    }

    /** Neighbors in FRR's order. */
    public List<BgpNeighbor> neighbors() {
        return List.copyOf(neighbors.values());
    }

    public BgpAddressFamilyConfig family(BgpAddressFamily family) {
        return families.get(family);
    }
}
