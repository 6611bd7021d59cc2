package mx.observa.understand;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mx.observa.text.Folding;

/**
 * Recognises the parts of a report that are not findings: greetings and closings, letterheads and addressing
 * ("P R E S E N T E", "Asunto:"), the place-and-date line of a letter, contact lines, titles, web-page chrome,
 * mail headers, quoted replies, signature markers and legal notices. Works on one line at a time, on folded text.
 */
final class Boilerplate {

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^(?:pag(?:ina|\\.)?\\s*\\d{1,3}(?:\\s*(?:de|/)\\s*\\d{1,3})?|\\d{1,3}\\s*(?:/|de)\\s*\\d{1,3}|-\\s*\\d{1,3}\\s*-)$");
    /** Letter formulas that open a paragraph whose rest is usually only the report's metadata. */
    private static final Pattern LETTER_FORMULA = Pattern.compile(
            "^(?:por medio de(?:l| la) presente|me permito(?! (?:sugerir|recomendar|proponer|solicitar))|el motivo de(?:l| la) presente|en atencion a)\\b.*");
    private static final Pattern ADDRESSING = Pattern.compile(
            "^(?:asunto|c\\.|ccp|c\\.c\\.p\\.|at'n|atn|attn|ref|referencia|exp|expediente)\\s*[:.].*"
                    // the carbon copy written out: "Con copia para la Red de Observación, de la cual…"
                    + "|^con (?:copia|atenta copia) (?:para|a)\\b.*");
    private static final Pattern PLACE_DATE = Pattern.compile(
            "^(?:[\\p{L} .,]{0,45}(?:mexico|cdmx|d\\.\\s?f\\.)\\s*,\\s*(?:a\\s+)?(?:los\\s+)?)\\d{1,2}.*\\d{4}\\.?$");
    /** The same line with the date in words, as official letters write it: "Ciudad de México, a cuatro de mayo de dos mil veintidós." */
    private static final Pattern PLACE_DATE_IN_WORDS = Pattern.compile(
            "^[\\p{L} .,]{0,45}(?:mexico|cdmx|d\\.\\s?f\\.)\\s*,\\s*(?:a\\s+)?(?:los\\s+)?[\\p{L}\\d ]{1,30}\\s+de(?:l mes de)?\\s+"
                    + "(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)"
                    + "\\s+(?:de|del)\\s+(?:\\d{4}|dos mil[\\p{L} ]{0,30})\\.?$");
    /** The dating formula of a formal writing: "Dado en el salón del concejo a los cinco días del mes de mayo…". */
    private static final Pattern DATED_AT = Pattern.compile("\\ba los [\\p{L}\\d ]{1,25} dias del mes\\b");
    /**
     * Whom an official letter is addressed to, under its reference lines: "C. Titular de la Dirección Distrital III…",
     * "Lic. María Pérez, Consejera Presidenta" — a courtesy title and a name or office, no sentence.
     */
    private static final Pattern ADDRESSEE = Pattern.compile(
            "^(?:c\\.|cc\\.|lic\\.|licda\\.|mtr[oa]\\.|dr[a]?\\.|ing\\.|arq\\.|prof(?:r?a)?\\.|sr[a]?\\.)\\s+\\p{L}[^.!?]*$");
    /**
     * Whom a letter or complaint is addressed to by office, without a courtesy abbreviation: "Ciudadana titular de la
     * Dirección Distrital 05…", "TITULAR DE LA DIRECCIÓN DISTRITAL 28 DEL IECM" — an office of an institution, no sentence.
     */
    private static final Pattern ADDRESSEE_OFFICE = Pattern.compile(
            "^(?:(?:ciudadan[oa]|c\\.)\\s+)?(?:titular|president[ae]|consejer[oa]|director(?:a)?|coordinador(?:a)?|encargad[oa]|vocal|secretari[oa])\\b"
                    + "[^.!?]{0,100}\\b(?:direccion|consejo|instituto|iecm|comision|coordinacion|distrital|organo|junta)\\b[^.!?]*$");
    /** A document's own number in its heading: "Oficio núm. CAN/OBS/014/2022", "entrevista núm. 9", "Expediente No. 12". */
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile(
            "\\b(?:oficio|entrevista|informe|reporte|expediente|minuta|acta|memorandum|circular)\\s+(?:num\\.?|numero|no\\.|n[°º]|#)\\s*[\\w/.-]+");
    /**
     * A letter's or diary's salutation ("Querido diario:", "Señor director:", "Mis queridas vecinas:", "Mi Toña querida:") with the sentence
     * it opens: when that sentence is about the writing itself ("le ruego publique estas líneas", "tengo que escribir
     * todo"), the whole line presents the document.
     */
    private static final Pattern SALUTATION = Pattern.compile(
            "^(?:(?:mis? (?:muy )?)?(?:querid[oa]s?|estimad[oa]s?|apreciables?|distinguid[oa]s?|senor(?:a|es|as)?|sr\\.?|sra\\.?|dear)\\s[^:]{1,50}"
                    // the possessive that puts the name first: "Mi Lupita querida:", "Mis niñas queridas:"
                    + "|mis? [\\p{L} ]{1,30} querid[oa]s?)\\s*:\\s*(.*)$");
    private static final Pattern ABOUT_WRITING = Pattern.compile(
            "\\b(?:escrib\\p{L}*|publi(?:que|quen|car|cacion)|estas (?:lineas|palabras)|la presente|cont(?:ar|arte|arle|arles)|platicar\\p{L}*|relat(?:ar|o))\\b");
    /** Whom a writing is for, above it, with no sentence: "Para la coordinación de la red y para mis vecinas". */
    private static final Pattern DEDICATION = Pattern.compile("^para (?:el|la|los|las|mis?|nuestr[oa]s?|tod[oa]s)\\b[^.!?:]*$");
    /** A remark in parentheses: "Azcapotzalco, D.F. (perdón, Ciudad de México), 9 de mayo de 2022." */
    private static final Pattern ASIDE = Pattern.compile("\\s*\\([^)]*\\)");
    /** "Contacto para medios: prensa del colectivo": whom to ask, not what happened. */
    private static final Pattern CONTACT_FIELD = Pattern.compile("^contacto(?: (?:para|de|con) [\\p{L} ]{1,25})?\\s*:.*");
    private static final Pattern POSTAL_CODE = Pattern.compile("c\\.\\s?p\\.\\s*\\d{5}");
    private static final Pattern CONTACT_DATA = Pattern.compile(
            "[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+|https?://\\S+|www\\.\\S+|\\(?\\+?\\d[\\d ()-]{7,}\\d");
    /** A line framed by rules ("===== texto reconocido (OCR) - hoja 1 de 1 =====", "----- fin -----"): a marker. */
    private static final Pattern FRAMED = Pattern.compile("^(?:={3,}|-{3,}|\\*{3,}|#{3,})\\s.{0,80}?\\s(?:={3,}|-{3,}|\\*{3,}|#{3,})$|^(?:={3,}|-{5,}|\\*{3,}|#{3,}).{0,80}?(?:={3,}|-{5,}|\\*{3,}|#{3,})$");
    /** Between the items of a site's menu or breadcrumb: "Inicio / Noticias / Contacto", "Portal · Mi cuenta · Salir". */
    private static final Pattern MENU_SEPARATOR = Pattern.compile("\\s+[·•/>»|]\\s+");
    private static final int MENU_ITEMS = 3;
    private static final int MENU_ITEM_WORDS = 3;
    private static final Pattern FORWARD_MARKER = Pattern.compile(
            "^-{2,}\\s*(?:forwarded message|mensaje reenviado|mensaje original|original message)\\s*-{2,}$");
    private static final Pattern FORWARDED = Pattern.compile("^-{2,}\\s*(?:forwarded message|mensaje reenviado)\\s*-{2,}$");
    private static final Pattern QUOTE_HEADER = Pattern.compile(
            "^(?:el|on)\\b.{0,160}\\b(?:escribio|wrote)\\s*:$|^-{2,}\\s*(?:mensaje original|original message)\\s*-{2,}$");
    private static final Pattern SIGNATURE_MARKER = Pattern.compile("^--\\s*$|^_{5,}$");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]\\s*$");

    /** A cover note's opening: "Envío mi reporte…", "Les comparto mi informe…" (a longer line than a greeting). */
    private static final Pattern COVER = Pattern.compile(
            "^(?:les |le )?(?:envio|comparto|mando|remito|adjunto) (?:mi|el|nuestro) (?:informe|reporte)\\b");

    /** "Gracias.", "Muchas gracias por su atención" — but not "Gracias a la policía se calmó todo". */
    private static final Pattern THANKS = Pattern.compile(
            "^(?:(?:besos|abrazos|saludos|un abrazo)(?: y|,)? )?(?:muchas )?gracias(?: por .*| a (?:todos|todas|todes|ustedes))?[ .!,]*$"
                    // the last slide or the end of a talk: "¡Gracias! Preguntas y comentarios"
                    + "|^¡?(?:muchas )?gracias\\s*[!.]+(?:\\s*¿?\\p{L}+[?,]?){0,4}[ .!?]*$");
    /**
     * A cover note: the writer sends, forwards or shares the report ("Les reenvío el acta que levantó…", "Hola, van
     * nuestros dos reportes de…", "Compartimos nuestro informe de la mesa…"), in the first person or with "va(n)".
     */
    private static final Pattern SENDING = Pattern.compile(
            "^(?:(?:hola|hey|buen[oa]s? (?:dias|tardes|noches)|buen dia|que tal|pos|pues|bueno|oigan|oiga)[ ,!.]+)?(?:aqui |ahi )?(?:(?:les|le|te|os|a ustedes) )?(?:aqui |ahi )?"
                    + "(?:re)?(?:envio|enviamos|mando|mandamos|comparto|compartimos|remito|remitimos|adjunto|adjuntamos|paso|pasamos"
                    + "|hago llegar|hacemos llegar|va|van|escribo|escribimos)\\b");
    /**
     * The sending of the report after what opens the line (a greeting, who writes, a symbol): "…, y les mando el
     * reporte como si…", "… 🙏 Aquí va mi reporte con calma."; the report named right after the verb.
     */
    private static final Pattern SENT_INSIDE = Pattern.compile(
            "(?:[.!?]\\s+|\\p{So}\\s*|,?\\s+y\\s+)(?:aqui |ahi )?(?:(?:les|le|te) )?(?:envio|mando|comparto|remito|paso|va|van) "
                    + "(?:el|mi|este|nuestro|los|mis) (?:informe|reporte)s?\\b");
    private static final int SENT_INSIDE_WORDS = 30;
    private static final Pattern REPORT_NOUN = Pattern.compile(
            "\\b(?:informes?|reportes?|reports?|actas?|minutas?|formatos?|cedulas?|bitacoras?|notas|resumen|cartas?|archivos?|documentos?|escritos?"
                    + "|lo que (?:nos |me )?(?:mando|envio|paso|escribio|anote)|lo que (?:vi|vimos|observe|observamos|presencie|paso)"
                    + "|lo de (?:la|el|mi) (?:consulta|jornada|mesa|votacion|observacion))\\b");
    /**
     * The greeting a cover note may open with before it sends the report, ended by a question, an exclamation or a
     * colon: "Che, ¿cómo andan? Les paso…", "Quiubo licenciada, ¿cómo le va? Aquí le va…", "Hola, pana de la
     * coordinación: aquí va mi reporte…".
     */
    private static final Pattern GREETING_CLAUSE = Pattern.compile(
            "^(?:hola|quiubo|quihubo|que onda|que tal|che|oigan|oiga|buen[oa]s? (?:dias|tardes|noches)|buen dia|saludos)\\b[^.!?:¿]{0,40}"
                    + "(?:[!:]|[,\\s]*¿[^?]{1,30}\\?)\\s*");
    /**
     * Greetings, one or two, and whom they call, up to a comma, before a cover note's sending: "hola buenas noches les
     * mando…", "Qué tal, raza de la coordinación, aquí les va mi reporte…". Whom they call says nothing of the mesa.
     */
    private static final Pattern GREETING_VOCATIVE = Pattern.compile(
            "^(?:(?:hola|hey|quiubo|quihubo|que onda|que tal|buen[oa]s? (?:dias|tardes|noches)|buen dia|saludos)[ ,!.]+){1,2}(?:([^.!?:¿,]{1,40})[,.]\\s*)?");
    /**
     * "Quedo atento a cualquier duda" (also after the note on what goes apart: "Anexo las fotos aparte. Quedo atenta a su
     * respuesta."), "Cualquier duda estamos a sus órdenes", "Reciban un cordial saludo", "ya me voy".
     */
    private static final Pattern SIGN_OFF = Pattern.compile(
            "(?:^|[.!] )(?:quedo|quedamos|estoy|estamos|seguimos) (?:atent|pendiente|a (?:sus|tus|la) (?:ordenes|disposicion|espera))"
                    + "|^(?:para )?cualquier (?:duda|dudita|cosa|cosita|aclaracion)|^reciban? (?:un |mis )?(?:cordial(?:es)? |afectuos[oa]s? )?saludos?"
                    + "|^(?:hasta pronto|hasta luego|nos vemos|bye|adios)\\b|^(?:(?:bueno|pues|bien|ok|oigan),? )?(?:ya )?me (?:voy|retiro)\\b[^.]{0,40}(?:casa|bye|manana|luego|todo|bendiciones)"
                    + "|\\b(?:hasta pronto|nos vemos|bye|bendiciones)[ .!]*$|(?:^|, )(?:ya )?me (?:voy|retiro) a (?:dormir|descansar|mi casa|comer|cenar|almorzar|desayunar)\\b");
    /**
     * The formulas of a written complaint or petition that present or close the writing itself: "La que suscribe,
     * observadora acreditada, … presenta formal queja por los hechos siguientes:", "Se tenga por presentada esta queja",
     * "Protesto lo necesario", "Por lo anteriormente expuesto, solicito:" (alone, or before a colon that opens the
     * requests: "Por lo expuesto, esta organización solicita que se revisen las actas" is itself a request).
     */
    private static final Pattern WRIT_FORMULA = Pattern.compile(
            "^(?:(?:primero|segundo|tercero|cuarto|quinto|unico|[ivx]{1,4}|\\d{1,2})[.)-]?\\s+)?"
                    + "(?:(?:el|la|los|las) que suscrib\\p{L}*|quien(?:es)? suscrib\\p{L}*|(?:el|la|los|las) suscrit[oa]s?,|protest(?:o|amos) lo (?:necesario|conducente)"
                    + "|por lo (?:anteriormente )?expuesto(?:[,;]?(?:\\s+[\\p{L}.]+){0,8}\\s*:|[,;.]?)\\s*$|se (?:me |nos )?tengan? por presentad"
                    // what a declaration says of itself: "Lo que declara bajo protesta de decir verdad…"
                    + "|lo que (?:se )?(?:declara|manifiesta|hace constar|declaro|manifiesto|hago constar|hacemos constar)\\b)"
                    // a sentence that announces the writing below it: "…, manifiesta lo siguiente:", "dar fe de los siguientes:",
                    // or, with the noun of what follows as the heading under it, "me permito exponer los siguientes" / "CONSIDERANDOS"
                    + "|\\b(?:lo siguiente|los siguientes|las siguientes)(?: (?:hechos|puntos|acontecimientos|consideraciones))?\\s*:?$");
    /** An item of an agenda ("PRIMER PUNTO. Lista de asistencia.", "Punto 3."): a heading of minutes. */
    private static final Pattern AGENDA_ITEM = Pattern.compile(
            "^(?:(?:primer|segundo|tercer|cuarto|quinto|sexto|\\d{1,2}(?:o|er)?)\\.? punto|punto (?:\\d{1,2}|[ivx]{1,4}|uno|dos|tres|cuatro|cinco))\\b");
    /**
     * A note about the document rather than the mesa: how it was written, copied or sent ("Transcripción del informe
     * que dictó…", "Capturado a máquina por…", "Conversación exportada del grupo…", "Formulario impreso desde el
     * navegador", "Bitácora personal, sin valor oficial", "SMS enviados a la coordinación").
     */
    private static final Pattern PROVENANCE = Pattern.compile(
            "\\b(?:transcrit[oa]s?|transcripcion|transcribi[oó]|redactad[oa] por|escrit[oa]s? por|capturad[oa]s? (?:a maquina|en (?:la )?computadora|por)|exportad[oa]s?|copiad[oa]s? (?:del|de|tal|aqui)|impres[oa]s? desde"
                    + "|enviad[oa]s? (?:desde|a la coordinacion|al grupo)|sin valor oficial|tal (?:cual|como) (?:lo|la|los|las|me|se) "
                    + "|(?:me|nos) (?:lo )?dicto|dictad[oa]s? (?:a|por|en)"
                    + "|(?:lo|la|los|las) (?:escribi|escribo|escribimos|redacte|redacto|redactamos|transcribi|transcribo|transcribimos|anote|anoto|anotamos"
                    + "|capture|capturamos|marque|marcamos|puse|pusimos) (?:como|tal|entre)"
                    // how the copy marks what is not the writer's: "Las notas de la coordinación van entre corchetes"
                    + "|\\b(?:va|van|esta|estan|aparece|aparecen|se (?:marca|marcan|indica|indican|senala|senalan)) entre (?:corchetes|parentesis)"
                    // who filled the form in, and that the copy was left as written: "Llenado por una estudiante…", "no le cambié nada"
                    + "|(?:^|, )(?:llenad|contestad|respondid|requisitad)[oa]s? por|no (?:le |les |lo )?(?:cambie|cambiamos|corregi|corregimos|movi|movimos|quite|edite) (?:nada|ni una (?:coma|palabra|letra))"
                    + "|se transcriben?\\b"
                    // an automatic transcription's or translation's notice: "Transcripción automática. Puede contener errores."
                    + "|puede(?:n)? contener errores|(?:transcripcion|traduccion|subtitulos?) automatic[oa]s?"
                    // who typed it for whom, in the third person: "Lo escribió su nieta porque…", "Esto lo capturó mi hijo."
                    + "|(?:^|[.!,] )(?:(?:este|esta|estos|estas) \\p{L}+ (?:lo|la|los|las)|lo|esto lo|esto) (?:escribio|escribe|redacto|redacta|transcribio|transcribe|capturo|captura|tecleo|paso a (?:maquina|computadora))\\b"
                    // who wrote it, and why the writer notes down what she did not see
                    + "|^(?:reporte|informe|documento|texto|nota|resumen)s? (?:elaborad|redactad|escrit|preparad|hech)[oa]s? (?:por|para)"
                    + "|(?:lo |solo |solamente )?(?:anoto|apunto|dejo anotado) (?:lo de [\\p{L}]+ )?para (?:que|comparar|constancia|el registro)"
                    // a news piece's byline and credits: "Por la Redacción de…", "Con información de vecinos… Fotos: Redacción."
                    + "|^por (?:la )?redaccion|^con informacion de|fotos?: \\p{L}+\\.?$)\\b");
    /**
     * A sentence that points the reader to the message further down ("Lo importante está hasta abajo, en el mensaje
     * original", "El informe va abajo", "Ver abajo"): about the mail, not the mesa.
     */
    private static final Pattern POINTS_BELOW = Pattern.compile(
            "\\b(?:(?:esta|estan|va|van|viene|vienen|ver|vean|lean|leer|queda|quedo|respondo|contesto|respondemos|contestamos|comento|comentamos)\\s+(?:hasta\\s+|mas\\s+|aqui\\s+)?(?:abajo|debajo|entre lineas)"
                    + "|(?:hasta|mas) abajo,? (?:en|esta|va|viene)|en el (?:mensaje|correo) original|(?:la )?cadena completa)\\b");
    private static final int POINTER_WORDS = 16;
    /**
     * Who writes, narrates or reviews, under the borrowed genre's label or as its byline: "Narra: una observadora
     * acreditada que…", "Reseñas de una observadora acreditada…", "Titular del servicio: observadora acreditada del
     * edificio 14." — the writer presents herself, no fact of the mesa.
     */
    private static final Pattern BYLINE = Pattern.compile(
            "^(?:[\\p{L} ]{1,25}:\\s*|\\p{L}+ (?:de|por) )(?:(?:un|una|el|la) )?(?:persona )?observador(?:a|\\(a\\))? acreditad[oa]\\b");
    private static final int BYLINE_WORDS = 25;
    /** Where the signature is, or was: "(firma autógrafa en el original)", "Rúbrica". */
    private static final Pattern SIGNED = Pattern.compile("\\bfirma autografa\\b|\\(firma\\)|^rubrica\\b|^(?:(?:(?:lo|la) )?(?:firmo|firmamos)|firma|firman)\\b(?! (?:el|la|los|las) (?:acta|actas|constancia|hoja))"
            // the space left to sign: "Firma del estudiante y sello de la coordinación", "Nombre y firma de quien recibe"
            + "|^(?:nombre,? )?(?:y )?(?:firmas?|sello)(?: y (?:sello|firma|nombre))? (?:del?|de la|de los|de las|de quien) [^.!?:]{0,80}$");
    /** How to read the document: "Cómo leer este informe: verde = sin problema…", "Simbología: ✔ = cumple". */
    private static final Pattern READING_KEY = Pattern.compile(
            "^(?:como (?:leer|se lee|interpretar)|leyenda|simbologia|clave de (?:colores|lectura|simbolos)|escala(?: de (?:valoracion|calificacion))?)\\b[^.!?]{0,30}:");
    /**
     * What the writer still has to do with the document, not what happened: "Pendiente: fotos de la fila, pedir los
     * datos del distrito", "Por hacer: firmar y mandar", "Falta: firmar, mandar antes del viernes" (a lack of the mesa's,
     * "Falta: una mampara", names no chore of the writer's and is a finding).
     */
    private final Pattern toDo;
    private static final String TO_DO_LACK =
            "|^(?:me )?falta(?:n)?(?: por hacer)?\\s*:[^.!?]*\\b(?:mandar|mandarlo|enviar|enviarlo|firmar|firmarlo|pedir|subir|revisar|llamar"
                    + "|escanear|imprimir|entregar|corregir|capturar|pasar en limpio)\\b";
    private static final int TO_DO_WORDS = 20;
    /** A chore that is a recommendation for the mesa ("Pendiente: recomendar que la mesa se ponga a la sombra"): a finding. */
    private static final Pattern RECOMMENDS = Pattern.compile("\\b(?:propon\\p{L}*|suger\\p{L}*|recomend\\p{L}*|(?:solicitar|pedir) que)\\b");
    /** A form's instruction to whoever fills it in: "Marque Sí / No y agregue observaciones". */
    private static final Pattern FORM_INSTRUCTION = Pattern.compile(
            "^(?:marque|llene|conteste|responda|seleccione|elija|tache|subraye)\\b(?!.*[.!?]\\s+\\S)");
    /** The heading of a shift in a report written in turns: "Turno de la tarde 13:00 a cierre". */
    private static final Pattern SHIFT_HEADING = Pattern.compile(
            "^turno (?:de la )?(?:manana|tarde|noche|matutino|vespertino)\\b[^.!?]*$");
    /** A voice note's or recording's header: "transcripción nota de voz 2 (1:12)", "Audio 3 – 10:52". */
    private static final Pattern RECORDING = Pattern.compile(
            "^(?:transcripcion (?:de )?(?:la )?)?(?:(?:nota|mensaje)s? de voz|audio|grabacion)\\s*(?:\\d{1,2}|#\\d{1,2})?\\b[^.!?]{0,30}$");

    /**
     * Marks that open an exclamation or question, a dialogue's dash, and decoration, before a formula's first word
     * ("¡Buenas tardes!", "—Gracias por venir.").
     */
    private static final Pattern OPENING_MARKS = Pattern.compile("^[—―–¡¿\\p{So}\\p{Sk}\\p{Cf}\\x{FE0F}\\s]+");
    /**
     * How Spanish takes leave, in any genre: "Con esto me despido", "hasta la próxima", "nos vemos en la próxima",
     * "me avisas cualquier cosa", a closing "Fin.".
     */
    private static final Pattern FAREWELL = Pattern.compile(
            "(?:^|[,.;!] )(?:(?:con esto|por hoy|por ahora|asi|y) )?(?:me despido|nos despedimos)\\b"
                    + "|(?:^|[,.;!] |^y |, y )¡?(?:hasta (?:la proxima|el proximo)|nos vemos (?:en la proxima|pronto|luego|la proxima|el proximo|en el proximo))\\b"
                    // seeing each other again, ending the line ("… y nos vemos en la reunión del jueves."), or its slang ("Ahí nos vidrios")
                    + "|(?:^|[,.;!] |\\by )(?:ahi )?nos (?:vemos|vidrios)(?! (?:obligad|forzad|en la necesidad))\\b[^.!?;]{0,40}[.!]*$"
                    // an offer to answer questions: "Si tienen dudas me marcan."
                    + "|(?:^|[,.;!] )si (?:tienen|tiene|tienes|hay) (?:alguna |cualquier )?(?:duda|pregunta)s?\\b[^.!?]{0,20}\\b(?:me|nos) (?:marcan|marca|marcas|llaman|llama|llamas|escriben|escribe|escribes|avisan|avisa|avisas|dicen|dices)\\b"
                    + "|(?:^|[,.;!] |\\by )(?:me|nos) (?:avisas|avisan|avise|avisen|dices|dicen)\\b[^.!?]{0,15}cualquier (?:cosa|cosita|duda|dudita|novedad)"
                    // the same offer with the doubt first: "Cualquier cosa me escriben, que ando con…"
                    + "|(?:^|[,.;!] )(?:para )?cualquier (?:cosa|cosita|duda|dudita|pregunta|aclaracion),? (?:me|nos) (?:escriben|escribes|escribe|marcan|marcas|marca|llaman|llamas|avisan|avisas|dicen|dices|buscan|buscas)\\b"
                    + "|(?:^|[.!] )fin[ .!]*$"
                    // "FIN." that ends a story, a script or a show, and its coda: "FIN. Se canta el villancico de costumbre."
                    + "|^fin[.!]+\\s+[^.!?]{1,80}[.!]*$"
                    // the love that closes a message to family, ending it: "Ya me voy, mija. Te quiero."
                    + "|(?:^|[,.;!] )(?:te|los|las|les) (?:quiero|queremos|amo|amamos)(?: mucho)?[ .!]*$");
    /**
     * A closing formula with whoever signs it, ending the line: "Con cariño, una vecina observadora.", "Te quiere, tu
     * abuela.", "Un abrazo, tu mamá." — the signer is a few words with no sentence of their own.
     */
    private static final Pattern SIGNED_OFF = Pattern.compile(
            "(?:^|[.!] )(?:atentamente|cordialmente|respetuosamente|con (?:mucho |todo mi )?carino|(?:un )?(?:fuerte )?abrazos?|besos|(?:te|los|las|les) (?:quiere|queremos|quiero)(?: (?:mucho|muchisimo))?"
                    + "|saludos(?: cordiales)?|(?:su|tu) (?:segur[oa] )?(?:servidor(?:a)?|amig[oa]))\\s*,\\s*(?!que\\b)([^.!?,;]{1,60})[ .!]*$");
    private static final int FAREWELL_WORDS = 16;
    /** Whom a letter is addressed to, with the formula "Presente" after it: "Instituto Electoral de la Ciudad de México. Presente." */
    private static final Pattern ADDRESSEE_PRESENT = Pattern.compile("\\S[.,]\\s*p\\s?r\\s?e\\s?s\\s?e\\s?n\\s?t\\s?e[\\s.!]*$");
    private static final int ADDRESSEE_WORDS = 12;
    private static final Pattern FIRST_SENTENCE = Pattern.compile("^([^.!?]{2,80}[.!?])\\s+\\S");
    /** Who signs or speaks, after a greeting or a sign-off: "Una vecina observadora de…", "Aquí su narrador vecinal…". */
    private static final Pattern SIGNER = Pattern.compile("^(?:un|una|el|la|los|las|su|tu|sus|tus|aqui|de parte de)\\b");
    private static final Pattern NEGATION = Pattern.compile("\\b(?:no|sin|ni|nadie|nada|nunca|falt\\p{L}*)\\b");

    // The patterns that place the words of config/segmentacion.yaml: built per vocabulary, so that each Observa home
    // reads its own file; the patterns below them are structure only and shared.
    private final Pattern greetingOrClosing;
    /** The things of a mesa a line names when it tells what happened there (config/segmentacion.yaml). */
    private final Pattern mesaThings;
    private final Pattern closing;
    private final Pattern contactLabel;
    private final Pattern titleWords;
    private final Pattern titleStart;
    private final Pattern institution;
    private final Pattern webChrome;
    private final Pattern mailHeader;
    private final Pattern legal;
    private final Pattern endMarker;
    private final Pattern division;
    private final Pattern shiftChange;
    private final Pattern norm;
    /**
     * The formulas of minutes (actas, minutas) and certificates that record the meeting or the writing, not the mesa:
     * "Se levanta la sesión a las 20:10", "No habiendo más asuntos…", "Se extiende la presente…".
     */
    private final Pattern minutesFormula;
    /** A label of the genre's own frame, not of what happened: "Hipótesis: …", "Moraleja: …", "Abreviaturas: …". */
    private final Pattern frameLabel;
    /** A fixed formula of an everyday genre the report borrows, at the start of a sentence or a clause. */
    private final Pattern genreFormula;

    Boilerplate(SegmentationVocabulary words) {
        greetingOrClosing = Pattern.compile("^" + words.any("saludos_y_despedidas") + "\\b.*");
        mesaThings = Pattern.compile("\\b" + words.any("cosas_de_la_mesa") + "\\b");
        closing = Pattern.compile("^" + words.any("cierres") + "[ ,.!]*$");
        contactLabel = Pattern.compile("^" + words.any("etiquetas_de_contacto") + "\\b\\.?\\s*[:.]?.*");
        titleWords = Pattern.compile("\\b" + words.any("palabras_de_titulo") + "\\b");
        titleStart = Pattern.compile("^(?:\\d{1,2}[.)]\\s*)?" + words.any("inicios_de_titulo") + "(?!\\p{L})");
        institution = Pattern.compile("\\b" + words.any("instituciones") + "\\b");
        webChrome = Pattern.compile(words.any("avisos_de_sitio"));
        mailHeader = Pattern.compile("^" + words.any("encabezados_de_correo") + "\\s*:.*");
        legal = Pattern.compile("^" + words.any("avisos_legales") + "\\b.*");
        // the end of the document said in it: "Fin del hilo.", "Me retiro. Fin de la bitácora.", "Cierre del registro a las 18:00."
        endMarker = Pattern.compile(
                "(?:^|[.!] )(?:fin|cierre|termino) (?:del?|de la|de los|de las) " + words.any("generos_del_documento") + "(?!\\p{L})"
                        // whatever the genre, opening the line ("Fin de la pieza.", "Fin del instructivo.", "Fin de mis notas."),
                        // unless what ends is a stage of the mesa's day ("Fin de la votación a las 17:00"); after a sentence of
                        // its own ("Pegan resultados. Fin de la cobertura.") the line still tells something
                        + "|^fin (?:del?|de la|de los|de las|de mis?|de este|de esta) (?!" + words.any("etapas_de_la_jornada") + "\\b)\\p{L}+[.!]"
                        // after a short farewell of the genre: "gg wp, fin del parche", "Bueno, fin de la función"
                        + "|^[^.!?,]{1,20}, fin (?:del?|de la|de los|de las|de mis?|de este|de esta) (?!" + words.any("etapas_de_la_jornada") + "\\b)\\p{L}+[.!]*$"
                        // the writer says where the writing ends: "…es broma, aquí termina mi informe.", "Aquí acaba esta bitácora."
                        + "|(?:^|[.!,] )(?:y )?aqui (?:termina|acaba|concluye|finaliza|se acaba|se termina) (?:mi|el|este|esta|nuestr[oa]) "
                        + words.any("generos_del_documento") + "(?!\\p{L})"
                        // or whatever genre it borrows ("Aquí se acaba el diccionario", "aquí termina este recetario"), unless
                        // what ends is a stage of the mesa's day ("aquí terminó la votación")
                        + "|(?:^|[.!,;] )(?:y )?aqui (?:se acaba|se termina|acaba|termina|concluye|finaliza) (?:mi|el|la|este|esta|nuestr[oa]) (?!"
                        + words.any("etapas_de_la_jornada") + "\\b)\\p{L}+(?:[ .!;,]|$)");
        // what the law says, as a preamble cites it: "La Ley de Participación Ciudadana establece que la consulta…" (a
        // rule with the mesa as its subject, "La convocatoria decía 9:00 y la mesa abrió 9:40", is a finding)
        norm = Pattern.compile("^(?:(?:el|la|los|las|nuestra|nuestro) )?" + words.any("normas_citadas")
                + "\\b[^.;:!?]{0,120}?\\b(?:establece|establecen|senala|senalan|dispone|disponen|preve|preven|estipula|estipulan|ordena|ordenan|mandata|mandatan|garantiza|garantizan) (?:que|el|la|los|las)\\b");
        // a label of the frame, alone or as a numbered section of the writing: "Hipótesis: …", "I. PLANTEAMIENTO. Se solicita…"
        frameLabel = Pattern.compile("^(?:(?:[ivx]{1,4}|\\d{1,2})[.)]\\s+)?" + words.any("rotulos_del_escrito") + "\\s*(?::|\\.\\s)");
        toDo = Pattern.compile("^" + words.any("rotulos_de_pendientes") + "\\s*:" + TO_DO_LACK);
        grade = Pattern.compile("^" + words.any("rotulos_de_calificacion") + "(?: (?:total|final|general|obtenid[oa]|global|maxim[oa]))?"
                + "(?: (?:de|por|para|del|de la|de los) [\\p{L} ]{1,25}?)?\\s*(?:\\([^)]{0,30}\\))?\\s*:");
        // the document pointed at as the subject or the object of the sentence, or as whose part it names ("Las horas de
        // esta tabla son locales", "Los datos de este reporte son preliminares")
        selfReference = Pattern.compile(
                "(?:^|: |[.!;] )(?:(?:\\p{L}+ ){0,2}(?:mandar|enviar|envie|mande|conserve|conservar|guarde|guardar|lea|leer|imprima|imprimir|reenvie|reenviar|comparta|compartir|quien lea) "
                        + "|(?:el|la|los|las) \\p{L}+ (?:de|en) )?"
                        + "(?:este|esta|estos|estas|el presente|la presente) " + words.any("documentos_senalados") + "s?\\b");
        // a leaflet's or an invitation's formula may follow its title or a label ("PROSPECTO — … Léase antes de usar.",
        // "Aviso: el desempeño pasado … no garantiza…"), or a clause ("Soy de Madrid, así que perdonad el acento")
        genreFormula = Pattern.compile("(?:^|[.:;!,—–-] |\\b(?:asi que|pero|y) )" + words.any("formulas_de_genero"));
        minutesFormula = Pattern.compile("\\b" + words.any("formulas_de_acta") + "\\b");
        shiftChange = Pattern.compile("^" + words.any("relevos_de_turno") + "(?!\\p{L})");
        // a division of a story, a play or a book, with its title if any: "Capítulo primero, de cómo se puso la mesa",
        // "CAPÍTULO 5 (final): «Felices para siempre»", "Acto II", "Episodio 3 — La rival"
        division = Pattern.compile(
                "^" + words.any("divisiones_del_documento") + "\\s+(?:\\d{1,2}|[ivxlc]{1,5}|primer[oa]?|segund[oa]|tercer[oa]?|cuart[oa]|quart[oa]"
                        + "|quint[oa]|sext[oa]|septim[oa]|setim[oa]|octav[oa]|noven[oa]|decim[oa]|unic[oa]|final|ultim[oa]|postrer[oa]?)\\b"
                        + "(?:\\s*\\([^)]{0,20}\\))?(?:\\s*[,:.—–-]\\s*(?:[^.!?\\d\\s]+\\s*){0,8})?[.!]?\\s*");
    }

    /**
     * Who signs, as the last line of a writing names the writer by a trade, an origin or a place, maybe after a short
     * farewell or two ("El carnicero de Portales.", "Xquixe pe, gracias, la de Juchitán.", "Servido. El mesero de la
     * Daniel Garza.", "Las y los observadores de la Candelaria"): an article, a noun or «de», and whose or where from.
     */
    private static final Pattern SIGNATURE_LINE = Pattern.compile(
            "^(?:[^.!?,;]{1,30}[,.!]\\s+){0,3}((?:el|la|los|las|su|tu)(?: y (?:el|la|los|las))?\\s+(?:del?\\s[^.!?;:,]{1,60}|\\p{L}+\\s+(?:de|del)\\s[^.!?;:,]{1,60}|\\p{L}+\\s+observador(?:a|es|as)?))[ .!]*$");
    /** A judgement a signer never carries: "Los de la mesa muy amables" tells how the mesa was. */
    private static final Pattern JUDGEMENT = Pattern.compile("\\b(?:muy|bien|mal|todo|toda|todos|todas|nada|siempre|nunca|tambien|tampoco|puntual\\p{L}*)\\b");
    private static final int SIGNATURE_WORDS = 16;
    private static final int FAREWELL_PART_WORDS = 4;

    /**
     * The last line of a writing when it only signs it: who writes, with no verb or denial ("El afilador de la
     * Kennedy."), after at most a few short farewells ("Es todo licenciada, buenas noches, el de la vulcanizadora.").
     * A fact at the end names the mesa and tells what happened; a signature names the writer.
     */
    static boolean isSignature(String folded) {
        String line = OPENING_MARKS.matcher(folded.strip()).replaceFirst("");
        Matcher m = SIGNATURE_LINE.matcher(ASIDE.matcher(line).replaceAll(""));
        if (words(line) > SIGNATURE_WORDS || !m.matches() || !Segmenter.verbless(m.group(1)) || NEGATION.matcher(m.group(1)).find()
                || JUDGEMENT.matcher(m.group(1)).find()) {
            return false;
        }
        String before = line.substring(0, Math.max(0, line.indexOf(m.group(1))));
        for (String part : before.split("[,.!]")) {
            if (words(part) > FAREWELL_PART_WORDS) {
                return false;
            }
        }
        return true;
    }

    /**
     * The last line of a letter right under its farewell ("Sin otro particular, quedo de ustedes." / "Una costurera
     * retirada de Santa Cruz."): below the farewell only the signer is left, so a short line led by an article, with no
     * verb, denial or judgement, describes whoever signs (a trade, "un vecino de la unidad"). A line there that tells
     * something ("Faltaron boletas en la tarde.") has a verb and stays a finding; a signer named rather than described
     * ("ROSA PÉREZ V.") is left to the rules for names, which read it as a passage of its own.
     */
    static boolean signsAfterFarewell(String line) {
        // the line as written: a preterite is told by its accent ("llegó"), which folding takes off
        String folded = OPENING_MARKS.matcher(Folding.foldPreservingLength(line).strip()).replaceFirst("");
        return DESCRIBED_SIGNER.matcher(folded).lookingAt() && words(folded) <= SIGNER_AFTER_FAREWELL_WORDS
                && Segmenter.verbless(line) && !NEGATION.matcher(folded).find() && !JUDGEMENT.matcher(folded).find()
                && !folded.matches(".*\\d.*");
    }

    /** A signer described, not named: an article first ("un maquinista…", "la vecina…", "su servidora"). */
    private static final Pattern DESCRIBED_SIGNER = Pattern.compile("(?:un|una|el|la|los|las|su|tu)\\s");

    private static final int SIGNER_AFTER_FAREWELL_WORDS = 10;

    /** The rest of a line after a greeting or sign-off names who writes, with no sentence or judgement of its own. */
    private static boolean signsOrPresents(String rest) {
        String s = rest.strip();
        return SIGNER.matcher(s).find() && !NEGATION.matcher(s).find() && Segmenter.verbless(s);
    }

    boolean isGreetingOrClosing(String folded) {
        String line = OPENING_MARKS.matcher(folded.strip()).replaceFirst("");
        int words = words(line);
        if (words <= FAREWELL_WORDS && FAREWELL.matcher(line).find()) {
            return true;
        }
        // an aside after the signer ("…, la vecina de la esquina (con su gafete)") says who signs, it is no sentence
        Matcher signed = SIGNED_OFF.matcher(ASIDE.matcher(line).replaceAll(""));
        if (words <= FAREWELL_WORDS && signed.find() && Segmenter.verbless(signed.group(1))) {
            return true;
        }
        Matcher first = FIRST_SENTENCE.matcher(line);
        if (first.find() && words <= FAREWELL_WORDS && signsOrPresents(line.substring(first.end() - 1))
                && isGreetingOrClosing(first.group(1))) {
            return true; // "Ya me voy a dormir. Una vecina observadora de El Arbolillo.": a sign-off and who signs it
        }
        if (words <= SENT_INSIDE_WORDS && SENT_INSIDE.matcher(line).find()) {
            return true; // "Soy guía de turistas y les mando el reporte como si…", "Namasté, red 🙏 Aquí va mi reporte…"
        }
        if (words <= CLOSING_LINE_WORDS && everySentenceCloses(line)) {
            return true; // "Te quiero mucho, tu hermana. Saludos a todos.": a farewell, who signs it, and another farewell
        }
        return words <= (COVER.matcher(line).find() ? 20 : 14) && (greetingOrClosing.matcher(line).matches() || THANKS.matcher(line).matches())
                || compact(line).equals("presente") || words <= ADDRESSEE_WORDS && ADDRESSEE_PRESENT.matcher(line).find() && Segmenter.verbless(line)
                || isCoverNote(line, words)
                || words <= 12 && SIGN_OFF.matcher(line).find() || words <= 16 && endMarker.matcher(line).find();
    }

    /** A line of farewells one after another says this much at most. */
    private static final int CLOSING_LINE_WORDS = 24;
    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?])\\s+(?=\\S)");

    /** A line of two sentences or more, each a greeting, a farewell or a signed-off farewell on its own. */
    private boolean everySentenceCloses(String line) {
        String[] sentences = SENTENCE_BREAK.split(line);
        if (sentences.length < 2) {
            return false;
        }
        for (String sentence : sentences) {
            if (!isGreetingOrClosing(sentence)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A sentence that sends the report rather than telling what happened: a first-person verb of sending at its start
     * and the report (or "what she sent us") as its object; "les escribo…" alone when it is one short sentence.
     */
    private static boolean isCoverNote(String line, int words) {
        String whole = line;
        Matcher greeting = GREETING_CLAUSE.matcher(line);
        if (greeting.find() && greeting.end() < line.length()) {
            line = line.substring(greeting.end());
        } else {
            Matcher called = GREETING_VOCATIVE.matcher(line);
            if (called.find() && called.end() < line.length() && (called.group(1) == null || Segmenter.verbless(called.group(1)))) {
                line = line.substring(called.end());
            }
        }
        Matcher m = SENDING.matcher(line);
        if (!m.find()) {
            // what looked like whom the greeting calls was the sending itself: "Hey, aquí va mi reporte, …"
            line = whole;
            m = SENDING.matcher(line);
        } else {
            m.reset();
        }
        if (words > 40 || !m.find()) {
            return false;
        }
        // what is forwarded ("les reenvío la respuesta de nuestra observadora") was written before, by someone else
        return REPORT_NOUN.matcher(line).find() || m.group().endsWith("escribo") && words <= 12 || m.group().matches(".*\\breenvi(?:o|amos)$");
    }

    /**
     * A line that is about the document, not the mesa: a formula of minutes, an agenda item, a note on how the report
     * was transcribed, captured, exported or sent, or a voice note's header.
     */
    boolean isAboutTheDocument(String folded) {
        String line = folded.strip();
        int words = words(line);
        if (AGENDA.matcher(line).find() || words <= NORM_WORDS && norm.matcher(line).find() && !CONTRAST.matcher(line).find()) {
            return true;
        }
        if (words > 25) {
            return false;
        }
        return minutesFormula.matcher(line).find() || frameLabel.matcher(line).find() || genresFrame(line) || SIGNED.matcher(line).find() || WRIT_FORMULA.matcher(line).find()
                || words <= 14 && FORM_INSTRUCTION.matcher(line).find() || words <= TO_DO_WORDS && toDo.matcher(line).find() && !RECOMMENDS.matcher(line).find() || words <= 8 && SHIFT_HEADING.matcher(line).find() || words <= 8 && AGENDA_ITEM.matcher(line).find()
                || words <= 20 && PROVENANCE.matcher(line).find() || words <= BYLINE_WORDS && BYLINE.matcher(line).find() || words <= 8 && RECORDING.matcher(line).matches()
                || words <= POINTER_WORDS && POINTS_BELOW.matcher(line).find() || READING_KEY.matcher(line).find()
                || words <= SELF_REFERENCE_WORDS && selfReference.matcher(line).find()
                || words <= GRADE_WORDS && grade.matcher(line).find() || RATING.matcher(line).matches() || words <= COLOPHON_WORDS && COLOPHON.matcher(line).find() && !tellsOfTheMesa(line)
                || words <= DIVISION_WORDS && division.matcher(line).matches() || words <= SHIFT_CHANGE_WORDS && shiftChange.matcher(line).find()
                || words <= LEGEND_WORDS && isLegend(line);
    }

    /**
     * A line of the colophon or the credits: who the document is for, who made it and how, how to use or read it
     * ("Dirigida a: Instituto…", "Fuentes: observación directa. Diseño: colectivo vecinal.", "Letra: la observadora del
     * barrio.", "Licencia: se puede copiar…", "Instrucciones: subraye la opción correcta.", "Duración total estimada:
     * 58 segundos", what the activity was for: "Objetivo: conocer cómo vota un barrio."), or a note on how it was made and handed in ("Entregado por el equipo 4", "Escrito en un cuaderno
     * de la observadora", "hechos en casa, sin fines de lucro").
     */
    private static final Pattern COLOPHON = Pattern.compile(
            "^(?:fuentes?|diseno|diagramacion|ilustraci(?:on|ones)|fotografias?|letra|musica|licencia|creditos|dirigid[oa] a|iniciad[oa] por"
                    + "|destinatari[oa]s?|instrucciones|formato|objetivos?(?: general| especificos?)?|proposito|finalidad|edicion|produccion|tiraje|anexos?|adjuntos?|duracion (?:total|estimada|aproximada|del (?:video|audio|programa)))"
                    + "[^:.!?]{0,20}:"
                    // who made it, as a byline: "Entrevistó: un estudiante de sexto semestre", "Elaboró: la brigada"
                    + "|^(?:entrevisto|elaboro|redacto|capturo|transcribio|atendio|realizo|inspecciono)\\s*:"
                    // why the borrowed form was filled and what it covered: "Motivo de consulta: observación ciudadana",
                    // "Aprendizaje esperado: que…", "Área inspeccionada: la mesa y la fila"
                    + "|^(?:motivo de (?:la )?(?:consulta|visita|servicio)|aprendizajes? esperados?|areas? (?:inspeccionad|revisad|visitad|atendid)[oa]s?)\\s*:"
                    + "|(?:^|, )(?:[\\p{L}]+ )?(?:entregad[oa]s?|escrit[oa]s?|hech[oa]s?|elaborad[oa]s?) (?:por (?:el|la|los|las) (?:equipo|grupo|alumn|estudiante)"
                    + "|a la (?:coordinacion|maestr|profesor|direccion)|en (?:un|una|el|la|mi) (?:cuaderno|libreta|casa)|en casa\\b|con lo que (?:vi|vimos|observe))"
                    + "|\\bsin fines de lucro\\b|\\bprohibida su venta\\b"
                    // the table of contents said in a line: "Contenido: antecedentes, desarrollo, conclusiones y anexos."
                    + "|^(?:contenido|indice|sumario|tabla de contenidos?)\\s*:"
                    // what a test case or a plan expected, beside what happened: "Resultado esperado: apertura a las 9:00."
                    + "|^(?:resultados?|comportamiento|respuesta|lo) esperad[oa]s?\\s*:");
    private static final int COLOPHON_WORDS = 20;
    /** What a label's value says, in words, to tell a fact rather than name what the document is or is for. */
    private static final int TOLD_VALUE_WORDS = 6;
    /** The words that may come before the thing of the mesa a value tells of: "la", "toda la", "las dos". */
    private static final int SUBJECT_WORDS = 2;

    /**
     * Whether what follows a colophon's label tells what happened at the mesa, with a verb: "Objetivo alcanzado: la
     * mesa se instaló a las 8:40" is an observation dressed as the genre's field, "Objetivo: conocer cómo vota un
     * barrio" the genre's own. The thing of the mesa opens the value, as the subject of what it tells: "Instrucciones:
     * cada carta es algo que vi en la mesa" speaks of the writing.
     */
    private boolean tellsOfTheMesa(String folded) {
        String value = folded.substring(folded.indexOf(':') + 1);
        Matcher thing = mesaThings.matcher(value);
        return words(value) >= TOLD_VALUE_WORDS && thing.find() && words(value.substring(0, thing.start())) <= SUBJECT_WORDS
                && !Segmenter.verbless(value);
    }
    private static final int DIVISION_WORDS = 14;

    /**
     * Whether a borrowed genre's formula makes the line the genre's frame: not when the sentence it opens goes on to tell
     * in the past what happened at the mesa ("Descanse en paz la hoja de incidentes, que nadie de la mesa quiso llenar
     * aunque faltaba el marcador"): the formula is then the writer's figure of speech for it. What the genre asks of its
     * reader ("No olvide su credencial, que sin ella no hay boleta") is told in the present and stays its frame.
     */
    private boolean genresFrame(String folded) {
        Matcher formula = genreFormula.matcher(folded);
        if (!formula.find()) {
            return false;
        }
        String rest = folded.substring(formula.end());
        int sentenceEnd = rest.indexOf(". ");
        String sentence = sentenceEnd < 0 ? rest : rest.substring(0, sentenceEnd);
        return !(words(sentence) >= TOLD_VALUE_WORDS && mesaThings.matcher(sentence).find()
                && ReportedThat.tellsThePast(sentence));
    }

    /**
     * The grade a teacher, a quiz or a rubric gives ("Calificación: 9. Muy bien redactado.", "Puntaje total: 35 de 44",
     * "Puntuación: una estrella por respuesta correcta", "Calificación obtenida por la mesa: 6 de 9"): it scores the
     * writing or the game, and says nothing the observer saw that the lines graded do not say already.
     */
    private final Pattern grade;
    private static final int GRADE_WORDS = 14;
    /**
     * A review's score, alone on its line ("Cuatro estrellas de cinco.", "3/5 estrellas", "8 de 10 puntos"): the
     * writer's grade of the whole, which the lines graded already tell.
     */
    private static final Pattern RATING = Pattern.compile(
            "^(?:(?:una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|\\d{1,2}(?:[.,]\\d)?)\\s*(?:/|de)\\s*(?:cinco|diez|\\d{1,2})\\s+(?:estrellas|puntos)"
                    + "|(?:una|dos|tres|cuatro|cinco|\\d)\\s+(?:estrellas?|puntos?)\\s+de\\s+(?:cinco|diez|\\d{1,2}))[ .!]*$");
    /** A symbol a legend explains: "✕ = hecho", "● = cumple", "→ = migrado". */
    private static final Pattern SYMBOL_MEANS = Pattern.compile("(?:^|[·,;|/]\\s*)[^\\p{L}\\p{N}\\s]{1,3}\\s*=\\s*\\p{L}");
    private static final int LEGEND_WORDS = 24;

    /**
     * The key of a notebook's or a chart's symbols, at least two of them explained and no sentence ("☐ = pendiente ·
     * ✕ = hecho · → = migrado"): how to read what follows, not what happened.
     */
    private static boolean isLegend(String line) {
        Matcher m = SYMBOL_MEANS.matcher(line);
        int symbols = 0;
        while (m.find()) {
            symbols++;
        }
        return symbols >= 2 && !SENTENCE_END.matcher(line).find();
    }

    /** The agenda of a meeting, its items on the same line or not: "ORDEN DEL DÍA: 1. Lista de asistencia. 2. …". */
    private static final Pattern AGENDA = Pattern.compile("^orden del dia\\s*[:.\\-–—]");
    /** A sentence that says what a law or a rule prescribes is the writer's legal preamble, however long. */
    private static final int NORM_WORDS = 45;
    /** What sets the mesa against the rule it cites: "…establece que se abre a las 9:00, pero abrió a las 10:20". */
    private static final Pattern CONTRAST = Pattern.compile("\\b(?:pero|sin embargo|aunque|no obstante|mientras que|en cambio|y sin embargo)\\b");

    /** A logbook's line that hands the shift over ("Recibo el turno sin novedad; entrego llaves…") says this much at most. */
    private static final int SHIFT_CHANGE_WORDS = 20;

    /**
     * A sentence whose subject or object is the document itself, pointed at ("Este documento no busca culpables…",
     * "Alcance: este informe cubre sólo…", "Conserve este correo…", "Mandar este informe antes del martes."): it says
     * what the writing is or what to do with it, not what happened at the mesa.
     */
    private final Pattern selfReference;
    private static final int SELF_REFERENCE_WORDS = 16;

    /** A sentence on how the document was written, dictated or sent ("Informe dictado a mi lector de pantalla."). */
    static boolean tellsHowItWasWritten(String folded) {
        String line = folded.strip();
        return words(line) <= 20 && PROVENANCE.matcher(line).find();
    }

    /** A closing after which a signature block follows ("Atentamente", "Saludos,", "Atte."). */
    boolean isClosing(String folded) {
        return closing.matcher(folded.strip()).matches();
    }

    static boolean startsWithLetterFormula(String folded) {
        return LETTER_FORMULA.matcher(folded.strip()).matches();
    }

    static boolean isFramedMarker(String folded) {
        return FRAMED.matcher(folded.strip()).matches();
    }

    static boolean isPageNumber(String folded) {
        return PAGE_NUMBER.matcher(folded.strip()).matches();
    }

    static boolean isSignatureMarker(String folded) {
        return SIGNATURE_MARKER.matcher(folded.strip()).matches();
    }

    static boolean isQuoteHeader(String folded) {
        return QUOTE_HEADER.matcher(folded.strip()).matches();
    }

    static boolean isQuotedLine(String line) {
        return line.stripLeading().startsWith(">");
    }

    boolean isMailHeader(String folded) {
        String line = folded.strip();
        return mailHeader.matcher(line).matches() || FORWARD_MARKER.matcher(line).matches();
    }

    /** "---------- Mensaje reenviado ----------": the quoted text after it is the forwarded report. */
    static boolean isForwardMarker(String folded) {
        return FORWARDED.matcher(folded.strip()).matches();
    }

    boolean startsLegalNotice(String folded) {
        return legal.matcher(folded.strip()).matches();
    }

    /** Letterhead, addressing, contact and title lines, web chrome. */
    boolean isChrome(String folded, boolean beforeContent) {
        String line = folded.strip();
        int words = words(line);
        if (beforeContent && words <= 20 && titleStart.matcher(line).find()) {
            return true; // "Crónica de mi observación en …, distrito XV.": a title, even with a period
        }
        if (beforeContent && words <= 20 && DEDICATION.matcher(line).matches() && Segmenter.verbless(ASIDE.matcher(line).replaceAll(""))) {
            return true; // "Para el grupo de vecinas (reunión del lunes) y para la red de observación": whom it is for
        }
        if (beforeContent && words <= 25 && (DOCUMENT_NUMBER.matcher(line).find() || ADDRESSEE.matcher(line).matches()
                || ADDRESSEE_OFFICE.matcher(line).matches()
                || opensWithSalutation(line, words))) {
            return true;
        }
        if (ADDRESSING.matcher(line).matches() || PLACE_DATE.matcher(line).matches() || PLACE_DATE_IN_WORDS.matcher(line).matches()
                || words <= 25 && DATED_AT.matcher(line).find()
                || line.indexOf('(') >= 0 && PLACE_DATE.matcher(ASIDE.matcher(line).replaceAll("")).matches()) {
            return true;
        }
        if (isContact(line, words) || isRecordHeader(line)) {
            return true;
        }
        if (webChrome.matcher(line).find() || line.chars().filter(c -> c == '|').count() >= 2 && !hasProseCell(line) || isMenu(line)) {
            return true;
        }
        String withoutLegalForm = line.replaceAll(",?\\s*a\\.\\s?c\\.$", "");
        boolean shortNoSentence = words <= 12 && !SENTENCE_END.matcher(withoutLegalForm).find();
        if (shortNoSentence && titleWords.matcher(line).find()) {
            return true;
        }
        return beforeContent && shortNoSentence && institution.matcher(line).find();
    }

    /** What a cell says at least, in words, to be what somebody wrote rather than a label, a name or a grade. */
    private static final int PROSE_CELL_WORDS = 5;

    /**
     * A row of cells with one that says something in a sentence ("Accesibilidad | 1 | la sede tiene escalones y no
     * hubo manera de poner rampa"): a table's row with its comment, not a site's menu or a contact line.
     */
    private static boolean hasProseCell(String line) {
        for (String cell : line.split("\\|")) {
            if (words(cell) >= PROSE_CELL_WORDS && cell.chars().anyMatch(Character::isLowerCase)) {
                return true;
            }
        }
        return false;
    }

    /** A salutation alone, or with a first sentence about the writing itself ("Querido diario: tengo que escribir…"). */
    private static boolean opensWithSalutation(String line, int words) {
        Matcher m = SALUTATION.matcher(line);
        return m.matches() && (m.group(1).isBlank() || words <= 30 && ABOUT_WRITING.matcher(m.group(1)).find());
    }

    /** A field of a record's header: a number, a date or an hour, maybe under a label ("Recibido: dom 01/05/2022 10:02"). */
    private static final Pattern RECORD_FIELD = Pattern.compile("^(?:[\\p{L} ]{1,20}:\\s*)?[^.!?]*\\d[^.!?]*$");
    private static final Pattern LABELLED = Pattern.compile("^[\\p{L} ]{1,20}:");
    private static final int RECORD_FIELD_WORDS = 5;

    /** A record's own number or code opening its header: "#004", "BUG-002", "Ticket 17", "Caso #3", "No. 12", "Nota No. 2". */
    private static final Pattern RECORD_ID = Pattern.compile(
            "^(?:#\\s?|\\p{L}{1,10}(?:\\s?[-#]\\s?|\\s(?:(?:no|num|numero|n[°º])\\.?\\s?)?|\\.\\s?))?\\d{1,6}$");
    /** A labelled field whose value is a word or a few, with no sentence: "Estado: cerrado sin solución", "Severidad: alta". */
    private static final Pattern SHORT_LABELLED_FIELD = Pattern.compile("^[\\p{L} ]{1,20}:\\s*[^.!?;,]{1,40}$");

    /**
     * The header of a recorded message, a call, an entry or a ticket, as an application writes it: at least
     * {@value #MENU_ITEMS} short fields between separators, at least one under its label, each with a number, a date
     * or an hour ("Mensaje 1 de 3 · Recibido: dom 01/05/2022 10:02 · Duración: 1:12") — or, after the record's own
     * number or code, each a number or a short labelled value ("#004 · 12:30 · Estado: cerrado", "INC-07 · Prioridad:
     * alta · Área: apertura"). It says which record, not what happened.
     */
    private static boolean isRecordHeader(String line) {
        String[] items = MENU_SEPARATOR.split(line);
        if (items.length < MENU_ITEMS) {
            return false;
        }
        boolean labelled = false;
        boolean dated = true;
        boolean shortFields = true;
        for (int i = 0; i < items.length; i++) {
            String it = items[i].strip();
            if (words(it) > RECORD_FIELD_WORDS && (i == 0 || !SHORT_LABELLED_FIELD.matcher(it).matches())) {
                return false; // a labelled value may take a few more words: "Asunto: elementos ajenos a la obra"
            }
            boolean field = RECORD_FIELD.matcher(it).matches();
            dated &= field;
            shortFields &= i == 0 ? RECORD_ID.matcher(it).matches() : field || SHORT_LABELLED_FIELD.matcher(it).matches();
            labelled |= LABELLED.matcher(it).find();
        }
        return labelled && (dated || shortFields);
    }

    /** A line of short items between separators, with no sentence in it: a site's menu or breadcrumb. */
    private static boolean isMenu(String line) {
        String[] items = MENU_SEPARATOR.split(line);
        if (items.length < MENU_ITEMS || line.matches(".*[.,;:!?¿].*")) {
            return false;
        }
        for (String item : items) {
            int n = words(item);
            if (n == 0 || n > MENU_ITEM_WORDS) {
                return false;
            }
        }
        return true;
    }

    private static final int CAPITAL_TITLE_WORDS = 10;
    /**
     * In a text written in both cases a title in capitals may be long ("PROPUESTA DE PUNTO DE ACUERDO QUE PRESENTA UNA
     * CONCEJALA ANTE EL CONCEJO…"); in a text written all in capitals, a long line is what the writer says.
     */
    private static final int STANDING_OUT_TITLE_WORDS = 20;

    /** A title in capitals before the first paragraph ("OBSERVACIÓN DEL SISTEMA ELECTRÓNICO POR INTERNET (SEI)"). */
    static boolean isCapitalTitle(String original, boolean beforeContent, boolean mixedCase) {
        // an edition or a subtitle in parentheses adds nothing to the title: "REGLAS DEL JUEGO (edición del barrio)"
        String line = ASIDE.matcher(original).replaceAll("").strip();
        return beforeContent && words(line) <= (mixedCase ? STANDING_OUT_TITLE_WORDS : CAPITAL_TITLE_WORDS) && !SENTENCE_END.matcher(line).find() && !line.matches(".*\\d.*")
                && !line.matches("^[-*•·▪–].*") && line.chars().anyMatch(Character::isLetter)
                && line.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /** A line of contact data: it starts with "Tel."/"Correo:", is an address with a postal code, or is little else. */
    private boolean isContact(String line, int words) {
        if (words <= 14 && (contactLabel.matcher(line).matches() || CONTACT_FIELD.matcher(line).matches() || POSTAL_CODE.matcher(line).find())) {
            return true;
        }
        String rest = CONTACT_DATA.matcher(line).replaceAll(" ");
        return !rest.equals(line) && words(rest.replaceAll("[^\\p{L}\\p{N} ]", " ")) <= 3;
    }

    static int words(String line) {
        String s = line.strip();
        return s.isEmpty() ? 0 : s.split("\\s+").length;
    }

    private static String compact(String line) {
        return line.replaceAll("[^\\p{L}]", "");
    }
}
