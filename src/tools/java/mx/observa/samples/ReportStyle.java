package mx.observa.samples;

/** How a report is laid out; {@link ReportComposer} turns each style into document blocks. */
public enum ReportStyle {
    /** Formal letter: letterhead, place and date, addressee, body paragraphs, signature. */
    LETTER,
    /** Questionnaire with numbered questions and answers. */
    QUESTIONNAIRE,
    /** Terse notes: a data line or two, then bullets. */
    BULLETS,
    /** Free text, often emotional, with the data woven into the first paragraph. */
    FREE_TEXT,
    /** A printed form filled in, as photographed or scanned. */
    FORM
}
