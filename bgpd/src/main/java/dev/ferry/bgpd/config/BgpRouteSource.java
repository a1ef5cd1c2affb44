package dev.ferry.bgpd.config;

import java.util.Arrays;
import java.util.Locale;

/**
 * Route sources BGP can redistribute, in FRR's route-type order (the order of `redistribute` lines). Each
 * is offered for the families it carries; BGP itself and VNC (which FRR builds without) are left out.
 */
public enum BgpRouteSource {
    KERNEL(true, true, "Kernel routes (not installed via the zebra RIB)"),
    CONNECTED(true, true, "Connected routes (directly attached subnet or host)"),
    STATIC(true, true, "Statically configured routes"),
    RIP(true, false, "Routing Information Protocol (RIP)"),
    RIPNG(false, true, "Routing Information Protocol next-generation (IPv6) (RIPng)"),
    OSPF(true, false, "Open Shortest Path First (OSPFv2)"),
    OSPF6(false, true, "Open Shortest Path First (IPv6) (OSPFv3)"),
    ISIS(true, true, "Intermediate System to Intermediate System (IS-IS)"),
    EIGRP(true, false, "Enhanced Interior Gateway Routing Protocol (EIGRP)"),
    NHRP(true, true, "Next Hop Resolution Protocol (NHRP)"),
    TABLE(true, true, "Non-main Kernel Routing Table"),
    BABEL(true, true, "Babel routing protocol (Babel)"),
    SHARP(true, true, "Super Happy Advanced Routing Protocol (sharpd)"),
    OPENFABRIC(true, true, "OpenFabric Routing Protocol");

    private final boolean ipv4;
    private final boolean ipv6;
    private final String help;

    BgpRouteSource(boolean ipv4, boolean ipv6, String help) {
        this.ipv4 = ipv4;
        this.ipv6 = ipv6;
        this.help = help;
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static BgpRouteSource fromWord(String word) {
        return valueOf(word.toUpperCase(Locale.ROOT));
    }

    /** "<kernel|connected|...>" for the sources of one family. */
    public static String syntax(boolean forIpv4) {
        return "<" + String.join("|", sources(forIpv4).map(BgpRouteSource::word).toList()) + ">";
    }

    /** One help line per source, in syntax order. */
    public static String help(boolean forIpv4) {
        return String.join("\n", sources(forIpv4).map(s -> s.help).toList());
    }

    private static java.util.stream.Stream<BgpRouteSource> sources(boolean forIpv4) {
        return Arrays.stream(values()).filter(s -> forIpv4 ? s.ipv4 : s.ipv6);
    }
}
