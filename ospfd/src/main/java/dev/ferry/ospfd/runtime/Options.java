package dev.ferry.ospfd.runtime;

/** Options bits (RFC 2328 A.2, RFC 5250 for O; RFC 5340 A.2 for V6 and R) as this router sets them. */
final class Options {
    /** External routing capability: set everywhere except in stub areas. */
    static final int E = 0x02;
    /** Opaque LSAs: FRR sets it in DD packets; Ferry does not originate opaque LSAs and leaves it clear. */
    static final int O = 0x40;

    /** OSPFv3: the router takes part in IPv6 routing. */
    static final int V6 = 0x01;
    /** OSPFv3: the originator is an active router (forwards transit traffic). */
    static final int R = 0x10;

    private Options() {
    }
}
