package mx.observa.archive;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One line of the journal: something that happened to a submission, in the order it happened.
 * The journal is append-only; the state of a submission is its last event.
 *
 * @param event   {@link Event} name in lower case
 * @param reason  Spanish, for the sender and the quarantine (quarantined), or what failed on Observa's side (failed)
 * @param duplicateOf folio of the first submission with the same bytes or near-identical text
 * @param parent  folio of the submission this one came with (e-mail message, CSV file, form post), or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JournalEntry(
        @JsonProperty("at") Instant at,
        @JsonProperty("event") String event,
        @JsonProperty("folio") String folio,
        @JsonProperty("sha256") String sha256,
        @JsonProperty("channel") String channel,
        @JsonProperty("source") String source,
        @JsonProperty("reason") String reason,
        @JsonProperty("duplicate_of") String duplicateOf,
        @JsonProperty("findings") Integer findings,
        @JsonProperty("parent") String parent) {

    @JsonCreator
    public JournalEntry {
    }

    /** An event of a submission that came on its own. */
    public JournalEntry(Instant at, String event, String folio, String sha256, String channel, String source,
                        String reason, String duplicateOf, Integer findings) {
        this(at, event, folio, sha256, channel, source, reason, duplicateOf, findings, null);
    }

    /**
     * What can happen to a submission. ARCHIVED comes first; INDEXED and QUARANTINED end its processing. FAILED says
     * Observa itself failed to process it (its own parser workers, index or disk, not the sender's file) even after
     * retrying: it is not settled, and is processed again at the next start or with {@code observa reintentar}.
     * CONTAINER is the first state of a delivery that holds reports rather than being one (an e-mail message, a CSV
     * export, a ZIP archive, a form post): it is archived as received, unpacked, and never counted as a report;
     * UNPACKED says every part of it went through, so a container still in CONTAINER after a crash is unpacked again.
     */
    public enum Event {
        ARCHIVED, DUPLICATE, INDEXED, QUARANTINED, CONTAINER, UNPACKED, FAILED;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public boolean is(Event e) {
        return e.id().equals(event);
    }
}
