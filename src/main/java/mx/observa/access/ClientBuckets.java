package mx.observa.access;

import java.time.Duration;
import java.util.function.LongSupplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

/**
 * A rate limit per client (an address, or anything else that names who asks): a Bucket4j token bucket per client that
 * holds {@code perMinute} tokens and gets them back at that rate. The buckets live in a Caffeine cache bounded in
 * size; a bucket not used for a minute is full again and leaves the cache (a new one would be the same), and under a
 * flood of invented clients the least useful buckets leave one by one — never all at once, which would lift every
 * limit in force.
 *
 * @param <K> what names a client
 */
public final class ClientBuckets<K> {

    private final int perMinute;
    private final TimeMeter meter;
    private final Cache<K, Bucket> buckets;

    /**
     * @param maxClients buckets kept at most
     * @param nanoClock  a monotonic clock in nanoseconds ({@code System::nanoTime}; tests pass one they move)
     */
    public ClientBuckets(int perMinute, long maxClients, LongSupplier nanoClock) {
        this.perMinute = Math.max(1, perMinute);
        this.meter = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return nanoClock.getAsLong();
            }

            @Override
            public boolean isWallClockBased() {
                return false;
            }
        };
        this.buckets = Caffeine.newBuilder().maximumSize(maxClients).expireAfterAccess(Duration.ofMinutes(1))
                .ticker(nanoClock::getAsLong).build();
    }

    /** 0 when {@code client} may go on (one token taken), otherwise the whole seconds until it has a token again. */
    public long take(K client) {
        Bucket bucket = buckets.get(client, c -> Bucket.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .withCustomTimePrecision(meter).build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? 0 : Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
    }

    /** Clients with a bucket right now (for tests of the bound). */
    long tracked() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }
}
