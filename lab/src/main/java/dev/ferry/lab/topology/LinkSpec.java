package dev.ferry.lab.topology;

/** A point-to-point link (a veth pair, a container network, ...) between two router interfaces. */
public record LinkSpec(Endpoint a, Endpoint b) {

    /** A short stable name for the link, used to name captures and networks: "PE1-eth0--PR-eth0". */
    public String name() {
        return a.router() + "-" + a.iface() + "--" + b.router() + "-" + b.iface();
    }
}
