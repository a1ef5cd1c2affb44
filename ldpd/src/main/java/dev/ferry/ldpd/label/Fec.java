package dev.ferry.ldpd.label;

import dev.ferry.ldpd.packet.Inet;
import dev.ferry.ldpd.packet.tlv.PrefixFec;
import java.net.Inet4Address;
import java.util.Comparator;

/**
 * An IPv4 prefix FEC, host bits cleared. Ordered as FRR's LIB ({@code fec_compare}): by address as an unsigned
 * number, then by length, which is the order of {@code show mpls ldp binding}.
 */
public record Fec(int address, int length) implements Comparable<Fec> {
    private static final Comparator<Fec> ORDER = Comparator.comparingLong((Fec f) -> Integer.toUnsignedLong(f.address))
            .thenComparingInt(Fec::length);

    public Fec {
        if (length < 0 || length > 32) {
            throw new IllegalArgumentException("prefix length " + length);
        }
        address &= mask(length);
    }

    public static int mask(int length) {
        return length == 0 ? 0 : -1 << (32 - length);
    }

    /** E.g. {@code Fec.parse("10.0.0.0/24")}. */
    public static Fec parse(String cidr) {
        int slash = cidr.indexOf('/');
        return new Fec(Ipv4.parse(cidr.substring(0, slash)), Integer.parseInt(cidr.substring(slash + 1)));
    }

    /** The FEC of a Prefix FEC element, or null for another family. */
    public static Fec of(PrefixFec element) {
        if (!(element.prefix() instanceof Inet4Address a)) {
            return null;
        }
        return new Fec(Ipv4.of(a), element.length());
    }

    public PrefixFec toElement() {
        return new PrefixFec(Ipv4.inet(address), length);
    }

    /** Whether {@code ipv4} lies inside this prefix. */
    public boolean contains(int ipv4) {
        return (ipv4 & mask(length)) == address;
    }

    @Override
    public int compareTo(Fec o) {
        return ORDER.compare(this, o);
    }

    @Override
    public String toString() {
        return Inet.format(Ipv4.inet(address)) + "/" + length;
    }
}
