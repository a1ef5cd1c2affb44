package dev.ferry.ospfd.runtime;

import dev.ferry.lib.json.JsonWriter;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * JSON as json-c's json_object_to_json_string() writes it (JSON_C_TO_STRING_SPACED, slashes escaped):
 * {@code { "10.0.1.0\/24": { "routeType": "N", "cost": 10 } }}. FRR 8.4 prints `show ip ospf route json` this
 * way ("Keep Non-pretty format"), unlike its other commands.
 */
final class ShowCompactJson {
    private final StringBuilder out = new StringBuilder();
    /** Per open container: whether it has a member yet. */
    private final Deque<boolean[]> open = new ArrayDeque<>();
    private boolean afterName;

    ShowCompactJson beginObject() {
        return begin('{');
    }

    ShowCompactJson endObject() {
        return end('}');
    }

    ShowCompactJson beginArray() {
        return begin('[');
    }

    ShowCompactJson endArray() {
        return end(']');
    }

    ShowCompactJson name(String key) {
        separate();
        quote(key);
        out.append(": ");
        afterName = true;
        return this;
    }

    ShowCompactJson field(String key, String value) {
        name(key);
        separate();
        quote(value);
        return this;
    }

    ShowCompactJson field(String key, long value) {
        name(key);
        separate();
        out.append(value);
        return this;
    }

    ShowCompactJson field(String key, boolean value) {
        name(key);
        separate();
        out.append(value);
        return this;
    }

    @Override
    public String toString() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("unclosed JSON container");
        }
        return out + "\n";
    }

    private ShowCompactJson begin(char c) {
        separate();
        out.append(c);
        open.push(new boolean[1]);
        return this;
    }

    /** json-c closes with " }" (or " ]") after the spacing, also when the container is empty: "{ }". */
    private ShowCompactJson end(char c) {
        open.pop();
        out.append(' ').append(c);
        return this;
    }

    private void separate() {
        if (afterName) {
            afterName = false;
            return;
        }
        if (open.isEmpty()) {
            return;
        }
        boolean[] hasMember = open.peek();
        out.append(hasMember[0] ? ", " : " ");
        hasMember[0] = true;
    }

    private void quote(String s) {
        JsonWriter.appendQuoted(out, s, true);
    }
}
