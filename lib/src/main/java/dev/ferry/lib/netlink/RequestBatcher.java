package dev.ferry.lib.netlink;

import dev.ferry.lib.netlink.codec.ErrorMessage;
import dev.ferry.lib.netlink.codec.MessageWriter;
import dev.ferry.lib.netlink.codec.NetlinkDecodeException;
import dev.ferry.lib.netlink.codec.NetlinkRequest;
import dev.ferry.lib.netlink.codec.NlFlags;
import dev.ferry.lib.netlink.codec.NlMsgHeader;
import dev.ferry.lib.netlink.codec.NlMsgType;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.BufferOverflowException;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Pipelines requests (route installs) to the kernel: up to {@code maxPerSend} messages are encoded into
 * one native buffer and sent with one sendmsg(), and every request's outcome is reported to a
 * {@link Listener}, in order, by sequence number.
 *
 * <p>Two modes:
 * <ul>
 *   <li>ACK mode: each request carries NLM_F_ACK; after a send, the batcher reads one NLMSG_ERROR per
 *       request (error 0 = done).</li>
 *   <li>No-ACK mode (the fast one, ~150k routes/s on the reference machine): requests carry no
 *       NLM_F_ACK, so only failures are answered. rtnetlink handles the messages of a sendmsg()
 *       synchronously, in the sender's context, before sendmsg() returns; so once it returns every
 *       failure of the batch is already queued on the socket. The batcher drains them without
 *       blocking; each request without an error succeeded.</li>
 * </ul>
 * If the socket's receive queue overflows (ENOBUFS) answers are lost: the requests whose outcome is
 * then unknown are reported failed with ENOBUFS and a reason that says so; re-read the table.
 *
 * <p>Runs on the dataplane's own platform thread; not thread-safe. Give it a socket of its own (no
 * multicast groups), so that events do not mix with answers.
 */
public final class RequestBatcher {
    /** The outcome of each request, in sequence order, from {@link #flush()} (also called by {@link #add}). */
    public interface Listener {
        void succeeded(int seq);

        void failed(int seq, NetlinkError error);
    }

    private final NetlinkSocket socket;
    private final int maxPerSend;
    private final boolean ack;
    private final Listener listener;
    private final MemorySegment segment;
    private final ByteBuffer buffer;
    private final MessageWriter writer;
    private final int[] seqs;
    private final NetlinkError[] errors;
    private final boolean[] answered;
    private final Collector collector = new Collector();
    private int count;

    /**
     * @param maxPerSend messages per sendmsg() (256 measured best here)
     * @param bufferBytes size of the send buffer; a batch is sent early when the next message does not fit
     * @param ack whether each request asks for an ACK
     */
    public RequestBatcher(NetlinkSocket socket, int maxPerSend, int bufferBytes, boolean ack, Listener listener) {
        this.socket = socket;
        this.maxPerSend = maxPerSend;
        this.ack = ack;
        this.listener = listener;
        this.segment = Arena.ofAuto().allocate(bufferBytes, 8);
        this.buffer = segment.asByteBuffer();
        this.writer = new MessageWriter(buffer);
        this.seqs = new int[maxPerSend];
        this.errors = new NetlinkError[maxPerSend];
        this.answered = new boolean[maxPerSend];
    }

    /** Requests encoded and not yet sent. */
    public int pending() {
        return count;
    }

    /**
     * Encodes a request into the current batch; sends the batch first if the request does not fit, and
     * after it when the batch is full. Returns the request's sequence number.
     */
    public int add(NetlinkRequest request) throws NetlinkException {
        int s = socket.nextSequence();
        int mark = buffer.position();
        int start;
        try {
            start = request.encode(writer, s);
        } catch (BufferOverflowException e) {
            buffer.position(mark);
            if (count == 0) {
                throw new IllegalArgumentException(
                        "request larger than the " + buffer.capacity() + "-byte batch buffer");
            }
            flush();
            try {
                start = request.encode(writer, s);
            } catch (BufferOverflowException again) {
                buffer.clear();
                throw new IllegalArgumentException(
                        "request larger than the " + buffer.capacity() + "-byte batch buffer", again);
            }
        }
        int flags = buffer.getShort(start + 6);
        buffer.putShort(start + 6, (short) (ack ? flags | NlFlags.ACK : flags & ~NlFlags.ACK));
        seqs[count++] = s;
        if (count == maxPerSend) {
            flush();
        }
        return s;
    }

    /** Sends the pending requests, collects their answers and reports each one. */
    public void flush() throws NetlinkException {
        if (count == 0) {
            return;
        }
        Arrays.fill(errors, 0, count, null);
        Arrays.fill(answered, 0, count, false);
        collector.reset();
        try {
            socket.send(segment, buffer.position());
        } catch (NetlinkException e) {
            failUnanswered(NetlinkError.local(e.errno(), "request not sent: " + e.getMessage()));
            finish();
            return;
        }
        try {
            collect();
        } catch (NetlinkException e) {
            failUnanswered(NetlinkError.local(e.errno(), "answer not read, outcome unknown: " + e.getMessage()));
        }
        finish();
    }

    private void finish() {
        report();
        buffer.clear();
        count = 0;
    }

    private void failUnanswered(NetlinkError err) {
        for (int i = 0; i < count; i++) {
            if (errors[i] == null && (!ack || !answered[i])) {
                errors[i] = err;
            }
        }
    }

    private void collect() throws NetlinkException {
        if (ack) {
            while (collector.answers < count && !collector.lost) {
                receiveOrOverrun(-1);
            }
        } else {
            while (!collector.lost && receiveOrOverrun(0) > 0) {
                // drain what the kernel queued while handling the batch
            }
        }
    }

    private int receiveOrOverrun(int timeout) throws NetlinkException {
        try {
            return socket.receive(timeout, collector);
        } catch (NetlinkException e) {
            if (!e.isOverrun()) {
                throw e;
            }
            collector.lost = true;
            return 0;
        }
    }

    private void report() {
        NetlinkError lost = collector.lost
                ? NetlinkError.local(Errno.ENOBUFS, "answer lost: netlink receive queue overrun, outcome unknown")
                : null;
        for (int i = 0; i < count; i++) {
            if (errors[i] != null) {
                listener.failed(seqs[i], errors[i]);
            } else if (lost != null && (!ack || !answered[i])) {
                listener.failed(seqs[i], lost);
            } else {
                listener.succeeded(seqs[i]);
            }
        }
    }

    private int indexOf(int seq) {
        // sequence numbers rise by one within a batch unless the socket was shared: try the fast guess
        int guess = seq - seqs[0];
        if (guess >= 0 && guess < count && seqs[guess] == seq) {
            return guess;
        }
        for (int i = 0; i < count; i++) {
            if (seqs[i] == seq) {
                return i;
            }
        }
        return -1;
    }

    /** Reads NLMSG_ERROR answers into the batch's slots; only a failure allocates. */
    private final class Collector implements MessageVisitor {
        int answers;
        boolean lost;

        void reset() {
            answers = 0;
            lost = false;
        }

        @Override
        public void message(int type, int flags, int seq, ByteBuffer m) {
            if (type != NlMsgType.ERROR) {
                return;
            }
            int i = indexOf(seq);
            if (i < 0 || answered[i]) {
                return;
            }
            answered[i] = true;
            answers++;
            int at = m.position() + NlMsgHeader.SIZE;
            if (m.limit() - at >= 4 && m.getInt(at) == 0) {
                return;
            }
            try {
                errors[i] = NetlinkError.of(ErrorMessage.decode(m, at, m.limit(), flags));
            } catch (NetlinkDecodeException e) {
                errors[i] = NetlinkError.local(Errno.EBADMSG, "malformed kernel answer: " + e.getMessage());
            }
        }
    }
}
