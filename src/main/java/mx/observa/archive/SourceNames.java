package mx.observa.archive;

import java.text.Normalizer;

/**
 * Original file names are shown to people but never used as paths: this keeps their last segment, drops control
 * characters and normalizes to NFC so "Informe Señora.pdf" stays readable and "../../etc/passwd" becomes "passwd".
 */
public final class SourceNames {

    private SourceNames() {
    }

    public static String clean(String name) {
        if (name == null || name.isBlank()) {
            return "sin-nombre";
        }
        String n = Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("\\p{Cntrl}", "");
        n = n.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).strip();
        if (n.isEmpty() || n.equals(".") || n.equals("..")) {
            return "sin-nombre";
        }
        return n.length() > 200 ? n.substring(0, 200) : n;
    }

    /** A name safe to use as a file name inside a folder Observa owns (quarantine, exports). */
    public static String safeFileName(String name) {
        String n = clean(name).replaceAll("[^\\p{L}\\p{N}._ -]", "_");
        return n.startsWith(".") ? "_" + n.substring(1) : n;
    }
}
