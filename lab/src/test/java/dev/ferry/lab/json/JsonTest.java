package dev.ferry.lab.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void readsWhatFrrPrints() {
        // FRR escapes '/' and prints objects split over lines, with a leading comma on its own line
        Object v = Json.parse("""
                {
                "ipv4Unicast":{"peers":{"2.2.2.2":{"state":"Full\\/DR","pfxRcd":0,"up":true,"x":null}}}
                ,
                "list":[1, -2.5, 3e2, "\\u00e9\\n"]
                }
                """);
        Map<?, ?> m = (Map<?, ?>) v;
        Map<?, ?> peer = (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) m.get("ipv4Unicast")).get("peers")).get("2.2.2.2");
        assertEquals("Full/DR", peer.get("state"));
        assertEquals(new BigDecimal("0"), peer.get("pfxRcd"));
        assertEquals(Boolean.TRUE, peer.get("up"));
        assertTrue(peer.containsKey("x"));
        assertNull(peer.get("x"));
        assertEquals(List.of(new BigDecimal("1"), new BigDecimal("-2.5"), new BigDecimal("3e2"), "é\n"), m.get("list"));
    }

    @Test
    void keepsKeyOrderAndRoundTrips() {
        String text = "{\"b\":1,\"a\":[true,false,null,{}],\"c\":\"q\\\"uote\\\\\"}";
        Object v = Json.parse(text);
        assertEquals(List.of("b", "a", "c"), List.copyOf(((Map<?, ?>) v).keySet()));
        assertEquals(text, Json.write(v));
        assertEquals(v, Json.parse(Json.pretty(v)));
    }

    @Test
    void prettyIndentsByTwo() {
        assertEquals("{\n  \"a\": [\n    1\n  ],\n  \"b\": {}\n}", Json.pretty(Json.parse("{\"a\":[1],\"b\":{}}")));
    }

    @Test
    void errorsNameLineAndColumn() {
        JsonException e = assertThrows(JsonException.class, () -> Json.parse("{\n  \"a\": 1,\n  \"b\" 2\n}"));
        assertEquals(3, e.line());
        assertEquals(7, e.column());
        assertTrue(e.getMessage().contains("expected ':'"), e.getMessage());
        assertThrows(JsonException.class, () -> Json.parse("[1, 2"));
        assertThrows(JsonException.class, () -> Json.parse("{} x"));
        assertThrows(JsonException.class, () -> Json.parse(""));
        assertThrows(JsonException.class, () -> Json.parse("\"bad \\q\""));
        assertThrows(JsonException.class, () -> Json.parse("01x"));
    }
}
