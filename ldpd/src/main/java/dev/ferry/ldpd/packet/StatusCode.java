package dev.ferry.ldpd.packet;

import java.util.Optional;

/**
 * LDP status codes (RFC 5036 section 3.9 and the IANA registry), with the E bit the RFC assigns to each and the
 * name FRR's ldpd prints ({@code status_code_name} in ldpd/logmsg.c). The wire field is
 * {@code E(1) F(1) Status Data(30)}: {@link #code()} is the 30-bit status data, {@link #fatal()} the E bit.
 * A fatal status closes the session; an advisory one is reported and the session goes on.
 */
public enum StatusCode {
    SUCCESS(0x00, false, "Success"),
    BAD_LDP_IDENTIFIER(0x01, true, "Bad LDP Identifier"),
    BAD_PROTOCOL_VERSION(0x02, true, "Bad Protocol Version"),
    BAD_PDU_LENGTH(0x03, true, "Bad PDU Length"),
    UNKNOWN_MESSAGE_TYPE(0x04, false, "Unknown Message Type"),
    BAD_MESSAGE_LENGTH(0x05, true, "Bad Message Length"),
    UNKNOWN_TLV(0x06, false, "Unknown TLV"),
    BAD_TLV_LENGTH(0x07, true, "Bad TLV Length"),
    MALFORMED_TLV_VALUE(0x08, true, "Malformed TLV Value"),
    HOLD_TIMER_EXPIRED(0x09, true, "Hold Timer Expired"),
    SHUTDOWN(0x0A, true, "Shutdown"),
    LOOP_DETECTED(0x0B, false, "Loop Detected"),
    UNKNOWN_FEC(0x0C, false, "Unknown FEC"),
    NO_ROUTE(0x0D, false, "No Route"),
    NO_LABEL_RESOURCES(0x0E, false, "No Label Resources"),
    LABEL_RESOURCES_AVAILABLE(0x0F, false, "Label Resources Available"),
    SESSION_REJECTED_NO_HELLO(0x10, true, "Session Rejected, No Hello"),
    REJECTED_ADVERTISEMENT_MODE(0x11, true, "Rejected Advertisement Mode Parameter"),
    REJECTED_MAX_PDU_LENGTH(0x12, true, "Rejected Max PDU Length Parameter"),
    REJECTED_LABEL_RANGE(0x13, true, "Rejected Label Range Parameter"),
    KEEPALIVE_TIMER_EXPIRED(0x14, true, "KeepAlive Timer Expired"),
    LABEL_REQUEST_ABORTED(0x15, false, "Label Request Aborted"),
    MISSING_MESSAGE_PARAMETERS(0x16, false, "Missing Message Parameters"),
    UNSUPPORTED_ADDRESS_FAMILY(0x17, false, "Unsupported Address Family"),
    BAD_KEEPALIVE_TIME(0x18, true, "Bad KeepAlive Time"),
    INTERNAL_ERROR(0x19, true, "Internal Error"),
    /** RFC 4447 (pseudowires). */
    ILLEGAL_C_BIT(0x24, false, "Illegal C-Bit"),
    WRONG_C_BIT(0x25, false, "Wrong C-Bit"),
    INCOMPATIBLE_BIT_RATE(0x26, false, "Incompatible bit-rate"),
    CEP_TDM_MISCONFIGURATION(0x27, false, "CEP-TDM mis-configuration"),
    PW_STATUS(0x28, false, "PW Status"),
    UNASSIGNED_TAI(0x29, false, "Unassigned/Unrecognized TAI"),
    GENERIC_MISCONFIGURATION(0x2A, false, "Generic Misconfiguration Error"),
    LABEL_WITHDRAW_PW_STATUS_METHOD(0x2B, false, "Label Withdraw PW Status Method"),
    /** RFC 5561. */
    UNSUPPORTED_CAPABILITY(0x2E, false, "Unsupported Capability"),
    /** RFC 5919. */
    END_OF_LIB(0x2F, false, "End-of-LIB"),
    /** RFC 7552. */
    TRANSPORT_CONNECTION_MISMATCH(0x32, true, "Transport Connection Mismatch"),
    DUAL_STACK_NONCOMPLIANCE(0x33, true, "Dual-Stack Noncompliance");

    /** The E bit of the wire field. */
    public static final int E_BIT = 0x80000000;
    /** The F bit of the wire field: forward the notification along the LSP. */
    public static final int F_BIT = 0x40000000;
    /** The status data of the wire field. */
    public static final int CODE_MASK = 0x3FFFFFFF;

    private final int code;
    private final boolean fatal;
    private final String frrName;

    StatusCode(int code, boolean fatal, String frrName) {
        this.code = code;
        this.fatal = fatal;
        this.frrName = frrName;
    }

    /** The 30-bit status data. */
    public int code() {
        return code;
    }

    /** The E bit the RFC gives this status: a fatal error closes the session. */
    public boolean fatal() {
        return fatal;
    }

    /** The name FRR's ldpd prints for this status. */
    public String frrName() {
        return frrName;
    }

    /** The 32-bit wire value with the E bit set as the RFC assigns it and the F bit clear. */
    public int wireValue() {
        return fatal ? code | E_BIT : code;
    }

    /** The known status with this 30-bit status data. */
    public static Optional<StatusCode> ofCode(int code) {
        for (StatusCode s : values()) {
            if (s.code == (code & CODE_MASK)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /**
     * What FRR prints for a 32-bit status field, E and F bits included: the name when the field is a known status
     * with its usual E bit and no F bit, otherwise the field in hex between brackets, as ldpd does.
     */
    public static String frrName(int wireValue) {
        for (StatusCode s : values()) {
            if (s.wireValue() == wireValue) {
                return s.frrName;
            }
        }
        return String.format("[%08x]", wireValue);
    }
}
