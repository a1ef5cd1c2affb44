package dev.ferry.bgpd.attr;

import dev.ferry.bgpd.wire.BgpError;
import dev.ferry.bgpd.wire.ErrorAction;
import java.util.List;

/** The attributes that survived decoding, and every fault met on the way with its RFC 7606 reaction. */
public record AttributesDecoding(PathAttributes attributes, List<BgpError> errors) {
    public AttributesDecoding {
        errors = List.copyOf(errors);
    }

    /** The most severe reaction required. */
    public ErrorAction action() {
        ErrorAction a = ErrorAction.NONE;
        for (BgpError e : errors) {
            a = a.max(e.action());
        }
        return a;
    }
}
