package dev.ferry.lab.topology;

/** One end of a link: a router's interface, "PE1:eth0". */
public record Endpoint(String router, String iface) {

    public static Endpoint parse(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw new IllegalArgumentException("link endpoint \"" + text + "\" is not ROUTER:INTERFACE");
        }
        return new Endpoint(text.substring(0, colon), text.substring(colon + 1));
    }

    @Override
    public String toString() {
        return router + ":" + iface;
    }
}
