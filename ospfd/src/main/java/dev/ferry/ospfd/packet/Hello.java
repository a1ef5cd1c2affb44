package dev.ferry.ospfd.packet;

import dev.ferry.ospfd.wire.DecodeError.Reason;
import dev.ferry.ospfd.wire.DecodeException;
import dev.ferry.ospfd.wire.OspfVersion;
import dev.ferry.ospfd.wire.RouterIds;
import dev.ferry.ospfd.wire.WireReader;
import dev.ferry.ospfd.wire.WireWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Hello packet, type 1: the same fields in both versions but laid out differently; v2 carries the network mask,
 * v3 the interface id, and v3's options are 24 bits.
 *
 * <pre>
 * OSPFv2 (RFC 2328 A.3.2)                          OSPFv3 (RFC 5340 A.3.2)
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+     +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                        Network Mask                           |     |                        Interface ID                           |
 * |         HelloInterval         |    Options    |    Rtr Pri    |     | Rtr Priority  |             Options                           |
 * |                     RouterDeadInterval                        |     |        HelloInterval          |       RouterDeadInterval      |
 * |                      Designated Router                        |     |                Designated Router ID                           |
 * |                   Backup Designated Router                    |     |             Backup Designated Router ID                       |
 * |                          Neighbor  (repeated)                 |     |                Neighbor ID (repeated)                         |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+     +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 *
 * @param networkMask v2 only (0 in v3)
 * @param interfaceId v3 only (0 in v2)
 * @param designatedRouter v2: the DR's interface address; v3: the DR's router id
 */
public record Hello(int networkMask, int interfaceId, int helloInterval, int options, int priority,
                    int deadInterval, int designatedRouter, int backupDesignatedRouter, List<Integer> neighbors)
        implements PacketBody {
    public Hello {
        neighbors = List.copyOf(neighbors);
    }

    public static Hello v2(int networkMask, int helloInterval, int options, int priority, int deadInterval,
                           int designatedRouter, int backupDesignatedRouter, List<Integer> neighbors) {
        return new Hello(networkMask, 0, helloInterval, options, priority, deadInterval, designatedRouter,
                backupDesignatedRouter, neighbors);
    }

    public static Hello v3(int interfaceId, int helloInterval, int options, int priority, int deadInterval,
                           int designatedRouter, int backupDesignatedRouter, List<Integer> neighbors) {
        return new Hello(0, interfaceId, helloInterval, options, priority, deadInterval, designatedRouter,
                backupDesignatedRouter, neighbors);
    }

    @Override
    public PacketType type() {
        return PacketType.HELLO;
    }

    static Hello decode(WireReader r, OspfVersion version) throws DecodeException {
        Hello fixed;
        if (version == OspfVersion.V2) {
            int mask = r.u32("Network Mask");
            int hello = r.u16("HelloInterval");
            int options = r.u8("Options");
            int priority = r.u8("Rtr Pri");
            int dead = r.u32("RouterDeadInterval");
            fixed = v2(mask, hello, options, priority, dead, r.u32("Designated Router"),
                    r.u32("Backup Designated Router"), List.of());
        } else {
            int ifId = r.u32("Interface ID");
            int priority = r.u8("Rtr Priority");
            int options = r.u24("Options");
            int hello = r.u16("HelloInterval");
            int dead = r.u16("RouterDeadInterval");
            fixed = v3(ifId, hello, options, priority, dead, r.u32("Designated Router ID"),
                    r.u32("Backup Designated Router ID"), List.of());
        }
        if (r.remaining() % 4 != 0) {
            throw new DecodeException(Reason.BAD_LENGTH, "Hello neighbor list not a multiple of 4 bytes");
        }
        List<Integer> neighbors = new ArrayList<>(r.remaining() / 4);
        while (r.remaining() > 0) {
            neighbors.add(r.u32("Neighbor"));
        }
        return new Hello(fixed.networkMask, fixed.interfaceId, fixed.helloInterval, fixed.options, fixed.priority,
                fixed.deadInterval, fixed.designatedRouter, fixed.backupDesignatedRouter, neighbors);
    }

    @Override
    public void encode(WireWriter w, OspfVersion version) {
        if (version == OspfVersion.V2) {
            w.u32(networkMask).u16(helloInterval).u8(options).u8(priority).u32(deadInterval);
        } else {
            w.u32(interfaceId).u8(priority).u24(options).u16(helloInterval).u16(deadInterval);
        }
        w.u32(designatedRouter).u32(backupDesignatedRouter);
        for (int n : neighbors) {
            w.u32(n);
        }
    }

    @Override
    public String toString() {
        return "Hello[mask " + RouterIds.format(networkMask) + " if " + interfaceId + " hello " + helloInterval
                + " dead " + deadInterval + " options 0x" + Integer.toHexString(options) + " pri " + priority
                + " dr " + RouterIds.format(designatedRouter) + " bdr " + RouterIds.format(backupDesignatedRouter)
                + " neighbors " + neighbors.stream().map(RouterIds::format).toList() + "]";
    }
}
