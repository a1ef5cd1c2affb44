package dev.ferry.ldpd.label;

/** One nexthop of a FEC's route, as zebra gives it: a gateway (0 for a connected route) and its interface. */
public record FecNexthop(int gateway, int ifindex) {
}
