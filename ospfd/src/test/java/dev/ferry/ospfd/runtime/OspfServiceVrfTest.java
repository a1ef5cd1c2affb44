package dev.ferry.ospfd.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ferry.lib.net.IpPrefix;
import dev.ferry.ospfd.config.OspfConfig;
import dev.ferry.ospfd.config.OspfInstance;
import dev.ferry.ospfd.config.OspfNetwork;
import dev.ferry.ospfd.shared.AreaId;
import dev.ferry.proto.zebra.IpPrefixes;
import dev.ferry.proto.zebra.v1.AddressUpdate;
import dev.ferry.proto.zebra.v1.InterfaceUpdate;
import dev.ferry.proto.zebra.v1.UpdateKind;
import dev.ferry.proto.zebra.v1.VrfUpdate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * `router ospf vrf BLUE` next to `router ospf` in one ospfd, fed zebra's messages as in a kernel with VRFs: the
 * VRF instance starts only once zebra reports BLUE's device up, binds its socket to that device, takes only
 * BLUE's interfaces (the default instance only the default VRF's), shows BLUE's vrfId, and stops when the
 * device goes.
 */
class OspfServiceVrfTest {
    private static final int ETH0 = 3;
    private static final int ETH2 = 5;
    private static final int BLUE_DEVICE = 9;

    private final ScheduledExecutorService loop = Executors.newSingleThreadScheduledExecutor();
    /** The VRF device each opened transport was bound to ("-" for none), and how many are still open. */
    private final List<String> opened = Collections.synchronizedList(new ArrayList<>());
    private final List<String> open = Collections.synchronizedList(new ArrayList<>());

    private final PacketTransport.Factory transports = (version, vrfDevice, executor, handler) -> {
        String device = vrfDevice == null ? "-" : vrfDevice;
        opened.add(device);
        open.add(device);
        return new PacketTransport() {
            @Override
            public void send(int ifindex, byte[] source, byte[] destination, byte[] packet) {
                // no wire: only which instance runs where is checked
            }

            @Override
            public void membership(int ifindex, byte[] group, boolean join) {
                // nothing to join
            }

            @Override
            public void close() {
                open.remove(device);
            }
        };
    };

    private final OspfService service = new OspfService(config(), loop, d -> false, transports);

    @AfterEach
    void stop() throws Exception {
        onLoop(() -> {
            service.close();
            return null;
        });
        loop.shutdownNow();
    }

    private static OspfConfig config() {
        OspfConfig config = new OspfConfig();
        OspfInstance blue = config.createInstance("BLUE", false);
        blue.routerId("10.0.2.1");
        blue.addNetwork(new OspfNetwork(IpPrefix.parse("10.1.1.0/24"), AreaId.parse("1")));
        OspfInstance main = config.createInstance(OspfConfig.DEFAULT_VRF, false);
        main.routerId("10.0.2.2");
        main.addNetwork(new OspfNetwork(IpPrefix.parse("10.1.3.0/24"), AreaId.parse("0")));
        return config;
    }

    @Test
    void theVrfInstanceRunsWhileItsDeviceIsUpOnItsOwnInterfaces() throws Exception {
        onLoop(() -> {
            service.onInterface(iface(ETH0, "eth0", "BLUE"));
            service.onAddress(address(ETH0, "10.1.1.1/24"));
            service.onInterface(iface(ETH2, "eth2", ""));
            service.onAddress(address(ETH2, "10.1.3.1/24"));
            return null;
        });
        assertEquals(List.of("default"), onLoop(() -> List.copyOf(service.routers().keySet())),
                "BLUE waits for its device");
        assertEquals(List.of("-"), opened, "only the default instance's socket, bound to no device");

        onLoop(() -> {
            service.onVrf(vrf("BLUE", true));
            return null;
        });
        assertEquals(Map.of("default", List.of("eth2"), "BLUE", List.of("eth0")), onLoop(this::linksByVrf),
                "each instance has its own VRF's interfaces only");
        assertEquals(List.of("-", "BLUE"), opened, "BLUE's socket is bound to BLUE's device");
        assertEquals((long) BLUE_DEVICE, onLoop(() -> service.vrfId("BLUE")), "FRR's vrf_id: the device's ifindex");
        assertEquals(0L, onLoop(() -> service.vrfId(OspfConfig.DEFAULT_VRF)));

        onLoop(() -> {
            service.onVrf(vrf("BLUE", false));
            return null;
        });
        assertNull(onLoop(() -> service.routers().get("BLUE")), "BLUE stops with its device");
        assertEquals(List.of("-"), open, "BLUE's socket is closed, the default instance's stays");
        assertTrue(onLoop(() -> service.routers().containsKey(OspfConfig.DEFAULT_VRF)));
    }

    private Map<String, List<String>> linksByVrf() {
        Map<String, List<String>> out = new TreeMap<>();
        service.routers().forEach((vrf, r) -> out.put(vrf, r.links().stream().map(l -> l.name).sorted().toList()));
        return out;
    }

    private static InterfaceUpdate iface(int ifindex, String name, String vrf) {
        return InterfaceUpdate.newBuilder().setKind(UpdateKind.UPDATE_KIND_PRESENT).setIfindex(ifindex)
                .setName(name).setVrf(vrf).setAdminUp(true).setOperUp(true).setMtu(1500).build();
    }

    private static AddressUpdate address(int ifindex, String prefix) {
        IpPrefix p = IpPrefix.parse(prefix);
        return AddressUpdate.newBuilder().setKind(UpdateKind.UPDATE_KIND_PRESENT).setIfindex(ifindex)
                .setAddress(IpPrefixes.of(p.address(), p.length())).build();
    }

    private static VrfUpdate vrf(String name, boolean up) {
        return VrfUpdate.newBuilder().setName(name).setTableId(1001).setIfindex(BLUE_DEVICE).setActive(up)
                .setKind(up ? UpdateKind.UPDATE_KIND_PRESENT : UpdateKind.UPDATE_KIND_DELETED).build();
    }

    private <T> T onLoop(Callable<T> task) throws Exception {
        return loop.submit(task).get(10, TimeUnit.SECONDS);
    }
}
