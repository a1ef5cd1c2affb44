package dev.ferry.zebra.rib.show;

/** FRR's label2str / mpls_label2str: how labels read in `show` output. */
final class Labels {
    private Labels() {
    }

    /** One label, "pretty": reserved labels by name, others as numbers. */
    static String pretty(int label) {
        return switch (label) {
            case 0 -> "IPv4 Explicit Null";
            case 1 -> "Router Alert";
            case 2 -> "IPv6 Explicit Null";
            case 3 -> "implicit-null";
            case 7 -> "Entropy Label Indicator";
            case 13 -> "Generic Associated Channel";
            case 14 -> "OAM Alert";
            case 15 -> "Extension";
            default -> label < 16 ? "Reserved (" + label + ")" : Integer.toString(label);
        };
    }

    /** A stack, outermost first, joined with '/': "17/146". */
    static String stack(int[] labels, boolean pretty) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < labels.length; i++) {
            if (i > 0) {
                sb.append('/');
            }
            sb.append(pretty ? pretty(labels[i]) : Integer.toString(labels[i]));
        }
        return sb.toString();
    }
}
