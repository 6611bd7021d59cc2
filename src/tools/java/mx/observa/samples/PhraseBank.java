package mx.observa.samples;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Spanish sentences per topic for random reports. {@code <slot>} markers are filled by {@link RandomReportFactory}.
 * Every sentence is encodable in ISO-8859-1, so any random report can be written as a Latin-1 text file.
 */
final class PhraseBank {

    static final Map<Topic, List<String>> SENTENCES = new EnumMap<>(Topic.class);
    static final Map<Topic, String> QUESTIONS = new EnumMap<>(Topic.class);

    static {
        put(Topic.INSTALACION, "¿Cómo fue la instalación de la mesa?",
                "La mesa se instaló a las <hora_tarde> porque <causa_retraso>.",
                "La mesa quedó instalada puntualmente a las <hora_temprana> en <lugar>.",
                "La mesa cambió de domicilio sin aviso y se instaló en <lugar>; no había señalización.",
                "La instalación tardó porque faltaba mobiliario; la mesa abrió a las <hora_tarde>.",
                "Se instaló en <lugar> con todo el material y a la hora prevista.");
        put(Topic.FUNCIONARIADO, "¿Estuvieron presentes las personas funcionarias?",
                "Faltó una de las personas funcionarias y fue sustituida por una persona de la fila.",
                "Las personas funcionarias no portaban gafete de identificación.",
                "La persona responsable trató con poca amabilidad a las personas mayores.",
                "Las personas funcionarias conocían bien el procedimiento y resolvieron dudas con paciencia.",
                "El responsable se ausentó cerca de una hora y dejó la mesa a cargo de una sola persona.");
        put(Topic.MATERIAL, "¿El material fue suficiente?",
                "Se acabaron las boletas a las <hora_pm> y <n> personas se quedaron sin opinar.",
                "Llegaron <n3> boletas, una urna y <mamparas> mamparas; el paquete venía completo.",
                "Una de las mamparas llegó rota y se sostuvo con cinta.",
                "Faltaron plumas para marcar las papeletas y hubo que pedirlas prestadas.",
                "La urna no traía los sellos de seguridad.");
        put(Topic.IDENTIFICACION, "¿Hubo problemas con la lista nominal o las credenciales?",
                "<n> personas no aparecieron en la lista nominal y no pudieron opinar.",
                "Varias personas llegaron con credencial de otra unidad territorial y se les indicó su mesa.",
                "La búsqueda en el listado era muy lenta y provocó filas.",
                "A una persona con credencial vencida no se le permitió opinar.");
        put(Topic.SECRETO_VOTO, "¿Se respetó el secreto del voto?",
                "Las mamparas estaban de frente a la calle y se podía ver cómo marcaban las personas.",
                "Vi a personas entrar acompañadas a la mampara.",
                "Una persona tomó fotografía de su papeleta marcada y nadie le dijo nada.",
                "Una mampara quedó frente a la fila, sin ninguna privacidad.");
        put(Topic.PROSELITISMO, "¿Observó propaganda o presión sobre las personas?",
                "Había una lona del proyecto «<proyecto>» a pocos metros de la mesa.",
                "Una persona repartía volantes a favor del proyecto «<proyecto>» junto a la fila.",
                "Llegó un grupo de personas en una camioneta y alguien les indicaba por cuál proyecto opinar.",
                "Se ofrecían despensas a cambio de opinar por un proyecto.");
        put(Topic.ACCESIBILIDAD, "¿La mesa era accesible?",
                "La mesa no tenía rampa y las personas en silla de ruedas tuvieron dificultades para llegar.",
                "Se dio atención preferente a personas mayores y mujeres embarazadas.",
                "No había plantilla braille ni lupa para personas con baja visión.",
                "Las personas mayores esperaron de pie y al sol por falta de sillas.");
        put(Topic.REMOTA, "¿Cómo funcionó la votación por internet (SEI)?",
                "El código de verificación del SEI tardó más de diez minutos en llegar.",
                "El sistema de votación por internet estuvo intermitente entre las <hora_noche> y las 21:00.",
                "Algunas personas no lograron registrarse en el SEI porque sus datos no coincidían.",
                "No llegó al correo electrónico el comprobante de la votación por internet.");
        put(Topic.SEGURIDAD, "¿Hubo incidentes de seguridad?",
                "Hubo una discusión fuerte entre vecinos y se solicitó apoyo a la policía.",
                "Una patrulla permaneció cerca de la mesa durante la tarde.",
                "Una persona intentó llevarse la urna y los vecinos lo impidieron.",
                "Hubo empujones en la fila, pero la situación se calmó sin intervención policial.");
        put(Topic.ESCRUTINIO, "¿Cómo fue el cierre y el escrutinio?",
                "El escrutinio inició a las 17:<mm> y concluyó sin incidentes; los resultados se publicaron en "
                        + "<lugar_pub>.",
                "El acta se llenó con errores y tuvo que corregirse.",
                "Los resultados no se publicaron al exterior de la mesa.",
                "Se hizo un segundo conteo a petición de los vecinos y el resultado fue el mismo.");
        put(Topic.DIFUSION, "¿La ciudadanía conocía la consulta y los proyectos?",
                "Muchas personas no conocían los proyectos sometidos a consulta.",
                "La información sobre la consulta llegó tarde; casi no hubo carteles en la colonia.",
                "Los carteles con los proyectos tenían letra muy pequeña.",
                "Varias personas creían que se trataba de una elección de partidos.");
        put(Topic.OBSERVACION, "¿Cómo fue el trato a la persona observadora?",
                "Se me permitió observar sin restricciones.",
                "La persona responsable me pidió alejarme de la mesa durante el conteo.",
                "No me permitieron tomar notas del acta.",
                "Me atendieron con amabilidad y me explicaron cada etapa.");
        put(Topic.PARTICIPACION, "¿Cómo fue la afluencia?",
                "La afluencia fue baja, unas <n2> personas en todo el día.",
                "Hubo filas de hasta <n> personas entre las 11:00 y las 14:00.",
                "La participación fue alta, sobre todo de personas jóvenes.",
                "Por la tarde casi nadie se acercó a la mesa.");
        put(Topic.BUENA_PRACTICA, "¿Observó alguna buena práctica?",
                "Destaco que las personas funcionarias explicaron con paciencia cómo llenar la papeleta.",
                "La mesa colocó sillas a la sombra para las personas mayores, lo que considero una buena práctica.",
                "El responsable tomó fotografía del cartel de resultados como respaldo.");
        put(Topic.RECOMENDACION, "Recomendaciones:",
                "Recomiendo capacitar mejor a las personas funcionarias suplentes.",
                "Sugiero enviar más boletas a las unidades territoriales con mayor población.",
                "Recomiendo difundir los proyectos con más anticipación.",
                "Sugiero verificar la accesibilidad de los inmuebles antes de la jornada.",
                "Recomiendo que cada mesa cuente con un listado impreso de respaldo.");
    }

    static final List<String> DELAY_CAUSES = List.of("no llegaba la persona responsable",
            "no tenían la llave del inmueble", "el paquete llegó tarde", "faltaban mesas y sillas");
    static final List<String> PLACES = List.of("el patio de una escuela primaria", "la entrada del mercado",
            "un salón de usos múltiples", "la banqueta frente a la iglesia", "el kiosco de la plaza",
            "la cancha de basquetbol", "la explanada de la unidad habitacional");
    static final List<String> RESULT_PLACES = List.of("la reja de la escuela", "la puerta del salón",
            "la entrada del mercado", "un poste junto a la mesa");
    static final List<String> PROJECTS = List.of("Cámaras de videovigilancia", "Rehabilitación de la cancha",
            "Luminarias para la colonia", "Alarmas vecinales", "Bacheo de calles", "Poda de árboles",
            "Rehabilitación del parque");
    static final List<String> STREETS = List.of("Fresnos", "Cedros", "Jacarandas", "Ahuehuetes", "Pirules",
            "Magnolias", "Tulipanes", "Gardenias", "Naranjos", "Limoneros", "Olivos", "Sauces", "Encinos", "Laureles",
            "Nogales", "Cipreses", "Girasoles", "Azucenas", "Bugambilias", "Tabachines", "Colorines", "Huizaches",
            "Mezquites", "Ocotes", "Alcatraces", "Nardos", "Violetas", "Margaritas", "Dalias", "Camelias",
            "Hortensias", "Geranios", "Jazmines", "Orquídeas", "Amapolas", "Claveles", "Lirios", "Gladiolas",
            "Crisantemos", "Begonias");
    static final List<String> FIRST_NAMES = List.of("María Fernanda", "José Antonio", "Guadalupe", "Juan Carlos",
            "Alejandra", "Luis Miguel", "Verónica", "Jorge", "Mariana", "Ricardo", "Claudia", "Francisco", "Diana",
            "Arturo", "Gabriela", "Sergio", "Laura", "Manuel", "Paola", "Héctor", "Rocío", "Javier", "Adriana",
            "Raúl", "Mónica", "Óscar", "Silvia", "Ángel", "Beatriz", "Iván");
    static final List<String> SURNAMES = List.of("García", "Hernández", "Martínez", "López", "González",
            "Rodríguez", "Pérez", "Sánchez", "Ramírez", "Cruz", "Flores", "Gómez", "Morales", "Vázquez", "Reyes",
            "Jiménez", "Torres", "Díaz", "Gutiérrez", "Ruiz", "Mendoza", "Aguilar", "Ortiz", "Moreno", "Castillo",
            "Romero", "Álvarez", "Méndez", "Chávez", "Rivera", "Juárez", "Ramos", "Domínguez", "Herrera", "Medina",
            "Castro", "Vargas", "Guzmán", "Velázquez", "Muñoz");
    static final List<String> ORGANIZATIONS = List.of("Red Vecinal por la Participación, A.C.",
            "Observatorio Ciudadano Metropolitano", "Colectivo Voz de la Colonia", "Mujeres que Observan, A.C.",
            "Jóvenes por la Democracia Local", "Consejo Ciudadano del Barrio");

    private PhraseBank() {
    }

    private static void put(Topic topic, String question, String... sentences) {
        SENTENCES.put(topic, List.of(sentences));
        QUESTIONS.put(topic, question);
    }
}
