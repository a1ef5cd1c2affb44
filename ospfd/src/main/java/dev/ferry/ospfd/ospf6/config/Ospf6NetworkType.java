package dev.ferry.ospfd.ospf6.config;

/** `ipv6 ospf6 network <broadcast|point-to-point>`. */
public enum Ospf6NetworkType {
    BROADCAST("broadcast"),
    POINT_TO_POINT("point-to-point");

    private final String word;

    Ospf6NetworkType(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    public static Ospf6NetworkType fromWord(String word) {
        return word.equals("broadcast") ? BROADCAST : POINT_TO_POINT;
    }
}
