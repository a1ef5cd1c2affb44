package dev.ferry.zebra.rib.mpls;

import dev.ferry.zebra.rib.IpAddress;
import dev.ferry.zebra.rib.LspType;
import java.util.Arrays;

/**
 * One next hop of a label switching entry (FRR's zebra_nhlfe): who added it, the gateway (and interface),
 * the outgoing label stack (3 = implicit-null: pop), and whether it is selected and installed.
 */
public final class Nhlfe {
    /** The implicit-null label: pop and forward. */
    public static final int IMPLICIT_NULL = 3;

    private final LspType type;
    private final IpAddress gateway;
    private final int ifindex;
    private int[] outLabels;
    /** The interface resolution found (directly connected gateway), 0 if none. */
    int resolvedIfindex;
    boolean selected;
    boolean installed;

    Nhlfe(LspType type, IpAddress gateway, int ifindex, int[] outLabels) {
        this.type = type;
        this.gateway = gateway;
        this.ifindex = ifindex;
        this.outLabels = outLabels.clone();
    }

    public LspType type() {
        return type;
    }

    /** The next router, or null for an interface-only NHLFE. */
    public IpAddress gateway() {
        return gateway;
    }

    public int ifindex() {
        return ifindex != 0 ? ifindex : resolvedIfindex;
    }

    public int[] outLabels() {
        return outLabels.clone();
    }

    public int distance() {
        return type.distance();
    }

    public boolean isSelected() {
        return selected;
    }

    public boolean isInstalled() {
        return installed;
    }

    /** Whether the gateway is directly reachable (FRR's nhlfe_nexthop_active). */
    public boolean isActive() {
        return gateway == null ? ifindex != 0 : ifindex() != 0;
    }

    boolean sameTarget(LspType t, IpAddress gw, int index) {
        return t == type && java.util.Objects.equals(gw, gateway) && index == ifindex;
    }

    boolean setOutLabels(int[] labels) {
        if (Arrays.equals(labels, outLabels)) {
            return false;
        }
        outLabels = labels.clone();
        return true;
    }

    @Override
    public String toString() {
        return type.showName() + " via " + gateway + " out " + Arrays.toString(outLabels);
    }
}
