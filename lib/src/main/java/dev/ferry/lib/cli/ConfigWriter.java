package dev.ferry.lib.cli;

/**
 * Builds a daemon's part of running-config in FRR 8.4's layout: one-space indentation per level,
 * blocks closed by their node's exit line, "!" between blocks.
 * <pre>
 * router bgp 65000
 *  bgp router-id 1.1.1.1
 *  !
 *  address-family ipv4 vpn
 *   neighbor 2.2.2.2 activate
 *  exit-address-family
 * exit
 * !
 * </pre>
 */
public final class ConfigWriter {
    private final StringBuilder out = new StringBuilder();
    private int depth;

    /** A line at the current depth. */
    public ConfigWriter line(String text) {
        out.append(" ".repeat(depth)).append(text).append('\n');
        return this;
    }

    /** A "!" at the current depth: FRR separates sub-blocks with it (" !" before address-family). */
    public ConfigWriter bang() {
        return line("!");
    }

    /** Opens a block: its header line; following lines are indented one more. */
    public ConfigWriter open(String header) {
        line(header);
        depth++;
        return this;
    }

    /** Closes the innermost block with {@code node}'s exit line ("exit", "exit-address-family"). */
    public ConfigWriter close(Node node) {
        depth--;
        line(node.exitLine());
        if (depth == 0) {
            out.append("!\n");
        }
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
