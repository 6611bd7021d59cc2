package mx.observa.model;

import java.time.LocalDate;

/**
 * Where, when and who of a report, as understood from its text (all nullable: absent means not found).
 *
 * @param alcaldia    canonical name with accents, e.g. "Álvaro Obregón"
 * @param distrito    distrito electoral local, 1–33
 * @param ut          unidad territorial clave {@code AA-NNN}
 * @param channelHint "mro" (in-person) or "sei" (internet vote) when the text makes it clear
 */
public record ReportMetadata(String observer, String organization, String alcaldia, Integer distrito,
                             String ut, String utName, String mro, LocalDate date, String channelHint) {

    public static final ReportMetadata EMPTY = new ReportMetadata(null, null, null, null, null, null, null, null, null);
}
