package dev.ferry.lib.netlink;

import dev.ferry.lib.netlink.codec.RouteProtocol;
import java.util.Arrays;

/**
 * A classic BPF program for {@code SO_ATTACH_FILTER}: the kernel runs it on each message before queuing it
 * to the socket, so what it drops never costs a wake-up, a copy or a decode, and cannot overrun the receive
 * buffer. zebra's route monitor drops the notifications of its own routes this way (FRR's
 * netlink_install_filter does the same for its own messages): a million routes installed would otherwise
 * come back as a million events.
 *
 * <p>Each instruction is {@code struct sock_filter}: u16 code, u8 jt, u8 jf, u32 k.
 */
public final class SocketFilter {
    /** The byte that holds rtm_protocol: struct rtmsg's sixth byte, after the 16-byte nlmsghdr. */
    static final int RTM_PROTOCOL_OFFSET = 16 + 5;
    private static final int BPF_LD_B_ABS = 0x30;
    private static final int BPF_JMP_JGE_K = 0x35;
    private static final int BPF_JMP_JGT_K = 0x25;
    private static final int BPF_RET_K = 0x06;
    private static final int DROP = 0;
    private static final int ACCEPT = 0xffffffff;

    private final long[] instructions;

    private SocketFilter(long... instructions) {
        this.instructions = instructions;
    }

    /**
     * Drops route messages whose rtm_protocol is Ferry's ({@link RouteProtocol#isFerry}). For a socket that
     * hears only route notifications (one message per datagram), as the kernel sends them.
     */
    public static SocketFilter dropFerryRoutes() {
        return new SocketFilter(
                insn(BPF_LD_B_ABS, 0, 0, RTM_PROTOCOL_OFFSET),
                insn(BPF_JMP_JGE_K, 0, 2, RouteProtocol.FERRY_STATIC),  // below Ferry's: accept
                insn(BPF_JMP_JGT_K, 1, 0, RouteProtocol.FERRY_ZEBRA),   // above Ferry's: accept
                insn(BPF_RET_K, 0, 0, DROP),
                insn(BPF_RET_K, 0, 0, ACCEPT));
    }

    private static long insn(int code, int jt, int jf, int k) {
        return (code & 0xffffL) | (long) (jt & 0xff) << 16 | (long) (jf & 0xff) << 24 | (k & 0xffffffffL) << 32;
    }

    /** The instructions as the kernel reads them on a little-endian machine, one long each. */
    long[] instructions() {
        return instructions.clone();
    }

    /** Runs the program on a message as the kernel would (tests): true if it is kept. */
    public boolean accepts(byte[] message) {
        long a = 0;
        int pc = 0;
        while (pc < instructions.length) {
            long insn = instructions[pc];
            int code = (int) (insn & 0xffff);
            int jt = (int) (insn >>> 16 & 0xff);
            int jf = (int) (insn >>> 24 & 0xff);
            long k = insn >>> 32;
            switch (code) {
                case BPF_LD_B_ABS -> {
                    if (k >= message.length) {
                        return false; // the kernel drops a message a load runs past
                    }
                    a = message[(int) k] & 0xff;
                    pc++;
                }
                case BPF_JMP_JGE_K -> pc += 1 + (a >= k ? jt : jf);
                case BPF_JMP_JGT_K -> pc += 1 + (a > k ? jt : jf);
                case BPF_RET_K -> {
                    return k != 0;
                }
                default -> throw new IllegalStateException("opcode " + code);
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "SocketFilter" + Arrays.toString(instructions);
    }
}
