package dev.ferry.vtysh;

import dev.ferry.lib.cli.MatchRank;
import dev.ferry.lib.vty.VtyClient;
import java.io.IOException;

/**
 * vtysh's session with one daemon: the connection and the node the daemon says the session is in.
 * A daemon that drops the connection is marked dead and left out from then on, as FRR's vtysh does.
 */
final class DaemonSession {
    /** Sessions start in the enable node (spec: like FRR's vtysh sessions). */
    static final String INITIAL_NODE = "enable";

    private final String name;
    private final VtyClient client;
    private final Output output;
    private String node = INITIAL_NODE;
    private boolean alive = true;

    DaemonSession(String name, VtyClient client, Output output) {
        this.name = name;
        this.client = client;
        this.output = output;
    }

    String name() {
        return name;
    }

    String node() {
        return node;
    }

    boolean alive() {
        return alive;
    }

    /** Runs LINE in the daemon ("\x01x"); null if the connection failed. */
    VtyClient.Execution execute(String line) {
        if (!alive) {
            return null;
        }
        try {
            VtyClient.Execution e = client.execute(line);
            node = e.node();
            return e;
        } catch (IOException e) {
            lost(e);
            return null;
        }
    }

    /** How well the daemon matches LINE without running it; null if it would not run it or is gone. */
    MatchRank rank(String line) {
        if (!alive) {
            return null;
        }
        try {
            return client.rank(line);
        } catch (IOException e) {
            lost(e);
            return null;
        }
    }

    /** Moves the daemon's session to NODE; false if the daemon refused or is gone. */
    boolean enter(String target) {
        if (!alive) {
            return false;
        }
        try {
            if (client.enter(target).status() != VtyClient.CMD_SUCCESS) {
                return false;
            }
            node = target;
            return true;
        } catch (IOException e) {
            lost(e);
            return false;
        }
    }

    /** `?` candidates ("token\thelp" lines), or null if the daemon is gone. */
    VtyClient.Reply help(String line) {
        try {
            return alive ? client.help(line) : null;
        } catch (IOException e) {
            lost(e);
            return null;
        }
    }

    /** TAB candidates (one word a line), or null if the daemon is gone. */
    VtyClient.Reply complete(String line) {
        try {
            return alive ? client.complete(line) : null;
        } catch (IOException e) {
            lost(e);
            return null;
        }
    }

    void close() {
        alive = false;
        try {
            client.close();
        } catch (IOException e) {
            // closing on the way out: nothing left to do with it
        }
    }

    private void lost(IOException e) {
        output.error("vtysh: error reading from " + name + ": " + e.getMessage() + "\n");
        output.flush();
        close();
    }
}
