package dev.ferry.ospfd.config;

import java.util.Arrays;
import java.util.Locale;

/**
 * The IPv4 route sources OSPF can redistribute, in FRR's route-type order (which is also the order of
 * `redistribute` lines). OSPF itself and protocols FRR builds without (VNC) are left out.
 */
public enum RouteSource {
    KERNEL("Kernel routes (not installed via the zebra RIB)"),
    CONNECTED("Connected routes (directly attached subnet or host)"),
    STATIC("Statically configured routes"),
    RIP("Routing Information Protocol (RIP)"),
    ISIS("Intermediate System to Intermediate System (IS-IS)"),
    BGP("Border Gateway Protocol (BGP)"),
    EIGRP("Enhanced Interior Gateway Routing Protocol (EIGRP)"),
    NHRP("Next Hop Resolution Protocol (NHRP)"),
    TABLE("Non-main Kernel Routing Table"),
    BABEL("Babel routing protocol (Babel)"),
    SHARP("Super Happy Advanced Routing Protocol (sharpd)"),
    OPENFABRIC("OpenFabric Routing Protocol");

    private final String help;

    RouteSource(String help) {
        this.help = help;
    }

    /** The word in commands and running-config: "connected". */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RouteSource fromWord(String word) {
        return valueOf(word.toUpperCase(Locale.ROOT));
    }

    /** "<kernel|connected|...>" for a command's syntax. */
    public static String syntax() {
        return "<" + String.join("|", Arrays.stream(values()).map(RouteSource::word).toList()) + ">";
    }

    /** One help line per source, in syntax order. */
    public static String help() {
        return String.join("\n", Arrays.stream(values()).map(s -> s.help).toList());
    }
}
