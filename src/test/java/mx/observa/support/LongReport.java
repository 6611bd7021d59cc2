package mx.observa.support;

/** A typed report of a given length, as an observer who writes a lot would send it, with a last word found nowhere else. */
public final class LongReport {

    /** The report's last word: a search for it proves the whole text arrived. */
    public static final String LAST_WORD = "zarzamora";

    private static final String[] PARAGRAPHS = {
        "En la mesa receptora de opinión de la escuela primaria faltaron boletas durante la primera hora y las personas "
                + "votantes esperaron en fila bajo el sol. ",
        "La persona funcionaria explicó el procedimiento con paciencia, aunque la mampara estaba mal colocada junto a "
                + "la ventana y se alcanzaba a ver la boleta. ",
        "Hacia el mediodía llegó el material faltante y la votación siguió sin otros incidentes; se anotó todo en el acta. ",
        "Observé propaganda de un proyecto pegada en la barda de enfrente, a menos de cincuenta metros de la mesa. ",
    };

    private LongReport() {
    }

    /** Exactly {@code chars} characters, ending with {@link #LAST_WORD}. */
    public static String text(int chars) {
        StringBuilder b = new StringBuilder(chars + 200);
        for (int i = 0; b.length() < chars; i++) {
            b.append("Párrafo ").append(i + 1).append(". ").append(PARAGRAPHS[i % PARAGRAPHS.length]);
        }
        String end = " " + LAST_WORD;
        b.setLength(chars - end.length());
        return b.append(end).toString();
    }
}
