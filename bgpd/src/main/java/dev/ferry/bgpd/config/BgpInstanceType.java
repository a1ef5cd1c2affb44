package dev.ferry.bgpd.config;

/** FRR's bgp_instance_type: the default instance, a VRF's, or a view (a RIB without forwarding). */
public enum BgpInstanceType {
    DEFAULT,
    VRF,
    VIEW
}
