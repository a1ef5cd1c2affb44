package dev.ferry.ospfd.ospf6.config;

import dev.ferry.lib.net.ConfiguredInterface;
import dev.ferry.ospfd.shared.AreaId;

/**
 * OSPFv3 settings of one interface (`ipv6 ospf6 ...`). As in FRR, the interface takes part in ospf6d's
 * running-config only once some `ipv6 ospf6` command touched it; a description alone does not count.
 */
public final class Ospf6InterfaceConfig extends ConfiguredInterface {
    public static final int DEFAULT_HELLO = 10;
    public static final int DEFAULT_DEAD = 40;
    public static final int DEFAULT_PRIORITY = 1;

    private boolean touched;
    private AreaId area;
    private int ifMtu;
    private Integer cost;
    private int helloInterval = DEFAULT_HELLO;
    private int deadInterval = DEFAULT_DEAD;
    private int priority = DEFAULT_PRIORITY;
    private boolean passive;
    private boolean mtuIgnore;
    private Ospf6NetworkType networkType;

    public Ospf6InterfaceConfig(String name, String vrf) {
        super(name, vrf);
    }

    /** Whether an `ipv6 ospf6` command created ospf6d's state for this interface (FRR's ifp->info). */
    public boolean touched() {
        return touched;
    }

    /** Marks the interface as known to ospf6d; every `ipv6 ospf6` command does this first. */
    public Ospf6InterfaceConfig touch() {
        touched = true;
        return this;
    }

    /** The area as written in `ipv6 ospf6 area`, or null. */
    public AreaId area() {
        return area;
    }

    public void area(AreaId area) {
        this.area = area;
    }

    /** The configured OSPF MTU, 0 for the interface's own. */
    public int ifMtu() {
        return ifMtu;
    }

    public void ifMtu(int mtu) {
        this.ifMtu = mtu;
    }

    /** The configured cost, or null to derive it from the bandwidth. */
    public Integer cost() {
        return cost;
    }

    public void cost(Integer cost) {
        this.cost = cost;
    }

    public int helloInterval() {
        return helloInterval;
    }

    public void helloInterval(int seconds) {
        this.helloInterval = seconds;
    }

    public int deadInterval() {
        return deadInterval;
    }

    public void deadInterval(int seconds) {
        this.deadInterval = seconds;
    }

    public int priority() {
        return priority;
    }

    public void priority(int priority) {
        this.priority = priority;
    }

    public boolean passive() {
        return passive;
    }

    public void passive(boolean passive) {
        this.passive = passive;
    }

    public boolean mtuIgnore() {
        return mtuIgnore;
    }

    public void mtuIgnore(boolean ignore) {
        this.mtuIgnore = ignore;
    }

    /** The configured network type, or null for the interface's own. */
    public Ospf6NetworkType networkType() {
        return networkType;
    }

    public void networkType(Ospf6NetworkType type) {
        this.networkType = type;
    }
}
