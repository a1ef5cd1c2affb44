package dev.ferry.ospfd.lsa;

/** A per-TOS metric of an OSPFv2 LSA (RFC 2328 A.4; TOS routing is gone but the fields must round-trip). */
public record TosMetric(int tos, int metric) {
}
