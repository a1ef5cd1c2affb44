package dev.ferry.bgpd.rib;

/** How this router originated a local path (FRR's route sub-type): `network`, `redistribute` or VPN leaking; NONE for learned. */
public enum LocalOrigin {
    NONE,
    NETWORK,
    REDISTRIBUTE,
    /** Leaked between a VRF and the VPN table (FRR's BGP_ROUTE_IMPORTED): exported into VPN, or imported into a VRF. */
    IMPORTED
}
