package dev.ferry.zebra.rib;

import dev.ferry.lib.net.IpPrefix;
import java.util.ArrayList;
import java.util.List;

/** An interface as the RIB needs it: index, name, VRF, whether it is a loopback and up, its addresses. */
public final class RibInterface {
    private final int ifindex;
    private String name;
    private int vrfId;
    private boolean loopback;
    private boolean operative;
    final List<IpPrefix> addresses = new ArrayList<>();

    RibInterface(int ifindex, String name, int vrfId, boolean loopback) {
        this.ifindex = ifindex;
        this.name = name;
        this.vrfId = vrfId;
        this.loopback = loopback;
    }

    public int ifindex() {
        return ifindex;
    }

    public String name() {
        return name;
    }

    public int vrfId() {
        return vrfId;
    }

    public boolean isLoopback() {
        return loopback;
    }

    /** Up and running (FRR's if_is_operative): connected routes exist only then. */
    public boolean isOperative() {
        return operative;
    }

    public List<IpPrefix> addresses() {
        return List.copyOf(addresses);
    }

    void update(String newName, int newVrfId, boolean isLoopback) {
        this.name = newName;
        this.vrfId = newVrfId;
        this.loopback = isLoopback;
    }

    void operative(boolean up) {
        this.operative = up;
    }

    @Override
    public String toString() {
        return name + "(" + ifindex + ")";
    }
}
