package dev.ferry.bgpd.message;

import java.io.ByteArrayOutputStream;
import java.util.HexFormat;

/** Test helper: builds messages from hex fragments, filling in the header and the UPDATE's length fields. */
final class Wire {
    private Wire() {
    }

    static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replace(" ", ""));
    }

    static byte[] message(int type, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < 16; i++) {
            out.write(0xff);
        }
        int len = 19 + body.length;
        out.write(len >>> 8);
        out.write(len);
        out.write(type);
        out.writeBytes(body);
        return out.toByteArray();
    }

    static byte[] update(String withdrawn, String attributes, String nlri) {
        byte[] w = hex(withdrawn);
        byte[] a = hex(attributes);
        byte[] n = hex(nlri);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(w.length >>> 8);
        body.write(w.length);
        body.writeBytes(w);
        body.write(a.length >>> 8);
        body.write(a.length);
        body.writeBytes(a);
        body.writeBytes(n);
        return message(MessageType.UPDATE, body.toByteArray());
    }
}
