/**
 * The container lab backend: one Docker container per router, started through Testcontainers from an image
 * built on this host without a registry, one {@code --internal} Docker network per link.
 *
 * <pre>
 *   DockerBackend          availability, start, attach (kept labs), destroy
 *     LabStart             the phases of a start, timed: image, client, networks, containers, interfaces, daemons
 *       BaseImage          ferry-lab-base:&lt;inputs hash&gt;: ImageInputs (host files, ldd) -&gt; RootfsBuilder
 *                          -&gt; tar | docker import
 *       TestcontainersSetup, LabDockerClientStrategy   Testcontainers with no registry (no Ryuk, no alpine)
 *       LinkNetworks, SubnetPool, Ipv4Block            a network per link on a subnet nothing else uses
 *       TransitRule        the DOCKER-USER rule that lets routed lab traffic cross Docker's bridges
 *       RouterContainer    one router's container (caps, sysctls, bind mounts)
 *       SetupScript        in the container: no default route, interfaces named and addressed as the topology says
 *       RouterRuntime      FrrRuntime (start-frr.sh) or FerryRuntime (frrinit.sh): start daemons, vtysh argv
 *     ContainerLab         the RunningLab: docker exec, vtysh, ContainerCapture (tcpdump), close
 *     Teardown, StaleLabs, Owner, LabNames   cleanup: on close, failed start, JVM exit, or by the next start
 * </pre>
 *
 * Safety: never privileged; only internal networks; every default route deleted before a daemon starts;
 * Docker's subnets never overlap the host's; everything made is labelled and removed.
 */
package dev.ferry.lab.docker;
