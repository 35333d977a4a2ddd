package bgp.codec.message;

/** A BGP message (RFC 4271 §4). */
public sealed interface Message permits Open, Update, Notification, Keepalive, RouteRefresh {
    int HEADER_LENGTH = 19;
    int MAX_LENGTH = 4096;
    int MAX_EXTENDED_LENGTH = 65535;

    int TYPE_OPEN = 1;
    int TYPE_UPDATE = 2;
    int TYPE_NOTIFICATION = 3;
    int TYPE_KEEPALIVE = 4;
    int TYPE_ROUTE_REFRESH = 5;

    /** The message type code. */
    int type();

    /** The name of a message type code, as ExaBGP prints it ({@code open}, {@code update}, ...). */
    static String typeName(int type) {
        return switch (type) {
            case TYPE_OPEN -> "open";
            case TYPE_UPDATE -> "update";
            case TYPE_NOTIFICATION -> "notification";
            case TYPE_KEEPALIVE -> "keepalive";
            case TYPE_ROUTE_REFRESH -> "route-refresh";
            default -> "unknown(" + type + ")";
        };
    }
}
