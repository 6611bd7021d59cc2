package mx.observa.extract;

/**
 * The text of one archived file.
 *
 * @param mediaType type Tika detected and parsed
 * @param ocr       whether OCR produced (part of) the text
 * @param truncated whether the text was cut at the configured character limit
 */
public record Extraction(String text, String mediaType, boolean ocr, boolean truncated) {
}
