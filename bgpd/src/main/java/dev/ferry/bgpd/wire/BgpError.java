package dev.ferry.bgpd.wire;

import dev.ferry.bgpd.nlri.AddressFamily;
import java.util.HexFormat;

/**
 * One decoding fault: the reaction it requires, the NOTIFICATION it maps to (sent for a session reset, logged
 * otherwise), the attribute type involved and a reason for the log. Immutable.
 *
 * @param attributeType the path attribute type code, or -1
 * @param family        the address family to disable for {@link ErrorAction#AFI_SAFI_DISABLE}, else null
 * @param data          the NOTIFICATION's data field (RFC 4271 section 6 says what each error carries)
 */
public record BgpError(ErrorAction action, int code, int subcode, byte[] data, int attributeType,
        AddressFamily family, String reason) {
    public BgpError {
        data = data == null ? new byte[0] : data.clone();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    public static BgpError reset(int code, int subcode, byte[] data, String reason) {
        return new BgpError(ErrorAction.SESSION_RESET, code, subcode, data, -1, null, reason);
    }

    /** "UPDATE Message Error/Malformed AS_PATH", as FRR logs a NOTIFICATION. */
    public String codeText() {
        return ErrorCodes.codeName(code) + ErrorCodes.subcodeName(code, subcode);
    }

    @Override
    public String toString() {
        return action + " " + code + "/" + subcode + " (" + codeText() + ")"
                + (attributeType >= 0 ? " attribute " + attributeType : "")
                + (family != null ? " " + family : "") + ": " + reason
                + (data.length > 0 ? " [" + HexFormat.of().formatHex(data) + "]" : "");
    }
}
