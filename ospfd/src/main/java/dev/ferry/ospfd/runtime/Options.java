package dev.ferry.ospfd.runtime;

/** OSPFv2 options bits (RFC 2328 A.2, RFC 5250 for O) as this router sets them. */
final class Options {
    /** External routing capability: set everywhere except in stub areas. */
    static final int E = 0x02;
    /** Opaque LSAs: FRR sets it in DD packets; Ferry does not originate opaque LSAs and leaves it clear. */
    static final int O = 0x40;

    private Options() {
    }
}
