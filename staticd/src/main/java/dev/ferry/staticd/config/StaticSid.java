package dev.ferry.staticd.config;

import dev.ferry.lib.net.IpPrefix;

/**
 * A static local SID (segment-routing / srv6 / static-sids / sid ...): packets to {@code sid} get the seg6local
 * {@code behavior}. Its parameters depend on the behavior: End.X and End.DX6 take {@code nh6}, End.DX4
 * {@code nh4}, all three and End an {@code iface}; End.DT4/DT6/DT46 a {@code vrf}. Unused ones are null.
 */
public record StaticSid(IpPrefix sid, String locator, Behavior behavior, String nh4, String nh6, String iface,
        String vrf) {

    /** The classic SRv6 behaviors (RFC 8986) that Linux's seg6local implements, as FRR spells them. */
    public enum Behavior {
        END("End"), END_X("End.X"), END_DX4("End.DX4"), END_DX6("End.DX6"), END_DT4("End.DT4"),
        END_DT6("End.DT6"), END_DT46("End.DT46");

        private final String word;

        Behavior(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }

        public static Behavior of(String word) {
            for (Behavior b : values()) {
                if (b.word.equals(word)) {
                    return b;
                }
            }
            throw new IllegalArgumentException("unknown behavior " + word);
        }
    }

    /** The running-config line, in the order the command takes its words. */
    public String line() {
        StringBuilder sb = new StringBuilder("sid ").append(sid);
        if (locator != null) {
            sb.append(" locator ").append(locator);
        }
        sb.append(" behavior ").append(behavior.word());
        if (nh4 != null) {
            sb.append(" nh4 ").append(nh4);
        }
        if (nh6 != null) {
            sb.append(" nh6 ").append(nh6);
        }
        if (iface != null) {
            sb.append(" interface ").append(iface);
        }
        if (vrf != null) {
            sb.append(" vrf ").append(vrf);
        }
        return sb.toString();
    }
}
