package mx.observa.model;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What arrived on a channel, as archived before anything else happens.
 *
 * @param folio      the receipt number given to the observer (e.g. {@code OBS-2022-000123})
 * @param sha256     content address of the bytes as received; the idempotency key
 * @param sourceName original file name (or a synthetic one for mail bodies and CSV rows), never trusted as a path
 * @param mediaType  type detected from the bytes, not from the name
 * @param sender     who sent it when the channel knows (mail address, form e-mail); may be null
 * @param parent     folio of the submission it came with (the e-mail message, the CSV file, the form post), so
 *                   analysts see what arrived together; null when it arrived on its own
 * @param declared   what the sender declared about the report in fields of their own (form, CSV columns), keyed by
 *                   {@link DeclaredField#key()}; it wins over what is inferred from the text. Never null.
 */
public record Submission(String folio, String sha256, Channel channel, Instant receivedAt,
                         String sourceName, long size, String mediaType, String sender,
                         String parent, Map<String, String> declared) {

    public Submission {
        SortedMap<String, String> copy = new TreeMap<>();
        if (declared != null) {
            declared.forEach((k, v) -> {
                if (k != null && v != null && !v.isBlank()) {
                    copy.put(k, v);
                }
            });
        }
        declared = Collections.unmodifiableSortedMap(copy);
    }

    /** A submission that came on its own and declares nothing. */
    public Submission(String folio, String sha256, Channel channel, Instant receivedAt,
                      String sourceName, long size, String mediaType, String sender) {
        this(folio, sha256, channel, receivedAt, sourceName, size, mediaType, sender, null, Map.of());
    }

    /**
     * What the delivery says about who sent the report: the sender's address, the declared name, e-mail and
     * accreditation (personal data wherever they occur).
     */
    public java.util.List<String> senderPersonalData() {
        return java.util.stream.Stream.of(sender, declared(DeclaredField.NOMBRE), declared(DeclaredField.CORREO),
                        declared(DeclaredField.ACREDITACION))
                .filter(s -> s != null && !s.isBlank()).map(String::strip).toList();
    }

    /** The people the headers of the e-mail message the report came in name ({@link DeclaredField#PEOPLE}); maybe none. */
    public java.util.List<String> namedPeople() {
        return DeclaredField.people(declared);
    }

    /** A declared value, or null. */
    public String declared(DeclaredField field) {
        return declared.get(field.key());
    }
}
