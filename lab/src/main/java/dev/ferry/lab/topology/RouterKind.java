package dev.ferry.lab.topology;

/** What runs a lab router: Ferry's daemons (through frrinit.sh) or real FRR (Debian's frr package). */
public enum RouterKind {
    FERRY,
    FRR
}
