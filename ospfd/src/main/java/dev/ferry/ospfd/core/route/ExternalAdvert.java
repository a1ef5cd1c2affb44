package dev.ferry.ospfd.core.route;

import dev.ferry.lib.net.IpPrefix;

/**
 * What an AS-external LSA of either version says (v2 type 5, v3 0x4005).
 *
 * @param forwardingAddress where to send the traffic instead of the ASBR, or null (v2: 0.0.0.0; v3: F bit clear)
 */
record ExternalAdvert(IpPrefix prefix, boolean type2, int metric, byte[] forwardingAddress) {
}
