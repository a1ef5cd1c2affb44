package dev.ferry.ospfd.config;

import dev.ferry.lib.net.IpPrefix;
import dev.ferry.ospfd.shared.AreaId;

/** `network PREFIX area AREA`: run OSPF in AREA on interfaces with addresses inside PREFIX. */
public record OspfNetwork(IpPrefix prefix, AreaId area) {
}
