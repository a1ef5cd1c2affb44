package dev.ferry.vtysh;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Merges the daemons' running-configs into one, as FRR 8.4's vtysh does (vtysh_config.c): top-level
 * lines first (some kept once), then blocks grouped by FRR node type in node-type order, blocks with
 * the same header from several daemons merged into one, "!" after each block or group.
 */
final class ConfigMerger {
    /** Lines of a daemon's own `show running-config` that are not configuration. */
    private static final String[] DAEMON_FRAME = {"Building configuration...", "Current configuration:", "end"};

    private final List<String> top = new ArrayList<>();
    private final Map<Integer, Map<String, ConfigBlock>> blocks = new TreeMap<>();
    private ConfigBlock current;

    /** Adds one daemon's `show running-config` output. */
    void addDaemonConfig(String text) {
        current = null;
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(start, end);
            start = end + 1;
            if (!isDaemonFrame(line)) {
                addLine(line);
            }
        }
    }

    private static boolean isDaemonFrame(String line) {
        for (String frame : DAEMON_FRAME) {
            if (frame.equals(line)) {
                return true;
            }
        }
        return false;
    }

    /** One line of configuration (FRR's vtysh_config_parse_line). */
    void addLine(String line) {
        if (line.isEmpty() || line.charAt(0) == '!' || line.charAt(0) == '#') {
            return;
        }
        if (line.charAt(0) == ' ') {
            if (current == null) {
                top.add(line);
            } else {
                addBodyLine(line);
            }
            return;
        }
        if (line.startsWith("exit")) {
            if (current != null) {
                current.exit = line;
            }
            return;
        }
        int section = ConfigSections.sectionOf(line);
        if (section >= 0) {
            current = ConfigBlock.getOrCreate(blocks, section, line, null);
            return;
        }
        if (!ConfigSections.uniqueAtTop(line) || !top.contains(line)) {
            top.add(line);
        }
        current = null;
    }

    private void addBodyLine(String line) {
        ConfigBlock block = current;
        if (block.section == ConfigSections.KEYCHAIN && line.startsWith(" key")) {
            current = ConfigBlock.getOrCreate(block.nested, ConfigSections.KEYCHAIN_KEY, line, block);
        } else if (block.section == ConfigSections.KEYCHAIN_KEY) {
            if (line.startsWith(" exit")) {
                block.addLast(line);
                current = block.parent;
            } else {
                block.addSortedOnce(line);
            }
        } else if (line.startsWith(" link-params")) {
            block.add(line);
            block.section = ConfigSections.LINK_PARAMS;
        } else if (line.startsWith(" ip multicast boundary") || line.startsWith(" ip igmp query-interval")) {
            block.addLast(line);
        } else if (block.section == ConfigSections.LINK_PARAMS && line.startsWith(" exit")) {
            block.add(line);
            block.section = ConfigSections.INTERFACE;
        } else if (line.startsWith(" vrrp") || line.startsWith(" no vrrp")) {
            block.add(line);
        } else if (line.startsWith(" ip mroute")) {
            block.addLast(line);
        } else if (ConfigSections.sortedUniqueLines(block.section)) {
            block.addSortedOnce(line);
        } else {
            block.add(line);
        }
    }

    /** The merged configuration, without header and "end" (FRR's vtysh_config_dump). */
    String render() {
        StringBuilder out = new StringBuilder(4096);
        for (String line : top) {
            out.append(line).append('\n');
        }
        out.append("!\n");
        renderSections(out, blocks, false);
        return out.toString();
    }

    private static void renderSections(StringBuilder out, Map<Integer, Map<String, ConfigBlock>> sections,
            boolean nested) {
        for (Map.Entry<Integer, Map<String, ConfigBlock>> section : sections.entrySet()) {
            boolean noDelimiter = ConfigSections.noDelimiter(section.getKey());
            for (ConfigBlock block : section.getValue().values()) {
                out.append(block.header).append('\n');
                for (String line : block.lines) {
                    out.append(line).append('\n');
                }
                renderSections(out, block.nested, true);
                if (block.exit != null) {
                    out.append(block.exit).append('\n');
                }
                if (!noDelimiter) {
                    out.append("!\n");
                }
            }
            if (!nested && noDelimiter) {
                out.append("!\n");
            }
        }
    }
}
