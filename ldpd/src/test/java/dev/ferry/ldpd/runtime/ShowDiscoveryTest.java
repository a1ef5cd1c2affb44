package dev.ferry.ldpd.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ferry.ldpd.config.LdpConfig;
import dev.ferry.ldpd.label.Ipv4;
import dev.ferry.ldpd.packet.LdpId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.InstantSource;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** `show mpls ldp discovery [json]` against FRR's recorded PE1 output, and FRR's JSON layout. */
class ShowDiscoveryTest {
    private final ScheduledExecutorService loop = Executors.newSingleThreadScheduledExecutor();
    private final LdpService service = new LdpService(new LdpConfig(), loop, InstantSource.system());

    @AfterEach
    void tearDown() {
        loop.shutdownNow();
    }

    @Test
    void pe1() throws IOException {
        service.discovery().hello("eth0", 2, LdpId.of("9.9.9.9"), Ipv4.parse("10.1.1.254"), Ipv4.parse("9.9.9.9"),
                15, 15);
        String expected;
        try (InputStream in = getClass().getResourceAsStream("/frr-reference/out/PE1/show_mpls_ldp_discovery.txt")) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(expected, LdpShowCommands.discovery(service));
        assertEquals("""
                {
                  "adjacencies":[
                    {
                      "addressFamily":"ipv4",
                      "neighborId":"9.9.9.9",
                      "type":"link",
                      "interface":"eth0",
                      "helloHoldtime":15
                    }
                  ]
                }
                """, LdpShowCommands.discoveryJson(service));
    }
}
