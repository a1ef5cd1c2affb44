package dev.ferry.lab.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Network;
import dev.ferry.lab.topology.LinkSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One Docker network per topology link: a bridge made {@code --internal} (no route, no NAT to the outside),
 * on a subnet from {@link SubnetPool}. Each network's removal is registered with the lab's {@link Teardown}
 * before the network is created.
 */
final class LinkNetworks {

    /** A link's network: its Docker name and id, and the subnet Docker was given for it. */
    record LinkNetwork(LinkSpec link, String name, String id, Ipv4Block subnet) {
    }

    private static final int ATTEMPTS = 20;
    private static final Duration REMOVAL_WAIT = Duration.ofSeconds(30);

    private LinkNetworks() {
    }

    static List<LinkNetwork> create(DockerClient docker, List<LinkSpec> links, LabNames names, Teardown teardown) {
        List<LinkNetwork> out = new ArrayList<>();
        if (links.isEmpty()) {
            return out;
        }
        SubnetPool pool = SubnetPool.ofHost(docker);
        for (int i = 0; i < links.size(); i++) {
            String name = names.network(i);
            teardown.add("remove network " + name, () -> remove(docker, name));
            out.add(createOne(docker, links.get(i), name, pool, names));
        }
        return out;
    }

    private static LinkNetwork createOne(DockerClient docker, LinkSpec link, String name, SubnetPool pool,
            LabNames names) {
        DockerException last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Ipv4Block subnet = pool.next();
            try {
                String id = docker.createNetworkCmd().withName(name).withDriver("bridge").withInternal(true)
                        .withCheckDuplicate(true).withLabels(names.labels())
                        .withIpam(new Network.Ipam().withConfig(
                                new Network.Ipam.Config().withSubnet(subnet.toString())))
                        .exec().getId();
                return new LinkNetwork(link, name, id, subnet);
            } catch (DockerException e) {
                // another lab (another JVM) may have taken the block since the pool looked: try the next one
                if (e.getMessage() == null || !e.getMessage().contains("overlap")) {
                    throw new DockerLabException("cannot create network " + name + " for link " + link.name() + ": "
                            + e.getMessage(), e);
                }
                last = e;
            }
        }
        throw new DockerLabException("cannot create network " + name + ": every subnet tried overlapped", last);
    }

    /** Removes the network; retries for a while when Docker still counts an endpoint of a departing container. */
    static void remove(DockerClient docker, String nameOrId) {
        long deadline = System.nanoTime() + REMOVAL_WAIT.toNanos();
        while (true) {
            try {
                docker.removeNetworkCmd(nameOrId).exec();
                return;
            } catch (NotFoundException e) {
                return; // not created, or removed already
            } catch (DockerException e) {
                boolean busy = e.getMessage() != null && e.getMessage().contains("active endpoints");
                if (!busy || System.nanoTime() > deadline) {
                    throw e;
                }
                RouterContainer.sleep(Duration.ofMillis(200));
            }
        }
    }
}
