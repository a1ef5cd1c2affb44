package dev.ferry.bgpd.attr;

import dev.ferry.bgpd.wire.CodecContext;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.StringJoiner;

/**
 * LARGE_COMMUNITY (type 32, optional transitive, RFC 8092): 12-byte values, global administrator and two
 * local data parts, shown "G:L1:L2". A length that is not a non-zero multiple of 12 is treat-as-withdraw
 * (RFC 8092 section 6).
 *
 * @param words three ints per community: global, local 1, local 2
 */
public record LargeCommunities(int[] words, int flags) implements PathAttribute {
    public LargeCommunities {
        if (words.length % 3 != 0) {
            throw new IllegalArgumentException("large communities come in threes");
        }
        words = words.clone();
    }

    public static LargeCommunities of(int... words) {
        return new LargeCommunities(words, AttributeType.OPTIONAL_TRANSITIVE);
    }

    static LargeCommunities decode(ByteBuffer v, int flags) {
        int n = v.remaining();
        if (n == 0 || n % 12 != 0) {
            return null;
        }
        int[] w = new int[n / 4];
        for (int i = 0; i < w.length; i++) {
            w[i] = v.getInt(i * 4);
        }
        return new LargeCommunities(w, flags);
    }

    @Override
    public int[] words() {
        return words.clone();
    }

    public int size() {
        return words.length / 3;
    }

    @Override
    public int type() {
        return AttributeType.LARGE_COMMUNITIES;
    }

    @Override
    public int valueLength(CodecContext ctx) {
        return words.length * 4;
    }

    @Override
    public void writeValue(ByteBuffer out, CodecContext ctx) {
        for (int w : words) {
            out.putInt(w);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LargeCommunities c && c.flags == flags && Arrays.equals(c.words, words);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(words) + flags;
    }

    @Override
    public String toString() {
        StringJoiner j = new StringJoiner(" ");
        for (int i = 0; i < words.length; i += 3) {
            j.add(Integer.toUnsignedString(words[i]) + ":" + Integer.toUnsignedString(words[i + 1]) + ":"
                    + Integer.toUnsignedString(words[i + 2]));
        }
        return j.toString();
    }
}
