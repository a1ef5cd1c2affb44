package dev.ferry.bgpd.rib;

/** How this router originated a local path (FRR's route sub-type): `network` or `redistribute`; NONE for learned. */
public enum LocalOrigin {
    NONE,
    NETWORK,
    REDISTRIBUTE
}
