package dev.ferry.lib.netlink.codec;

/** seg6local behaviours, SEG6_LOCAL_ACTION_* (linux/seg6_local.h), with iproute2's names (RFC 8986). */
public enum Seg6Action {
    END(1, "End"),
    END_X(2, "End.X"),
    END_T(3, "End.T"),
    END_DX2(4, "End.DX2"),
    END_DX6(5, "End.DX6"),
    END_DX4(6, "End.DX4"),
    END_DT6(7, "End.DT6"),
    END_DT4(8, "End.DT4"),
    END_B6(9, "End.B6"),
    END_B6_ENCAP(10, "End.B6.Encaps"),
    END_BM(11, "End.BM"),
    END_S(12, "End.S"),
    END_AS(13, "End.AS"),
    END_AM(14, "End.AM"),
    END_BPF(15, "End.BPF"),
    END_DT46(16, "End.DT46");

    private final int code;
    private final String text;

    Seg6Action(int code, String text) {
        this.code = code;
        this.text = text;
    }

    public int code() {
        return code;
    }

    /** "End.DX4". */
    public String text() {
        return text;
    }

    /** The action of a code, or null. */
    public static Seg6Action of(int code) {
        for (Seg6Action a : values()) {
            if (a.code == code) {
                return a;
            }
        }
        return null;
    }
}
