package dev.ferry.it.docs;

import dev.ferry.lib.cli.Command;
import dev.ferry.lib.cli.Node;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import java.util.Set;

/**
 * Several daemons' command tables merged for the reference: per node, one entry per distinct command (same
 * syntax and help) with every daemon that installs it, sorted by syntax with `no` forms next to their
 * positive ones. Commands that every configuration node has, in the same daemons (`exit`, `end`, `do`), are
 * taken out of the nodes and listed once.
 */
final class CommandCatalog {
    /** One documented command: its syntax as typed (without FRR's $name bindings), token help, owners. */
    record Entry(String syntax, List<String> helpLines, List<String> owners) {
    }

    private record Key(String syntax, List<String> helpLines) {
    }

    /** By syntax without its `no`, the positive form first. */
    private static final Comparator<Entry> ORDER = Comparator.comparing((Entry e) -> withoutNo(e.syntax()))
            .thenComparing(e -> e.syntax().startsWith("no "))
            .thenComparing(Entry::syntax);

    private final List<String> daemons;
    private final Map<Node, List<Entry>> byNode = new EnumMap<>(Node.class);
    private final List<Entry> everyConfigNode = new ArrayList<>();

    private CommandCatalog(List<String> daemons) {
        this.daemons = daemons;
    }

    /** Merges DAEMON -> its installed commands; the map's order is the order owners are listed in. */
    static CommandCatalog of(SequencedMap<String, List<Command>> commandsByDaemon) {
        CommandCatalog catalog = new CommandCatalog(List.copyOf(commandsByDaemon.keySet()));
        Map<Node, Map<Key, Set<String>>> owners = new EnumMap<>(Node.class);
        commandsByDaemon.forEach((daemon, commands) -> {
            for (Command c : commands) {
                Key key = new Key(displaySyntax(c.syntaxText()), c.helpLines());
                owners.computeIfAbsent(c.node(), n -> new LinkedHashMap<>())
                        .computeIfAbsent(key, k -> new LinkedHashSet<>()).add(daemon);
            }
        });
        List<Node> configNodes = Arrays.stream(Node.values()).filter(Node::isConfig).toList();
        Map<Key, Set<String>> shared = new LinkedHashMap<>(owners.getOrDefault(Node.CONFIG, Map.of()));
        shared.entrySet().removeIf(e -> !configNodes.stream()
                .allMatch(n -> e.getValue().equals(owners.getOrDefault(n, Map.of()).get(e.getKey()))));
        shared.forEach((key, who) -> catalog.everyConfigNode.add(entry(key, who)));
        catalog.everyConfigNode.sort(ORDER);
        owners.forEach((node, commands) -> {
            List<Entry> entries = new ArrayList<>();
            commands.forEach((key, who) -> {
                if (!(node.isConfig() && shared.containsKey(key))) {
                    entries.add(entry(key, who));
                }
            });
            if (!entries.isEmpty()) {
                entries.sort(ORDER);
                catalog.byNode.put(node, List.copyOf(entries));
            }
        });
        return catalog;
    }

    /** The daemons merged, in the order given. */
    List<String> daemons() {
        return daemons;
    }

    /** The nodes that have commands of their own, in FRR's node order. */
    List<Node> nodes() {
        return List.copyOf(byNode.keySet());
    }

    List<Entry> commands(Node node) {
        return byNode.getOrDefault(node, List.of());
    }

    /** The commands of every configuration node. */
    List<Entry> everyConfigNode() {
        return List.copyOf(everyConfigNode);
    }

    private static Entry entry(Key key, Set<String> owners) {
        return new Entry(key.syntax(), key.helpLines(), List.copyOf(owners));
    }

    /** FRR's notation as an operator types it: "neighbor <A.B.C.D|WORD>$peer" is "neighbor <A.B.C.D|WORD>". */
    static String displaySyntax(String syntax) {
        return syntax.replaceAll("\\$[A-Za-z0-9_]+", "");
    }

    private static String withoutNo(String syntax) {
        return syntax.replaceFirst("^\\[no\\] |^no ", "");
    }
}
