package dev.ferry.ospfd.core.origin.v3;

/**
 * The 24-bit OSPFv3 Options field (RFC 5340 A.2) as FRR 8.4 sets it on an area (ospf6_area_create, ospf6_area_stub):
 * V6 and R always (unless `stub-router`), E unless the area is a stub area. Router-, Network- and Link-LSAs of the
 * area carry this value.
 */
public final class V3Options {
    public static final int V6 = 0x01;
    public static final int E = 0x02;
    public static final int N = 0x08;
    public static final int R = 0x10;
    public static final int DC = 0x20;

    /** V6|E|R: FRR's options in a normal area. */
    public static final int NORMAL_AREA = V6 | E | R;
    /** V6|R: a stub area carries no AS-external-LSAs (RFC 5340 4.4.3.2 note, RFC 2328 3.6). */
    public static final int STUB_AREA = V6 | R;

    private V3Options() {
    }

    /** The options FRR gives an area's own LSAs. */
    public static int area(boolean stub) {
        return stub ? STUB_AREA : NORMAL_AREA;
    }
}
