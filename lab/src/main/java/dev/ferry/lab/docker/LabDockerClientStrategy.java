package dev.ferry.lab.docker;

import java.net.URI;
import org.testcontainers.dockerclient.DockerClientProviderStrategy;
import org.testcontainers.dockerclient.TransportConfig;

/**
 * How Testcontainers reaches Docker for labs: the local engine's Unix socket, and no lookup of "the Docker
 * host's address". Testcontainers' own Unix-socket strategy, inside a container (this machine has
 * /.dockerenv) and with a default bridge that declares no gateway, finds that address by running a tiny
 * image it must pull from a registry, which is not reachable here. Labs publish no ports, so the address is
 * never used: this strategy answers "localhost".
 *
 * <p>It stays "persistable": Testcontainers only loads a configured strategy that is, and then writes it to
 * ~/.testcontainers.properties unless the in-memory configuration holds that value already, which
 * {@link TestcontainersSetup} makes sure of, so no file is written.
 *
 * <p>Public only because Testcontainers instantiates it by class name ({@link TestcontainersSetup}).
 */
public final class LabDockerClientStrategy extends DockerClientProviderStrategy {

    static final String SOCKET = "unix:///var/run/docker.sock";

    public LabDockerClientStrategy() {
    }

    @Override
    public String getDescription() {
        return "ferry-lab: local Unix socket (" + SOCKET + "), no host address lookup";
    }

    @Override
    public TransportConfig getTransportConfig() {
        return TransportConfig.builder().dockerHost(URI.create(SOCKET)).build();
    }

    @Override
    public synchronized String getDockerHostIpAddress() {
        return "localhost";
    }
}
