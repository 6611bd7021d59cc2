package mx.observa.intake;

import java.util.List;
import java.util.Optional;

import mx.observa.archive.Journal;
import mx.observa.archive.SubmissionState;
import mx.observa.pipeline.Outcome;

/**
 * What an observer may learn about a folio: received (waiting to be processed), processed, in quarantine (with the
 * reason) or failed on Observa's side and waiting to be retried, and for a message, a CSV export or a form post, the
 * same for each report it held. Nothing else: no names, no text, so a
 * folio typed by someone else reveals nothing personal.
 */
public final class FolioStatus {

    /** Spanish states shown to observers. */
    public static final String RECEIVED = "recibido";
    public static final String PROCESSED = "procesado";
    public static final String QUARANTINED = "en cuarentena";
    public static final String REFUSED = "no recibido";
    /** Observa's own failure, not the file's: it will be processed again. */
    public static final String FAILED = "falló — se reintentará";

    /** The state of a folio and, for a container, of its reports. */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record View(String folio, String estado, String motivo, List<View> informes) {
    }

    private final Journal journal;
    private final java.util.function.UnaryOperator<String> publicText;

    public FolioStatus(Journal journal) {
        this(journal, java.util.function.UnaryOperator.identity());
    }

    /**
     * @param publicText redaction of what is shown to whoever types a folio: a reason can echo what the sender
     *                   typed (««juan.perez arroba…» no parece un correo electrónico»)
     */
    public FolioStatus(Journal journal, java.util.function.UnaryOperator<String> publicText) {
        this.journal = journal;
        this.publicText = publicText;
    }

    public Optional<View> of(String folio) {
        if (folio == null || folio.isBlank()) {
            return Optional.empty();
        }
        return journal.byFolio(folio.strip().toUpperCase(java.util.Locale.ROOT)).map(this::view);
    }

    /** A container that could not be unpacked to the end (a ZIP bomb, a CSV cut short) says why, with what it held. */
    private View view(SubmissionState s) {
        List<View> parts = journal.children(s.folio()).stream().map(this::view).toList();
        if (s.isQuarantined()) {
            return new View(s.folio(), QUARANTINED, s.reason() == null ? null : publicText.apply(s.reason()), parts);
        }
        if (s.isContainer()) {
            boolean pending = s.isUnpackingUnfinished()
                    || parts.stream().anyMatch(p -> RECEIVED.equals(p.estado()) || FAILED.equals(p.estado()));
            return new View(s.folio(), pending ? RECEIVED : PROCESSED, null, parts);
        }
        if (s.isFailed()) {
            return new View(s.folio(), FAILED, s.reason(), parts);
        }
        return new View(s.folio(), s.isIndexed() ? PROCESSED : RECEIVED, null, parts);
    }

    /** The state of one part right after the pipeline took it (for receipts written at once). */
    public View of(Outcome outcome) {
        if (outcome.folio() == null) {
            return new View(null, REFUSED, outcome.reason() == null ? null : publicText.apply(outcome.reason()), List.of());
        }
        return of(outcome.folio()).orElse(new View(outcome.folio(), RECEIVED, null, List.of()));
    }
}
