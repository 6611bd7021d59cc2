package mx.observa.reliability;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A questionnaire export (one report per row) as {@code observa import-csv} takes it. Rows share no more than the
 * questionnaire's columns: different observer, alcaldía, district and text, so none is a near-duplicate of another.
 * The same number of rows always gives the same bytes, and a longer export starts with the rows of a shorter one
 * (as a later download of the same questionnaire does).
 */
final class QuestionnaireExport {

    private static final List<String> ALCALDIAS = List.of("Azcapotzalco", "Coyoacán", "Cuajimalpa de Morelos",
            "Gustavo A. Madero", "Iztacalco", "Iztapalapa", "La Magdalena Contreras", "Milpa Alta", "Álvaro Obregón",
            "Tláhuac", "Tlalpan", "Xochimilco", "Benito Juárez", "Cuauhtémoc", "Miguel Hidalgo", "Venustiano Carranza");
    private static final String[] WORDS = ("boletas urna mesa fila vecinos proyecto difusión papeletas lluvia retraso "
            + "apertura cierre funcionarios credencial lista nominal mampara sello tinta acta cómputo escrutinio "
            + "representante parque banqueta luminaria drenaje cancha mercado escuela calle esquina tarde mañana "
            + "mediodía señora joven adulto mayor rampa acceso silla toldo cartel volante bocina patrulla personal "
            + "capacitación votación consulta presupuesto colonia pueblo barrio niñas niños lona").split(" ");

    private QuestionnaireExport() {
    }

    /** @return each row's marker word ({@code marcador0000}…), found in that row's text only */
    static Set<String> write(Path file, int rows) throws IOException {
        Random random = new Random(2022);
        Set<String> markers = new LinkedHashSet<>();
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("Nombre;Alcaldía;Distrito;Observaciones\n");
            for (int i = 0; i < rows; i++) {
                String marker = "marcador%04d".formatted(i);
                markers.add(marker);
                StringBuilder text = new StringBuilder("En la mesa ").append(marker).append(" faltaron boletas y");
                for (int k = 0; k < 30; k++) {
                    text.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
                }
                w.write("Persona observadora " + i + ";" + ALCALDIAS.get(random.nextInt(ALCALDIAS.size())) + ";"
                        + (1 + random.nextInt(33)) + ";" + text + ".\n");
            }
        }
        return markers;
    }
}
