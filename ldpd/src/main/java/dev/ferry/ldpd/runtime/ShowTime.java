package dev.ferry.ldpd.runtime;

/** FRR ldpd's log_time: "hh:mm:ss" under a day, "NdHHhMMm" under a week, "WWwNdHHh" beyond. */
final class ShowTime {
    private ShowTime() {
    }

    static String format(long seconds) {
        long t = Math.max(0, seconds);
        long sec = t % 60;
        t /= 60;
        long min = t % 60;
        t /= 60;
        long hrs = t % 24;
        t /= 24;
        long day = t % 7;
        long week = t / 7;
        if (week > 0) {
            return String.format("%02dw%01dd%02dh", week, day, hrs);
        }
        if (day > 0) {
            return String.format("%01dd%02dh%02dm", day, hrs, min);
        }
        return String.format("%02d:%02d:%02d", hrs, min, sec);
    }
}
