package dev.ferry.ospfd.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** ospf_timeval_dump's units, including its strict "more than a minute" boundaries. */
class ShowTimesTest {
    @Test
    void unitsAsFrrSwitchesThem() {
        assertEquals("inactive", ShowTimes.duration(-1));
        assertEquals("35.192s", ShowTimes.duration(35_192));
        assertEquals("60.000s", ShowTimes.duration(60_000));
        assertEquals("1m19s", ShowTimes.duration(79_000));
        assertEquals("60m00s", ShowTimes.duration(3_600_000));
        assertEquals("2h03m10s", ShowTimes.duration((2 * 3600 + 3 * 60 + 10) * 1000L));
        assertEquals("3d04h05m", ShowTimes.duration(((3 * 24 + 4) * 3600 + 5 * 60) * 1000L));
        assertEquals("51 usecs", ShowTimes.durationMicros(51));
        assertEquals("0.001s", ShowTimes.durationMicros(1_000));
    }
}
