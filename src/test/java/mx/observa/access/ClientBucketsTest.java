package mx.observa.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** The per-client rate limit behind the submission and sign-in limits, on a clock the test moves. */
class ClientBucketsTest {

    private long now = 1_000_000_000L;

    private void advance(long seconds) {
        now += TimeUnit.SECONDS.toNanos(seconds);
    }

    @Test
    void eachClientGetsItsOwnAllowanceAndWaitsTheTimeItIsTold() {
        ClientBuckets<String> limit = new ClientBuckets<>(3, 1000, () -> now);
        for (int i = 0; i < 3; i++) {
            assertThat(limit.take("10.0.0.1")).as("attempt %d", i + 1).isZero();
        }
        long wait = limit.take("10.0.0.1");
        assertThat(wait).as("one token every 20 s").isBetween(19L, 20L);
        assertThat(limit.take("10.0.0.2")).as("another client is not affected").isZero();

        advance(wait - 1);
        assertThat(limit.take("10.0.0.1")).as("not yet").isPositive();
        advance(1);
        assertThat(limit.take("10.0.0.1")).as("told the truth").isZero();
        assertThat(limit.take("10.0.0.1")).isPositive();

        advance(60);
        for (int i = 0; i < 3; i++) {
            assertThat(limit.take("10.0.0.1")).as("full again after a minute").isZero();
        }
        assertThat(limit.take("10.0.0.1")).as("but never more than the allowance").isPositive();
    }

    @Test
    void aFloodOfNewClientsNeitherGrowsMemoryWithoutBoundNorLiftsALimitInForce() {
        ClientBuckets<String> limit = new ClientBuckets<>(2, 1000, () -> now);
        limit.take("flooder");
        limit.take("flooder");
        for (int i = 0; i < 5_000; i++) {
            limit.take("invented-" + i);
            if (i % 100 == 0) {
                assertThat(limit.take("flooder")).as("still limited after %d new clients", i).isPositive();
            }
        }
        assertThat(limit.tracked()).isLessThanOrEqualTo(1000);
    }
}
