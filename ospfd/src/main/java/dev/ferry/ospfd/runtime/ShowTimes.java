package dev.ferry.ospfd.runtime;

/** FRR's ways of printing durations in OSPF show output (ospf_timeval_dump, ospf_timer_dump). */
final class ShowTimes {
    private static final long MINUTE = 60;
    private static final long HOUR = 3600;
    private static final long DAY = 86400;

    private ShowTimes() {
    }

    /**
     * "35.192s" up to a minute, then "1m19s", "2h03m10s", "3d04h05m"; "inactive" for a timer that is not running
     * (negative). FRR switches unit only once the value is strictly above a minute, hour or day.
     */
    static String duration(long millis) {
        if (millis < 0) {
            return "inactive";
        }
        long s = millis / 1000;
        if (s > DAY) {
            return String.format("%dd%02dh%02dm", s / DAY, s % DAY / HOUR, s % HOUR / MINUTE);
        }
        if (s > HOUR) {
            return String.format("%dh%02dm%02ds", s / HOUR, s % HOUR / MINUTE, s % MINUTE);
        }
        if (s > MINUTE) {
            return String.format("%dm%02ds", s / MINUTE, s % MINUTE);
        }
        return String.format("%d.%03ds", s, millis % 1000);
    }

    /** A duration known to the microsecond: under a millisecond FRR prints "51 usecs". */
    static String durationMicros(long micros) {
        if (micros < 1000) {
            return micros + " usecs";
        }
        return duration(micros / 1000);
    }
}
