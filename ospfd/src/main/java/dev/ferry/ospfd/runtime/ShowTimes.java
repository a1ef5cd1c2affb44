package dev.ferry.ospfd.runtime;

/** FRR's ways of printing durations in OSPF show output (ospf_timeval_dump, ospf_timer_dump). */
final class ShowTimes {
    private ShowTimes() {
    }

    /** "35.192s" under a minute, then "1m19s", "2h03m10s", "3d04h05m". */
    static String duration(long millis) {
        if (millis < 0) {
            return "inactive";
        }
        long s = millis / 1000;
        if (s < 60) {
            return String.format("%d.%03ds", s, millis % 1000);
        }
        long m = s / 60;
        long h = m / 60;
        long d = h / 24;
        if (d > 0) {
            return String.format("%dd%02dh%02dm", d, h % 24, m % 60);
        }
        if (h > 0) {
            return String.format("%dh%02dm%02ds", h, m % 60, s % 60);
        }
        return String.format("%dm%02ds", m, s % 60);
    }
}
