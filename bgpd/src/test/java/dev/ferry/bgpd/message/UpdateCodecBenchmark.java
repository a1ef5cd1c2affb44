package dev.ferry.bgpd.message;

import dev.ferry.bgpd.attr.AsPath;
import dev.ferry.bgpd.attr.MultiExitDisc;
import dev.ferry.bgpd.attr.NextHop;
import dev.ferry.bgpd.attr.Origin;
import dev.ferry.bgpd.attr.PathAttributes;
import dev.ferry.bgpd.wire.CodecContext;
import java.io.ByteArrayOutputStream;

/**
 * Micro benchmark (a main, not a test): packs 1M IPv4 /24 prefixes sharing one attribute set into 4096-byte
 * UPDATEs, then decodes them all, and prints the rates. Run after {@code test-compile}:
 * <pre>
 * java -cp bgpd/target/classes:bgpd/target/test-classes:$HOME/.m2/repository/dev/ferry/ferry-lib/0.1.0-SNAPSHOT/ferry-lib-0.1.0-SNAPSHOT.jar \
 *     dev.ferry.bgpd.message.UpdateCodecBenchmark [prefixes] [rounds]
 * </pre>
 */
public final class UpdateCodecBenchmark {
    private UpdateCodecBenchmark() {
    }

    public static void main(String[] args) {
        int prefixes = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        CodecContext ctx = CodecContext.EBGP;
        PathAttributes attrs = PathAttributes.of(Origin.of(Origin.IGP), AsPath.sequence(65001),
                NextHop.of("10.0.0.1"), MultiExitDisc.of(0));
        for (int round = 1; round <= rounds; round++) {
            ByteArrayOutputStream stream = new ByteArrayOutputStream(prefixes * 4 + prefixes / 100);
            long t0 = System.nanoTime();
            UpdatePacker packer = UpdatePacker.ipv4(attrs, ctx, stream::write);
            for (int i = 0; i < prefixes; i++) {
                packer.addIpv4(0x10000000 + (i << 8), 24);
            }
            packer.flush();
            long t1 = System.nanoTime();
            byte[] bytes = stream.toByteArray();
            long decoded = 0;
            int off = 0;
            while (off < bytes.length) {
                int len = MessageDecoder.frameLength(bytes, off, bytes.length - off);
                DecodeResult r = MessageDecoder.decode(bytes, off, len, ctx);
                decoded += ((UpdateMessage) r.message()).nlri().size();
                off += len;
            }
            long t2 = System.nanoTime();
            if (decoded != prefixes) {
                throw new IllegalStateException("decoded " + decoded + " of " + prefixes);
            }
            System.out.printf("round %d: %d prefixes in %d UPDATEs (%d bytes): encode %.1f ms (%.2f M prefixes/s),"
                    + " decode %.1f ms (%.2f M prefixes/s)%n", round, prefixes, packer.messages(), bytes.length,
                    (t1 - t0) / 1e6, prefixes / ((t1 - t0) / 1e9) / 1e6, (t2 - t1) / 1e6,
                    prefixes / ((t2 - t1) / 1e9) / 1e6);
        }
    }
}
