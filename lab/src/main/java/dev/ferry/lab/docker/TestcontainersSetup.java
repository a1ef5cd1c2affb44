package dev.ferry.lab.docker;

import com.github.dockerjava.api.DockerClient;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.util.Properties;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.utility.ResourceReaper;
import org.testcontainers.utility.TestcontainersConfiguration;

/**
 * Makes Testcontainers work with no registry. Three of its defaults pull images, and retry for minutes
 * before failing: its resource reaper (Ryuk, a container); the tiny image (alpine) it runs to find the
 * Docker host's address when it runs inside a container itself; and the same tiny image it runs to check
 * that bind mounts work, before the first container with one.
 *
 * <p>Testcontainers reads TESTCONTAINERS_RYUK_DISABLED from the environment only, which a library cannot set
 * for its JVM. When the variable is not "true", this installs the reaper Testcontainers itself uses when it
 * is (a JVM shutdown hook, {@code JVMHookResourceReaper}) before the first client call, by reflection on
 * Testcontainers 1.21's private field. The lab does its own cleanup anyway ({@link Teardown}).
 *
 * <p>The host address lookup is avoided by {@link LabDockerClientStrategy}, set as the client strategy, and
 * the mount check by {@code checks.disable=true}; both in Testcontainers' in-memory user configuration,
 * never written to ~/.testcontainers.properties (environment variables still win).
 */
final class TestcontainersSetup {

    private static DockerClient client;

    private TestcontainersSetup() {
    }

    /** Testcontainers' Docker client, with the reaper set up as above. */
    static synchronized DockerClient client() {
        if (client == null) {
            if (!"true".equalsIgnoreCase(System.getenv("TESTCONTAINERS_RYUK_DISABLED"))) {
                installJvmHookReaper();
            }
            Properties config = TestcontainersConfiguration.getInstance().getUserProperties();
            config.setProperty("docker.client.strategy", LabDockerClientStrategy.class.getName());
            config.setProperty("checks.disable", "true");
            client = DockerClientFactory.instance().client();
        }
        return client;
    }

    private static void installJvmHookReaper() {
        synchronized (ResourceReaper.class) {
            try {
                Field instance = ResourceReaper.class.getDeclaredField("instance");
                instance.setAccessible(true);
                if (instance.get(null) != null) {
                    return;
                }
                Class<?> hookReaper = Class.forName("org.testcontainers.utility.JVMHookResourceReaper");
                Constructor<?> ctor = hookReaper.getDeclaredConstructor();
                ctor.setAccessible(true);
                instance.set(null, ctor.newInstance());
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new DockerLabException("cannot turn off Testcontainers' Ryuk container (no registry to pull it "
                        + "from): set TESTCONTAINERS_RYUK_DISABLED=true in the environment (" + e + ")", e);
            }
        }
    }
}
