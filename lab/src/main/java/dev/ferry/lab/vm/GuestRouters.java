package dev.ferry.lab.vm;

import dev.ferry.lab.LabOptions;
import dev.ferry.lab.RunningLab;
import dev.ferry.lab.topology.RouterSpec;
import dev.ferry.lab.topology.Topology;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Starts the daemons of a router inside the guest, once its namespace is built. The guest sees the
 * host's whole root (read-only, with a writable overlay) and the lab's work dir at the same paths, so a
 * launcher can run inside the guest the very commands the netns backend runs on the host, through
 * {@link RunningLab#exec} on the router (its namespace) or {@link VmLab#guestShell} (the guest's root
 * namespace), and find their logs in the work dir afterwards.
 *
 * <p>{@link GuestDaemons} runs Ferry and FRR routers; {@link #NONE} starts nothing: the lab has its network (namespaces, links, addresses, MPLS, VRFs)
 * and no daemons, and says so in its notes.
 */
public interface GuestRouters {

    /**
     * Starts the router's daemons and returns once they answer; throws with the reason otherwise. Returns a
     * note when it deliberately starts nothing.
     */
    Optional<String> start(VmLab lab, RouterSpec router, LabOptions options) throws Exception;

    /** Host-side work for the routers of {@code topology}, run while the guest boots; nothing by default. */
    default void prepare(Topology topology, Path workDir) throws Exception {
    }

    /** The argv, run inside the router's namespace in the guest, of vtysh for one command. */
    List<String> vtysh(VmLab lab, RouterSpec router, String command);

    GuestRouters NONE = new GuestRouters() {
        @Override
        public Optional<String> start(VmLab lab, RouterSpec router, LabOptions options) {
            return Optional.of(router.name() + ": no daemons started (the vm backend builds the network only; "
                    + router.kind() + " routers inside the VM come with a GuestRouters launcher)");
        }

        @Override
        public List<String> vtysh(VmLab lab, RouterSpec router, String command) {
            throw new UnsupportedOperationException("no daemons run on " + router.name()
                    + " in this VM lab: the vm backend was started without a GuestRouters launcher");
        }
    };
}
