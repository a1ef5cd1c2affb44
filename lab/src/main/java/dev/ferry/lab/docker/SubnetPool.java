package dev.ferry.lab.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Network;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Docker's own subnets for lab links: /29 blocks of 10.254.0.0/16 that overlap no host address or route
 * and no other Docker network. Inside the containers these addresses are flushed and the topology's own
 * addresses configured instead; the subnet only gives Docker's bridge a range that collides with nothing.
 * Topologies may not use 10.254.0.0/16 themselves ({@link #RESERVED}).
 */
final class SubnetPool {

    static final Ipv4Block RESERVED = Ipv4Block.parse("10.254.0.0/16");
    private static final int BLOCK_LENGTH = 29;
    private static final int BLOCKS = 1 << (BLOCK_LENGTH - RESERVED.length());
    private static final Set<String> ROUTE_TYPES = Set.of("local", "broadcast", "unicast", "anycast", "multicast",
            "blackhole", "unreachable", "prohibit", "throw", "nat");

    private final List<Ipv4Block> taken = new ArrayList<>();
    private int next = ThreadLocalRandom.current().nextInt(BLOCKS);
    private int tried;

    /** A pool that avoids what the host and Docker use right now. */
    static SubnetPool ofHost(DockerClient docker) {
        SubnetPool pool = new SubnetPool();
        String routes = HostCommand.check(List.of("ip", "-4", "route", "show", "table", "all"), Duration.ofSeconds(10));
        String addrs = HostCommand.check(List.of("ip", "-o", "-4", "addr", "show"), Duration.ofSeconds(10));
        for (String line : routes.split("\n")) {
            pool.takeRouteLine(line);
        }
        for (String line : addrs.split("\n")) {
            String[] w = line.trim().split("\\s+");
            for (int i = 0; i + 1 < w.length; i++) {
                if (w[i].equals("inet")) {
                    pool.take(Ipv4Block.parse(w[i + 1]));
                }
            }
        }
        for (Network n : docker.listNetworksCmd().exec()) {
            if (n.getIpam() != null && n.getIpam().getConfig() != null) {
                n.getIpam().getConfig()
                        .forEach(c -> pool.take(c.getSubnet() == null ? null : Ipv4Block.parse(c.getSubnet())));
            }
        }
        return pool;
    }

    void take(Ipv4Block block) {
        if (block != null) {
            taken.add(block);
        }
    }

    void takeRouteLine(String line) {
        String[] w = line.trim().split("\\s+");
        if (w.length == 0 || w[0].isEmpty()) {
            return;
        }
        String dst = ROUTE_TYPES.contains(w[0]) && w.length > 1 ? w[1] : w[0];
        if (!dst.equals("default")) {
            take(Ipv4Block.parse(dst));
        }
    }

    /** The next free block (taken from then on), or an exception when the whole range is used. */
    Ipv4Block next() {
        while (tried < BLOCKS) {
            Ipv4Block b = new Ipv4Block(RESERVED.network() + (next << (32 - BLOCK_LENGTH)), BLOCK_LENGTH);
            next = (next + 1) % BLOCKS;
            tried++;
            if (taken.stream().noneMatch(b::overlaps)) {
                taken.add(b);
                return b;
            }
        }
        throw new DockerLabException("no free /" + BLOCK_LENGTH + " left in " + RESERVED
                + " for lab links: the host or other Docker networks use all of it");
    }
}
