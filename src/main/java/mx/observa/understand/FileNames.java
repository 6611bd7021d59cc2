package mx.observa.understand;

/** Original file names and mail subjects read as text: "Informe_Juan_Perez.pdf" → "Informe Juan Perez pdf". */
public final class FileNames {

    private FileNames() {
    }

    /**
     * The name with underscores, dots, hyphens and plus signs as spaces, same length (offsets found in the result
     * are offsets in the name).
     */
    public static String spaced(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            out.append(c == '_' || c == '.' || c == '-' || c == '+' ? ' ' : c);
        }
        return out.toString();
    }
}
