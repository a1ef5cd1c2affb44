package dev.ferry.vtysh;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One block of merged running-config ("interface eth0", "router bgp 65000"): its header, its body
 * lines from every daemon, nested blocks (only key chains have them) and its closing line.
 * FRR's struct config (vtysh_config.c).
 */
final class ConfigBlock {
    final String header;
    final List<String> lines = new ArrayList<>();
    final ConfigBlock parent;
    /** Nested blocks by FRR node type, each in first-seen order. */
    final Map<Integer, Map<String, ConfigBlock>> nested = new TreeMap<>();
    /** The node type that decides how body lines are added; " link-params" switches it for a while. */
    int section;
    String exit;

    ConfigBlock(String header, int section, ConfigBlock parent) {
        this.header = header;
        this.section = section;
        this.parent = parent;
    }

    /** The block under SECTION with HEADER in BLOCKS, created at the end if new. */
    static ConfigBlock getOrCreate(Map<Integer, Map<String, ConfigBlock>> blocks, int section, String header,
            ConfigBlock parent) {
        Map<String, ConfigBlock> ofSection = blocks.get(section);
        if (ofSection == null) {
            ofSection = new LinkedHashMap<>();
            blocks.put(section, ofSection);
        }
        ConfigBlock block = ofSection.get(header);
        if (block == null) {
            block = new ConfigBlock(header, section, parent);
            ofSection.put(header, block);
        }
        return block;
    }

    /** Appends LINE (FRR's config_add_line). */
    void add(String line) {
        lines.add(line);
    }

    /** Adds LINE once, in sorted position (FRR's config_add_line_uniq with its strcmp list). */
    void addSortedOnce(String line) {
        if (lines.contains(line)) {
            return;
        }
        int at = 0;
        while (at < lines.size() && line.compareTo(lines.get(at)) >= 0) {
            at++;
        }
        lines.add(at, line);
    }

    /** Adds LINE once and keeps it last (FRR's config_add_line_uniq_end). */
    void addLast(String line) {
        lines.remove(line);
        lines.add(line);
    }
}
