package mx.observa.samples;

import java.util.List;

import static mx.observa.samples.OutputFormat.DOCX;
import static mx.observa.samples.OutputFormat.EML_BODY;
import static mx.observa.samples.OutputFormat.EML_DOCX;
import static mx.observa.samples.OutputFormat.EML_PDF;
import static mx.observa.samples.OutputFormat.HTML;
import static mx.observa.samples.OutputFormat.ODT;
import static mx.observa.samples.OutputFormat.PDF;
import static mx.observa.samples.OutputFormat.PDF_IMAGE;
import static mx.observa.samples.OutputFormat.PNG_PHOTO;
import static mx.observa.samples.OutputFormat.RTF;
import static mx.observa.samples.OutputFormat.TXT_LATIN1;
import static mx.observa.samples.OutputFormat.TXT_UTF8;
import static mx.observa.samples.OutputFormat.TXT_UTF8_BOM;

/** The committed sample set (sample-reports/): which report goes into which file and format. */
final class CuratedSamples {

    private CuratedSamples() {
    }

    static List<SampleFile> files() {
        SampleReport tlalpan = CuratedReports.r08TlalpanIncidents();
        return List.of(
                SampleFile.of("01-carta-coyoacan-santo-domingo.pdf", PDF, CuratedReports.r01CoyoacanLetter(),
                        "Carta formal con membrete y firma: instalación tardía sobre la banqueta, mamparas de "
                        + "espaldas a la calle, escrutinio y cartel de resultados, buena práctica, recomendaciones."),
                SampleFile.of("02-cuestionario-gam-cuautepec.docx", DOCX, CuratedReports.r02GamQuestionnaire(),
                        "Cuestionario con respuestas numeradas: funcionaria ausente suplida por un vecino, personas "
                        + "que no aparecen en la lista nominal, poca difusión, baja afluencia."),
                SampleFile.of("03-notas-iztapalapa-tezonco.txt", TXT_UTF8, CuratedReports.r03IztapalapaNotes(),
                        "Notas escuetas con horas: fila larga, lona de un proyecto cerca de la mesa, se acabaron "
                        + "las boletas, escrutinio."),
                SampleFile.of("04-correo-cuauhtemoc-sin-acceso.eml", EML_BODY, CuratedReports.r04CuauhtemocEmail(),
                        "Correo emotivo: a la persona observadora le negaron el acceso, llegó una patrulla, personas "
                        + "acompañadas dentro de la mampara.")
                        .notes("Informe en el cuerpo del correo; asunto codificado RFC 2047; contiene CURP y "
                        + "teléfono ficticios."),
                SampleFile.of("05-carta-tlahuac-latin1.txt", TXT_LATIN1, CuratedReports.r05TlahuacLetter(),
                        "Carta: mesa en un segundo piso sin acceso para personas mayores o en silla de ruedas; las "
                        + "personas funcionarias bajan la urna (buena práctica); poca difusión.")
                        .notes("Bytes ISO-8859-1 y fin de línea CRLF, como los guardaba un editor antiguo de "
                        + "Windows."),
                SampleFile.of("06-cierre-vcarranza-latin1.txt", TXT_LATIN1, CuratedReports.r06CarranzaClosing(),
                        "Cuestionario sólo del cierre: diferencia de papeletas en el escrutinio, la sábana de "
                        + "resultados no se publicó, traslado del paquete sin acompañamiento.")
                        .notes("Bytes ISO-8859-1 y fin de línea CRLF."),
                SampleFile.of("07-sei-benito-juarez-narvarte.pdf", PDF, CuratedReports.r07BenitoJuarezSei(),
                        "Carta sobre la votación por internet (SEI) observada en un módulo de apoyo: no llega el "
                        + "código de verificación, caída del sistema, apoyo a personas mayores, difusión.")
                        .notes("Sin MRO (votación remota); fecha de la observación 26 de abril."),
                SampleFile.of("08-incidentes-tlalpan-totoltepec.docx", DOCX, tlalpan,
                        "Carta sobre acarreo en microbús, una persona que indicaba por qué proyecto opinar, "
                        + "empujones y presencia policial.")
                        .notes("Duplicado casi exacto: mismo texto que 09-incidentes-tlalpan-totoltepec.pdf "
                        + "(comparten la frase distintiva)."),
                SampleFile.of("09-incidentes-tlalpan-totoltepec.pdf", PDF, tlalpan,
                        "El mismo informe que 08-incidentes-tlalpan-totoltepec.docx, entregado también en PDF.")
                        .notes("Duplicado casi exacto de 08-incidentes-tlalpan-totoltepec.docx (mismo texto, otro "
                        + "formato)."),
                SampleFile.of("10-reporte-xochimilco-atlapulco.docx", DOCX, CuratedReports.r10XochimilcoFirst(),
                        "Viñetas: instalación tardía, granizo, la mesa se mueve bajo techo, boletas mojadas, "
                        + "escrutinio.")
                        .notes("Primer envío; 11-reporte-xochimilco-atlapulco-corregido.docx es su reenvío con "
                        + "pequeñas correcciones."),
                SampleFile.of("11-reporte-xochimilco-atlapulco-corregido.docx", DOCX,
                        CuratedReports.r11XochimilcoResent(),
                        "Reenvío corregido del informe 10: cambia la hora de instalación y el clima, agrega una "
                        + "línea sobre señalización.")
                        .notes("Reenvío con ediciones menores de 10-reporte-xochimilco-atlapulco.docx."),
                SampleFile.of("12-cuestionario-cuajimalpa.odt", ODT, CuratedReports.r12CuajimalpaQuestionnaire(),
                        "Cuestionario: la mesa cambió de lugar sin aviso, accesibilidad adecuada, carteles "
                        + "ilegibles, funcionaria que orienta a la gente (buena práctica)."),
                SampleFile.of("13-relato-milpa-alta.odt", ODT, CuratedReports.r13MilpaAltaStory(),
                        "Relato cálido: alta participación, explicación en náhuatl, atención preferente a personas "
                        + "mayores y embarazadas, difusión tardía."),
                SampleFile.of("14-carta-iztacalco.rtf", RTF, CuratedReports.r14IztacalcoLetter(),
                        "Carta formal: funcionarios sin gafete, tableta del listado que no enciende, se agota la "
                        + "tinta, escrutinio ordenado."),
                SampleFile.of("15-resumen-azcapotzalco.rtf", RTF, CuratedReports.r15AzcapotzalcoSummary(),
                        "Resumen en viñetas: volantes de un proyecto a la entrada, personas con credencial de otra "
                        + "UT, buen ambiente."),
                SampleFile.of("16-formulario-web-miguel-hidalgo.html", HTML,
                        CuratedReports.r16MiguelHidalgoWebForm(),
                        "Formulario web: baja afluencia por el tianguis, poca difusión, buen trato a la persona "
                        + "observadora.")
                        .withNamedEntities()
                        .notes("Acentos escritos como entidades HTML (&aacute;, &ntilde;)."),
                SampleFile.of("17-accesibilidad-contreras.html", HTML, CuratedReports.r17ContrerasAccessibility(),
                        "Relato sobre accesibilidad: escalones sin rampa, falta de plantilla braille, secreto del "
                        + "voto de una persona con discapacidad visual."),
                SampleFile.of("18-reporte-mayusculas-iztapalapa.pdf", PDF, CuratedReports.r18IztapalapaCapitals(),
                        "Reporte indignado: acarreo con dádivas, riña, patrulla, urna rota, escrutinio sin dejar "
                        + "observar.")
                        .notes("Escrito TODO EN MAYÚSCULAS."),
                SampleFile.of("19-reporte-sin-acentos-alvaro-obregon.txt", TXT_UTF8,
                        CuratedReports.r19AlvaroObregonNoAccents(),
                        "Texto informal: instalación tardía, urna sin cinta de seguridad, fila larga.")
                        .notes("Escrito sin acentos ni eñes y con faltas de ortografía (obsevadora, ubo)."),
                SampleFile.of("20-nota-breve-cuauhtemoc.txt", TXT_UTF8, CuratedReports.r20CuauhtemocShort(),
                        "Nota de tres líneas sin incidentes.")
                        .notes("Sin fecha ni distrito."),
                SampleFile.of("21-informe-extenso-gam.txt", TXT_UTF8_BOM, CuratedReports.r21GamDetailed(),
                        "Informe extenso y cronológico de una organización: cubre casi todos los temas de la "
                        + "taxonomía.")
                        .wrappedAt(72)
                        .notes("UTF-8 con BOM y CRLF, con saltos de línea duros a 72 columnas; contiene CURP, "
                        + "domicilio y teléfono ficticios. Sin BOM, el detector de Tika lo confunde con GB18030."),
                SampleFile.of("22-correo-adjunto-pdf-coyoacan.eml", EML_PDF, CuratedReports.r22CoyoacanRecount(),
                        "Correo con el cuestionario adjunto en PDF: recuento al cierre y cartel de resultados "
                        + "arrancado.")
                        .mail("Informe de observación – {mro} CTM Culhuacán",
                                "Buenas tardes:\n\nLes envío en archivo adjunto mi informe de observación de la {mro} "
                                + "de la UT {ut} ({alcaldia}). Hubo un recuento al cierre; los detalles están en el "
                                + "documento.\n\nSaludos cordiales,\n{nombre}\nTel. {tel}",
                                "Informe observación CTM Culhuacán.pdf")
                        .notes("multipart/mixed; adjunto en base64 con nombre acentuado (RFC 2047 y RFC 2231)."),
                SampleFile.of("23-correo-adjunto-docx-iztapalapa.eml", EML_DOCX, CuratedReports.r23IztapalapaIds(),
                        "Correo con la carta adjunta en DOCX: credenciales vencidas o de otra UT, credencial "
                        + "mostrada en el celular, una sola mampara.")
                        .mail("Reporte de observación - Desarrollo Urbano Quetzalcóatl",
                                "Hola, buen día.\n\nAdjunto mi reporte de la mesa de Quetzalcóatl, perdón por la "
                                + "demora.\n\n{nombre}",
                                "Reporte MRO-04 Quetzalcóatl – Díaz.docx")
                        .notes("multipart/mixed; adjunto en base64 con nombre acentuado (RFC 2047 y RFC 2231)."),
                SampleFile.of("24-foto-formato-venustiano-carranza.png", PNG_PHOTO,
                        CuratedReports.r24CarranzaPhoto(),
                        "Formato impreso llenado: toldo en el camellón, faltaron boletas, fila larga, banqueta "
                        + "inaccesible.")
                        .notes("Requiere OCR (tesseract -l spa): foto de celular en escala de grises, girada "
                        + "~1°, con ruido ligero."),
                SampleFile.of("25-escaneo-formato-alvaro-obregon.pdf", PDF_IMAGE,
                        CuratedReports.r25AlvaroObregonScan(),
                        "Formato impreso escaneado: fila hasta la esquina, volantes de un comité, resultados en la "
                        + "barda.")
                        .notes("PDF sólo imagen (JPEG), sin capa de texto: requiere OCR."),
                SampleFile.csv("26-cuestionario-en-linea-export.csv", CuratedCsvAnswers.rows(),
                        CuratedCsvAnswers.CATALOGUE_ROW,
                        "Exportación de un cuestionario en línea con 7 respuestas de 7 alcaldías (Azcapotzalco, "
                        + "Iztapalapa, Gustavo A. Madero, Tlalpan, Cuauhtémoc, Coyoacán, Xochimilco).")
                        .notes("Una fila por informe, respuestas de varias líneas entre comillas, UTF-8 con BOM. "
                        + "La fila del catálogo describe la respuesta de Iztapalapa (de ella sale la frase)."),
                SampleFile.of("27-informe-colectivo-iztapalapa.pdf", PDF, CuratedReports.r27IztapalapaCollective(),
                        "Informe de dos páginas de una organización sobre dos mesas de la misma UT: casi todos los "
                        + "temas, con recomendaciones detalladas.")
                        .notes("Dos páginas; observa dos MRO."),
                SampleFile.of("28-sei-azcapotzalco-claveria.pdf", PDF, CuratedReports.r28AzcapotzalcoSei(),
                        "Notas sobre fallas del SEI: datos que no coinciden, la pantalla se queda vacía, sin "
                        + "comprobante.")
                        .notes("Votación por internet; sin MRO; fecha 27 de abril."),
                SampleFile.of("29-relato-benito-juarez-portales.docx", DOCX, CuratedReports.r29BenitoJuarezElderly(),
                        "Relato de una observadora mayor: sin asientos en la banqueta, listado revisado hoja por "
                        + "hoja, poca información de los proyectos.")
                        .notes("Faltas de ortografía (tubo, pudia, aver); domicilio ficticio."),
                SampleFile.of("30-notas-magdalena-contreras.txt", TXT_UTF8, CuratedReports.r30ContrerasNotes(),
                        "Notas mínimas de una mañana: funcionaria ausente, propaganda pintada, material completo."));
    }
}
