package mx.observa.samples;

import java.time.LocalDate;
import java.time.LocalDateTime;

import static mx.observa.samples.Topic.ACCESIBILIDAD;
import static mx.observa.samples.Topic.BUENA_PRACTICA;
import static mx.observa.samples.Topic.DIFUSION;
import static mx.observa.samples.Topic.ESCRUTINIO;
import static mx.observa.samples.Topic.FUNCIONARIADO;
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

/**
 * The hand-written content of the committed sample reports (all people, phones, e-mails, CURPs and addresses are
 * invented). Each method returns one report; {@link CuratedSamples} decides the file and format of each.
 */
final class CuratedReports {

    static final LocalDate JORNADA = LocalDate.of(2022, 5, 1);

    private CuratedReports() {
    }

    private static LocalDateTime at(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2022, month, day, hour, minute, 0);
    }

    /** Formal letter with letterhead; late installation under a borrowed tent, screens facing the street. */
    static SampleReport r01CoyoacanLetter() {
        return SampleReport.builder("r01")
                .style(ReportStyle.LETTER)
                .observer(new Observer("Mtra. Leticia Andrade Villaseñor", "55 5555 0137",
                        "leticia.andrade@correo.example", "AAVL790614MDFNLT02",
                        "Calle Papalotl 118, Pedregal de Santo Domingo, Coyoacán", "IECM/CPP22/OBS/0412"))
                .organization("Colectivo Vecinal Tejiendo Comunidad, A.C.")
                .letterheadLine("Calle Escuinapa 45, Coyoacán, C.P. 04369 · Tel. 55 5555 0100 · "
                        + "contacto@tejiendocomunidad.example")
                .alcaldia(Alcaldia.COYOACAN, "Coyoacán")
                .distrito(30, DistritoFormat.DTTO_LOCAL_ROMAN)
                .ut("03-087", "Pedregal de Santo Domingo")
                .mro("MRO-03")
                .date(JORNADA).writtenOn(LocalDate.of(2022, 5, 3)).submittedAt(at(5, 3, 10, 12))
                .hours("8:30 a 18:10 horas").installedAt("9:40")
                .finding(SampleFinding.labelled("1. Instalación de la mesa",
                        "La mesa debía quedar instalada a las 9:00 horas en el patio de la Escuela Primaria "
                        + "«Profra. Carmen Serdán», pero la persona responsable no contaba con la llave del portón. "
                        + "Después de casi una hora de espera, la mesa se instaló a las 9:40 horas sobre la "
                        + "banqueta, bajo una carpa prestada por los vecinos. No se colocó ningún aviso del cambio "
                        + "de lugar.", INSTALACION))
                .finding(SampleFinding.labelled("2. Material y secreto del voto",
                        "Se recibieron 450 boletas, una urna, dos mamparas y el sobre con las actas; los sellos del "
                        + "paquete estaban íntegros. Sin embargo, las mamparas quedaron de espaldas a la calle y "
                        + "cualquier persona que pasaba podía ver cómo se marcaba la papeleta. A las 11:15 lo "
                        + "comenté con la responsable y se giraron hacia la pared.", MATERIAL, SECRETO_VOTO))
                .finding(SampleFinding.labelled("3. Afluencia",
                        "La afluencia fue constante por la mañana, con filas de hasta quince personas entre las "
                        + "10:00 y las 12:00 horas, y muy baja después de las 15:00 horas.", PARTICIPACION))
                .finding(SampleFinding.labelled("4. Cierre y escrutinio",
                        "La mesa cerró a las 17:00 horas. El escrutinio y cómputo se hizo a la vista de las "
                        + "personas presentes: se contaron 187 opiniones válidas y 6 nulas, y sobraron 257 boletas, "
                        + "que se inutilizaron con dos líneas diagonales. El cartel de resultados se fijó en la reja "
                        + "de la escuela a las 17:50 horas; resultó ganador el proyecto «Rehabilitación de "
                        + "luminarias en la calle Papalotl».", ESCRUTINIO))
                .finding(SampleFinding.labelled("5. Buenas prácticas",
                        "Destaco que la responsable de la mesa explicó con paciencia a cada persona cómo marcar y "
                        + "doblar la papeleta, y dio prioridad a las personas adultas mayores.",
                        BUENA_PRACTICA, ACCESIBILIDAD))
                .finding(SampleFinding.labelled("6. Recomendaciones",
                        "Recomendamos que el IECM confirme con anticipación el acceso a los inmuebles escolares y "
                        + "que entregue a cada mesa un croquis para colocar las mamparas contra un muro.",
                        RECOMENDACION))
                .distinctivePhrase("bajo una carpa prestada")
                .build();
    }

    /** Questionnaire with numbered answers; absent official replaced by a voter, people not on the list. */
    static SampleReport r02GamQuestionnaire() {
        return SampleReport.builder("r02")
                .style(ReportStyle.QUESTIONNAIRE)
                .observer(new Observer("José Luis Hernández Peña", "55 5555 0142",
                        "jl.hernandez.pena@correo.example", null, null, "OBS-05-0087"))
                .alcaldia(Alcaldia.GAM, "GAM")
                .distrito(4, DistritoFormat.DD_ROMAN)
                .ut("05-118", "Cuautepec Barrio Alto")
                .mro("mesa 2")
                .date(JORNADA).submittedAt(at(5, 2, 22, 41))
                .hours("8:45 a 17:30").installedAt("9:05")
                .question("¿La mesa se instaló en el lugar y la hora previstos?",
                        "Sí, en la explanada del mercado, aunque abrió a las 9:05 porque todavía estaban acomodando "
                        + "las mesas de los locatarios.", INSTALACION)
                .question("¿Estuvieron presentes todas las personas funcionarias?",
                        "No. Faltó una de las dos personas funcionarias y la suplió un vecino que estaba formado, "
                        + "quien no había recibido capacitación. Durante la mañana tuvo dudas sobre cómo registrar "
                        + "a los votantes.", FUNCIONARIADO)
                .question("¿Se presentaron personas que no aparecían en la lista nominal?",
                        "Sí. Conté siete personas que no aparecían en la lista nominal; les dijeron que fueran a "
                        + "otra mesa pero nadie sabía a cuál. Dos señoras se retiraron molestas.", IDENTIFICACION)
                .question("¿El material fue suficiente?",
                        "Sí, hubo boletas suficientes, urna y dos mamparas. Faltó una lupa para las personas con "
                        + "baja visión.", MATERIAL, ACCESIBILIDAD)
                .question("¿Cómo fue la afluencia de la ciudadanía?",
                        "Baja, calculo unas 60 personas en todo el día.", PARTICIPACION)
                .question("¿La ciudadanía conocía los proyectos sometidos a consulta?",
                        "Poco. Muchos vecinos preguntaban qué se votaba; no había carteles con los proyectos cerca "
                        + "de la mesa.", DIFUSION)
                .question("Recomendaciones:",
                        "Capacitar también a las personas suplentes y pegar los carteles de los proyectos al menos "
                        + "una semana antes.", RECOMENDACION)
                .distinctivePhrase("vecino que estaba formado")
                .build();
    }

    /** Terse timestamped notes; ballots ran out, a project banner near the table. */
    static SampleReport r03IztapalapaNotes() {
        return SampleReport.builder("r03")
                .style(ReportStyle.BULLETS)
                .observer(new Observer("Rubén Ocampo Zárate", "55 5555 0163", "rocampo.z@correo.example", null,
                        null, null))
                .organization("Observatorio Ciudadano Oriente")
                .alcaldia(Alcaldia.IZTAPALAPA, "Iztapalapa")
                .distrito(24, DistritoFormat.PLAIN)
                .ut("07-203", "San Lorenzo Tezonco")
                .mro("MRO-05")
                .date(JORNADA).submittedAt(at(5, 1, 20, 5))
                .hours("8:30 a 17:45").installedAt("8:50")
                .title("NOTAS DE OBSERVACIÓN – CONSULTA 2022")
                .opening("Observador: {nombre} ({org}) – cel. {tel}\n{alcaldia}, {distrito}, UT {ut}, {mro}\n"
                        + "Domingo 1/05/2022, de {horario}")
                .finding("8:50 mesa instalada a tiempo, dos funcionarias con gafete.", INSTALACION)
                .finding("10:30 fila de unas 40 personas; avanzaba lento porque sólo había una mampara.",
                        PARTICIPACION, MATERIAL)
                .finding("12:15 lona del proyecto «Cancha de futbol rápido» colgada a unos 20 m de la mesa. "
                        + "Nadie la retiró.", PROSELITISMO)
                .finding("15:40 se acabaron las boletas!! quedaron 25 personas formadas sin poder opinar.",
                        MATERIAL, PARTICIPACION)
                .finding("17:00 cierre. Escrutinio rápido, acta llenada con lápiz y después repasada con pluma.",
                        ESCRUTINIO)
                .finding("Recomendación: mandar más boletas a las UT grandes como ésta.", RECOMENDACION)
                .closing("R.O.Z.")
                .distinctivePhrase("repasada con pluma")
                .build();
    }

    /** Emotional e-mail: observer kept away from the table, police, accompanied voters. */
    static SampleReport r04CuauhtemocEmail() {
        return SampleReport.builder("r04")
                .style(ReportStyle.FREE_TEXT)
                .observer(new Observer("Daniela Fuentes Olvera", "55 5555 0171", "daniela.fuentes@correo.example",
                        "FUOD950823MDFNLN07", null, null))
                .alcaldia(Alcaldia.CUAUHTEMOC, "Alc. Cuauhtémoc")
                .distrito(9, DistritoFormat.PLAIN)
                .ut("15-044", "Santa María la Ribera")
                .mro("MRO-01")
                .date(JORNADA).submittedAt(at(5, 1, 21, 37))
                .title("Informe de observación MRO-01 Santa María la Ribera – ¡me negaron el acceso!")
                .greeting("Buenas noches:")
                .opening("Me llamo {nombre}, soy observadora acreditada y hoy estuve en la {mro} de la UT {ut} "
                        + "({distrito}, {alcaldia}). Les escribo porque la verdad terminé muy molesta con lo que "
                        + "pasó.")
                .finding("Llegué a las 8:45 con mi gafete colgado al cuello y la responsable de la mesa me dijo que "
                        + "ahí no se permitía estar, que me fuera. Le enseñé mi acreditación y aun así me tuvo casi "
                        + "tres horas parada en la esquina, sin dejarme ver la instalación ni el conteo de las "
                        + "papeletas. Me sentí humillada, nadie me avisó que esto podía pasar.",
                        OBSERVACION, FUNCIONARIADO)
                .finding("Como a las 10:30 llegó una patrulla porque un señor se puso a gritar que la consulta "
                        + "estaba arreglada. Los policías se quedaron como media hora junto a la mesa y la gente ya "
                        + "no quería acercarse.", SEGURIDAD, PARTICIPACION)
                .finding("Vi por lo menos a cuatro personas que entraron a la mampara acompañadas por otra persona "
                        + "que les decía qué marcar.", SECRETO_VOTO)
                .finding("Ya a las 11:45 me dejaron acercarme, pero ni me saludaron. Les pido que capaciten a las "
                        + "personas funcionarias sobre nuestros derechos como observadoras, porque así no se puede "
                        + "trabajar.", OBSERVACION, RECOMENDACION)
                .closing("Gracias por leerme.\n{nombre}\nCel. {tel}\nCURP {curp}")
                .distinctivePhrase("gafete colgado al cuello")
                .build();
    }

    /** Letter typed in an old Windows editor (Latin-1); table upstairs, officials bring the box down. */
    static SampleReport r05TlahuacLetter() {
        return SampleReport.builder("r05")
                .style(ReportStyle.LETTER)
                .observer(new Observer("Ing. Armando Téllez Muñoz", "(55) 5555-0109", "armando.tellez@correo.example",
                        null, "Av. Tlaltenco 56, San Francisco Tlaltenco, Tláhuac", "OBS-11-0021"))
                .organization("Asociación de Colonos de San Francisco Tlaltenco")
                .alcaldia(Alcaldia.TLAHUAC, "Tláhuac")
                .distrito(31, DistritoFormat.LOCAL_NUMBER)
                .ut("11-015", "San Francisco Tlaltenco")
                .mro("MRO-02")
                .date(JORNADA).writtenOn(LocalDate.of(2022, 5, 4)).submittedAt(at(5, 4, 12, 30))
                .hours("9:00 a 17:30 horas").installedAt("9:00")
                .greeting("Distinguidas consejeras y consejeros:")
                .finding("La mesa se instaló en tiempo, pero en el segundo piso de la Casa de Cultura, al que sólo "
                        + "se llega por una escalera angosta. Varias personas adultas mayores y una señora en silla "
                        + "de ruedas no pudieron subir.", INSTALACION, ACCESIBILIDAD)
                .finding("Ante esa situación, las personas funcionarias bajaron la urna y una mampara a la entrada "
                        + "para recibir ahí la opinión de quienes no podían subir, siempre a la vista de los "
                        + "presentes y cuidando el secreto del voto. Considero que es una buena práctica que debe "
                        + "reconocerse.", ACCESIBILIDAD, BUENA_PRACTICA, FUNCIONARIADO)
                .finding("La participación fue moderada: 143 personas emitieron su opinión. Algunos vecinos "
                        + "comentaron que no sabían de la consulta hasta que vieron la mesa, pues no hubo perifoneo "
                        + "ni volantes en la colonia.", PARTICIPACION, DIFUSION)
                .finding("Sugiero que en lo sucesivo se verifique que las sedes de las mesas estén en planta baja.",
                        RECOMENDACION)
                .distinctivePhrase("bajaron la urna")
                .build();
    }

    /** Closing-only questionnaire typed in Latin-1: results sheet never posted, package carried alone. */
    static SampleReport r06CarranzaClosing() {
        return SampleReport.builder("r06")
                .style(ReportStyle.QUESTIONNAIRE)
                .observer(new Observer("Ma. Eugenia Carrillo Paz", "55 5555 0114", "maru.carrillo@correo.example",
                        null, null, "OBS-17-0033"))
                .alcaldia(Alcaldia.VENUSTIANO_CARRANZA, "V. Carranza")
                .distrito(11, DistritoFormat.DTTO_NUMBER)
                .ut("17-062", "Jardín Balbuena")
                .mro("mesa 1")
                .date(JORNADA).submittedAt(at(5, 2, 9, 3))
                .hours("16:00 a 19:30")
                .title("Reporte de cierre de mesa")
                .question("¿A qué hora cerró la mesa?",
                        "A las 17:00 en punto; todavía había dos personas formadas y sí se les permitió opinar.",
                        ESCRUTINIO, PARTICIPACION)
                .question("¿El escrutinio se realizó conforme al procedimiento?",
                        "Parcialmente. Se contaron las papeletas dos veces porque no cuadraban con el número de "
                        + "personas anotadas; al final quedó una diferencia de 3 papeletas que se anotó en el acta "
                        + "como incidente.", ESCRUTINIO, MATERIAL)
                .question("¿Se publicaron los resultados al exterior?",
                        "No. La sábana de resultados nunca se pegó: el responsable dijo que no le dieron cinta y que "
                        + "la publicaría al día siguiente.", ESCRUTINIO, MATERIAL)
                .question("¿Quién trasladó el paquete?",
                        "El propio responsable, en su automóvil, sin acompañamiento.", ESCRUTINIO, SEGURIDAD)
                .question("Recomendaciones:",
                        "Incluir cinta adhesiva en el paquete y que el traslado se haga acompañado.", RECOMENDACION)
                .distinctivePhrase("no le dieron cinta")
                .build();
    }

    /** Letter about the internet vote (SEI) observed at a support module. */
    static SampleReport r07BenitoJuarezSei() {
        return SampleReport.builder("r07")
                .style(ReportStyle.LETTER)
                .observer(new Observer("Lic. Fernando Aguilar Montes de Oca", "55 5555 0124",
                        "f.aguilar@jovenestransparencia.example", null, null, "IECM/CPP22/OBS/0291"))
                .organization("Jóvenes por la Transparencia CDMX")
                .letterheadLine("Observación ciudadana de la votación por internet · "
                        + "contacto@jovenestransparencia.example")
                .alcaldia(Alcaldia.BENITO_JUAREZ, "BJ")
                .distrito(17, DistritoFormat.PLAIN)
                .ut("14-031", "Narvarte Poniente")
                .date(LocalDate.of(2022, 4, 26)).writtenOn(LocalDate.of(2022, 4, 29)).submittedAt(at(4, 29, 17, 20))
                .hours("18:00 a 22:00 horas")
                .title("Asunto: Informe sobre la votación por internet (SEI)")
                .opening("Por medio del presente informamos lo observado el {fecha} en el módulo de apoyo instalado "
                        + "en la Casa de Cultura de la colonia, donde vecinas y vecinos de la unidad territorial "
                        + "{ut} ({distrito}, alcaldía {alcaldia}) acudieron a emitir su opinión por el Sistema "
                        + "Electrónico por Internet (SEI), en un horario de {horario}.")
                .finding(SampleFinding.labelled("Registro y acceso",
                        "De las 38 personas que intentaron registrarse, 11 no lograron concluir el trámite porque "
                        + "el código por SMS nunca llegó a su teléfono o llegó después de haber expirado.", REMOTA))
                .finding(SampleFinding.labelled("Disponibilidad del sistema",
                        "Entre las 20:05 y las 20:45 horas el sistema mostró el mensaje «Servicio no disponible, "
                        + "intente más tarde»; varias personas se retiraron sin opinar.", REMOTA, PARTICIPACION))
                .finding(SampleFinding.labelled("Personas adultas mayores",
                        "Las personas adultas mayores necesitaron ayuda para capturar los datos de su credencial "
                        + "para votar; el personal del módulo las apoyó sin ver la pantalla al momento de "
                        + "seleccionar el proyecto.", ACCESIBILIDAD, REMOTA, SECRETO_VOTO, BUENA_PRACTICA))
                .finding(SampleFinding.labelled("Difusión",
                        "Casi nadie conocía la opción de votar por internet; la información llegó sobre todo por "
                        + "grupos de mensajería de la colonia.", DIFUSION))
                .finding(SampleFinding.labelled("Recomendaciones",
                        "Ampliar la vigencia del código de verificación, publicar un número de atención telefónica "
                        + "y difundir con más anticipación el periodo de votación por internet.", RECOMENDACION))
                .closing("Sin más por el momento, reciban un cordial saludo.")
                .distinctivePhrase("código por SMS")
                .build();
    }

    /** Letter about bussing and a scuffle; delivered twice with identical text (DOCX and PDF). */
    static SampleReport r08TlalpanIncidents() {
        return SampleReport.builder("r08")
                .style(ReportStyle.LETTER)
                .observer(new Observer("María del Carmen Robles Esquivel", "55 5555 0156",
                        "mcarmen.robles@correo.example", "ROEC680202MDFBSR04",
                        "Cerrada de Pino 12, San Andrés Totoltepec, Tlalpan", null))
                .alcaldia(Alcaldia.TLALPAN, "Tlalpan")
                .distrito(14, DistritoFormat.DD_ROMAN)
                .ut("12-098", "San Andrés Totoltepec")
                .mro("MRO-04")
                .date(JORNADA).writtenOn(LocalDate.of(2022, 5, 2)).submittedAt(at(5, 2, 18, 45))
                .hours("9:00 a 17:40")
                .title("Asunto: Informe de incidentes en la MRO-04")
                .finding("A las 11:20 llegó un microbús color guinda del que bajaron alrededor de 30 personas. Una "
                        + "mujer con una libreta les iba indicando por cuál proyecto debían opinar y anotaba sus "
                        + "nombres al salir de la mampara.", PROSELITISMO, SECRETO_VOTO)
                .finding("Un vecino reclamó que eso era acarreo y se hicieron de palabras; hubo empujones y la "
                        + "responsable de la mesa pidió apoyo a la policía. Dos elementos llegaron a las 11:50 y la "
                        + "situación se calmó, aunque se quedaron cerca de la mesa el resto de la jornada.",
                        SEGURIDAD, PROSELITISMO)
                .finding("La responsable anotó el incidente en la hoja correspondiente y no suspendió la recepción "
                        + "de opiniones.", FUNCIONARIADO)
                .finding("Recomiendo que el IECM dé seguimiento a este caso y que se prohíba expresamente el "
                        + "traslado organizado de personas a las mesas.", RECOMENDACION)
                .distinctivePhrase("microbús color guinda")
                .build();
    }

    /** Short notes; first version of a report later resent with corrections ({@link #r11XochimilcoResent()}). */
    static SampleReport r10XochimilcoFirst() {
        return SampleReport.builder("r10")
                .style(ReportStyle.BULLETS)
                .observer(new Observer("Tomás Xolalpa Castañeda", "55 5555 0188", "tomas.xolalpa@correo.example",
                        null, null, null))
                .alcaldia(Alcaldia.XOCHIMILCO, "Xochi")
                .distrito(25, DistritoFormat.LOWER)
                .ut("13-027", "San Gregorio Atlapulco")
                .mro("MRO-02")
                .date(JORNADA).submittedAt(at(5, 1, 22, 10))
                .hours("8:30 a 18:15").installedAt("10:15")
                .title("Reporte de observación – San Gregorio")
                .finding("La mesa se instaló a las 10:15, más de una hora tarde, porque el mobiliario no había "
                        + "llegado.", INSTALACION)
                .finding("A media mañana cayó granizo y la mesa se tuvo que mover bajo el techo de la lechería; "
                        + "las boletas se mojaron un poco pero se pudieron usar.", INSTALACION, MATERIAL)
                .finding("Poca gente por la mañana; después de la comida llegaron familias completas y se hizo "
                        + "fila.", PARTICIPACION)
                .finding("El escrutinio terminó a las 18:10 y se pegaron los resultados en la puerta de la "
                        + "lechería.", ESCRUTINIO)
                .closing("Tomás X.")
                .distinctivePhrase("cayó granizo")
                .build();
    }

    /** The same report resent the next day with small edits (installation time, weather, one line more). */
    static SampleReport r11XochimilcoResent() {
        SampleReport first = r10XochimilcoFirst();
        return first.toBuilder("r11")
                .submittedAt(at(5, 2, 9, 35))
                .installedAt("9:50")
                .title("Reporte de observación – San Gregorio (corregido)")
                .greeting("Reenvío mi reporte con una corrección.")
                .clearFindings()
                .finding("La mesa se instaló a las 9:50, casi una hora tarde, porque el mobiliario no había "
                        + "llegado. Corrijo la hora de instalación que puse en el primer envío.", INSTALACION)
                .finding("A media mañana cayó una llovizna fuerte y la mesa se tuvo que mover bajo el techo de la "
                        + "lechería; las boletas se mojaron un poco pero se pudieron usar.", INSTALACION, MATERIAL)
                .finding(first.findings().get(2))
                .finding(first.findings().get(3))
                .finding("Faltó señalización para llegar a la mesa desde el embarcadero.", DIFUSION)
                .distinctivePhrase("Corrijo la hora")
                .build();
    }

    /** Questionnaire (ODT): table moved behind the kiosk without notice. */
    static SampleReport r12CuajimalpaQuestionnaire() {
        return SampleReport.builder("r12")
                .style(ReportStyle.QUESTIONNAIRE)
                .observer(new Observer("Adriana Solís Barragán", "55 5555 0131", "adriana.solis@correo.example",
                        null, null, "OBS-04-0012"))
                .organization("Red de Mujeres Observadoras del Poniente")
                .alcaldia(Alcaldia.CUAJIMALPA, "Cuajimalpa")
                .distrito(20, DistritoFormat.PLAIN)
                .ut("04-012", "San Mateo Tlaltenango")
                .mro("MRO-01")
                .date(JORNADA).submittedAt(at(5, 3, 19, 0))
                .hours("8:00 a 17:30").installedAt("9:00")
                .question("¿La mesa se instaló en el domicilio publicado?",
                        "No. El encarte decía que estaría en el kiosco de la plaza, pero se instaló detrás del "
                        + "kiosco, en el auditorio ejidal, sin ningún letrero que lo indicara. Muchas personas "
                        + "llegaron a la plaza y se fueron.", INSTALACION, DIFUSION, PARTICIPACION)
                .question("¿El lugar era accesible para personas con discapacidad?",
                        "Sí, el auditorio tiene rampa y la mesa quedó a nivel de piso.", ACCESIBILIDAD)
                .question("¿Se conocían los proyectos?",
                        "Había un cartel con los cinco proyectos junto a la mesa, pero con letra muy pequeña.",
                        DIFUSION)
                .question("¿Observó alguna buena práctica?",
                        "Una funcionaria salió cada media hora a la plaza a avisar a la gente dónde estaba la mesa.",
                        BUENA_PRACTICA, FUNCIONARIADO)
                .question("Recomendaciones:",
                        "Colocar señalización en cuanto se cambie la ubicación de una mesa y avisar por los grupos "
                        + "vecinales.", RECOMENDACION)
                .distinctivePhrase("detrás del kiosco")
                .build();
    }

    /** Warm free text (ODT): high turnout, explanations in Náhuatl. */
    static SampleReport r13MilpaAltaStory() {
        return SampleReport.builder("r13")
                .style(ReportStyle.FREE_TEXT)
                .observer(new Observer("Juana Meza Laguna", "55 5555 0195", "juanita.meza@correo.example", null,
                        null, null))
                .alcaldia(Alcaldia.MILPA_ALTA, "Milpa Alta")
                .distrito(8, DistritoFormat.DTTO_LOCAL_ROMAN)
                .ut("09-004", "San Pedro Atocpan")
                .mro("mesa 1")
                .date(JORNADA).submittedAt(at(5, 5, 11, 48))
                .opening("Les comparto mi experiencia como observadora en la {mro} de {ut_nombre} (UT {ut_clave}), "
                        + "{alcaldia}, {distrito}, el domingo {fecha}.")
                .finding("Fue una jornada muy bonita. Desde temprano llegaron muchas personas, sobre todo señoras y "
                        + "jóvenes, y hubo fila casi todo el día.", PARTICIPACION)
                .finding("Lo que más me gustó fue que una de las funcionarias explicó en náhuatl a los abuelitos "
                        + "cómo llenar la papeleta, y ellos se fueron muy contentos de haber participado.",
                        BUENA_PRACTICA, ACCESIBILIDAD, FUNCIONARIADO)
                .finding("También pusieron sillas a la sombra para las personas mayores y las embarazadas, y las "
                        + "pasaban sin hacer fila.", ACCESIBILIDAD, BUENA_PRACTICA)
                .finding("Lo único malo es que los carteles de los proyectos llegaron tarde y la gente casi no sabía "
                        + "cuáles eran las opciones. Ojalá el próximo año se difundan antes, en las fiestas del "
                        + "pueblo.", DIFUSION, RECOMENDACION)
                .closing("Con cariño,\n{nombre}\nTel. {tel}")
                .distinctivePhrase("explicó en náhuatl")
                .build();
    }

    /** Formal letter (RTF): tablet not working, printed list used instead. */
    static SampleReport r14IztacalcoLetter() {
        return SampleReport.builder("r14")
                .style(ReportStyle.LETTER)
                .observer(new Observer("C.P. Héctor Villagómez Rangel", "55 5555 0147", "hvillagomez@correo.example",
                        null, null, "OBS-06-0054"))
                .organization("Unión de Vecinos de la Agrícola Oriental")
                .letterheadLine("Sur 16 núm. 230, Agrícola Oriental, Iztacalco · Tel. 55 5555 0140")
                .alcaldia(Alcaldia.IZTACALCO, "Iztacalco")
                .distrito(16, DistritoFormat.ELECTORAL_LOCAL)
                .ut("06-020", "Agrícola Oriental")
                .mro("MRO-03")
                .date(JORNADA).writtenOn(LocalDate.of(2022, 5, 6)).submittedAt(at(5, 6, 13, 15))
                .hours("8:30 a 18:00 horas").installedAt("9:25")
                .finding("El responsable de la mesa llegó a las 9:10 y la mesa quedó instalada a las 9:25. Las "
                        + "personas funcionarias no portaban gafete de identificación.", INSTALACION, FUNCIONARIADO)
                .finding("La tableta electrónica para consultar el listado no encendía; después de varios intentos, "
                        + "la búsqueda de las personas se hizo en el listado impreso, lo que provocó demoras de hasta "
                        + "veinte minutos.", MATERIAL, IDENTIFICACION, PARTICIPACION)
                .finding("A las 13:00 horas se agotó la tinta del marcador de credenciales y se siguió marcando con "
                        + "una pluma.", MATERIAL)
                .finding("El escrutinio inició a las 17:05 y concluyó a las 17:40; el acta se llenó correctamente y "
                        + "los resultados se publicaron en la entrada del mercado.", ESCRUTINIO)
                .finding("Recomendamos revisar y cargar las tabletas el día anterior y dotar a cada mesa de un "
                        + "listado impreso de respaldo.", RECOMENDACION)
                .distinctivePhrase("marcador de credenciales")
                .build();
    }

    /** Bullet summary (RTF): leaflets at the entrance, voters from another UT. */
    static SampleReport r15AzcapotzalcoSummary() {
        return SampleReport.builder("r15")
                .style(ReportStyle.BULLETS)
                .observer(new Observer("Patricia Olmedo Cruz", "55 5555 0152", "paty.olmedo@correo.example", null,
                        null, null))
                .alcaldia(Alcaldia.AZCAPOTZALCO, "Azcapo")
                .distrito(5, DistritoFormat.LOWER)
                .ut("02-045", "San Juan Tlihuaca")
                .mro("mesa 3")
                .date(JORNADA).submittedAt(at(5, 1, 16, 2))
                .hours("9:00-14:00").installedAt("9:05")
                .title("Resumen de lo observado")
                .finding("Mesa instalada 9:05 en la explanada de la iglesia.", INSTALACION)
                .finding("Una persona repartía volantes de las alarmas vecinales a la entrada, a menos de diez "
                        + "metros de la mesa; la responsable le pidió retirarse a las 10:40 y se fue.",
                        PROSELITISMO, FUNCIONARIADO)
                .finding("Llegaron varias personas con credencial de otra unidad territorial; no se les permitió "
                        + "opinar y se les indicó su mesa correcta.", IDENTIFICACION)
                .finding("Buen ambiente, gente de todas las edades, unas 90 opiniones hasta las 14:00.",
                        PARTICIPACION)
                .finding("Sugiero más vigilancia del perímetro de la mesa para evitar propaganda.", RECOMENDACION)
                .closing("Patricia O.")
                .distinctivePhrase("volantes de las alarmas vecinales")
                .build();
    }

    /** Web-form answers (HTML with named entities): low turnout competing with the Sunday market. */
    static SampleReport r16MiguelHidalgoWebForm() {
        return SampleReport.builder("r16")
                .style(ReportStyle.QUESTIONNAIRE)
                .observer(new Observer("Sofía Garza Lemus", "55 5555 0166", "sofia.garza@correo.example", null, null,
                        "OBS-16-0078"))
                .organization("Colectivo Tacuba Participa")
                .alcaldia(Alcaldia.MIGUEL_HIDALGO, "MH")
                .distrito(13, DistritoFormat.PLAIN)
                .ut("16-058", "Tacuba")
                .mro("MRO-02")
                .date(JORNADA).submittedAt(at(5, 2, 8, 14))
                .hours("9:00 a 17:30").installedAt("8:55")
                .title("Formulario de informe de persona observadora")
                .question("¿Cómo fue la instalación?",
                        "Puntual, a las 8:55, junto a la parada del trolebús. Señalización clara.", INSTALACION)
                .question("¿Cómo fue la afluencia?",
                        "Muy baja. Competimos con el tianguis dominical y la gente pasaba de largo con sus bolsas "
                        + "del mandado.", PARTICIPACION)
                .question("¿Hubo suficiente difusión?",
                        "No. Sólo vi una lona del IECM y ningún volante. Varias personas me preguntaron si era una "
                        + "votación de partidos.", DIFUSION)
                .question("¿Cómo la trataron como persona observadora?",
                        "Muy bien. La responsable me ofreció una silla y me explicó cada paso; pude ver todo el "
                        + "escrutinio.", OBSERVACION, BUENA_PRACTICA)
                .question("Recomendaciones:",
                        "Instalar las mesas en lugares sin tianguis, o aprovechar el tianguis para repartir "
                        + "información de los proyectos.", RECOMENDACION)
                .distinctivePhrase("tianguis dominical")
                .build();
    }

    /** Free text (HTML): wheelchair carried up the steps, no braille template. */
    static SampleReport r17ContrerasAccessibility() {
        return SampleReport.builder("r17")
                .style(ReportStyle.FREE_TEXT)
                .observer(new Observer("Raúl Benítez Ordóñez", "55 5555 0177", "raul.benitez@correo.example", null,
                        "Camino Real 90, San Jerónimo Lídice", null))
                .alcaldia(Alcaldia.MAGDALENA_CONTRERAS, "Contreras")
                .distrito(33, DistritoFormat.DD_ROMAN)
                .ut("08-011", "San Jerónimo Lídice")
                .mro("MRO-01")
                .date(JORNADA).submittedAt(at(5, 2, 20, 30))
                .title("Accesibilidad en la MRO-01 de San Jerónimo Lídice")
                .greeting("Estimado equipo de la UTVOE:")
                .opening("Les escribo como persona observadora de la {mro}, UT {ut}, {distrito}, {alcaldia}, para "
                        + "contarles lo que vivimos mi mamá y yo el {fecha}.")
                .finding("Mi mamá usa silla de ruedas. La mesa estaba al fondo de un patio con tres escalones y sin "
                        + "rampa; tuvimos que cargarla entre dos vecinos.", ACCESIBILIDAD)
                .finding("Una señora con discapacidad visual preguntó si había plantilla en braille y le dijeron "
                        + "que no; su hija tuvo que marcar la papeleta por ella, lo que no garantiza el secreto de "
                        + "su opinión.", ACCESIBILIDAD, SECRETO_VOTO, MATERIAL)
                .finding("Reconozco que las personas funcionarias fueron muy amables y que dieron preferencia a las "
                        + "personas mayores.", BUENA_PRACTICA, FUNCIONARIADO)
                .finding("Les pido que en la próxima consulta todas las mesas tengan plantilla braille y acceso sin "
                        + "escalones.", RECOMENDACION)
                .closing("Atentamente,\n{nombre}\n{domicilio}\nTel. {tel}")
                .distinctivePhrase("cargarla entre dos vecinos")
                .build();
    }

    /** Angry report typed ALL IN CAPITALS: vote buying, a fight, a broken ballot box. */
    static SampleReport r18IztapalapaCapitals() {
        return SampleReport.builder("r18")
                .style(ReportStyle.FREE_TEXT)
                .spelling(Spelling.UPPER_CASE)
                .observer(new Observer("Gerardo Ponce Luna", "55 5555 0129", "gponce.luna@correo.example", null,
                        null, null))
                .alcaldia(Alcaldia.IZTAPALAPA, "Iztapalapa")
                .distrito(28, DistritoFormat.DTTO_NUMBER)
                .ut("07-150", "Santa Cruz Meyehualco")
                .mro("MRO-07")
                .date(JORNADA).submittedAt(at(5, 2, 7, 58))
                .title("Reporte de la mesa 7, Santa Cruz Meyehualco")
                .opening("Soy {nombre}, observador en la {mro} de la UT {ut}, {distrito}, {alcaldia}. Reporto lo "
                        + "siguiente del {fecha}:")
                .finding("A las 13:00 llegaron dos camionetas con gente de otra colonia que venía a votar por el "
                        + "proyecto de las cámaras; les daban una torta y un refresco al salir.", PROSELITISMO)
                .finding("Los vecinos se molestaron y se armó una riña a golpes frente a la mesa. Una patrulla se "
                        + "estacionó en la esquina y los policías separaron a los que se estaban peleando.",
                        SEGURIDAD)
                .finding("En el jaloneo se rompió una de las urnas de cartón y la responsable tuvo que pegarla con "
                        + "cinta canela.", SEGURIDAD, MATERIAL)
                .finding("El escrutinio se hizo con la patrulla enfrente y con muchos gritos. No me dejaron "
                        + "acercarme a ver el acta.", ESCRUTINIO, OBSERVACION)
                .finding("Exijo que se revise esta mesa y que se anule la votación.", RECOMENDACION)
                .closing("{nombre}\nCel. {tel}")
                .distinctivePhrase("cinta canela")
                .build();
    }

    /** Written without accents and with typos: late opening, box without seal tape. */
    static SampleReport r19AlvaroObregonNoAccents() {
        return SampleReport.builder("r19")
                .style(ReportStyle.FREE_TEXT)
                .spelling(Spelling.NO_ACCENTS)
                .observer(new Observer("Karla Núñez Ortega", "5555550193", "karla.nunez.o@correo.example", null,
                        null, null))
                .alcaldia(Alcaldia.ALVARO_OBREGON, "Alvaro Obregon")
                .distrito(23, DistritoFormat.LOWER)
                .ut("10-125", "Olivar del Conde")
                .mro("MRO-06")
                .date(JORNADA).submittedAt(at(5, 1, 23, 52))
                .opening("hola, soy {nombre} obsevadora de la {mro} en {ut}, {distrito} {alcaldia}. les mando mi "
                        + "reporte del {fecha}")
                .finding("la mesa se instalo hasta las 9:30 porque no llegaba la funcionaria responsable, la otra "
                        + "funcionaria no sabia que hacer y la gente ya estaba formada", INSTALACION, FUNCIONARIADO,
                        PARTICIPACION)
                .finding("la urna no tenia cinta de seguridad, nomas la cerraron con la tapa", MATERIAL)
                .finding("ubo fila larga toda la mañana, como de 50 personas, despues de las 2 ya casi nadie",
                        PARTICIPACION)
                .finding("no ubo problemas con la lista, todos los que llegaron si aparecian", IDENTIFICACION)
                .finding("porfa que manden a las funcionarias a tiempo", RECOMENDACION)
                .closing("saludos\n{nombre}")
                .distinctivePhrase("nomas la cerraron")
                .build();
    }

    /** A few lines, no date: quiet table. */
    static SampleReport r20CuauhtemocShort() {
        return SampleReport.builder("r20")
                .style(ReportStyle.BULLETS)
                .observer(new Observer("Alberto Cisneros", "55 5555 0102", "betocisneros@correo.example", null, null,
                        null))
                .alcaldia(Alcaldia.CUAUHTEMOC, "Cuauhtemoc")
                .ut("15-071", "Tránsito")
                .mro("mesa 1")
                .submittedAt(at(5, 1, 18, 20))
                .opening("Reporte MRO - Col. Tránsito ({ut_clave}), {alcaldia}")
                .finding("Todo tranquilo, poca gente y mucho sol.", PARTICIPACION)
                .finding("Cerraron a las 5 y contaron rápido, sin incidentes.", ESCRUTINIO)
                .closing("Beto C. {tel}")
                .distinctivePhrase("poca gente y mucho sol")
                .build();
    }

    /** A long, detailed chronological report from an organization (plain text, hard-wrapped). */
    static SampleReport r21GamDetailed() {
        return SampleReport.builder("r21")
                .style(ReportStyle.LETTER)
                .observer(new Observer("Dra. Elena Márquez Trejo", "55 5555 0110",
                        "elena.marquez@observatorionorte.example", "MATE710930MDFRRL08",
                        "Calle Norte 84 núm. 17, San Felipe de Jesús, GAM", "IECM/CPP22/OBS/0133"))
                .organization("Observatorio Ciudadano del Norte")
                .alcaldia(Alcaldia.GAM, "Gustavo A. Madero")
                .distrito(7, DistritoFormat.LOCAL_ROMAN)
                .ut("05-203", "San Felipe de Jesús")
                .mro("MRO-08")
                .date(JORNADA).writtenOn(LocalDate.of(2022, 5, 9)).submittedAt(at(5, 9, 16, 40))
                .hours("7:45 a 18:30 horas").installedAt("9:12")
                .finding(SampleFinding.labelled("Cronología de la instalación",
                        "Llegué al domicilio de la mesa, un salón de fiestas en la calle Norte 84, a las 7:45 horas. "
                        + "El responsable llegó a las 8:30 con el paquete y las dos personas funcionarias a las "
                        + "8:50. Se armaron las mamparas, se mostró la urna vacía a las personas presentes y se "
                        + "contaron las 600 boletas recibidas. La mesa quedó instalada a las 9:12 horas; la demora "
                        + "se debió a que el salón seguía con el mobiliario de una fiesta de la noche anterior.",
                        INSTALACION, MATERIAL))
                .finding(SampleFinding.labelled("Personas funcionarias",
                        "Ambas funcionarias mostraron dominio del procedimiento. Sin embargo, el responsable se "
                        + "ausentó de 13:10 a 14:05 para comer y durante ese lapso una sola persona atendió la fila, "
                        + "la identificación y la entrega de papeletas.", FUNCIONARIADO))
                .finding(SampleFinding.labelled("Identificación de las personas",
                        "Se pidió la credencial para votar a todas las personas. Cinco personas con credencial "
                        + "vigente no aparecieron en el listado; dos de ellas mostraron un comprobante de domicilio "
                        + "de la colonia, pero no se les permitió opinar, conforme al procedimiento.",
                        IDENTIFICACION))
                .finding(SampleFinding.labelled("Secreto del voto",
                        "Las mamparas quedaron colocadas frente a la ventana del salón; desde la calle se alcanzaba a "
                        + "ver a las personas marcando. Después de que lo señalé, a las 10:20, se reacomodaron.",
                        SECRETO_VOTO))
                .finding(SampleFinding.labelled("Propaganda",
                        "Frente al salón había un puesto de tamales oaxaqueños con un cartel a favor del proyecto "
                        + "«Cámaras de videovigilancia». El responsable pidió retirarlo y el cartel se quitó a las "
                        + "11:00 horas.", PROSELITISMO))
                .finding(SampleFinding.labelled("Afluencia",
                        "Hubo filas de hasta 25 personas entre las 11:00 y las 13:00 horas. En total se recibieron "
                        + "342 opiniones.", PARTICIPACION))
                .finding(SampleFinding.labelled("Cierre y escrutinio",
                        "La mesa cerró a las 17:00 horas. El escrutinio concluyó a las 18:05; el acta se llenó sin "
                        + "tachaduras y se publicaron los resultados en la cortina del salón. El paquete se entregó "
                        + "en la sede distrital a las 19:20, según me informó el responsable.", ESCRUTINIO))
                .finding(SampleFinding.labelled("Difusión",
                        "Muchas personas desconocían cuáles eran los proyectos; la información del IECM en redes "
                        + "sociales no llegó a las personas mayores de la colonia.", DIFUSION))
                .finding(SampleFinding.labelled("Condiciones para la observación",
                        "Pude observar sin restricciones; el responsable me presentó ante las personas funcionarias "
                        + "y me permitió verificar el acta.", OBSERVACION, BUENA_PRACTICA))
                .finding(SampleFinding.labelled("Recomendaciones",
                        "1) Verificar el día anterior que los inmuebles estén despejados. 2) Establecer turnos de "
                        + "comida que no dejen a una sola persona a cargo de la mesa. 3) Entregar a cada mesa un "
                        + "croquis de colocación de mamparas. 4) Reforzar la difusión impresa de los proyectos en "
                        + "mercados y parroquias.", RECOMENDACION))
                .closing("Quedo a sus órdenes para ampliar cualquier punto de este informe.")
                .distinctivePhrase("tamales oaxaqueños")
                .build();
    }

    /** Questionnaire sent as a PDF attachment: recount and a torn-down results poster. */
    static SampleReport r22CoyoacanRecount() {
        return SampleReport.builder("r22")
                .style(ReportStyle.QUESTIONNAIRE)
                .observer(new Observer("Rodrigo Salinas Prieto", "55 5555 0138", "rodrigo.salinas@correo.example",
                        null, null, "OBS-03-0101"))
                .alcaldia(Alcaldia.COYOACAN, "Coyoacan")
                .distrito(32, DistritoFormat.DD_ROMAN)
                .ut("03-150", "CTM Culhuacán")
                .mro("MRO-02")
                .date(JORNADA).submittedAt(at(5, 2, 13, 5))
                .hours("8:30 a 19:00").installedAt("9:00")
                .question("¿La mesa se instaló a tiempo?", "Sí, a las 9:00 en la explanada de la unidad.",
                        INSTALACION)
                .question("¿Hubo incidentes durante la recepción de opiniones?",
                        "No hubo incidentes durante el día; la afluencia fue regular.", PARTICIPACION)
                .question("¿Cómo se desarrolló el escrutinio?",
                        "Con tensión. Al terminar el conteo, representantes de dos proyectos vecinales acusaron que "
                        + "había papeletas marcadas dos veces y exigieron volver a contar. La responsable aceptó un "
                        + "segundo conteo, que dio el mismo resultado: 96 opiniones para el proyecto de la cancha y "
                        + "94 para el de las luminarias.", ESCRUTINIO, SEGURIDAD)
                .question("¿Se publicaron los resultados?",
                        "Sí, a las 18:40, pero algunas personas arrancaron el cartel minutos después; la responsable "
                        + "tomó fotografía del cartel antes de que lo quitaran.", ESCRUTINIO, SEGURIDAD,
                        BUENA_PRACTICA)
                .question("Recomendaciones:",
                        "Que el procedimiento de recuento esté escrito en el manual de la mesa para evitar "
                        + "discusiones.", RECOMENDACION)
                .distinctivePhrase("arrancaron el cartel")
                .build();
    }

    /** Letter sent as a DOCX attachment: expired voter IDs, ID shown on a phone. */
    static SampleReport r23IztapalapaIds() {
        return SampleReport.builder("r23")
                .style(ReportStyle.LETTER)
                .observer(new Observer("Norma Angélica Díaz Ledesma", "55 5555 0181",
                        "norma.diaz.ledesma@correo.example", "DILN820517MDFZDR03", null, null))
                .alcaldia(Alcaldia.IZTAPALAPA, "Iztapa")
                .distrito(22, DistritoFormat.DTTO_LOCAL_ROMAN)
                .ut("07-088", "Desarrollo Urbano Quetzalcóatl")
                .mro("MRO-04")
                .date(JORNADA).writtenOn(LocalDate.of(2022, 5, 7)).submittedAt(at(5, 7, 10, 26))
                .hours("9:00 a 17:30").installedAt("9:20")
                .finding("La mesa se instaló a las 9:20 en la esquina de Calle 5 y Avenida Quetzalcóatl, con las dos "
                        + "personas funcionarias designadas.", INSTALACION, FUNCIONARIADO)
                .finding("Se presentaron al menos doce personas con credencial para votar vencida o con domicilio "
                        + "de otra unidad territorial. La responsable las orientó con amabilidad, pero varias se "
                        + "fueron molestas porque habían hecho fila casi una hora.", IDENTIFICACION, PARTICIPACION)
                .finding("Un joven mostró su credencial en el celular (una fotografía) y no se le permitió opinar.",
                        IDENTIFICACION)
                .finding("La fila fue larga a partir de las 11:00 porque sólo había una mampara; se formaron hasta "
                        + "35 personas.", PARTICIPACION, MATERIAL)
                .finding("Recomiendo informar con claridad, antes de la jornada, qué identificaciones son válidas y "
                        + "a qué mesa le toca a cada colonia.", RECOMENDACION, DIFUSION)
                .distinctivePhrase("credencial en el celular")
                .build();
    }

    /** Printed form photographed with a phone (PNG, OCR). */
    static SampleReport r24CarranzaPhoto() {
        return SampleReport.builder("r24")
                .style(ReportStyle.FORM)
                .observer(new Observer("Silvia Rangel Ochoa", "55 5555 0145", "silvia.rangel@correo.example", null,
                        null, null))
                .alcaldia(Alcaldia.VENUSTIANO_CARRANZA, "Venustiano Carranza")
                .distrito(10, DistritoFormat.PLAIN)
                .ut("17-033", "Moctezuma 2a Sección")
                .mro("MRO-01")
                .date(JORNADA).submittedAt(at(5, 1, 19, 41))
                .installedAt("9:15")
                .finding("La mesa se instaló bajo un toldo de lona verde en el camellón.", INSTALACION)
                .finding("Faltaron boletas a las 16:00 y llegaron 100 más a las 16:45.", MATERIAL)
                .finding("Hubo fila larga de 11:00 a 14:00.", PARTICIPACION)
                .finding("Una persona en silla de ruedas no pudo pasar por la banqueta rota.", ACCESIBILIDAD)
                .finding("Enviar más boletas a esta colonia.", RECOMENDACION)
                .distinctivePhrase("toldo de lona verde")
                .build();
    }

    /** Printed form scanned into an image-only PDF (OCR). */
    static SampleReport r25AlvaroObregonScan() {
        return SampleReport.builder("r25")
                .style(ReportStyle.FORM)
                .observer(new Observer("Miguel Ángel Torres Bautista", "55 5555 0159", "miguel.torres@correo.example",
                        null, null, null))
                .alcaldia(Alcaldia.ALVARO_OBREGON, "AO")
                .distrito(18, DistritoFormat.PLAIN)
                .ut("10-041", "Jalalpa el Grande")
                .mro("MRO-03")
                .date(JORNADA).submittedAt(at(5, 3, 12, 0))
                .installedAt("9:00")
                .finding("La fila llegaba hasta la esquina desde las 10 de la mañana.", PARTICIPACION)
                .finding("Una persona de un comité repartía volantes cerca de la mesa.", PROSELITISMO)
                .finding("El conteo terminó a las 17:45 y se pegaron los resultados en la barda.", ESCRUTINIO)
                .finding("Poner dos mesas en las unidades territoriales grandes.", RECOMENDACION)
                .distinctivePhrase("llegaba hasta la esquina")
                .build();
    }

    /** A two-page report from an organization covering two tables of the same UT. */
    static SampleReport r27IztapalapaCollective() {
        return SampleReport.builder("r27")
                .style(ReportStyle.LETTER)
                .observer(new Observer("Lic. Ana Karen Jiménez Solano", "55 5555 0120",
                        "akjimenez@ojociudadano.example", null, null, "IECM/CPP22/OBS/0507"))
                .organization("Colectivo Ojo Ciudadano")
                .letterheadLine("Observación electoral independiente · Ermita Iztapalapa 1500, int. 4 · "
                        + "contacto@ojociudadano.example")
                .alcaldia(Alcaldia.IZTAPALAPA, "Iztapalapa")
                .distrito(29, DistritoFormat.LOCAL_NUMBER)
                .ut("07-256", "Santa Martha Acatitla")
                .mro("MRO-02 y la MRO-03")
                .date(JORNADA).writtenOn(LocalDate.of(2022, 5, 12)).submittedAt(at(5, 12, 11, 30))
                .hours("8:00 a 19:15 horas").installedAt("9:05")
                .title("Asunto: Informe de observación de las MRO-02 y MRO-03, UT 07-256")
                .greeting("Estimadas y estimados integrantes de la Comisión:")
                .finding(SampleFinding.labelled("Metodología",
                        "La observación se realizó de manera itinerante. Me desplacé en bicicleta entre ambas mesas, "
                        + "separadas por unas seis cuadras, y permanecí en cada una al menos dos horas por la mañana "
                        + "y dos por la tarde. En cada visita registré la hora, la fila, el material y cualquier "
                        + "incidente en una bitácora.", OBSERVACION))
                .finding(SampleFinding.labelled("Instalación",
                        "La MRO-02 se instaló a las 9:05 en el patio de la escuela secundaria, con todo el material. "
                        + "La MRO-03 abrió hasta las 9:48 porque el responsable tuvo que conseguir una mesa y sillas "
                        + "con los vecinos; mientras tanto, las personas funcionarias recibieron a la gente de pie.",
                        INSTALACION))
                .finding(SampleFinding.labelled("Personas funcionarias",
                        "En la MRO-02 estuvieron las tres personas designadas. En la MRO-03 faltó la segunda persona "
                        + "funcionaria y fue sustituida por una persona de la fila, a quien el responsable explicó el "
                        + "procedimiento en unos minutos.", FUNCIONARIADO))
                .finding(SampleFinding.labelled("Material",
                        "Ambas mesas recibieron 500 boletas. En la MRO-03 una de las mamparas llegó sin patas y se "
                        + "recargó en una silla, por lo que quedó a media altura y no cubría a las personas de "
                        + "estatura alta.", MATERIAL, SECRETO_VOTO))
                .finding(SampleFinding.labelled("Identificación y listado",
                        "En la MRO-02, al menos nueve personas no aparecieron en el listado y fueron enviadas a la "
                        + "MRO-03, donde tampoco estaban. Nadie supo explicarles a qué mesa correspondían.",
                        IDENTIFICACION))
                .finding(SampleFinding.labelled("Propaganda y coacción",
                        "A las 12:30, cerca de la MRO-03, un grupo de personas con chalecos de un comité vecinal "
                        + "invitaba a opinar por el proyecto de pavimentación y ofrecía llevar en automóvil a las "
                        + "personas mayores. Lo reporté a la responsable, quien les pidió alejarse, y se retiraron a "
                        + "la esquina.", PROSELITISMO))
                .finding(SampleFinding.labelled("Accesibilidad",
                        "La MRO-02 tenía rampa y dio atención preferente a las personas mayores y a las mujeres "
                        + "embarazadas. La MRO-03, sobre la banqueta, no contaba con sombra ni asientos.",
                        ACCESIBILIDAD, BUENA_PRACTICA))
                .finding(SampleFinding.labelled("Afluencia",
                        "La participación fue alta entre las 10:00 y las 14:00 horas, con filas de hasta treinta "
                        + "personas en la MRO-02. Por la tarde la afluencia bajó notablemente.", PARTICIPACION))
                .finding(SampleFinding.labelled("Cierre y escrutinio",
                        "Ambas mesas cerraron a las 17:00 horas. En la MRO-02 el escrutinio fue ordenado y los "
                        + "resultados se publicaron a las 17:55. En la MRO-03 el acta tuvo que llenarse dos veces "
                        + "porque en la primera se anotaron las cifras en los renglones equivocados; el cartel se "
                        + "colocó a las 18:40.", ESCRUTINIO))
                .finding(SampleFinding.labelled("Difusión",
                        "Las personas con las que platiqué sabían de la consulta por las lonas en la avenida, pero "
                        + "pocas conocían los proyectos. Varias dijeron que no recibieron ningún volante en su "
                        + "domicilio.", DIFUSION))
                .finding(SampleFinding.labelled("Trato a la persona observadora",
                        "En ambas mesas se me permitió observar sin restricciones y se me proporcionó una copia de "
                        + "los resultados.", OBSERVACION, BUENA_PRACTICA))
                .finding(SampleFinding.labelled("Recomendaciones",
                        "Proveer mobiliario a las mesas que se instalan en vía pública; revisar el estado de las "
                        + "mamparas antes de entregarlas; publicar en cada mesa un directorio de las mesas vecinas "
                        + "para orientar a quienes no aparecen en el listado; y reforzar la capacitación sobre el "
                        + "llenado del acta.", RECOMENDACION))
                .closing("Agradezco la atención y quedo a sus órdenes para cualquier aclaración sobre este informe.")
                .distinctivePhrase("en bicicleta entre ambas")
                .build();
    }

    /** Short notes about internet-vote failures (SEI). */
    static SampleReport r28AzcapotzalcoSei() {
        return SampleReport.builder("r28")
                .style(ReportStyle.BULLETS)
                .observer(new Observer("Eduardo Pineda Lara", "55 5555 0133", "epineda.lara@correo.example", null,
                        null, null))
                .alcaldia(Alcaldia.AZCAPOTZALCO, "Azcapotzalco")
                .distrito(3, DistritoFormat.DTTO_NUMBER)
                .ut("02-010", "Clavería")
                .date(LocalDate.of(2022, 4, 27)).submittedAt(at(4, 28, 8, 15))
                .hours("19:00 a 21:30")
                .title("Incidencias SEI – votación por internet")
                .opening("{nombre} · {correo}\nUT {ut}, {distrito}, {alcaldia}\nObservación remota del {fecha}, "
                        + "{horario}")
                .finding("19:12 el sistema pedía la CURP y la clave de elector; con los datos de mi vecina aparecía "
                        + "«los datos no coinciden» aunque estaban bien escritos.", REMOTA, IDENTIFICACION)
                .finding("20:30 después de elegir el proyecto se quedó la pantalla en blanco; no supimos si la "
                        + "opinión se registró.", REMOTA)
                .finding("No llegó comprobante por correo electrónico a dos de las cinco personas que acompañé.",
                        REMOTA)
                .finding("Sugerencia: mostrar un folio en pantalla al terminar de votar.", RECOMENDACION)
                .distinctivePhrase("pantalla en blanco")
                .build();
    }

    /** Free text with typos by an older observer (DOCX): no seats, a folding chair. */
    static SampleReport r29BenitoJuarezElderly() {
        return SampleReport.builder("r29")
                .style(ReportStyle.FREE_TEXT)
                .observer(new Observer("Rosa María Galindo Ruiz", "55 5555 0161", "rosy.galindo@correo.example", null,
                        "Calle Odesa 815, Portales Norte, Benito Juárez", null))
                .alcaldia(Alcaldia.BENITO_JUAREZ, "Benito Juarez")
                .distrito(17, DistritoFormat.ROMAN_FIRST)
                .ut("14-072", "Portales Norte")
                .mro("mesa 2")
                .date(JORNADA).submittedAt(at(5, 4, 9, 12))
                .greeting("A quien corresponda:")
                .opening("Yo, {nombre}, de 71 años, fui observadora en la {mro} de Portales Norte ({ut_clave}), "
                        + "{distrito}, {alcaldia}, el pasado {fecha}.")
                .finding("Quiero informar que la mesa estaba en la banqueta y no habia donde sentarse; las personas "
                        + "mayores teniamos que esperar paradas. Una funcionaria muy amable consiguió una silla "
                        + "plegable para una señora que no se pudia sostener.", ACCESIBILIDAD, BUENA_PRACTICA)
                .finding("La gente tubo que esperar porque la funcionaria buscaba los nombres en el listado hoja por "
                        + "hoja.", IDENTIFICACION, PARTICIPACION)
                .finding("Tambien note que nadie sabia bien de que se trataban los proyectos, solo habia un papel "
                        + "pegado con cinta.", DIFUSION)
                .finding("Pido que para la otra pongan sillas y un toldo, aver si asi viene más gente.",
                        RECOMENDACION, ACCESIBILIDAD)
                .closing("Atentamente\n{nombre}\nTel. {tel}\n{domicilio}")
                .distinctivePhrase("silla plegable")
                .build();
    }

    /** Terse notes, observed only the morning. */
    static SampleReport r30ContrerasNotes() {
        return SampleReport.builder("r30")
                .style(ReportStyle.BULLETS)
                .observer(new Observer("Iván Cortés", "55 5555 0104", "ivan.cortes.mc@correo.example", null, null,
                        null))
                .alcaldia(Alcaldia.MAGDALENA_CONTRERAS, "MC")
                .distrito(33, DistritoFormat.DTTO_NUMBER)
                .ut("08-024", "El Tanque")
                .mro("MRO-02")
                .date(JORNADA).submittedAt(at(5, 1, 14, 3))
                .hours("9 a 13 hrs").installedAt("9:20")
                .opening("{mro} El Tanque ({ut_clave}) {alcaldia} {distrito} – {fecha}")
                .finding("instalación 9:20, faltaba una funcionaria", INSTALACION, FUNCIONARIADO)
                .finding("propaganda pintada en la barda de enfrente (proyecto de bacheo)", PROSELITISMO)
                .finding("boletas completas, urna sellada ok", MATERIAL)
                .finding("me fui a las 13 hrs, hasta ahí unas 45 opiniones", PARTICIPACION)
                .closing("IC")
                .distinctivePhrase("pintada en la barda")
                .build();
    }
}
