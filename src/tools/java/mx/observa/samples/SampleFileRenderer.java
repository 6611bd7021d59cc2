package mx.observa.samples;

import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Turns a {@link SampleFile} into bytes with the writer of its format. */
final class SampleFileRenderer {

    private final ReportComposer composer = new ReportComposer();
    private final PdfReportWriter pdf;
    private final ScanImageRenderer scans;
    private final DocxReportWriter docx = new DocxReportWriter();
    private final OdtReportWriter odt = new OdtReportWriter();
    private final RtfReportWriter rtf = new RtfReportWriter();
    private final HtmlReportWriter html = new HtmlReportWriter();
    private final PlainTextWriter text = new PlainTextWriter();
    private final EmlWriter eml = new EmlWriter();
    private final QuestionnaireCsvWriter csv = new QuestionnaireCsvWriter();

    SampleFileRenderer(FontFiles fonts) {
        this.pdf = new PdfReportWriter(fonts);
        this.scans = new ScanImageRenderer(fonts);
    }

    byte[] render(SampleFile file) {
        if (file.format() == OutputFormat.CSV_FORM) {
            return csv.write(file.reports());
        }
        SampleReport report = file.report();
        ReportDocument document = composer.compose(report);
        String documentId = file.fileName();
        return switch (file.format()) {
            case PDF -> pdf.write(document, documentId);
            case PDF_IMAGE -> {
                BufferedImage scan = scans.render(document, ScanImageRenderer.Look.FLATBED_SCAN, seed(documentId));
                yield pdf.writeImageOnly(scan, document.title(), document.author(), document.created(), documentId);
            }
            case PNG_PHOTO -> ScanImageRenderer.png(
                    scans.render(document, ScanImageRenderer.Look.PHONE_PHOTO, seed(documentId)));
            case DOCX -> docx.write(document);
            case ODT -> odt.write(document);
            case RTF -> rtf.write(document);
            case HTML -> html.write(document, file.namedEntities());
            case TXT_UTF8 -> text.write(document, StandardCharsets.UTF_8, "\n", file.wrapColumn());
            case TXT_UTF8_BOM -> text.write(document, StandardCharsets.UTF_8, "\r\n", file.wrapColumn(), true);
            case TXT_LATIN1 -> text.write(document, StandardCharsets.ISO_8859_1, "\r\n", file.wrapColumn());
            case EML_BODY -> eml.writeBody(envelope(file, report, document),
                    text.render(withoutTitle(document), file.wrapColumn()));
            case EML_PDF -> eml.writeWithAttachment(envelope(file, report, document), coverNote(file, report),
                    pdf.write(document, documentId + "/attachment"), attachmentName(file), "application/pdf");
            case EML_DOCX -> eml.writeWithAttachment(envelope(file, report, document), coverNote(file, report),
                    docx.write(document), attachmentName(file),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
            case CSV_FORM -> throw new IllegalStateException("handled above");
        };
    }

    /**
     * The text a reader of the file sees (title or subject, cover note, body; before any format encoding): used to
     * check that each distinctive phrase is present in its file and absent from every other file.
     */
    String readableText(SampleFile file) {
        if (file.format() == OutputFormat.CSV_FORM) {
            return file.reports().stream().map(QuestionnaireCsvWriter::rowText).collect(Collectors.joining("\n"));
        }
        SampleReport report = file.report();
        ReportDocument document = composer.compose(report);
        StringBuilder text = new StringBuilder(envelope(file, report, document).subject()).append('\n');
        if (file.mail() != null && file.mail().coverNote() != null) {
            text.append(coverNote(file, report)).append('\n');
        }
        return text.append(document.plainText("\n")).toString();
    }

    private static EmlWriter.Envelope envelope(SampleFile file, SampleReport report, ReportDocument document) {
        String subject = document.title();
        if (file.mail() != null && file.mail().subject() != null) {
            subject = report.spelling().apply(ReportComposer.resolve(file.mail().subject(),
                    ReportComposer.placeholders(report), report.id()));
        }
        return new EmlWriter.Envelope(report.observer().fullName(), report.observer().email(), subject,
                report.submittedAt(), report.id());
    }

    /** A mail body does not repeat its subject: the document without its leading title lines. */
    private static ReportDocument withoutTitle(ReportDocument document) {
        List<Block> blocks = new ArrayList<>(document.blocks());
        while (!blocks.isEmpty() && blocks.getFirst().kind() == Block.Kind.TITLE) {
            blocks.removeFirst();
        }
        return new ReportDocument(document.title(), document.author(), document.created(), blocks,
                document.keepTogether());
    }

    private static String coverNote(SampleFile file, SampleReport report) {
        if (file.mail() == null || file.mail().coverNote() == null) {
            throw new IllegalArgumentException(file.fileName() + ": an attachment mail needs a cover note");
        }
        return report.spelling().apply(ReportComposer.resolve(file.mail().coverNote(),
                ReportComposer.placeholders(report), report.id()));
    }

    private static String attachmentName(SampleFile file) {
        if (file.mail() == null || file.mail().attachmentName() == null) {
            throw new IllegalArgumentException(file.fileName() + ": an attachment mail needs an attachment name");
        }
        return file.mail().attachmentName();
    }

    /** A stable seed for the image noise of a file. */
    static long seed(String name) {
        return ByteBuffer.wrap(PdfReportWriter.sha256(name)).getLong();
    }
}
