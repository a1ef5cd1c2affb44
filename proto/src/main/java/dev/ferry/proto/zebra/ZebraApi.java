package dev.ferry.proto.zebra;

import dev.ferry.proto.zebra.v1.ApiVersion;

/**
 * Constants of the zebra API that both ends share: the version this build speaks (the one
 * {@code ferry/zebra/v1/zebra.proto} describes), the compatibility rule, the socket name and the batch size.
 */
public final class ZebraApi {
    /** The API version of this build. */
    public static final ApiVersion VERSION = ApiVersion.newBuilder().setMajor(1).setMinor(3).build();

    /** The socket's file name in the run directory, as FRR's. */
    public static final String SOCKET_NAME = "zserv.api";

    /** Operations per message: ~1M routes/s over a Unix socket needs about this many (DESIGN.md). */
    public static final int BATCH_SIZE = 100;

    private ZebraApi() {
    }

    /** Whether a peer speaking {@code other} can talk to this build: same major version, any minor. */
    public static boolean compatible(ApiVersion other) {
        return other.getMajor() == VERSION.getMajor();
    }

    /** "1.0". */
    public static String format(ApiVersion v) {
        return v.getMajor() + "." + v.getMinor();
    }
}
