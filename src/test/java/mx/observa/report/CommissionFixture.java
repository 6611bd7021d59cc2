package mx.observa.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import mx.observa.config.ObservaConfig;
import mx.observa.model.Channel;
import mx.observa.model.Finding;
import mx.observa.model.FindingKind;

/**
 * A small archive as the commission would see it before the June session: reports from several alcaldías and
 * channels, a near-duplicate, a repeat, a quarantined file, a report after the cut-off — and personal data planted
 * the way observers write it (labelled names, signatures, phones, e-mails, CURP, clave de elector, names in file
 * names), none of which may reach any output.
 */
final class CommissionFixture {

    /** The June session's cut-off in config/calendario-cvoe.csv (23 June − 7 days). */
    static final LocalDate CUTOFF = LocalDate.of(2022, 6, 16);

    /** Every planted piece of personal data, as it must never appear in an output. */
    static final List<String> PLANTED = List.of(
            "María Guadalupe Sánchez Torres", "Sánchez Torres", "55 1234 5678", "lupita.sanchez@gmail.com",
            "Josefina Ramírez", "SATM800101MDFNRR09", "SNTRMR80010109M800", "Roberto Carlos Méndez Ruiz",
            "Méndez Ruiz", "5587654321", "Ana Karen Ortiz", "(55) 8765-4321", "8765-4321", "ana.ortiz@observa.org.mx",
            "maria_sanchez", "Pedro Infante Cruz", "+52 55 2468 1357", "Leticia Bermúdez Soto", "Bermúdez Soto");
    /** Planted where only the personal-data detector finds it (no label the safety net knows). */
    static final String DETECTOR_ONLY = "Leticia Bermúdez Soto";

    /** Folios in the order received. */
    final String r1;
    final String r2;
    final String r3dup;
    final String r4;
    final String r5;
    final String quarantined;
    final String late;

    CommissionFixture(ObservaConfig config) {
        try (ObservationArchive a = new ObservationArchive(config)) {
            r1 = a.report("2022-05-02T16:00:00Z", Channel.CORREO, "informe_maria_sanchez.pdf",
                    ObservationArchive.place("Iztapalapa", 24, "07-123", "MRO-03", "2022-05-01"), null,
                    finding(1, FindingKind.INCIDENCIA, "Nombre: María Guadalupe Sánchez Torres, teléfono 55 1234 5678, correo "
                            + "lupita.sanchez@gmail.com. La mesa se instaló a las 10:15, con más de una hora de retraso, "
                            + "porque no llegaban las personas funcionarias.", Map.of("instalacion", List.of("instaló", "retraso"),
                            "funcionariado", List.of("funcionarias"))),
                    finding(2, FindingKind.INCIDENCIA, "Faltaron papeletas durante la tarde y la urna no tenía sellos; lo confirmó la Arq. "
                                    + "Leticia Bermúdez Soto, de la sede distrital.",
                            Map.of("material", List.of("papeletas", "urna", "sellos"))),
                    finding(3, FindingKind.INCIDENCIA, "Un grupo de personas amenazó a los funcionarios y se llevó el acta; llegó la policía.",
                            Map.of("seguridad", List.of("amenazó", "policía"))),
                    finding(4, FindingKind.RECOMENDACION, "Recomiendo capacitar mejor a las personas funcionarias de las mesas receptoras.",
                            Map.of("recomendacion", List.of("recomiendo"))));
            r2 = a.report("2022-05-03T17:30:00Z", Channel.FORMULARIO, "cuestionario.txt",
                    ObservationArchive.place("Coyoacán", 30, "03-045", "MRO-01", "2022-05-01"), null,
                    finding(1, FindingKind.INCIDENCIA, "Cerca de la mesa la Sra. Josefina Ramírez repartía despensas y pedía votar por el proyecto "
                            + "del parque; su CURP SATM800101MDFNRR09 quedó en la lista.", Map.of("proselitismo",
                            List.of("repartía despensas", "pedía votar"))),
                    finding(2, FindingKind.INCIDENCIA, "La credencial con clave de elector SNTRMR80010109M800 no aparecía en la lista nominal.",
                            Map.of("identificacion", List.of("credencial", "lista nominal"))),
                    finding(3, FindingKind.BUENA_PRACTICA, "Las personas funcionarias dieron atención prioritaria a personas mayores; es una buena "
                            + "práctica que conviene repetir.", Map.of("buena_practica", List.of("buena práctica"),
                            "accesibilidad", List.of("personas mayores", "atención prioritaria"))));
            // The same report again, converted to another format: near-identical, counted once.
            r3dup = a.report("2022-05-04T12:00:00Z", Channel.CARPETA, "informe_maria_sanchez.docx",
                    ObservationArchive.place("Iztapalapa", 24, "07-123", "MRO-03", "2022-05-01"), r1,
                    finding(1, FindingKind.INCIDENCIA, "La mesa se instaló a las 10:15, con más de una hora de retraso.",
                            Map.of("instalacion", List.of("instaló", "retraso"))));
            r4 = a.report("2022-05-10T20:00:00Z", Channel.CORREO, "Informe Pedro Infante Cruz.txt",
                    ObservationArchive.place("Gustavo A. Madero", 5, "05-200", "MRO-02", "2022-05-01"), null,
                    finding(1, FindingKind.INCIDENCIA, "La mampara estaba frente a la ventana y desde la calle se veía cómo votaba la gente; "
                            + "una persona acompañaba a otras a votar.", Map.of("secreto_voto", List.of("mampara", "se veía",
                            "acompañaba"))),
                    finding(2, FindingKind.RECOMENDACION, "Sugiero capacitar mejor a las personas funcionarias de las mesas.",
                            Map.of("recomendacion", List.of("sugiero"))),
                    finding(3, FindingKind.CONTEXTO, "Atentamente\nRoberto Carlos Méndez Ruiz\nCel. 5587654321",
                            Map.of()),
                    // OCR noise from a poor scan: kept for analysts, never quoted or counted
                    Finding.illegible(4, "2, qee tuerce asin seo pea 'ii l1 ,,; rnm tn0 aee eeu -- ~~ lI1"));
            r5 = a.report("2022-05-12T18:00:00Z", Channel.CSV, "cuestionarios.csv#fila-3",
                    ObservationArchive.place(null, null, null, null, null), null,
                    finding(1, FindingKind.CONTEXTO, "Observadora: Ana Karen Ortiz (55) 8765-4321 ana.ortiz@observa.org.mx",
                            Map.of()),
                    finding(2, FindingKind.INCIDENCIA, "Hubo muy poca afluencia: en toda la mañana votaron unas veinte personas y no había filas.",
                            Map.of("participacion", List.of("afluencia", "filas"))),
                    finding(3, FindingKind.RECOMENDACION, "Colocar las mamparas de espaldas a la pared para proteger el secreto del voto.",
                            Map.of("recomendacion", List.of("colocar"), "secreto_voto", List.of("mamparas"))),
                    finding(4, FindingKind.CONTEXTO, "Para dudas llamar al +52 55 2468 1357.", Map.of()));
            quarantined = a.quarantined("2022-05-13T10:00:00Z", "%PDF-1.7 roto");
            a.repeat("2022-05-14T10:00:00Z", r2);
            late = a.report("2022-06-20T16:00:00Z", Channel.CORREO, "tardio.txt",
                    ObservationArchive.place("Tlalpan", 14, "12-010", "MRO-07", "2022-05-01"), null,
                    finding(1, FindingKind.CONFORME, "Llegó tarde este informe: la mesa abrió puntual y todo transcurrió en orden.",
                            Map.of("instalacion", List.of("abrió puntual"))));
        }
    }

    private static Finding finding(int n, FindingKind kind, String text, Map<String, List<String>> evidence) {
        return Finding.of(n, text, evidence, kind, List.of());
    }
}
