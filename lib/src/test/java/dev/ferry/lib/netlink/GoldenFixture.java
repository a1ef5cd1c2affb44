package dev.ferry.lib.netlink;

import dev.ferry.lib.netlink.codec.MessageDecoder;
import dev.ferry.lib.netlink.codec.NetlinkDecodeException;
import dev.ferry.lib.netlink.codec.NetlinkMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;

/**
 * A golden fixture from lib/src/test/resources/netlink (written by record.py): the request iproute2 sent
 * for one command, as strace saw it, and the kernel's answer.
 */
record GoldenFixture(String name, String command, byte[] request, byte[] reply) {

    static GoldenFixture load(String name) {
        String text;
        try (InputStream in = GoldenFixture.class.getResourceAsStream("/netlink/" + name + ".txt")) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            text = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder req = new StringBuilder();
        StringBuilder rep = new StringBuilder();
        StringBuilder into = null;
        String command = null;
        for (String line : text.split("\n")) {
            if (line.startsWith("# ip ") && command == null) {
                command = line.substring(2);
            } else if (line.equals("request")) {
                into = req;
            } else if (line.equals("reply")) {
                into = rep;
            } else if (!line.startsWith("#") && into != null) {
                into.append(line.replace(" ", ""));
            }
        }
        HexFormat hex = HexFormat.of();
        return new GoldenFixture(name, command, hex.parseHex(req), hex.parseHex(rep));
    }

    /** nlmsg_seq of the request (iproute2 uses the time of day): Ferry encodes with the same. */
    int seq() {
        return ByteBuffer.wrap(request).order(ByteOrder.nativeOrder()).getInt(8);
    }

    int nlType() {
        return Short.toUnsignedInt(ByteBuffer.wrap(request).order(ByteOrder.nativeOrder()).getShort(4));
    }

    int nlFlags() {
        return Short.toUnsignedInt(ByteBuffer.wrap(request).order(ByteOrder.nativeOrder()).getShort(6));
    }

    NetlinkMessage decodeRequest() throws NetlinkDecodeException {
        return MessageDecoder.decode(ByteBuffer.wrap(request), 0, request.length);
    }

    List<NetlinkMessage> decodeReply() throws NetlinkDecodeException {
        return MessageDecoder.decodeAll(ByteBuffer.wrap(reply), 0, reply.length);
    }

    static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < b.length; i++) {
            sb.append(String.format("%02x", b[i])).append(i % 16 == 15 ? "\n" : " ");
        }
        return sb.toString().trim();
    }
}
