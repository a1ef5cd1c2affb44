package dev.ferry.lib.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** JsonWriter against json-c's pretty printing as FRR's vtysh shows it. */
class JsonWriterTest {

    @Test
    void nestedObjectsAndArraysLikeFrr() {
        JsonWriter w = new JsonWriter().beginObject().name("1.1.1.1/32").beginArray().beginObject()
                .field("prefix", "1.1.1.1/32").field("prefixLen", 32).field("selected", true)
                .name("nexthops").beginArray().beginObject().field("flags", 3).endObject().endArray()
                .endObject().endArray().endObject();
        assertEquals("""
                {
                  "1.1.1.1/32":[
                    {
                      "prefix":"1.1.1.1/32",
                      "prefixLen":32,
                      "selected":true,
                      "nexthops":[
                        {
                          "flags":3
                        }
                      ]
                    }
                  ]
                }
                """, w.toString());
    }

    @Test
    void emptyContainersBreakTheLineAsJsonCDoes() {
        assertEquals("{\n}\n", new JsonWriter().beginObject().endObject().toString());
        assertEquals("{\n  \"labels\":[\n  ]\n}\n",
                new JsonWriter().beginObject().name("labels").beginArray().endArray().endObject().toString());
    }

    @Test
    void stringsAreEscapedButSlashesAreNot() {
        String doc = new JsonWriter().beginArray().value("a/b \"q\" \\ \n\t\u0001").nullValue().value(-5L)
                .endArray().toString();
        assertEquals("[\n  \"a/b \\\"q\\\" \\\\ \\n\\t\\u0001\",\n  null,\n  -5\n]\n", doc);
    }

    @Test
    void unclosedDocumentIsAnError() {
        JsonWriter w = new JsonWriter().beginObject();
        assertThrows(IllegalStateException.class, w::toString);
    }
}
