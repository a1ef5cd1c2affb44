package dev.ferry.ospfd.runtime;

import dev.ferry.ospfd.config.OspfAuthentication;
import dev.ferry.ospfd.core.fsm.InterfaceKind;
import java.util.Map;

/**
 * What the configuration says about one OSPF interface, resolved against the defaults (FRR's): cost 10 unless
 * set, dead interval four hellos, retransmit 5 s, transmit delay 1 s.
 *
 * @param authentication null for none
 * @param md5Keys key id to key, in configuration order (the last one signs, as FRR)
 * @param instanceId OSPFv3's Instance ID (RFC 5340 2.4); 0 for OSPFv2
 * @param ifMtu OSPFv3's `ipv6 ospf6 ifmtu`: the MTU to use instead of the kernel's; 0 when not set
 */
record LinkSettings(InterfaceKind kind, boolean passive, int cost, int helloInterval, int deadInterval,
        int priority, int retransmitInterval, int transmitDelay, boolean mtuIgnore,
        OspfAuthentication authentication, String simpleKey, Map<Integer, String> md5Keys, int instanceId,
        int ifMtu) {
    static final int DEFAULT_COST = 10;
    static final int DEFAULT_RETRANSMIT = 5;
    static final int DEFAULT_TRANSMIT_DELAY = 1;

    LinkSettings {
        md5Keys = Map.copyOf(md5Keys);
    }
}
