package mx.observa.samples;

import java.time.LocalDateTime;
import java.util.List;

import static mx.observa.samples.Topic.ESCRUTINIO;
import static mx.observa.samples.Topic.IDENTIFICACION;
import static mx.observa.samples.Topic.INSTALACION;
import static mx.observa.samples.Topic.MATERIAL;
import static mx.observa.samples.Topic.OBSERVACION;
import static mx.observa.samples.Topic.PARTICIPACION;
import static mx.observa.samples.Topic.PROSELITISMO;
import static mx.observa.samples.Topic.RECOMENDACION;
import static mx.observa.samples.Topic.REMOTA;
import static mx.observa.samples.Topic.SECRETO_VOTO;
import static mx.observa.samples.Topic.SEGURIDAD;

/** The answers of the online questionnaire exported as CSV (one report per row; all people invented). */
final class CuratedCsvAnswers {

    /** Index of the row whose data and phrase represent the CSV file in the catalogue. */
    static final int CATALOGUE_ROW = 1;

    private CuratedCsvAnswers() {
    }

    static List<SampleReport> rows() {
        return List.of(
                answer("csv1", "Luis Enrique Mora Gil", "55 5555 0172", "luis.mora@correo.example",
                        Alcaldia.AZCAPOTZALCO, "Azcapotzalco", 3, "3", "02-017", "Santa Bárbara", "MRO-01",
                        LocalDateTime.of(2022, 5, 1, 19, 2, 11), "9:00", "Ninguna")
                        .finding("Sin incidentes mayores. La mesa abrió puntual.", INSTALACION)
                        .finding("Faltaron papeletas a las 16:20; se avisó a la sede distrital y no llegaron más.",
                                MATERIAL, PARTICIPACION)
                        .finding("Calcular mejor el número de papeletas por mesa.", RECOMENDACION)
                        .distinctivePhrase("avisó a la sede distrital")
                        .build(),
                answer("csv2", "Brenda Castillo Ávila", "55 5555 0174", "brenda.castillo@correo.example",
                        Alcaldia.IZTAPALAPA, "IZTAPALAPA", 27, "27", "07-310", "Lomas de San Lorenzo", "mesa 1",
                        LocalDateTime.of(2022, 5, 1, 20, 47, 38), "10:05", null)
                        .finding("La mesa se instaló hasta las 10:05 porque el responsable no encontraba el "
                                + "domicilio.", INSTALACION)
                        .finding("Hubo personas que no venían en el listado y se molestaron.", IDENTIFICACION)
                        .finding("Un señor con playera de un partido político estuvo parado junto a la mesa toda la "
                                + "mañana.", PROSELITISMO)
                        .finding("Que publiquen mejor los domicilios de las mesas.", RECOMENDACION)
                        .distinctivePhrase("playera de un partido")
                        .build(),
                answer("csv3", "Erick Salazar Domínguez", "55 5555 0176", "erick.salazar@correo.example",
                        Alcaldia.GAM, "Gustavo A Madero", 2, "Distrito 2", "05-076", "La Pastora", "MRO-03",
                        LocalDateTime.of(2022, 5, 1, 21, 15, 3), "9:00", null)
                        .finding("Todo en orden. Buena participación de jóvenes.", PARTICIPACION)
                        .distinctivePhrase("participación de jóvenes")
                        .build(),
                answer("csv4", "Gabriela Ruiz Tapia", "55 5555 0178", "gaby.ruiz.t@correo.example",
                        Alcaldia.TLALPAN, "tlalpan", 14, "XIV", "12-140", "Isidro Fabela", "MRO-02",
                        LocalDateTime.of(2022, 5, 2, 9, 31, 52), "9:30", null)
                        .finding("La página del SEI no cargaba desde mi celular el día 26 y tuve que opinar en el "
                                + "módulo.", REMOTA)
                        .finding("En la mesa, poca gente.", PARTICIPACION)
                        .finding("Probar el sistema en celulares sencillos.", RECOMENDACION)
                        .distinctivePhrase("celulares sencillos")
                        .build(),
                answer("csv5", "Omar Velázquez Rivas", "55 5555 0183", "omar.velazquez@correo.example",
                        Alcaldia.CUAUHTEMOC, "Cuauhtémoc", 12, "12", "15-010", "Guerrero", "MRO-04",
                        LocalDateTime.of(2022, 5, 2, 11, 8, 27), "8:58", null)
                        .finding("Las mamparas estaban pegadas a la pared pero una quedó frente a la puerta.",
                                SECRETO_VOTO)
                        .finding("La policía estuvo cerca todo el día, sin intervenir.", SEGURIDAD)
                        .finding("Más capacitación sobre la colocación de mamparas.", RECOMENDACION)
                        .distinctivePhrase("frente a la puerta")
                        .build(),
                answer("csv6", "Lucía Fernanda Ortiz Neri", "55 5555 0186", "lucia.ortiz.neri@correo.example",
                        Alcaldia.COYOACAN, "Coyoacán", 26, "26", "03-112", "Santa Úrsula Coapa", "MRO-01",
                        LocalDateTime.of(2022, 5, 2, 17, 59, 44), "9:10", null)
                        .finding("Las personas funcionarias me pidieron salir durante el conteo y no pude observar "
                                + "el escrutinio.", OBSERVACION, ESCRUTINIO)
                        .finding("Recordar a las mesas que las personas observadoras pueden estar en el conteo.",
                                RECOMENDACION)
                        .distinctivePhrase("me pidieron salir")
                        .build(),
                answer("csv7", "Emiliano Reyes Flores", "55 5555 0191", "emiliano.reyes@correo.example",
                        Alcaldia.XOCHIMILCO, "Xochimilco", 19, "19", "13-061", "Santa Cruz Acalpixca", "MRO-02",
                        LocalDateTime.of(2022, 5, 3, 8, 22, 5), "9:00", null)
                        .finding("Mucha participación. Se terminaron las boletas a las 15:00 y hubo que cerrar la "
                                + "fila.", PARTICIPACION, MATERIAL)
                        .finding("Mandar boletas extra a las mesas con más participación.", RECOMENDACION)
                        .distinctivePhrase("cerrar la fila")
                        .build());
    }

    private static SampleReport.Builder answer(String id, String name, String phone, String email, Alcaldia alcaldia,
                                               String alcaldiaWritten, int distrito, String distritoWritten,
                                               String ut, String utName, String mro, LocalDateTime submittedAt,
                                               String installedAt, String organization) {
        return SampleReport.builder(id)
                .style(ReportStyle.QUESTIONNAIRE)
                .observer(new Observer(name, phone, email, null, null, null))
                .organization(organization == null || organization.equals("Ninguna") ? null : organization)
                .alcaldia(alcaldia, alcaldiaWritten)
                .distrito(distrito, distritoWritten)
                .ut(ut, utName)
                .mro(mro)
                .date(CuratedReports.JORNADA)
                .submittedAt(submittedAt)
                .installedAt(installedAt);
    }
}
