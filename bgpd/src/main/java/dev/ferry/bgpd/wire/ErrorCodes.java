package dev.ferry.bgpd.wire;

/**
 * NOTIFICATION error codes and subcodes (RFC 4271 section 4.5 and the IANA registry: RFC 4486 Cease
 * subcodes, RFC 7313 ROUTE-REFRESH errors, RFC 6608 FSM errors, RFC 8203/9003 shutdown) with the names FRR
 * 8.4 logs (bgpd/bgp_debug.c), e.g. "Hold Timer Expired" or "OPEN Message Error/Bad Peer AS".
 */
public final class ErrorCodes {
    public static final int MESSAGE_HEADER_ERROR = 1;
    public static final int OPEN_MESSAGE_ERROR = 2;
    public static final int UPDATE_MESSAGE_ERROR = 3;
    public static final int HOLD_TIMER_EXPIRED = 4;
    public static final int FSM_ERROR = 5;
    public static final int CEASE = 6;
    public static final int ROUTE_REFRESH_ERROR = 7;
    public static final int SEND_HOLD_TIMER_EXPIRED = 8;

    public static final int UNSPECIFIC = 0;

    public static final int HEADER_CONNECTION_NOT_SYNCHRONIZED = 1;
    public static final int HEADER_BAD_MESSAGE_LENGTH = 2;
    public static final int HEADER_BAD_MESSAGE_TYPE = 3;

    public static final int OPEN_UNSUPPORTED_VERSION = 1;
    public static final int OPEN_BAD_PEER_AS = 2;
    public static final int OPEN_BAD_BGP_IDENTIFIER = 3;
    public static final int OPEN_UNSUPPORTED_OPTIONAL_PARAMETER = 4;
    public static final int OPEN_AUTHENTICATION_FAILURE = 5;
    public static final int OPEN_UNACCEPTABLE_HOLD_TIME = 6;
    public static final int OPEN_UNSUPPORTED_CAPABILITY = 7;
    public static final int OPEN_ROLE_MISMATCH = 11;

    public static final int UPDATE_MALFORMED_ATTRIBUTE_LIST = 1;
    public static final int UPDATE_UNRECOGNIZED_WELL_KNOWN_ATTRIBUTE = 2;
    public static final int UPDATE_MISSING_WELL_KNOWN_ATTRIBUTE = 3;
    public static final int UPDATE_ATTRIBUTE_FLAGS_ERROR = 4;
    public static final int UPDATE_ATTRIBUTE_LENGTH_ERROR = 5;
    public static final int UPDATE_INVALID_ORIGIN = 6;
    public static final int UPDATE_AS_ROUTING_LOOP = 7;
    public static final int UPDATE_INVALID_NEXT_HOP = 8;
    public static final int UPDATE_OPTIONAL_ATTRIBUTE_ERROR = 9;
    public static final int UPDATE_INVALID_NETWORK_FIELD = 10;
    public static final int UPDATE_MALFORMED_AS_PATH = 11;

    public static final int FSM_UNEXPECTED_IN_OPENSENT = 1;
    public static final int FSM_UNEXPECTED_IN_OPENCONFIRM = 2;
    public static final int FSM_UNEXPECTED_IN_ESTABLISHED = 3;

    public static final int CEASE_MAX_PREFIX = 1;
    public static final int CEASE_ADMIN_SHUTDOWN = 2;
    public static final int CEASE_PEER_UNCONFIGURED = 3;
    public static final int CEASE_ADMIN_RESET = 4;
    public static final int CEASE_CONNECTION_REJECTED = 5;
    public static final int CEASE_OTHER_CONFIG_CHANGE = 6;
    public static final int CEASE_COLLISION_RESOLUTION = 7;
    public static final int CEASE_OUT_OF_RESOURCES = 8;
    public static final int CEASE_HARD_RESET = 9;
    public static final int CEASE_BFD_DOWN = 10;

    public static final int ROUTE_REFRESH_INVALID_LENGTH = 1;

    private static final String UNKNOWN_SUBCODE = "Unrecognized Error Subcode";

    private ErrorCodes() {
    }

    /** FRR's bgp_notify_code_str. */
    public static String codeName(int code) {
        return switch (code) {
            case MESSAGE_HEADER_ERROR -> "Message Header Error";
            case OPEN_MESSAGE_ERROR -> "OPEN Message Error";
            case UPDATE_MESSAGE_ERROR -> "UPDATE Message Error";
            case HOLD_TIMER_EXPIRED -> "Hold Timer Expired";
            case FSM_ERROR -> "Neighbor Events Error";
            case CEASE -> "Cease";
            case ROUTE_REFRESH_ERROR -> "ROUTE-REFRESH Message Error";
            case SEND_HOLD_TIMER_EXPIRED -> "Send Hold Timer Expired";
            default -> "Unrecognized Error Code";
        };
    }

    /** FRR's bgp_notify_subcode_str: "/Bad Peer AS", "" for codes without subcodes. */
    public static String subcodeName(int code, int subcode) {
        return switch (code) {
            case MESSAGE_HEADER_ERROR -> switch (subcode) {
                case HEADER_CONNECTION_NOT_SYNCHRONIZED -> "/Connection Not Synchronized";
                case HEADER_BAD_MESSAGE_LENGTH -> "/Bad Message Length";
                case HEADER_BAD_MESSAGE_TYPE -> "/Bad Message Type";
                default -> UNKNOWN_SUBCODE;
            };
            case OPEN_MESSAGE_ERROR -> switch (subcode) {
                case UNSPECIFIC -> "/Unspecific";
                case OPEN_UNSUPPORTED_VERSION -> "/Unsupported Version Number";
                case OPEN_BAD_PEER_AS -> "/Bad Peer AS";
                case OPEN_BAD_BGP_IDENTIFIER -> "/Bad BGP Identifier";
                case OPEN_UNSUPPORTED_OPTIONAL_PARAMETER -> "/Unsupported Optional Parameter";
                case OPEN_UNACCEPTABLE_HOLD_TIME -> "/Unacceptable Hold Time";
                case OPEN_UNSUPPORTED_CAPABILITY -> "/Unsupported Capability";
                case OPEN_ROLE_MISMATCH -> "/Role Mismatch";
                default -> UNKNOWN_SUBCODE;
            };
            case UPDATE_MESSAGE_ERROR -> switch (subcode) {
                case UNSPECIFIC -> "/Unspecific";
                case UPDATE_MALFORMED_ATTRIBUTE_LIST -> "/Malformed Attribute List";
                case UPDATE_UNRECOGNIZED_WELL_KNOWN_ATTRIBUTE -> "/Unrecognized Well-known Attribute";
                case UPDATE_MISSING_WELL_KNOWN_ATTRIBUTE -> "/Missing Well-known Attribute";
                case UPDATE_ATTRIBUTE_FLAGS_ERROR -> "/Attribute Flags Error";
                case UPDATE_ATTRIBUTE_LENGTH_ERROR -> "/Attribute Length Error";
                case UPDATE_INVALID_ORIGIN -> "/Invalid ORIGIN Attribute";
                case UPDATE_INVALID_NEXT_HOP -> "/Invalid NEXT_HOP Attribute";
                case UPDATE_OPTIONAL_ATTRIBUTE_ERROR -> "/Optional Attribute Error";
                case UPDATE_INVALID_NETWORK_FIELD -> "/Invalid Network Field";
                case UPDATE_MALFORMED_AS_PATH -> "/Malformed AS_PATH";
                default -> UNKNOWN_SUBCODE;
            };
            case FSM_ERROR -> switch (subcode) {
                case UNSPECIFIC -> "/Unspecific";
                case FSM_UNEXPECTED_IN_OPENSENT -> "/Receive Unexpected Message in OpenSent State";
                case FSM_UNEXPECTED_IN_OPENCONFIRM -> "/Receive Unexpected Message in OpenConfirm State";
                case FSM_UNEXPECTED_IN_ESTABLISHED -> "/Receive Unexpected Message in Established State";
                default -> UNKNOWN_SUBCODE;
            };
            case CEASE -> switch (subcode) {
                case UNSPECIFIC -> "/Unspecific";
                case CEASE_MAX_PREFIX -> "/Maximum Number of Prefixes Reached";
                case CEASE_ADMIN_SHUTDOWN -> "/Administrative Shutdown";
                case CEASE_PEER_UNCONFIGURED -> "/Peer De-configured";
                case CEASE_ADMIN_RESET -> "/Administrative Reset";
                case CEASE_CONNECTION_REJECTED -> "/Connection Rejected";
                case CEASE_OTHER_CONFIG_CHANGE -> "/Other Configuration Change";
                case CEASE_COLLISION_RESOLUTION -> "/Connection Collision Resolution";
                case CEASE_OUT_OF_RESOURCES -> "/Out of Resources";
                case CEASE_HARD_RESET -> "/Hard Reset";
                case CEASE_BFD_DOWN -> "/BFD Down";
                default -> UNKNOWN_SUBCODE;
            };
            case ROUTE_REFRESH_ERROR -> switch (subcode) {
                case UNSPECIFIC -> "/Unspecific";
                case ROUTE_REFRESH_INVALID_LENGTH -> "/Invalid Message Length";
                default -> UNKNOWN_SUBCODE;
            };
            default -> "";
        };
    }
}
