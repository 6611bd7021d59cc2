package mx.observa.model;

import java.time.Instant;

/**
 * What arrived on a channel, as archived before anything else happens.
 *
 * @param folio      the receipt number given to the observer (e.g. {@code OBS-2022-000123})
 * @param sha256     content address of the bytes as received; the idempotency key
 * @param sourceName original file name (or a synthetic one for mail bodies and CSV rows), never trusted as a path
 * @param mediaType  type detected from the bytes, not from the name
 * @param sender     who sent it when the channel knows (mail address, form e-mail); may be null
 */
public record Submission(String folio, String sha256, Channel channel, Instant receivedAt,
                         String sourceName, long size, String mediaType, String sender) {
}
