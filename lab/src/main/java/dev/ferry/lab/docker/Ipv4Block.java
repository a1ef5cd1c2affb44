package dev.ferry.lab.docker;

/** An IPv4 prefix ("10.254.3.8/29"), for choosing link subnets that overlap nothing on the host. */
record Ipv4Block(int network, int length) {

    Ipv4Block {
        if (length < 0 || length > 32) {
            throw new IllegalArgumentException("prefix length " + length);
        }
        network &= mask(length);
    }

    /** Parses "a.b.c.d/len" or a bare address (a /32); returns null for anything else (IPv6, words). */
    static Ipv4Block parse(String text) {
        String[] parts = text.split("/", 2);
        String[] octets = parts[0].split("\\.", -1);
        if (octets.length != 4) {
            return null;
        }
        try {
            int addr = 0;
            for (String o : octets) {
                int v = Integer.parseInt(o);
                if (v < 0 || v > 255) {
                    return null;
                }
                addr = (addr << 8) | v;
            }
            int len = parts.length == 2 ? Integer.parseInt(parts[1]) : 32;
            return len >= 0 && len <= 32 ? new Ipv4Block(addr, len) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    boolean overlaps(Ipv4Block other) {
        int shorter = Math.min(length, other.length);
        return (network & mask(shorter)) == (other.network & mask(shorter));
    }

    private static int mask(int length) {
        return length == 0 ? 0 : -1 << (32 - length);
    }

    @Override
    public String toString() {
        return (network >>> 24) + "." + ((network >>> 16) & 255) + "." + ((network >>> 8) & 255) + "." + (network & 255)
                + "/" + length;
    }
}
