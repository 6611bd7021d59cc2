package mx.observa.store;

import java.io.IOException;
import java.io.UncheckedIOException;

import mx.observa.archive.Json;
import mx.observa.model.Report;

/**
 * How a report is written in the store: the one model ({@link Report} with its submission and understanding) as JSON,
 * serialized generically, so a field added to the model (a finding's kind, a new kind of personal data) is stored and
 * read back without touching the store; a field a record lacks reads as absent (null), one it has and the model no
 * longer knows is ignored.
 *
 * <p>{@link #FORMAT} is the version of this layout, written beside every record. It changes only when a field is
 * renamed or changes meaning; then {@link #read} converts the older layout, so a store is never rewritten to upgrade.
 */
final class ReportRecord {

    /** Version 1: {@code Report} as Jackson writes the record (submission, source, format, text, understanding…). */
    static final int FORMAT = 1;

    private ReportRecord() {
    }

    static String write(Report report) {
        try {
            return Json.MAPPER.writeValueAsString(report);
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo escribir el informe " + report.folio() + " en el almacén", e);
        }
    }

    static Report read(String folio, int format, String json) {
        if (format > FORMAT) {
            throw new IllegalStateException("El informe " + folio + " del almacén tiene el formato " + format
                    + ", más nuevo que el que conoce esta versión de Observa (" + FORMAT + "): actualice Observa.");
        }
        try {
            return Json.MAPPER.readValue(json, Report.class);
        } catch (IOException e) {
            throw new UncheckedIOException("El informe " + folio + " del almacén es ilegible", e);
        }
    }
}
