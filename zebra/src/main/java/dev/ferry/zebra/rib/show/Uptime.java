package dev.ferry.zebra.rib.show;

/** FRR's frrtime_to_interval: "00:01:23" under a day, "3d04h05m" under a week, "02w3d04h" after. */
public final class Uptime {
    private static final int DAY = 86_400;
    private static final int WEEK = 7 * DAY;

    private Uptime() {
    }

    public static String format(long seconds) {
        long t = Math.max(0, seconds);
        long days = t / DAY;
        long h = t % DAY / 3600;
        long m = t % 3600 / 60;
        long s = t % 60;
        if (t < DAY) {
            return String.format("%02d:%02d:%02d", h, m, s);
        }
        if (t < WEEK) {
            return String.format("%dd%02dh%02dm", days, h, m);
        }
        return String.format("%02dw%dd%02dh", days / 7, days % 7, h);
    }
}
