package mx.observa.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** Sign-in limits without HTTP, on a clock the test moves. */
class LoginGuardTest {

    private static final String STRANGER = "203.0.113.66";
    private static final String RIGHTFUL = "198.51.100.7";

    private long now = 5_000_000_000L;

    private void advance(long seconds) {
        now += TimeUnit.SECONDS.toNanos(seconds);
    }

    private LoginGuard guard(int perMinute) {
        return new LoginGuard(perMinute, 3, Duration.ofMinutes(15), 2, 100_000, () -> now);
    }

    @Test
    void aStrangersFailuresNeverLockTheRightfulUserOut() {
        LoginGuard guard = guard(1000);
        for (int i = 0; i < 50; i++) {
            if (guard.before("comision", STRANGER) == null) {
                guard.failed("comision", STRANGER);
            }
            advance(30);
        }
        assertThat(guard.before("Comision", STRANGER)).as("the stranger waits").isNotNull()
                .extracting(LoginGuard.Refusal::status).isEqualTo(429);
        assertThat(guard.before("comision", RIGHTFUL)).as("the rightful user, elsewhere, does not").isNull();
    }

    @Test
    void failuresFromOneAddressCostMoreAndMoreTimeUpToTheMaximumAndASuccessClearsThem() {
        LoginGuard guard = guard(1000);
        for (int i = 0; i < 3; i++) {
            assertThat(guard.before("ana", STRANGER)).as("free failure %d", i + 1).isNull();
            guard.failed("ana", STRANGER);
        }
        List<Long> waits = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            LoginGuard.Refusal r = guard.before("ana", STRANGER);
            assertThat(r).isNotNull();
            waits.add(r.retryAfterSeconds());
            advance(r.retryAfterSeconds());
            assertThat(guard.before("ana", STRANGER)).as("the wait it announced was enough").isNull();
            guard.failed("ana", STRANGER);
        }
        assertThat(waits.subList(0, 5)).containsExactly(2L, 4L, 8L, 16L, 32L);
        assertThat(waits).allMatch(w -> w <= 900).contains(900L);

        guard.succeeded("ANA", STRANGER);
        assertThat(guard.before("ana", STRANGER)).as("a success clears the count").isNull();
    }

    @Test
    void eachAddressHasASignInAllowanceCheckedBeforeAnyPasswordIsHashed() {
        LoginGuard guard = guard(5);
        for (int i = 0; i < 5; i++) {
            assertThat(guard.before("usuario-" + i, STRANGER)).isNull();
        }
        LoginGuard.Refusal r = guard.before("otro", STRANGER);
        assertThat(r).isNotNull();
        assertThat(r.status()).isEqualTo(429);
        assertThat(r.message()).contains("desde esta dirección");
        assertThat(guard.before("comision", RIGHTFUL)).isNull();
        advance(60);
        assertThat(guard.before("otro", STRANGER)).isNull();
    }

    @Test
    void aFloodOfInventedNamesDoesNotLiftTheWaitOfAnother() {
        LoginGuard guard = guard(1_000_000);
        for (int i = 0; i < 4; i++) {
            guard.failed("comision", STRANGER);
        }
        // the old throttle cleared its whole table past 10,000 names
        for (int i = 0; i < 20_000; i++) {
            guard.failed("inventado-" + i, "192.0.2." + (i % 200));
        }
        assertThat(guard.before("comision", STRANGER)).isNotNull();
    }

    @Test
    void memoryStaysBoundedUnderAFloodOfNamesAndAddresses() {
        LoginGuard guard = new LoginGuard(1_000_000, 3, Duration.ofMinutes(15), 2, 1000, () -> now);
        for (int i = 0; i < 5_000; i++) {
            guard.before("inventado-" + i, "10.1." + (i / 250) + "." + (i % 250));
            guard.failed("inventado-" + i, "10.1." + (i / 250) + "." + (i % 250));
        }
        assertThat(guard.trackedFailures()).isLessThanOrEqualTo(1000);
    }

    @Test
    void atMostTheConfiguredNumberOfPasswordsAreHashedAtOnceAndTheRestAreToldToComeBack() throws Exception {
        LoginGuard guard = guard(1000); // 2 hashes at once, 2 more may wait
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch twoRunning = new CountDownLatch(2);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Optional<Boolean>>> checks = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                checks.add(pool.submit(() -> guard.check(() -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    twoRunning.countDown();
                    try {
                        release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    running.decrementAndGet();
                    return true;
                })));
            }
            assertThat(twoRunning.await(30, TimeUnit.SECONDS)).isTrue();
            // two hashing, two waiting for their turn: a fifth is answered at once
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> guard.checksAdmitted() == 4);
            Optional<Boolean> fifth = guard.check(() -> true);
            assertThat(fifth).as("answered busy without hashing").isEmpty();
            release.countDown();
            for (Future<Optional<Boolean>> c : checks) {
                assertThat(c.get(30, TimeUnit.SECONDS)).contains(true);
            }
            assertThat(most.get()).isEqualTo(2);
            assertThat(guard.check(() -> false)).as("free again").contains(false);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }
}
