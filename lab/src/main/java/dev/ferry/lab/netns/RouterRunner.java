package dev.ferry.lab.netns;

import java.nio.file.Path;
import java.util.List;

/** Starts and stops the daemons of one router inside its namespace: real FRR or Ferry. */
interface RouterRunner {

    /** Starts the daemons and loads frr.conf; returns once they answer. Throws with the reason otherwise. */
    void start() throws Exception;

    /** Stops what start() started, by PID; quiet when nothing runs. */
    void stop();

    /** The argv, run inside the namespace, of vtysh for one command. */
    List<String> vtysh(String command);

    /** The argv, run inside the namespace, of an interactive vtysh with the router's hostname in the prompt. */
    List<String> interactiveVtysh();

    /** Where the router's daemons log. */
    Path runDir();

    /** The shell words that set the hostname in a fresh UTS namespace and exec the rest. */
    static List<String> withHostname(String hostname, List<String> argv) {
        List<String> out = new java.util.ArrayList<>(List.of("unshare", "--uts", "--mount", "--propagation", "private",
                "--", "/bin/sh", "-c", "hostname \"$0\" && exec \"$@\"", hostname));
        out.addAll(argv);
        return out;
    }
}
