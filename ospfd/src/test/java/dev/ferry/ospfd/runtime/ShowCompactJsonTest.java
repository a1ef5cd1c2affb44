package dev.ferry.ospfd.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** json-c's default (spaced, slash-escaping) format, which `show ip ospf route json` uses in FRR 8.4. */
class ShowCompactJsonTest {
    @Test
    void spacedLikeJsonC() {
        ShowCompactJson w = new ShowCompactJson().beginObject();
        w.name("10.0.1.0/24").beginObject().field("routeType", "N").field("cost", 10).name("nexthops").beginArray()
                .beginObject().field("ip", " ").field("directly attached to", "r1-eth0").endObject().endArray()
                .endObject();
        w.name("empty").beginObject().endObject().name("none").beginArray().endArray().field("IA", true);
        assertEquals("{ \"10.0.1.0\\/24\": { \"routeType\": \"N\", \"cost\": 10, \"nexthops\": [ { \"ip\": \" \", "
                + "\"directly attached to\": \"r1-eth0\" } ] }, \"empty\": { }, \"none\": [ ], \"IA\": true }\n",
                w.endObject().toString());
    }
}
