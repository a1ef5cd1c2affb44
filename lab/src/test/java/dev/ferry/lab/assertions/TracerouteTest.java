package dev.ferry.lab.assertions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TracerouteTest {

    @Test
    void parsesHops() {
        String out = """
                traceroute to 10.0.0.2 (10.0.0.2), 16 hops max, 60 byte packets
                 1  10.0.12.2  0.061 ms
                 2  *
                 3  10.0.0.2  0.050 ms
                """;
        assertEquals(List.of("10.0.12.2", "*", "10.0.0.2"), Traceroute.parse(out));
    }
}
