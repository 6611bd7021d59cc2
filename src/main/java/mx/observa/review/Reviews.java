package mx.observa.review;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import mx.observa.config.ObservaConfig;

/**
 * The analysts' reviews of one data folder: changes are appended to the {@link ReviewLog} (the source of truth) and
 * laid over the automatic values by {@link ReviewedValues}. The overlay is read from the log, never from the index,
 * so reviews survive a reindex and a restart; every reader (the web app, the scheduled report, {@code observa report}
 * beside the service) catches up with what the log gained since it last looked.
 */
public final class Reviews {

    /** Who made a change. */
    public record Reviewer(String user, String role) {
    }

    /**
     * One change to make: about the report ({@code finding} null) or one of its findings (number and
     * {@link ReviewedValues#fingerprint} of its text); the value shown before and the one the person chose.
     */
    public record Change(Integer finding, String fingerprint, ReviewField field, String before, String after) {
    }

    private final ReviewLog log;
    private final Clock clock;
    private final ReviewedValues values = new ReviewedValues();
    private long offset;

    public Reviews(ReviewLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    public static Reviews in(ObservaConfig config, Clock clock) {
        return new Reviews(ReviewLog.in(config.dataDir()), clock);
    }

    /** The reviewed values, with everything the log holds now. */
    public synchronized ReviewedValues current() {
        ReviewLog.Tail tail = log.readFrom(offset);
        tail.entries().forEach(values::add);
        offset = tail.offset();
        return values;
    }

    /**
     * Writes the changes as one batch (one write, forced to disk) and lays them over the values.
     *
     * @return the entries written, all with the same batch id
     */
    public List<ReviewEntry> record(Reviewer who, String folio, List<Change> changes) {
        return record(who, newBatch(), java.util.Map.of(folio, changes));
    }

    /** A new batch id: one form, or one bulk action over many reports. */
    public static String newBatch() {
        return UUID.randomUUID().toString();
    }

    /**
     * Writes the changes to several reports as one batch with the given id: one write, forced to disk, so after a
     * crash each change is in the log whole or not at all (a torn last line is ignored).
     */
    public synchronized List<ReviewEntry> record(Reviewer who, String batch, java.util.Map<String, List<Change>> byFolio) {
        current();
        List<ReviewEntry> entries = new ArrayList<>();
        var now = clock.instant();
        byFolio.forEach((folio, changes) -> {
            for (Change c : changes) {
                entries.add(new ReviewEntry(now, who.user(), who.role(), batch, folio, c.finding(), c.fingerprint(),
                        c.field(), c.before(), c.after()));
            }
        });
        log.append(entries);
        // read back what was just written, so the offset moves past it too
        current();
        return entries;
    }

    public ReviewLog log() {
        return log;
    }
}
