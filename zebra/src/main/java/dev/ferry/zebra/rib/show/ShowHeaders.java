package dev.ferry.zebra.rib.show;

import dev.ferry.zebra.rib.Afi;

/** The legend `show ip route` / `show ipv6 route` print first (FRR 8.4's SHOW_ROUTE_V4/V6_HEADER). */
final class ShowHeaders {
    static final String IPV4 = """
            Codes: K - kernel route, C - connected, S - static, R - RIP,
                   O - OSPF, I - IS-IS, B - BGP, E - EIGRP, N - NHRP,
                   T - Table, v - VNC, V - VNC-Direct, A - Babel, F - PBR,
                   f - OpenFabric,
                   > - selected route, * - FIB route, q - queued, r - rejected, b - backup
                   t - trapped, o - offload failure

            """;

    static final String IPV6 = """
            Codes: K - kernel route, C - connected, S - static, R - RIPng,
                   O - OSPFv3, I - IS-IS, B - BGP, N - NHRP, T - Table,
                   v - VNC, V - VNC-Direct, A - Babel, F - PBR,
                   f - OpenFabric,
                   > - selected route, * - FIB route, q - queued, r - rejected, b - backup
                   t - trapped, o - offload failure

            """;

    private ShowHeaders() {
    }

    static String of(Afi afi) {
        return afi == Afi.IPV4 ? IPV4 : IPV6;
    }
}
