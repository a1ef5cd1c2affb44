package dev.ferry.ospfd.ospf6.show;

import dev.ferry.lib.json.JsonWriter;

/** How ospf6d's show commands hand their JSON to the vty. */
final class Ospf6Json {
    private Ospf6Json() {
    }

    /** vty_json: json-c pretty, slashes left alone (JSON_C_TO_STRING_NOSLASHESCAPE). */
    static String vtyJson(JsonWriter w) {
        return w.toString();
    }

    /**
     * {@code vty_out("%s\n", json_object_to_json_string_ext(json, JSON_C_TO_STRING_PRETTY))}, as ospf6_show does:
     * pretty, but json-c escapes every '/' ("\/"). A '/' can only occur inside a JSON string, so escaping every one in
     * the text is exact.
     */
    static String prettyEscapingSlashes(JsonWriter w) {
        return w.toString().replace("/", "\\/");
    }
}
