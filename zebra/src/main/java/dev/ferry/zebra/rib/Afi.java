package dev.ferry.zebra.rib;

/** Address family of a RIB table: FRR's AFI_IP and AFI_IP6. */
public enum Afi {
    IPV4(32, "ipv4"),
    IPV6(128, "ipv6");

    private final int bits;
    private final String label;

    Afi(int bits, String label) {
        this.bits = bits;
        this.label = label;
    }

    /** Address length in bits: 32 or 128. */
    public int bits() {
        return bits;
    }

    /** FRR's JSON spelling: "ipv4", "ipv6". */
    public String label() {
        return label;
    }
}
