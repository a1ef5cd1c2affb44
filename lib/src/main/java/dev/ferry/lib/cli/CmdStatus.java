package dev.ferry.lib.cli;

/** Command return codes, with FRR's CMD_* values: vtysh and scripts read them from the VTY socket. */
public enum CmdStatus {
    SUCCESS(0),
    WARNING(1),
    ERR_NO_MATCH(2),
    ERR_AMBIGUOUS(3),
    ERR_INCOMPLETE(4),
    ERR_NOTHING_TODO(6),
    WARNING_CONFIG_FAILED(13),
    /** `exit` at the top of the tree: the session ends. */
    NO_LEVEL_UP(15);

    private final int code;

    CmdStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public boolean ok() {
        return this == SUCCESS;
    }

    public static CmdStatus fromCode(int code) {
        for (CmdStatus s : values()) {
            if (s.code == code) {
                return s;
            }
        }
        return WARNING;
    }
}
