package dev.ferry.zebra.rib.fib;

import dev.ferry.lib.netlink.codec.Seg6LocalEncap;
import dev.ferry.zebra.rib.IpAddress;

/**
 * The seg6local action of a SID as the RIB carries it (FRR's seg6local_action2str and context text: "End.DX4"
 * with "nh4 10.0.0.1", "End.DT4" with "table 10") turned into the kernel's encapsulation.
 */
final class Seg6Local {
    private Seg6Local() {
    }

    static Seg6LocalEncap encap(String action, String context) {
        return switch (action) {
            case "End" -> Seg6LocalEncap.end();
            case "End.X" -> Seg6LocalEncap.endX(address(context, "nh6"));
            case "End.T" -> Seg6LocalEncap.endT(table(context));
            case "End.DX4" -> Seg6LocalEncap.endDx4(address(context, "nh4"));
            case "End.DX6" -> Seg6LocalEncap.endDx6(address(context, "nh6"));
            case "End.DT4" -> Seg6LocalEncap.endDt4(table(context));
            case "End.DT6" -> Seg6LocalEncap.endDt6(table(context));
            case "End.DT46" -> Seg6LocalEncap.endDt46(table(context));
            default -> throw new IllegalArgumentException("seg6local action " + action + " is not supported");
        };
    }

    private static String value(String context, String key) {
        String[] words = context.trim().split("\\s+");
        for (int i = 0; i + 1 < words.length; i++) {
            if (words[i].equals(key)) {
                return words[i + 1];
            }
        }
        throw new IllegalArgumentException("seg6local context \"" + context + "\" lacks " + key);
    }

    private static byte[] address(String context, String key) {
        return IpAddress.parse(value(context, key)).bytes();
    }

    private static int table(String context) {
        try {
            return Integer.parseInt(value(context, "table"));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("seg6local context \"" + context + "\": bad table");
        }
    }
}
