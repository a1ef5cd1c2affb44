package dev.ferry.ldpd.label;

import dev.ferry.ldpd.packet.Inet;
import java.net.Inet4Address;
import java.net.InetAddress;

/** IPv4 addresses as ints (network order in the int's bits), the form LDP's tables key on. */
public final class Ipv4 {
    private Ipv4() {
    }

    public static int of(byte[] b) {
        return ((b[0] & 0xff) << 24) | ((b[1] & 0xff) << 16) | ((b[2] & 0xff) << 8) | (b[3] & 0xff);
    }

    public static int of(InetAddress a) {
        return of(a.getAddress());
    }

    public static int parse(String dotted) {
        return of(Inet.v4(dotted));
    }

    public static byte[] bytes(int a) {
        return new byte[] {(byte) (a >>> 24), (byte) (a >>> 16), (byte) (a >>> 8), (byte) a};
    }

    public static Inet4Address inet(int a) {
        return Inet.v4(bytes(a));
    }

    public static String format(int a) {
        return (a >>> 24) + "." + ((a >>> 16) & 0xff) + "." + ((a >>> 8) & 0xff) + "." + (a & 0xff);
    }
}
