package mx.observa.samples;

import java.util.List;
import java.util.Objects;

/**
 * One file to generate: which report(s), in which format, and how the README describes it.
 *
 * @param reports        one report, or every row of a CSV questionnaire export
 * @param catalogueRow   which report represents the file in the catalogue (only CSV files have more than one)
 * @param summary        Spanish: what the file covers (README)
 * @param notes          Spanish: notes for testers (OCR, Latin-1, duplicate of ...), may be empty
 * @param wrapColumn     plain text: hard-wrap column, 0 for none
 * @param namedEntities  HTML: escape accents as named entities
 * @param mail           e-mail details, or null for non-mail formats
 */
public record SampleFile(String fileName, OutputFormat format, List<SampleReport> reports, int catalogueRow,
                         String summary, String notes, int wrapColumn, boolean namedEntities, MailSpec mail) {

    /**
     * @param subject        the Subject, or null to use the report's title (placeholders allowed)
     * @param coverNote      body of a message that carries the report as an attachment (placeholders allowed)
     * @param attachmentName file name of the attachment, with accents
     */
    public record MailSpec(String subject, String coverNote, String attachmentName) {
    }

    public SampleFile {
        Objects.requireNonNull(fileName);
        reports = List.copyOf(reports);
        if (!fileName.endsWith("." + format.extension())) {
            throw new IllegalArgumentException(fileName + " does not end in ." + format.extension());
        }
    }

    public static SampleFile of(String fileName, OutputFormat format, SampleReport report, String summary) {
        return new SampleFile(fileName, format, List.of(report), 0, summary, "", 0, false, null);
    }

    public static SampleFile csv(String fileName, List<SampleReport> rows, int catalogueRow, String summary) {
        return new SampleFile(fileName, OutputFormat.CSV_FORM, rows, catalogueRow, summary, "", 0, false, null);
    }

    public SampleFile notes(String value) {
        return new SampleFile(fileName, format, reports, catalogueRow, summary, value, wrapColumn, namedEntities,
                mail);
    }

    public SampleFile wrappedAt(int column) {
        return new SampleFile(fileName, format, reports, catalogueRow, summary, notes, column, namedEntities, mail);
    }

    public SampleFile withNamedEntities() {
        return new SampleFile(fileName, format, reports, catalogueRow, summary, notes, wrapColumn, true, mail);
    }

    public SampleFile mail(String subject, String coverNote, String attachmentName) {
        return new SampleFile(fileName, format, reports, catalogueRow, summary, notes, wrapColumn, namedEntities,
                new MailSpec(subject, coverNote, attachmentName));
    }

    /** The report that represents this file in the catalogue. */
    public SampleReport report() {
        return reports.get(catalogueRow);
    }

    public CatalogueEntry catalogueEntry() {
        SampleReport r = report();
        return new CatalogueEntry(fileName, format.catalogueFormat(), r.alcaldia().canonicalName(), r.distrito(),
                r.utClave(), r.date(), r.renderedDistinctivePhrase(), CatalogueEntry.topicIds(r.topics()),
                format.ocr());
    }
}
