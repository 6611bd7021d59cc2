package mx.observa.access;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Keeps password guessing slow without letting a stranger lock anyone out, and keeps sign-in attempts from starving
 * the rest of the service:
 * <ul>
 *   <li>each address may try {@code attemptsPerMinute} sign-ins a minute, counted <em>before</em> any password is
 *       hashed ({@link ClientBuckets});</li>
 *   <li>failures count per user name <em>and</em> address: after {@code freeFailures} of them, that address waits 2 s
 *       before its next try with that name, then 4 s, 8 s… up to {@code maxDelay}; the rightful user, elsewhere,
 *       never waits for someone else's failures, and a success clears the count;</li>
 *   <li>at most {@code hashesAtOnce} passwords are hashed at a time (each hash is ~0.5 s of one core on purpose), and
 *       as many more may wait for their turn; anyone beyond is told at once to try again in a moment instead of
 *       holding a server thread.</li>
 * </ul>
 * Memory is bounded by Caffeine caches that drop single entries (the oldest, the least used), never all of them.
 */
public final class LoginGuard {

    /** Why an attempt is refused before its password is checked, and when to come back. */
    public record Refusal(int status, long retryAfterSeconds, String message) {
    }

    private record Failures(int count, long lastNanos) {
    }

    private record Attempt(String username, String address) {
    }

    /** The answer when too many password checks are running or waiting. */
    public static final Refusal BUSY = new Refusal(503, 5,
            "El servidor está ocupado verificando otras contraseñas. Intente de nuevo en unos segundos.");

    private final ClientBuckets<String> perAddress;
    private final int freeFailures;
    private final long maxDelayNanos;
    private final LongSupplier nanoClock;
    private final Cache<Attempt, Failures> failures;
    private final Semaphore admitted;
    private final int admittedMax;
    private final Semaphore hashing;

    /**
     * @param maxClients entries kept at most in each cache (addresses, user name and address pairs)
     */
    public LoginGuard(int attemptsPerMinute, int freeFailures, Duration maxDelay, int hashesAtOnce, long maxClients,
                      LongSupplier nanoClock) {
        this.perAddress = new ClientBuckets<>(attemptsPerMinute, maxClients, nanoClock);
        this.freeFailures = Math.max(0, freeFailures);
        this.maxDelayNanos = maxDelay.toNanos();
        this.nanoClock = nanoClock;
        // kept twice the longest wait: a guesser who waits it out still finds its count, and keeps waiting the most
        this.failures = Caffeine.newBuilder().maximumSize(maxClients).expireAfterWrite(maxDelay.multipliedBy(2))
                .ticker(nanoClock::getAsLong).build();
        int hashes = Math.max(1, hashesAtOnce);
        this.hashing = new Semaphore(hashes, true);
        this.admittedMax = 2 * hashes;
        this.admitted = new Semaphore(admittedMax);
    }

    /** Null when this attempt may go on to the password check, otherwise why not. Hashes nothing. */
    public Refusal before(String username, String address) {
        Failures f = failures.getIfPresent(new Attempt(key(username), address(address)));
        if (f != null) {
            long wait = f.lastNanos() + delayAfter(f.count()) - nanoClock.getAsLong();
            if (wait > 0) {
                long seconds = seconds(wait);
                return new Refusal(429, seconds, "Demasiados intentos fallidos con este usuario desde esta dirección. "
                        + "Espere " + seconds + " segundos e intente de nuevo.");
            }
        }
        long seconds = perAddress.take(address(address));
        if (seconds > 0) {
            return new Refusal(429, seconds, "Demasiados intentos de entrar desde esta dirección. Intente de nuevo en "
                    + seconds + " segundos.");
        }
        return null;
    }

    /**
     * Runs {@code passwordCheck} within the bound on hashes at a time.
     *
     * @return its answer, or empty when too many checks are running or waiting (answer {@link #BUSY})
     */
    public Optional<Boolean> check(BooleanSupplier passwordCheck) {
        if (!admitted.tryAcquire()) {
            return Optional.empty();
        }
        try {
            hashing.acquireUninterruptibly();
            try {
                return Optional.of(passwordCheck.getAsBoolean());
            } finally {
                hashing.release();
            }
        } finally {
            admitted.release();
        }
    }

    public void failed(String username, String address) {
        long now = nanoClock.getAsLong();
        failures.asMap().merge(new Attempt(key(username), address(address)), new Failures(1, now),
                (old, one) -> new Failures(old.count() + 1, now));
    }

    public void succeeded(String username, String address) {
        failures.invalidate(new Attempt(key(username), address(address)));
    }

    /** Password checks running or waiting for their turn (for tests of the bound). */
    int checksAdmitted() {
        return admittedMax - admitted.availablePermits();
    }

    /** User name and address pairs with failures counted right now (for tests of the bound). */
    long trackedFailures() {
        failures.cleanUp();
        return failures.estimatedSize();
    }

    /** No wait for the first {@code freeFailures}; then 2 s, 4 s, 8 s… never more than the maximum. */
    private long delayAfter(int count) {
        if (count < freeFailures) {
            return 0;
        }
        int doublings = Math.min(count - freeFailures, 30);
        return Math.min(maxDelayNanos, Duration.ofSeconds(2).toNanos() << doublings);
    }

    private static long seconds(long nanos) {
        return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private static String address(String address) {
        return address == null ? "" : address;
    }
}
