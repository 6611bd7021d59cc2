package mx.observa.extract;

import java.text.Normalizer;

/** Makes extracted text uniform for the understand stage: NFC, Unix line ends, no runs of blank lines or spaces. */
final class TextCleanup {

    private TextCleanup() {
    }

    static String normalize(String raw) {
        String t = Normalizer.normalize(raw, Normalizer.Form.NFC)
                .replace("\r\n", "\n").replace('\r', '\n')
                .replace('\u00A0', ' ')
                .replaceAll("[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F]", "")
                .replaceAll("[ \\t]+\\n", "\n")
                .replaceAll("[ \\t]{2,}", " ")
                .replaceAll("\\n{3,}", "\n\n");
        return t.strip();
    }
}
