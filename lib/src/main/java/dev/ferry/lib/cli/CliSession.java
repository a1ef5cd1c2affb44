package dev.ferry.lib.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Where one CLI session stands: a stack of frames from ENABLE (or VIEW) down to the current node, each
 * with the object its node edits (the BGP instance, the interface). A frame without an object is a
 * placeholder for a node another daemon owns: vtysh keeps every daemon's session at the same node.
 */
public final class CliSession {

    record Frame(Node node, Object data) {
    }

    private final List<Frame> frames = new ArrayList<>();

    public CliSession() {
        this(Node.ENABLE);
    }

    public CliSession(Node start) {
        frames.add(new Frame(start, null));
    }

    public Node node() {
        return frames.getLast().node();
    }

    void push(Node node, Object data) {
        frames.add(new Frame(node, data));
    }

    /** Leaves the current node, as `exit` does. Returns false at the top, where the session ends. */
    boolean exit() {
        if (frames.size() == 1) {
            return false;
        }
        frames.removeLast();
        return true;
    }

    /** Back to ENABLE, as `end` does. */
    void end() {
        while (frames.size() > 1 && frames.getLast().node() != Node.ENABLE) {
            frames.removeLast();
        }
    }

    /** The frames from the top down to {@code ancestor}, which must be on the stack. */
    void popTo(Node ancestor) {
        while (frames.getLast().node() != ancestor) {
            frames.removeLast();
        }
    }

    boolean onStack(Node node) {
        return frames.stream().anyMatch(f -> f.node() == node);
    }

    /**
     * Moves the session to {@code target}, keeping the frames it already has on the way there and adding
     * placeholders for the rest. vtysh calls this on daemons that did not own the command that moved it.
     */
    public void alignTo(Node target) {
        List<Node> path = new ArrayList<>();
        for (Node n = target; n != null; n = n.parent()) {
            path.addFirst(n);
        }
        int keep = 0;
        while (keep < frames.size() && keep < path.size() && frames.get(keep).node() == path.get(keep)) {
            keep++;
        }
        if (keep == 0) {
            frames.clear();
        } else {
            frames.subList(keep, frames.size()).clear();
        }
        for (int i = keep; i < path.size(); i++) {
            frames.add(new Frame(path.get(i), null));
        }
    }

    /** The nearest object of this type on the stack, e.g. the BGP instance an address-family belongs to. */
    <T> T nearest(Class<T> type) {
        for (int i = frames.size() - 1; i >= 0; i--) {
            Object d = frames.get(i).data();
            if (type.isInstance(d)) {
                return type.cast(d);
            }
        }
        return null;
    }

    /** A copy, so a failed command or a `do` can run without moving this session. */
    CliSession copy() {
        CliSession c = new CliSession(frames.getFirst().node());
        c.frames.clear();
        c.frames.addAll(frames);
        return c;
    }

    void restore(CliSession from) {
        frames.clear();
        frames.addAll(from.frames);
    }
}
