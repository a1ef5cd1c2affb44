package dev.ferry.lib.netlink.codec;

import dev.ferry.lib.net.IpAddresses;

/**
 * An SRv6 local SID (LWTUNNEL_ENCAP_SEG6_LOCAL): the behaviour a packet to this /128 gets, with its
 * parameters (linux/seg6_local.h). Attributes are written in type order, as the kernel dumps them:
 * <pre>
 * RTA_ENCAP {
 *     SEG6_LOCAL_ACTION   (1)  u32, {@link Seg6Action}
 *     SEG6_LOCAL_TABLE    (3)  u32   End.T, End.DT6 (lookup table)
 *     SEG6_LOCAL_NH4      (4)  4 bytes   End.DX4
 *     SEG6_LOCAL_NH6      (5)  16 bytes  End.X, End.DX6
 *     SEG6_LOCAL_IIF      (6)  u32
 *     SEG6_LOCAL_OIF      (7)  u32   End.DX2, optional for End.X / End.DX6
 *     SEG6_LOCAL_VRFTABLE (9)  u32   End.DT4, End.DT46, End.DT6 (table of a VRF device)
 * }
 * RTA_ENCAP_TYPE = 7; the route itself is an IPv6 /128 with RTA_OIF.
 * </pre>
 * Use the factory methods: they ask for what each behaviour needs. End.DT4, End.DT46 and End.DT6 with
 * vrftable need a VRF device enslaving the table (the kernel answers EINVAL otherwise).
 *
 * @param nh4 4 bytes or null
 * @param nh6 16 bytes or null
 * @param table -1 for none
 * @param vrfTable -1 for none
 * @param iif 0 for none
 * @param oif 0 for none
 */
public record Seg6LocalEncap(Seg6Action action, byte[] nh4, byte[] nh6, int table, int vrfTable, int iif, int oif)
        implements LwtEncap {
    public static final int ATTR_ACTION = 1;
    public static final int ATTR_SRH = 2;
    public static final int ATTR_TABLE = 3;
    public static final int ATTR_NH4 = 4;
    public static final int ATTR_NH6 = 5;
    public static final int ATTR_IIF = 6;
    public static final int ATTR_OIF = 7;
    public static final int ATTR_VRFTABLE = 9;

    public Seg6LocalEncap {
        nh4 = nh4 == null ? null : nh4.clone();
        nh6 = nh6 == null ? null : nh6.clone();
        if (nh4 != null && nh4.length != 4 || nh6 != null && nh6.length != 16) {
            throw new IllegalArgumentException("nh4 is an IPv4 address and nh6 an IPv6 address");
        }
    }

    private static Seg6LocalEncap of(Seg6Action a) {
        return new Seg6LocalEncap(a, null, null, -1, -1, 0, 0);
    }

    /** End: next segment. */
    public static Seg6LocalEncap end() {
        return of(Seg6Action.END);
    }

    /** End.X: next segment, forwarded to an IPv6 neighbour (adjacency SID). */
    public static Seg6LocalEncap endX(byte[] nh6) {
        return new Seg6LocalEncap(Seg6Action.END_X, null, nh6, -1, -1, 0, 0);
    }

    /** End.T: next segment, looked up in {@code table}. */
    public static Seg6LocalEncap endT(int table) {
        return new Seg6LocalEncap(Seg6Action.END_T, null, null, table, -1, 0, 0);
    }

    /** End.DX4: decapsulate, forward the IPv4 packet to {@code nh4}. */
    public static Seg6LocalEncap endDx4(byte[] nh4) {
        return new Seg6LocalEncap(Seg6Action.END_DX4, nh4, null, -1, -1, 0, 0);
    }

    /** End.DX6: decapsulate, forward the IPv6 packet to {@code nh6}. */
    public static Seg6LocalEncap endDx6(byte[] nh6) {
        return new Seg6LocalEncap(Seg6Action.END_DX6, null, nh6, -1, -1, 0, 0);
    }

    /** End.DT4: decapsulate, look the IPv4 packet up in a VRF's table. */
    public static Seg6LocalEncap endDt4(int vrfTable) {
        return new Seg6LocalEncap(Seg6Action.END_DT4, null, null, -1, vrfTable, 0, 0);
    }

    /** End.DT6: decapsulate, look the IPv6 packet up in {@code table} (FRR 8.4's encoding). */
    public static Seg6LocalEncap endDt6(int table) {
        return new Seg6LocalEncap(Seg6Action.END_DT6, null, null, table, -1, 0, 0);
    }

    /** End.DT6 in VRF mode: look up in the table of the VRF device that owns {@code vrfTable}. */
    public static Seg6LocalEncap endDt6InVrf(int vrfTable) {
        return new Seg6LocalEncap(Seg6Action.END_DT6, null, null, -1, vrfTable, 0, 0);
    }

    /** End.DT46: decapsulate, look IPv4 or IPv6 up in a VRF's table. */
    public static Seg6LocalEncap endDt46(int vrfTable) {
        return new Seg6LocalEncap(Seg6Action.END_DT46, null, null, -1, vrfTable, 0, 0);
    }

    /** The same behaviour with SEG6_LOCAL_OIF. */
    public Seg6LocalEncap withOif(int ifindex) {
        return new Seg6LocalEncap(action, nh4, nh6, table, vrfTable, iif, ifindex);
    }

    @Override
    public byte[] nh4() {
        return nh4 == null ? null : nh4.clone();
    }

    @Override
    public byte[] nh6() {
        return nh6 == null ? null : nh6.clone();
    }

    @Override
    public int encapType() {
        return LwtEncapType.SEG6_LOCAL;
    }

    @Override
    public void encodeAttributes(MessageWriter w) {
        w.attrU32(ATTR_ACTION, action.code());
        if (table != -1) {
            w.attrU32(ATTR_TABLE, table);
        }
        if (nh4 != null) {
            w.attrBytes(ATTR_NH4, nh4);
        }
        if (nh6 != null) {
            w.attrBytes(ATTR_NH6, nh6);
        }
        if (iif != 0) {
            w.attrU32(ATTR_IIF, iif);
        }
        if (oif != 0) {
            w.attrU32(ATTR_OIF, oif);
        }
        if (vrfTable != -1) {
            w.attrU32(ATTR_VRFTABLE, vrfTable);
        }
    }

    /** The behaviour in RTA_ENCAP, or null for an action Ferry does not know. */
    static Seg6LocalEncap decode(AttributeReader r) throws NetlinkDecodeException {
        int action = -1;
        byte[] nh4 = null;
        byte[] nh6 = null;
        int table = -1;
        int vrfTable = -1;
        int iif = 0;
        int oif = 0;
        while (r.next()) {
            switch (r.type()) {
                case ATTR_ACTION -> action = r.u32();
                case ATTR_TABLE -> table = r.u32();
                case ATTR_NH4 -> nh4 = r.bytes(4);
                case ATTR_NH6 -> nh6 = r.bytes(16);
                case ATTR_IIF -> iif = r.u32();
                case ATTR_OIF -> oif = r.u32();
                case ATTR_VRFTABLE -> vrfTable = r.u32();
                default -> {
                }
            }
        }
        Seg6Action a = Seg6Action.of(action);
        return a == null ? null : new Seg6LocalEncap(a, nh4, nh6, table, vrfTable, iif, oif);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Seg6LocalEncap e && e.action == action && java.util.Arrays.equals(e.nh4, nh4)
                && java.util.Arrays.equals(e.nh6, nh6) && e.table == table && e.vrfTable == vrfTable
                && e.iif == iif && e.oif == oif;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(action, java.util.Arrays.hashCode(nh4), java.util.Arrays.hashCode(nh6), table,
                vrfTable, iif, oif);
    }

    /** iproute2's words: "seg6local action End.DX4 nh4 10.0.0.2". */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("seg6local action ").append(action.text());
        if (table != -1) {
            sb.append(" table ").append(Integer.toUnsignedString(table));
        }
        if (vrfTable != -1) {
            sb.append(" vrftable ").append(Integer.toUnsignedString(vrfTable));
        }
        if (nh4 != null) {
            sb.append(" nh4 ").append(IpAddresses.format(nh4));
        }
        if (nh6 != null) {
            sb.append(" nh6 ").append(IpAddresses.format(nh6));
        }
        if (iif != 0) {
            sb.append(" iif ").append(iif);
        }
        if (oif != 0) {
            sb.append(" oif ").append(oif);
        }
        return sb.toString();
    }
}
