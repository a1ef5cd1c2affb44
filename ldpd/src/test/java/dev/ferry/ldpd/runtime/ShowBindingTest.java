package dev.ferry.ldpd.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.ldpd.config.LdpConfig;
import dev.ferry.ldpd.label.Fec;
import dev.ferry.ldpd.label.FecNexthop;
import dev.ferry.ldpd.label.Ipv4;
import dev.ferry.ldpd.label.LabelBase;
import dev.ferry.ldpd.packet.LdpId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * `show mpls ldp binding [json]` rebuilt from the routes, addresses and mappings of FRR's recorded L3VPN lab,
 * compared byte for byte with what FRR printed there: PE1 (one peer, labels allocated in route order) and PR
 * (two peers, FECs known only from the peers' mappings).
 */
class ShowBindingTest {
    private static final int ETH0 = 2;
    private static final int ETH1 = 3;
    private final ScheduledExecutorService loop = Executors.newSingleThreadScheduledExecutor();
    private final LdpService service = new LdpService(new LdpConfig(), loop, InstantSource.system());
    private final LabelBase lib = service.lib();

    @AfterEach
    void tearDown() {
        loop.shutdownNow();
    }

    private static String reference(String path) throws IOException {
        try (InputStream in = ShowBindingTest.class.getResourceAsStream("/frr-reference/out/" + path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private void connected(String prefix, int ifindex) {
        lib.routeUpdated(Fec.parse(prefix), true, List.of(new FecNexthop(0, ifindex)));
    }

    private void via(String prefix, String gateway, int ifindex) {
        lib.routeUpdated(Fec.parse(prefix), false, List.of(new FecNexthop(Ipv4.parse(gateway), ifindex)));
    }

    private void peer(String id, String... addresses) {
        lib.peerUp(LdpId.of(id));
        List<Integer> list = new ArrayList<>();
        for (String a : addresses) {
            list.add(Ipv4.parse(a));
        }
        lib.peerAddresses(LdpId.of(id), list, true);
    }

    private void mappings(String peer, String... fecAndLabel) {
        for (int i = 0; i < fecAndLabel.length; i += 2) {
            lib.mappingReceived(LdpId.of(peer), Fec.parse(fecAndLabel[i]), Integer.parseInt(fecAndLabel[i + 1]));
        }
    }

    @Test
    void pe1() throws IOException {
        lib.policy(false, Set.of(ETH0));
        peer("9.9.9.9", "10.1.1.254", "10.1.2.254", "9.9.9.9");
        service.onLabelChunk(dev.ferry.proto.zebra.v1.LabelChunk.newBuilder().setStart(16).setEnd(79).build());
        connected("1.1.1.1/32", 1);
        via("2.2.2.2/32", "10.1.1.254", ETH0);
        via("9.9.9.9/32", "10.1.1.254", ETH0);
        connected("10.1.1.0/24", ETH0);
        via("10.1.2.0/24", "10.1.1.254", ETH0);
        connected("172.16.1.0/24", 4);
        connected("172.16.3.0/24", 5);
        mappings("9.9.9.9", "1.1.1.1/32", "17", "2.2.2.2/32", "16", "9.9.9.9/32", "3", "10.1.1.0/24", "3",
                "10.1.2.0/24", "3");
        assertEquals(reference("PE1/show_mpls_ldp_binding.txt"), LdpShowCommands.binding(service));
        assertEquals(reference("PE1/show_mpls_ldp_binding_json.txt"), LdpShowCommands.bindingJson(service));
        assertEquals(reference("PE1/show_mpls_ldp_binding_detail.txt"), LdpShowCommands.bindingDetail(service));
        String json = LdpShowCommands.bindingDetailJson(service);
        assertTrue(json.startsWith("""
                {
                  "1.1.1.1/32":{
                    "localLabel":"imp-null",
                    "advertisedTo":[
                      {
                        "neighborId":"9.9.9.9"
                      }
                    ],
                    "remoteLabels":[
                      {
                        "neighborId":"9.9.9.9",
                        "label":"17",
                        "inUse":0
                      }
                    ]
                  },
                  "2.2.2.2/32":{
                    "localLabel":"16",
                    """), json);
        assertTrue(json.contains("""
                  "172.16.3.0/24":{
                    "localLabel":"imp-null",
                    "advertisedTo":[
                      {
                        "neighborId":"9.9.9.9"
                      }
                    ],
                    "remoteLabels":[
                    ]
                  }
                }"""), json);
    }

    @Test
    void pr() throws IOException {
        lib.policy(false, Set.of(ETH0, ETH1));
        peer("1.1.1.1", "10.1.1.2", "172.16.1.254", "172.16.3.254", "1.1.1.1");
        peer("2.2.2.2", "10.1.2.2", "172.16.2.254", "172.16.4.254", "2.2.2.2");
        service.onLabelChunk(dev.ferry.proto.zebra.v1.LabelChunk.newBuilder().setStart(16).setEnd(79).build());
        connected("9.9.9.9/32", 1);
        connected("10.1.1.0/24", ETH0);
        connected("10.1.2.0/24", ETH1);
        via("2.2.2.2/32", "10.1.2.2", ETH1);
        via("1.1.1.1/32", "10.1.1.2", ETH0);
        mappings("1.1.1.1", "1.1.1.1/32", "3", "2.2.2.2/32", "16", "9.9.9.9/32", "17", "10.1.1.0/24", "3",
                "10.1.2.0/24", "18", "172.16.1.0/24", "3", "172.16.3.0/24", "3");
        mappings("2.2.2.2", "1.1.1.1/32", "16", "2.2.2.2/32", "3", "9.9.9.9/32", "17", "10.1.1.0/24", "18",
                "10.1.2.0/24", "3", "172.16.2.0/24", "3", "172.16.4.0/24", "3");
        assertEquals(reference("PR/show_mpls_ldp_binding.txt"), LdpShowCommands.binding(service));
        assertEquals(reference("PR/show_mpls_ldp_binding_detail.txt"), LdpShowCommands.bindingDetail(service));
    }
}
