package mx.observa.extract;

/**
 * The text of one archived file.
 *
 * @param mediaType type Tika detected and parsed
 * @param ocr       whether OCR produced (part of) the text
 * @param truncated whether the text is incomplete: cut at the character limit, or pages left out by OCR's page limit
 * @param note      Spanish, for the analyst: what was left out and why; null when the text is complete
 */
public record Extraction(String text, String mediaType, boolean ocr, boolean truncated, String note) {
}
