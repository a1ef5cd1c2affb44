package dev.ferry.lab.topology;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/** A node of a YAML document that knows its line, with typed accessors that fail naming the line. */
final class YamlNode {
    private final Node node;
    private final String source;

    private YamlNode(Node node, String source) {
        this.node = node;
        this.source = source;
    }

    /** The document's root node; YAML syntax errors become TopologyExceptions with their line. */
    static YamlNode compose(String text, String source) {
        try {
            Node root = new Compose(LoadSettings.builder().setLabel(source).build()).composeString(text)
                    .orElseThrow(() -> new TopologyException(source, 0, "the file is empty"));
            return new YamlNode(root, source);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(0);
            throw new TopologyException(source, line, "not valid YAML: " + e.getProblem());
        } catch (YamlEngineException e) {
            throw new TopologyException(source, 0, "not valid YAML: " + e.getMessage());
        }
    }

    int line() {
        return node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    }

    String source() {
        return source;
    }

    TopologyException error(String reason) {
        return new TopologyException(source, line(), reason);
    }

    boolean isScalar() {
        return node instanceof ScalarNode;
    }

    boolean isList() {
        return node instanceof SequenceNode;
    }

    boolean isMap() {
        return node instanceof MappingNode;
    }

    boolean isNull() {
        return node instanceof ScalarNode s && s.getTag().equals(Tag.NULL);
    }

    /** The scalar's text; {@code what} names the value in the error ("the kind of router PE1"). */
    String text(String what) {
        if (node instanceof ScalarNode s && !s.getTag().equals(Tag.NULL)) {
            return s.getValue();
        }
        throw error(what + " must be a single value, not " + describe());
    }

    List<YamlNode> list(String what) {
        if (node instanceof SequenceNode s) {
            return s.getValue().stream().map(n -> new YamlNode(n, source)).toList();
        }
        throw error(what + " must be a list, not " + describe());
    }

    /** A list of scalars; a single scalar counts as a list of one. */
    List<String> texts(String what) {
        if (isScalar()) {
            return List.of(text(what));
        }
        List<String> out = new ArrayList<>();
        for (YamlNode n : list(what)) {
            out.add(n.text("each element of " + what));
        }
        return out;
    }

    /**
     * The mapping's entries in file order. Keys must be scalars and unique; when {@code allowed} is not
     * null, every key must be one of them (so a misspelt key is an error, not silently ignored).
     */
    Map<String, Entry> map(String what, Set<String> allowed) {
        if (!(node instanceof MappingNode m)) {
            throw error(what + " must be a mapping (key: value), not " + describe());
        }
        Map<String, Entry> out = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            YamlNode key = new YamlNode(t.getKeyNode(), source);
            String k = key.text("a key in " + what);
            if (out.containsKey(k)) {
                throw key.error("duplicate key \"" + k + "\" in " + what + " (first at line "
                        + out.get(k).key().line() + ")");
            }
            if (allowed != null && !allowed.contains(k)) {
                throw key.error("unknown key \"" + k + "\" in " + what + " (known: " + String.join(", ", allowed) + ")");
            }
            out.put(k, new Entry(key, new YamlNode(t.getValueNode(), source)));
        }
        return out;
    }

    /** A key and its value, both with their lines. */
    record Entry(YamlNode key, YamlNode value) {
    }

    /** The node as a JSON value (Map, List, String, BigDecimal, Boolean, null), for expected JSON. */
    Object toJson() {
        if (node instanceof ScalarNode s) {
            Tag tag = s.getTag();
            if (tag.equals(Tag.NULL)) {
                return null;
            }
            if (tag.equals(Tag.BOOL)) {
                return Boolean.valueOf(s.getValue().toLowerCase());
            }
            if (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) {
                try {
                    return new BigDecimal(s.getValue().replace("_", ""));
                } catch (NumberFormatException e) {
                    return s.getValue();
                }
            }
            return s.getValue();
        }
        if (node instanceof SequenceNode) {
            List<Object> out = new ArrayList<>();
            for (YamlNode n : list("a list")) {
                out.add(n.toJson());
            }
            return out;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        map("an object", null).forEach((k, e) -> out.put(k, e.value().toJson()));
        return out;
    }

    private String describe() {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        return isNull() ? "empty" : "\"" + ((ScalarNode) node).getValue() + "\"";
    }
}
