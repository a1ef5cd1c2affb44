package dev.ferry.ldpd.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ShowTimeTest {
    @Test
    void formatsAsFrrLogTime() {
        assertEquals("00:00:00", ShowTime.format(0));
        assertEquals("00:01:09", ShowTime.format(69));
        assertEquals("1d02h03m", ShowTime.format(86400 + 2 * 3600 + 3 * 60 + 4));
        assertEquals("02w3d04h", ShowTime.format(17 * 86400 + 4 * 3600));
    }
}
