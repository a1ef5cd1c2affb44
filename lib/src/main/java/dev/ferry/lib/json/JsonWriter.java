package dev.ferry.lib.json;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes JSON the way FRR's vtysh prints it: json-c's pretty format with FRR's flags
 * (JSON_C_TO_STRING_PRETTY | JSON_C_TO_STRING_NOSLASHESCAPE), so `show ... json` output compares byte for
 * byte with FRR's.
 * <pre>
 * {
 *   "1.1.1.1/32":[
 *     {
 *       "prefix":"1.1.1.1/32",
 *       "selected":true
 *     }
 *   ]
 * }
 * </pre>
 * Two spaces per level, no space after the colon, "[" and "{" open on the key's line, and an empty object
 * or array still breaks the line ("{\n}"), as json-c does. Keys are written in the order given (json-c keeps
 * insertion order). {@link #toString()} ends with the newline FRR's vty_json adds.
 */
public final class JsonWriter {
    private final StringBuilder out = new StringBuilder();
    /** Per open container: whether it already has a member. */
    private final Deque<boolean[]> open = new ArrayDeque<>();
    private boolean afterName;

    public JsonWriter beginObject() {
        return begin('{');
    }

    public JsonWriter endObject() {
        return end('}');
    }

    public JsonWriter beginArray() {
        return begin('[');
    }

    public JsonWriter endArray() {
        return end(']');
    }

    /** The key of the next member of the current object. */
    public JsonWriter name(String key) {
        separate();
        quote(key);
        out.append(':');
        afterName = true;
        return this;
    }

    public JsonWriter value(String s) {
        if (s == null) {
            return nullValue();
        }
        separate();
        quote(s);
        return this;
    }

    public JsonWriter value(long n) {
        separate();
        out.append(n);
        return this;
    }

    public JsonWriter value(boolean b) {
        separate();
        out.append(b);
        return this;
    }

    public JsonWriter nullValue() {
        separate();
        out.append("null");
        return this;
    }

    /** Shorthands for a member: {@code name(key).value(v)}. */
    public JsonWriter field(String key, String v) {
        return name(key).value(v);
    }

    public JsonWriter field(String key, long v) {
        return name(key).value(v);
    }

    public JsonWriter field(String key, boolean v) {
        return name(key).value(v);
    }

    /** The document, with vty_json's final newline; call once every container is closed. */
    @Override
    public String toString() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("unclosed JSON container");
        }
        return out + "\n";
    }

    private JsonWriter begin(char c) {
        separate();
        out.append(c).append('\n');
        open.push(new boolean[1]);
        return this;
    }

    private JsonWriter end(char c) {
        boolean hadMembers = open.pop()[0];
        if (hadMembers) {
            out.append('\n');
        }
        indent(open.size());
        out.append(c);
        return this;
    }

    /** Before a value or key: the comma and indentation of a new member, unless a key was just written. */
    private void separate() {
        if (afterName) {
            afterName = false;
            return;
        }
        if (open.isEmpty()) {
            return;
        }
        boolean[] hasMember = open.peek();
        if (hasMember[0]) {
            out.append(",\n");
        }
        hasMember[0] = true;
        indent(open.size());
    }

    private void indent(int level) {
        out.repeat(' ', level * 2);
    }

    private void quote(String s) {
        appendQuoted(out, s, false);
    }

    /**
     * json-c's json_escape_str: {@code s} in double quotes with JSON escapes; FRR's compact outputs also escape
     * '/' ({@code escapeSlash}), its pretty ones do not.
     */
    public static void appendQuoted(StringBuilder out, String s, boolean escapeSlash) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '/' && escapeSlash) {
                out.append("\\/");
                continue;
            }
            switch (c) {
                case '\b' -> out.append("\\b");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\f' -> out.append("\\f");
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < ' ') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
