package dev.ferry.vtysh;

import dev.ferry.lib.vty.VtyClient;
import java.util.List;

/**
 * What the daemons made of one line, summed up the way FRR's vtysh reports it: one status, the
 * offset of the word nothing matched, the node the accepting daemons moved to, and the first
 * accepting daemon that failed to apply the line (vtysh -b names it).
 */
final class DispatchResult {
    private final int status;
    private final int errorPosition;
    private final String newNode;
    private final String failedDaemon;

    private DispatchResult(int status, int errorPosition, String newNode, String failedDaemon) {
        this.status = status;
        this.errorPosition = errorPosition;
        this.newNode = newNode;
        this.failedDaemon = failedDaemon;
    }

    /** A line that matched a command (even if the command then failed). */
    static boolean accepted(int status) {
        return status != VtyClient.CMD_ERR_NO_MATCH && status != VtyClient.CMD_ERR_AMBIGUOUS
                && status != VtyClient.CMD_ERR_INCOMPLETE;
    }

    /** Sums up ANSWERS (null where a daemon was not asked or is gone), SESSIONS in daemon order. */
    static DispatchResult of(List<DaemonSession> sessions, VtyClient.Execution[] answers) {
        String newNode = null;
        boolean newNodeFromSuccess = false;
        boolean anyAccepted = false;
        boolean warned = false;
        int failedStatus = VtyClient.CMD_SUCCESS;
        String failedDaemon = null;
        boolean ambiguous = false;
        boolean incomplete = false;
        int errorPosition = -1;
        for (int i = 0; i < answers.length; i++) {
            VtyClient.Execution a = answers[i];
            if (a == null) {
                continue;
            }
            int s = a.status();
            if (accepted(s)) {
                boolean ok = s == VtyClient.CMD_SUCCESS || s == VtyClient.CMD_WARNING;
                // The node of the first daemon that applied the line; failing ones did not move.
                if (newNode == null || (ok && !newNodeFromSuccess)) {
                    newNode = a.node();
                    newNodeFromSuccess = ok;
                }
                anyAccepted = true;
                warned |= s == VtyClient.CMD_WARNING;
                if (s != VtyClient.CMD_SUCCESS && s != VtyClient.CMD_WARNING && failedDaemon == null) {
                    failedStatus = s;
                    failedDaemon = sessions.get(i).name();
                }
            } else if (s == VtyClient.CMD_ERR_AMBIGUOUS) {
                ambiguous = true;
            } else if (s == VtyClient.CMD_ERR_INCOMPLETE) {
                incomplete = true;
            } else {
                errorPosition = Math.max(errorPosition, a.errorPosition());
            }
        }
        int status;
        if (!anyAccepted) {
            status = ambiguous ? VtyClient.CMD_ERR_AMBIGUOUS
                    : incomplete ? VtyClient.CMD_ERR_INCOMPLETE : VtyClient.CMD_ERR_NO_MATCH;
        } else if (failedDaemon != null) {
            status = failedStatus;
        } else {
            status = warned ? VtyClient.CMD_WARNING : VtyClient.CMD_SUCCESS;
        }
        return new DispatchResult(status, anyAccepted ? -1 : errorPosition, newNode, failedDaemon);
    }

    /** FRR's status for the whole line. */
    int status() {
        return status;
    }

    /** Offset (in the stripped line) of the word where matching failed; -1 if unknown or matched. */
    int errorPosition() {
        return errorPosition;
    }

    /** The node the accepting daemons are in now; null if none accepted. */
    String newNode() {
        return newNode;
    }

    /** The first accepting daemon that answered with an error status; null if none. */
    String failedDaemon() {
        return failedDaemon;
    }

    /** FRR's `vtysh -c` rule: success and warnings pass, anything else fails the run. */
    boolean succeeded() {
        return status == VtyClient.CMD_SUCCESS || status == VtyClient.CMD_WARNING;
    }
}
