package dev.ferry.bgpd.config;

import dev.ferry.lib.net.IpPrefix;

/** `network PREFIX [route-map NAME]`: originate PREFIX into BGP (host bits cleared). */
public record BgpNetwork(IpPrefix prefix, String routeMap) {
}
