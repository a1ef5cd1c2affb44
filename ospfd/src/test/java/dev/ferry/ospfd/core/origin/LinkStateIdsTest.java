package dev.ferry.ospfd.core.origin;

import static dev.ferry.ospfd.wire.RouterIds.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ferry.lib.net.IpPrefix;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LinkStateIdsTest {
    private static IpPrefix p(String text) {
        return IpPrefix.parse(text);
    }

    @Test
    void rfc2328AppendixEExample() {
        // 10.0.0.0/16 keeps the network address, 10.0.0.0/8 moves to its broadcast address, whatever the order
        Map<IpPrefix, Integer> expected = Map.of(p("10.0.0.0/16"), parse("10.0.0.0"),
                p("10.0.0.0/8"), parse("10.255.255.255"));
        assertEquals(expected, LinkStateIds.assign(List.of(p("10.0.0.0/8"), p("10.0.0.0/16"))));
        assertEquals(expected, LinkStateIds.assign(List.of(p("10.0.0.0/16"), p("10.0.0.0/8"))));
    }

    @Test
    void distinctNetworksKeepTheirAddressAndHostBitsAreCleared() {
        assertEquals(Map.of(p("10.1.0.0/16"), parse("10.1.0.0"), p("192.168.1.0/24"), parse("192.168.1.0")),
                LinkStateIds.assign(List.of(p("10.1.2.3/16"), p("192.168.1.0/24"), p("10.1.0.0/16"))));
    }

    @Test
    void aPrefixWithBothIdsTakenIsLeftOut() {
        Map<IpPrefix, Integer> ids = LinkStateIds.assign(List.of(p("10.0.0.0/8"), p("10.0.0.0/16"),
                p("10.255.255.255/32")));
        assertEquals(Map.of(p("10.0.0.0/16"), parse("10.0.0.0"), p("10.255.255.255/32"), parse("10.255.255.255")),
                ids);
    }
}
