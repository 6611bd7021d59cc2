package mx.observa.access;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Server-side sessions: a random 256-bit token in an HttpOnly cookie, the user it belongs to kept here. A session
 * ends after {@code idle} without use, after {@code maxAge} in any case, or at logout; a restart ends them all.
 * At most {@code maxSessions} live at once (expired ones are dropped first, then the oldest).
 */
public final class Sessions {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, Entry> byToken = new ConcurrentHashMap<>();
    private final Duration idle;
    private final Duration maxAge;
    private final int maxSessions;
    private final Clock clock;

    private static final class Entry {
        final Session session;
        volatile Instant lastSeen;

        Entry(Session session, Instant lastSeen) {
            this.session = session;
            this.lastSeen = lastSeen;
        }
    }

    public Sessions(Duration idle, Duration maxAge, int maxSessions, Clock clock) {
        this.idle = idle;
        this.maxAge = maxAge;
        this.maxSessions = maxSessions;
        this.clock = clock;
    }

    public Session create(UserAccount user) {
        purge();
        String token = randomToken();
        Instant now = clock.instant();
        Session s = new Session(token, randomToken(), user.username(), user.displayName(), user.role(), now);
        byToken.put(token, new Entry(s, now));
        return s;
    }

    private static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The live session of {@code token}, which counts as a use; empty when unknown or expired. */
    public Optional<Session> find(String token) {
        if (token == null || token.isEmpty()) {
            return Optional.empty();
        }
        Entry e = byToken.get(token);
        if (e == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (expired(e, now)) {
            byToken.remove(token);
            return Optional.empty();
        }
        e.lastSeen = now;
        return Optional.of(e.session);
    }

    public void end(String token) {
        if (token != null) {
            byToken.remove(token);
        }
    }

    /** Ends every session of a user (after a password or role change). */
    public void endAllOf(String username) {
        byToken.values().removeIf(e -> e.session.username().equals(username));
    }

    public Duration maxAge() {
        return maxAge;
    }

    private boolean expired(Entry e, Instant now) {
        return e.lastSeen.plus(idle).isBefore(now) || e.session.createdAt().plus(maxAge).isBefore(now);
    }

    private void purge() {
        Instant now = clock.instant();
        byToken.values().removeIf(e -> expired(e, now));
        while (byToken.size() >= maxSessions) {
            byToken.values().stream().min(java.util.Comparator.comparing((Entry e) -> e.lastSeen))
                    .ifPresent(oldest -> byToken.remove(oldest.session.token()));
        }
    }
}
