package mx.observa.pipeline;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import mx.observa.model.DeclaredField;
import mx.observa.model.Submission;
import mx.observa.text.Folding;
import mx.observa.understand.NearDuplicateDetector;

/**
 * Links a report to the first copy of it: the same report as PDF and DOCX, as mail body and attachment, resent with
 * small corrections, or sent again through another channel (mail, web form, questionnaire export). Similarity is the
 * {@link NearDuplicateDetector}'s; on top of it, a report is only linked to one that is not known to come from a
 * different person (e-mail declared or used, else accreditation number), because observers of one organization often
 * fill the same questionnaire with near-identical answers. The repeat keeps its own folio, is searchable, and is
 * counted once ({@code duplicate_of}).
 */
public final class TextDuplicates {

    private final NearDuplicateDetector detector;
    private final Function<String, Optional<Submission>> submissionByFolio;

    /**
     * @param detector          already holding every indexed report (see the service's start-up)
     * @param submissionByFolio the archived submission of a folio (to know who sent a candidate original)
     */
    public TextDuplicates(NearDuplicateDetector detector, Function<String, Optional<Submission>> submissionByFolio) {
        this.detector = detector;
        this.submissionByFolio = submissionByFolio;
    }

    /**
     * The folio of the first near-identical report from the same (or an unknown) observer; this report is remembered
     * either way, so a later copy finds the first one.
     *
     * @param findings the report's findings, in order: what the understand stage kept of the text
     */
    public Optional<String> firstOrRegister(Submission submission, List<String> findings) {
        String observer = observer(submission);
        return detector.checkAndRegister(submission.folio(), comparableText(findings),
                candidate -> sameOrUnknown(observer, submissionByFolio.apply(candidate).map(TextDuplicates::observer)
                        .orElse(null)));
    }

    /**
     * The text copies are compared on: the findings, without letterheads, signatures or quoted mail, so the same
     * report in two formats compares equal. The service registers indexed reports at start-up from the same text.
     */
    public static String comparableText(List<String> findings) {
        return String.join("\n\n", findings);
    }

    private static boolean sameOrUnknown(String a, String b) {
        return a == null || b == null || a.equals(b);
    }

    /** Who sent a report, as far as the channel says: the e-mail declared or used, else the accreditation number. */
    static String observer(Submission s) {
        String mail = s.declared(DeclaredField.CORREO) != null ? s.declared(DeclaredField.CORREO) : s.sender();
        if (mail != null && !mail.isBlank()) {
            return mail.strip().toLowerCase(Locale.ROOT);
        }
        String accreditation = s.declared(DeclaredField.ACREDITACION);
        return accreditation == null ? null : "acreditacion:" + Folding.foldLower(accreditation).replaceAll("\\s+", "");
    }
}
