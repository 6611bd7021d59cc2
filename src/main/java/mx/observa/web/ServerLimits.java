package mx.observa.web;

import java.lang.management.ManagementFactory;

import mx.observa.config.ObservaConfig;

/**
 * The limits of the HTTP server, read from the configuration once, with their defaults (config/observa.properties
 * documents each one).
 *
 * @param headerTimeoutMillis  a connection must send a request's headers within this time of opening (or of its
 *                             previous answer), {@code observa.limits.header-timeout-s} (20)
 * @param idleTimeoutSeconds   a connection that neither sends nor receives anything for this long is closed,
 *                             {@code observa.limits.connection-idle-s} (300)
 * @param connectionsPerAddress open connections from one address, {@code observa.limits.connections-per-ip} (32)
 * @param maxConnections       open connections in all, {@code observa.limits.max-connections} (1000), never more
 *                             than half the files the process may still open
 * @param maxHeaderBytes       request line plus headers, {@code observa.limits.max-header-kb} (8)
 * @param textFieldBytes       largest form field or text-only body: room for {@code observa.limits.max-text-chars}
 *                             characters in any script, and for a text somewhat over it, so the observer gets the
 *                             form back with the text instead of losing it
 * @param maxPostBytes         a whole post, {@code observa.limits.max-post-mb} (200)
 * @param bodyIdleMillis       silence in the middle of a post's body, {@code observa.limits.body-idle-s} (60)
 * @param submissionsPerMinute posts to /enviar and the API per address, {@code observa.limits.submissions-per-minute} (30)
 * @param trackedClients       addresses (or user name and address pairs) each limit keeps count of,
 *                             {@code observa.limits.clients-tracked} (100000)
 */
public record ServerLimits(long headerTimeoutMillis, int idleTimeoutSeconds, int connectionsPerAddress,
                           int maxConnections, int maxHeaderBytes, int textFieldBytes, long maxPostBytes,
                           long bodyIdleMillis, int submissionsPerMinute, long trackedClients) {

    /** Form fields a post may carry (the form has a dozen); each may be up to {@link #textFieldBytes} in memory. */
    static final int MAX_FORM_FIELDS = 32;

    public static ServerLimits of(ObservaConfig config) {
        long textChars = config.getLong("observa.limits.max-text-chars");
        return new ServerLimits(
                config.getLong("observa.limits.header-timeout-s") * 1000,
                (int) config.getLong("observa.limits.connection-idle-s"),
                (int) config.getLong("observa.limits.connections-per-ip"),
                (int) Math.min(config.getLong("observa.limits.max-connections"), freeFiles() / 2),
                (int) config.getLong("observa.limits.max-header-kb") * 1024,
                (int) Math.min(Integer.MAX_VALUE, textChars * 4 + 64 * 1024),
                maxPostBytes(config),
                config.getLong("observa.limits.body-idle-s") * 1000,
                (int) config.getLong("observa.limits.submissions-per-minute"),
                trackedClients(config));
    }

    /** Clients each limit keeps count of (the submission limit here, the sign-in limits of the login page). */
    public static long trackedClients(ObservaConfig config) {
        return config.getLong("observa.limits.clients-tracked");
    }

    /** The ceiling of a whole post (also the server's own body limit, camel.server.maxBodySize). */
    public static long maxPostBytes(ObservaConfig config) {
        return config.getLong("observa.limits.max-post-mb") * 1024 * 1024;
    }

    /**
     * The file descriptors this process may still open (sockets included) beside those it holds now (libraries,
     * the index, the journal); very large when the system does not say.
     */
    static long freeFiles() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.UnixOperatingSystemMXBean unix) {
            return unix.getMaxFileDescriptorCount() - unix.getOpenFileDescriptorCount();
        }
        return Integer.MAX_VALUE;
    }
}
