package dev.ferry.lab.topology;

import java.util.List;
import java.util.Map;

/**
 * One router of a topology.
 *
 * @param name       the router's name, also its hostname ("PE1")
 * @param kind       Ferry or real FRR
 * @param addresses  interface name -> prefixes to configure on it before the daemons start ("lo" too)
 * @param daemons    the protocol daemons to enable besides zebra and staticd ("ospfd", "ldpd", "bgpd"...)
 * @param frrConf    the integrated config loaded with `vtysh -b` (may be empty)
 * @param mplsInterfaces interfaces that accept MPLS (net.mpls.conf.IF.input=1), where the kernel has MPLS
 * @param vrfs       kernel VRFs to create before the daemons start (name -> table and member interfaces),
 *                   for real FRR, which cannot create them; Ferry's zebra creates its own from frr.conf
 */
public record RouterSpec(String name, RouterKind kind, Map<String, List<String>> addresses, List<String> daemons,
        String frrConf, List<String> mplsInterfaces, Map<String, VrfSpec> vrfs) {

    /** The same router run by {@code other} (Ferry or real FRR), with the same daemons and config. */
    public RouterSpec withKind(RouterKind other) {
        return new RouterSpec(name, other, addresses, daemons, frrConf, mplsInterfaces, vrfs);
    }

    /** A kernel VRF device with its routing table and the interfaces enslaved to it. */
    public record VrfSpec(int table, List<String> interfaces) {
    }
}
