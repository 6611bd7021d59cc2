package mx.observa.extract;

import java.io.File;
import java.util.Locale;

/** Decides whether OCR runs: "on", "off", or "auto" = on when a {@code tesseract} binary is on the PATH. */
final class OcrAvailability {

    private OcrAvailability() {
    }

    static boolean enabled(String mode) {
        return switch (mode.toLowerCase(Locale.ROOT)) {
            case "on", "si", "sí", "true" -> true;
            case "off", "no", "false" -> false;
            default -> tesseractOnPath();
        };
    }

    static boolean tesseractOnPath() {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (new File(dir, "tesseract").canExecute()) {
                return true;
            }
        }
        return false;
    }
}
