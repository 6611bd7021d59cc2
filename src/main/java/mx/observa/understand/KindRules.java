package mx.observa.understand;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import mx.observa.text.FoldingSpanishAnalyzer;

/**
 * The cues that decide a finding's kind, read from {@code config/tipos.yaml} (an editable file; its header
 * explains the format and how the kind is decided): Spanish negation (the words that deny and the words that end
 * their scope), the cues of recommendations and good practices, the words of a problem and of things going as
 * they should, the headings and questions whose answers are recommendations or good practices, and the answers
 * that say yes, no or nothing. Immutable and thread-safe once loaded.
 */
final class KindRules {

    static final String FILE_NAME = "tipos.yaml";

    record NegationSpec(List<String> negadores, List<String> concordantes, List<String> pospuestos, List<String> cortes,
                        Integer alcance, List<String> cortos, Integer alcanceCorto, List<String> terminacionesVerbo,
                        List<String> relativos, List<String> pronombres, List<String> adverbiosNegacion) {
    }

    record ContrastSpec(List<String> adversativas, List<String> reevaluan, List<String> correcciones, List<String> desmienten,
                        List<String> concesivas) {
    }

    record MentionSpec(List<String> excepciones, List<String> registro, List<String> referencia, List<String> constancia) {
    }

    record ElsewhereSpec(List<String> rumor, List<String> lugar, List<String> sinRelacion) {
    }

    record NoTopicSpec(List<String> presentacion, List<String> ajeno) {
    }

    record IneligibleSpec(List<String> motivos, List<String> elegible, List<String> rechazo, List<String> orientacion,
                          List<String> comprobacion) {
    }

    record HandlingSpec(List<String> frases, List<String> pedido, List<String> fallida) {
    }

    /**
     * A request told and then done with the same verb ("le pidió que se marchara y se marchó"): the verbs of asking
     * ({@code verbos}) and the things asked whose doing is no remedy ({@code excepto}: "le pidió que votara por el 3
     * y votó por el 3").
     */
    record EchoSpec(List<String> verbos, List<String> excepto) {
    }

    /**
     * A wait measured in units ({@code unidades}) below {@code menosDe}, said of a queue ({@code palabras}); a wait in
     * {@code horas} is never short.
     */
    record ShortWaitSpec(List<String> palabras, List<String> unidades, Integer menosDe, List<String> horas) {
    }

    record AnswerSpec(List<String> si, List<String> no, List<String> vacias, List<String> sinContenido) {
    }

    record HeadingSpec(List<String> recomendacion, List<String> buenaPractica, List<String> piden, List<String> secciones) {
    }

    record FileSpec(NegationSpec negacion, Integer ventanaExclusion, Map<String, CueSpec> tipos,
                    HeadingSpec encabezados, AnswerSpec respuestas, ContrastSpec contraste, MentionSpec menciones,
                    List<String> seguimiento, HandlingSpec atencion, ElsewhereSpec otraMesa, List<String> sinConstancia, CueSpec cifras,
                    NoTopicSpec sinTemas, IneligibleSpec noElegible, List<String> reaccion,
                    ShortWaitSpec esperaCorta, EchoSpec ecoPeticion, List<String> quienRecibeAyuda, List<String> paraQuien,
                    CueSpec sobreElEscrito, CueSpec mesaQueCalla, CueSpec practicaDeLaMesa, List<String> practicaDeLaMesaHabito,
                    List<String> filaPorAfluencia, InfinitiveSpec propuestaEnInfinitivo, ConditionSpec condicion,
                    RemedySpec carenciaRemediada, List<String> palabrasInterrogativas, AbsenceSpec ausenciaDeUnProblema,
                    List<String> paraQueVote, UnaidedSpec sinAyuda) {
    }

    /** An act done without help: see {@link UnaidedActs}. */
    record UnaidedSpec(List<String> carencias, List<String> actos, List<String> entre, List<String> uniones) {
    }

    /** A problem named as what was absent: see {@link AbsentProblems}. */
    record AbsenceSpec(List<String> palabras, List<String> enlaces, List<String> uniones) {
    }

    /** A lack named by what was brought to end it: see {@link RemediedLacks}. */
    record RemedySpec(List<String> carencias, List<String> adjetivos, List<String> verbos, List<String> noTras,
                      List<String> otraClausula, List<String> danos, List<String> verbosDano, List<String> articulos) {
    }

    /** A condition that opens its sentence: see {@link Conditions}. */
    record ConditionSpec(List<String> abren, List<String> noTras, List<String> motivo) {
    }

    /** A proposal told with an infinitive that opens its sentence: see {@link InfinitiveProposals}. */
    record InfinitiveSpec(List<String> terminaciones, List<String> antes, List<String> relato, List<String> noVerbos,
                          List<String> encliticos) {
    }

    /**
     * Negators and scope ends, as analyzed phrases; {@code reach} is the longest scope in words, {@code shortReach}
     * that of the negators in {@code shortOnes} ("sin" denies its phrase, "sin que" a clause). {@code concordant}
     * are the negative words that agree with a negation before them instead of undoing it ("no había ningún
     * letrero", "sin colocar ningún aviso": one denial); {@code postposed} deny the clause before them ("la
     * diferencia fue de cero").
     */
    record Negation(List<Phrase> negators, List<Phrase> concordant, List<Phrase> postposed, List<Phrase> cuts, int reach,
                    List<Phrase> shortOnes, int shortReach, NewClause newClause) {
    }

    /**
     * Where a clause starts inside a negation's scope, which the negation does not reach: "y" before a conjugated verb
     * ({@code verbEndings}, endings of the written word: "nunca pasó de quince y <em>avanzó</em> rápido"), and a
     * proclitic pronoun ({@code clitics}) after a word of a relative clause the negator opened ({@code relatives}:
     * "a los que no traían credencial <em>les</em> explicaron"), unless that word is an adverb that goes on saying the
     * negation ({@code negationAdverbs}: "nunca <em>más</em> se instale").
     */
    record NewClause(List<String> verbEndings, List<Phrase> relatives, List<Phrase> clitics, List<Phrase> negationAdverbs) {
        static final NewClause NONE = new NewClause(List.of(), List.of(), List.of(), List.of());
    }

    final Negation negation;
    final Cues recommendation;
    final Cues goodPractice;
    final Cues problem;
    final Cues positive;
    /**
     * A problem the mesa (or the police, or the neighbours) ended in the same sentence: asked to leave, the person
     * left; the mampara was turned and the problem was solved ("le pidió que se retirara y obedeció").
     */
    final Cues resolved;
    /**
     * What the mesa should do about a problem ("le pidió que se retirara"): said, it judges nothing by itself;
     * denied, it is the problem ("no les pidió que se retiraran").
     */
    final Cues requests;
    final Cues recommendationHeadings;
    final Cues goodPracticeHeadings;
    /** Headings and questions that ask for content ("Observaciones", "Comentarios"): "ninguna" leaves nothing. */
    final Cues contentRequests;
    /** Words a section label is made of ("Incidencias observadas", "Trato a la persona observadora"). */
    final List<Phrase> sectionWords;
    final List<Phrase> yes;
    final List<Phrase> no;
    final List<Phrase> empty;
    /** Answers that say nothing whatever was asked ("Sin observaciones", "No aplica"). */
    final List<Phrase> nothing;
    /** Words after which the clause that follows decides ("pero", "sin embargo"). */
    final List<Phrase> adversatives;
    /** Words that judge again what the clause before "pero" told ("avanzaba rápido", "fue correcta"). */
    final List<Phrase> reassessments;
    /** Words that say a problem told before was corrected ("volvieron a contar", "se corrigió"). */
    final List<Phrase> corrections;
    /** After "pero": what was announced or feared before did not happen ("pero no vimos que eso pasara"). */
    final List<Phrase> denials;
    /**
     * Words that open a concessive clause before the main one ("aun con", "a pesar de"): the problem they concede
     * is outweighed when the main clause only says things went well ("Aun con la pata rota, la mampara quedó
     * contra la pared y nadie veía").
     */
    final List<Phrase> concessives;
    /** Words that name a problem as a point of reference, not as a new fact ("fuera del robo de la urna"). */
    final List<Phrase> exceptions;
    /** Verbs that record in the acta what was already told ("se anotó también el robo"). */
    final List<Phrase> recording;
    /** Words that point at a problem as one already known: the definite article, "lo de", "como" ("se anotó el faltante"). */
    final List<Phrase> pointers;
    /** Where a mesa records a problem ("en el acta", "en la hoja de incidentes"). */
    final List<Phrase> records;
    /** Words that go on telling the incident of the finding before ("ya se fue", "no hizo nada"). */
    final List<Phrase> followUps;
    /**
     * How the mesa, the police or the neighbours recorded or handled the incident of the finding before ("se anotó en
     * la hoja de incidentes", "llamaron a la patrulla y se lo llevaron"): told alone, «sin novedad» — unless the
     * handling failed ({@link #failedHandling}: "no hizo nada", "la patrulla nunca llegó").
     */
    final List<Phrase> handling;
    final List<Phrase> failedHandling;
    /**
     * The mesa asking someone to leave, however it is worded ("le pidió al señor que se retirara", "les pidieron
     * retirarse"): part of {@link #handling}; a failure told after it ("y siguió ahí", "le contestó que…") is the
     * incident going on.
     */
    final List<Phrase> leaveRequests;
    /** Hearsay ("me dicen que") and another mesa ("la mesa de al lado"): together, an event not seen here. */
    final List<Phrase> hearsay;
    final List<Phrase> elsewhere;
    /** A fact the report says happened away from the mesa or had nothing to do with it ("eso fue lejos de la mesa"). */
    final List<Phrase> notHere;
    /**
     * The observer saying they did not witness or cannot vouch for what they tell ("no me consta", "yo no lo
     * presencié", "¿alguien sabe?"): what follows is context, not a finding of the mesa.
     */
    final List<Phrase> unwitnessed;
    /**
     * A count of who came or how many opinions there were ("Votaron 143 personas"): said with no judgement it is
     * context, and the words that say so keep passages merely alike from deciding otherwise.
     */
    final Cues counts;
    /** The observer presenting the report ("observé la mesa de…"), and facts said to be unrelated to the mesa. */
    final List<Phrase> presentation;
    final List<Phrase> unrelated;
    /** Why the rules turn a person away ("credencial vencida", "de otra colonia"), and the refusal itself. */
    final List<Phrase> ineligibleReasons;
    final List<Phrase> refusals;
    /** The person met the rule after all ("su credencial es de la colonia"): a refusal of them is a problem. */
    final List<Phrase> eligible;
    /**
     * What the mesa tells a person it turns away — why, or where they may opine ("le explicaron", "dónde le tocaba"):
     * denied ("nadie les supo decir dónde les tocaba"), the refusal left them without the procedure's guidance.
     */
    final List<Phrase> guidance;
    /**
     * How the mesa checks that a person may not opine ("revisar el listado", "buscarla"): denied ("sin revisarlo",
     * "ni la buscaron"), the refusal was never checked against the rule, whatever reason it gave.
     */
    final List<Phrase> verification;
    /**
     * The mood of a person the mesa asked to leave or turned away ("medio enojado", "de mala gana"): after the problem
     * was ended in the same sentence, their reaction, not a new problem.
     */
    final List<Phrase> reactions;
    /**
     * Verbs of helping whose object a relative clause describes by what it could not do ("ayudaba a los que no sabían
     * leer"): who was helped, not a problem.
     */
    final List<Phrase> helping;
    /**
     * Words that set out something for someone, whom a relative clause describes by what they could not do ("una silla
     * <em>para</em> quien no podía estar de pie"): who the thing served, not a problem.
     */
    final List<Phrase> beneficiaryHeads;
    /** The purpose of letting someone vote ("para que marcara"): what was done for it is help, not a problem. */
    final List<Phrase> votingPurposes;
    /**
     * What the writer says of their own writing ("perdón por los errores", "le escribo ya tarde"): the words of a problem
     * or of things going right inside it judge the report, not the mesa.
     */
    final Cues aboutTheWriting;
    /**
     * The mesa saying or doing nothing about a problem ("la mesa no les dijo nada", "nadie de la mesa dijo nada"): its
     * negation denies the mesa's response, not the problem a cue it reaches names.
     */
    final Cues mesaSilent;
    /**
     * Something a named person of the mesa kept doing so that voters could take part or vote freely, told with its
     * purpose ("la secretaria prestaba su lupa para que cada quien leyera los proyectos"): an initiative of theirs, a
     * good practice even when nobody praises it. See {@code practica_de_la_mesa} in tipos.yaml.
     */
    final Cues officialsPractice;
    /** Endings of the verb that tells it as a habit, what they kept doing all day ("bajaba", "ofrecían"). */
    final List<String> habitEndings;
    /**
     * The words that ask what or whether, as their folded surface ("que", "si", "quien"): after "no sé" or "no me consta"
     * they doubt a detail of the story, not the whole of it ("no sé <em>si</em> era del comité").
     */
    final java.util.Set<String> questionWords;
    /** Words of a high turnout a long queue measures ("mucha gente… la fila daba vuelta"): no problem by itself. */
    final List<Phrase> highTurnout;

    /**
     * A queue's wait told with its measure ("espera de 15 minutos", "fila de 10 min"): below {@code shortWaitBelow}
     * units it says how the queue went, not a problem; at or above it, or said without a number, the rules decide.
     */
    record ShortWait(List<Phrase> queueWords, List<Phrase> units, int below, List<Phrase> hours) {
        static final ShortWait NONE = new ShortWait(List.of(), List.of(), 0, List.of());
    }

    final ShortWait shortWait;

    /** Conditions that open a sentence ("Si se cambia la mesa de lugar, …"): what they say is supposed, not told. */
    final Conditions conditions;
    /**
     * Phrases that open a sentence with the motive of what follows it ("Con la fila tan larga, …", "Ante la falta de
     * sillas, …"): a problem named there is the reason of a proposal after the comma, not one told.
     */
    final Conditions motives;
    /** Proposals told with an infinitive that opens the sentence ("Tapar las pintas…"). */
    final InfinitiveProposals infinitiveProposals;
    /** Problems named as what was absent ("ausencia de propaganda"): none happened. */
    final AbsentProblems absentProblems;
    /** Lacks named by what was brought to end them ("llegaron las boletas que faltaban"). */
    final RemediedLacks remediedLacks;
    /** Acts a voter did without help ("opinó él solo, sin ayuda"): no lack. */
    final UnaidedActs unaidedActs;

    /** The verbs of asking whose request, done with the same verb after it, ended a problem ("le pidió que…"). */
    final List<Phrase> requestVerbs;
    /** What, asked and done, is no remedy but the problem itself ("que votara", "que marcara"). */
    final List<Phrase> unremedialRequests;

    private KindRules(FileSpec spec, FoldingSpanishAnalyzer analyzer) {
        if (spec.negacion() == null || spec.negacion().negadores() == null || spec.negacion().cortes() == null) {
            throw new IllegalArgumentException("falta 'negacion' con 'negadores' y 'cortes'");
        }
        int reach = spec.negacion().alcance() == null ? 6 : spec.negacion().alcance();
        if (reach < 1) {
            throw new IllegalArgumentException("'negacion.alcance' debe ser al menos 1");
        }
        int shortReach = spec.negacion().alcanceCorto() == null ? reach : spec.negacion().alcanceCorto();
        negation = new Negation(CueSpec.phrases(spec.negacion().negadores(), analyzer),
                optional(spec.negacion().concordantes(), analyzer), optional(spec.negacion().pospuestos(), analyzer),
                CueSpec.phrases(spec.negacion().cortes(), analyzer), reach,
                spec.negacion().cortos() == null ? List.of() : CueSpec.phrases(spec.negacion().cortos(), analyzer), shortReach,
                new NewClause(spec.negacion().terminacionesVerbo() == null ? List.of()
                        : spec.negacion().terminacionesVerbo().stream().map(e -> e.toLowerCase(java.util.Locale.ROOT)).toList(),
                        optional(spec.negacion().relativos(), analyzer), optional(spec.negacion().pronombres(), analyzer),
                        optional(spec.negacion().adverbiosNegacion(), analyzer)));
        int window = spec.ventanaExclusion() == null ? CueSpec.DEFAULT_EXCLUSION_WINDOW : spec.ventanaExclusion();
        Map<String, CueSpec> kinds = spec.tipos() == null ? Map.of() : spec.tipos();
        for (String key : kinds.keySet()) {
            if (!List.of("recomendacion", "buena_practica", "problema", "positivo", "resuelto", "peticion").contains(key)) {
                throw new IllegalArgumentException("'tipos' admite recomendacion, buena_practica, problema, positivo, resuelto y peticion, no '" + key + "'");
            }
        }
        recommendation = compile(kinds, "recomendacion", analyzer, window);
        goodPractice = compile(kinds, "buena_practica", analyzer, window);
        problem = compile(kinds, "problema", analyzer, window);
        positive = compile(kinds, "positivo", analyzer, window);
        requests = kinds.get("peticion") == null || kinds.get("peticion").isEmpty() ? Cues.NONE
                : compile(kinds, "peticion", analyzer, window);
        resolved = kinds.get("resuelto") == null || kinds.get("resuelto").isEmpty() ? Cues.NONE
                : compile(kinds, "resuelto", analyzer, window);
        HeadingSpec h = spec.encabezados();
        if (h == null || h.recomendacion() == null || h.buenaPractica() == null || h.piden() == null || h.secciones() == null) {
            throw new IllegalArgumentException("falta 'encabezados' con 'recomendacion', 'buena_practica', 'piden' y 'secciones'");
        }
        sectionWords = CueSpec.phrases(h.secciones(), analyzer);
        recommendationHeadings = new Cues(List.of(new Rule.AnyPhrase(CueSpec.phrases(h.recomendacion(), analyzer))), List.of(), 0);
        goodPracticeHeadings = new Cues(List.of(new Rule.AnyPhrase(CueSpec.phrases(h.buenaPractica(), analyzer))), List.of(), 0);
        contentRequests = new Cues(List.of(new Rule.AnyPhrase(CueSpec.phrases(h.piden(), analyzer))), List.of(), 0);
        AnswerSpec a = spec.respuestas();
        if (a == null || a.si() == null || a.no() == null || a.vacias() == null || a.sinContenido() == null) {
            throw new IllegalArgumentException("falta 'respuestas' con 'si', 'no', 'vacias' y 'sin_contenido'");
        }
        yes = CueSpec.phrases(a.si(), analyzer);
        no = CueSpec.phrases(a.no(), analyzer);
        empty = CueSpec.phrases(a.vacias(), analyzer);
        nothing = CueSpec.phrases(a.sinContenido(), analyzer);
        ContrastSpec c = spec.contraste() == null ? new ContrastSpec(null, null, null, null, null) : spec.contraste();
        adversatives = optional(c.adversativas(), analyzer);
        reassessments = optional(c.reevaluan(), analyzer);
        corrections = optional(c.correcciones(), analyzer);
        denials = optional(c.desmienten(), analyzer);
        concessives = optional(c.concesivas(), analyzer);
        MentionSpec m = spec.menciones() == null ? new MentionSpec(null, null, null, null) : spec.menciones();
        exceptions = optional(m.excepciones(), analyzer);
        recording = optional(m.registro(), analyzer);
        pointers = optional(m.referencia(), analyzer);
        records = optional(m.constancia(), analyzer);
        followUps = optional(spec.seguimiento(), analyzer);
        HandlingSpec hs = spec.atencion() == null ? new HandlingSpec(null, null, null) : spec.atencion();
        leaveRequests = optional(hs.pedido(), analyzer);
        List<Phrase> handled = new ArrayList<>(optional(hs.frases(), analyzer));
        handled.addAll(leaveRequests);
        handling = List.copyOf(handled);
        failedHandling = optional(hs.fallida(), analyzer);
        ElsewhereSpec e = spec.otraMesa() == null ? new ElsewhereSpec(null, null, null) : spec.otraMesa();
        hearsay = optional(e.rumor(), analyzer);
        elsewhere = optional(e.lugar(), analyzer);
        notHere = optional(e.sinRelacion(), analyzer);
        unwitnessed = optional(spec.sinConstancia(), analyzer);
        counts = optionalCues(spec.cifras(), "cifras", analyzer, window);
        NoTopicSpec n = spec.sinTemas() == null ? new NoTopicSpec(null, null) : spec.sinTemas();
        presentation = optional(n.presentacion(), analyzer);
        unrelated = optional(n.ajeno(), analyzer);
        IneligibleSpec i = spec.noElegible() == null ? new IneligibleSpec(null, null, null, null, null) : spec.noElegible();
        ineligibleReasons = optional(i.motivos(), analyzer);
        refusals = optional(i.rechazo(), analyzer);
        eligible = optional(i.elegible(), analyzer);
        guidance = optional(i.orientacion(), analyzer);
        verification = optional(i.comprobacion(), analyzer);
        reactions = optional(spec.reaccion(), analyzer);
        helping = optional(spec.quienRecibeAyuda(), analyzer);
        beneficiaryHeads = optional(spec.paraQuien(), analyzer);
        votingPurposes = optional(spec.paraQueVote(), analyzer);
        aboutTheWriting = optionalCues(spec.sobreElEscrito(), "sobre_el_escrito", analyzer, window);
        mesaSilent = optionalCues(spec.mesaQueCalla(), "mesa_que_calla", analyzer, window);
        officialsPractice = optionalCues(spec.practicaDeLaMesa(), "practica_de_la_mesa", analyzer, window);
        habitEndings = folded(spec.practicaDeLaMesaHabito());
        questionWords = java.util.Set.copyOf(folded(spec.palabrasInterrogativas()));
        highTurnout = optional(spec.filaPorAfluencia(), analyzer);
        ShortWaitSpec w = spec.esperaCorta();
        if (w == null || w.menosDe() == null) {
            shortWait = ShortWait.NONE;
        } else if (w.menosDe() < 1) {
            throw new IllegalArgumentException("'espera_corta.menos_de' debe ser al menos 1");
        } else {
            shortWait = new ShortWait(optional(w.palabras(), analyzer), optional(w.unidades(), analyzer), w.menosDe(),
                    optional(w.horas(), analyzer));
        }
        EchoSpec echo = spec.ecoPeticion() == null ? new EchoSpec(null, null) : spec.ecoPeticion();
        requestVerbs = optional(echo.verbos(), analyzer);
        unremedialRequests = optional(echo.excepto(), analyzer);
        InfinitiveSpec inf = spec.propuestaEnInfinitivo();
        infinitiveProposals = new InfinitiveProposals(inf == null || inf.terminaciones() == null ? InfinitiveProposals.Spec.NONE
                : new InfinitiveProposals.Spec(folded(inf.terminaciones()), java.util.Set.copyOf(folded(inf.antes())),
                        java.util.Set.copyOf(folded(inf.relato())), java.util.Set.copyOf(folded(inf.noVerbos())),
                        negation.newClause().verbEndings(), folded(inf.encliticos())));
        RemedySpec remedy = spec.carenciaRemediada();
        remediedLacks = new RemediedLacks(remedy == null || remedy.verbos() == null ? RemediedLacks.Spec.NONE
                : new RemediedLacks.Spec(optional(remedy.carencias(), analyzer), optional(remedy.adjetivos(), analyzer),
                        optional(remedy.verbos(), analyzer), negation.newClause().relatives(), optional(remedy.noTras(), analyzer),
                        optional(remedy.otraClausula(), analyzer), optional(remedy.danos(), analyzer),
                        optional(remedy.verbosDano(), analyzer), optional(remedy.articulos(), analyzer)));
        UnaidedSpec unaided = spec.sinAyuda();
        unaidedActs = new UnaidedActs(unaided == null || unaided.carencias() == null ? UnaidedActs.Spec.NONE
                : new UnaidedActs.Spec(optional(unaided.carencias(), analyzer), optional(unaided.actos(), analyzer),
                        optional(unaided.entre(), analyzer), optional(unaided.uniones(), analyzer)));
        AbsenceSpec absence = spec.ausenciaDeUnProblema();
        absentProblems = new AbsentProblems(absence == null || absence.palabras() == null ? AbsentProblems.Spec.NONE
                : new AbsentProblems.Spec(optional(absence.palabras(), analyzer), optional(absence.enlaces(), analyzer),
                        optional(absence.uniones(), analyzer)));
        ConditionSpec cond = spec.condicion();
        conditions = new Conditions(cond == null || cond.abren() == null ? Conditions.Spec.NONE
                : new Conditions.Spec(CueSpec.phrases(cond.abren(), analyzer), java.util.Set.copyOf(folded(cond.noTras()))));
        motives = new Conditions(cond == null || cond.motivo() == null ? Conditions.Spec.NONE
                : new Conditions.Spec(CueSpec.phrases(cond.motivo(), analyzer), java.util.Set.of()));
    }

    /** Words compared with a token's folded surface: lower case, no accents. */
    private static List<String> folded(List<String> words) {
        return words == null ? List.of() : words.stream().map(w -> mx.observa.text.Folding.foldPreservingLength(w.strip())).toList();
    }

    private static List<Phrase> optional(List<String> phrases, FoldingSpanishAnalyzer analyzer) {
        return phrases == null || phrases.isEmpty() ? List.of() : CueSpec.phrases(phrases, analyzer);
    }

    private static Cues compile(Map<String, CueSpec> kinds, String key, FoldingSpanishAnalyzer analyzer, int window) {
        CueSpec spec = kinds.get(key);
        if (spec == null || spec.isEmpty()) {
            throw new IllegalArgumentException("falta 'tipos." + key + "' con 'frases' o 'combinaciones'");
        }
        try {
            return spec.compile(analyzer, window);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("tipos." + key + ": " + e.getMessage(), e);
        }
    }

    /** The cues of an optional key ({@code cifras}, {@code sobre_el_escrito}…): none when the file leaves it out. */
    private static Cues optionalCues(CueSpec spec, String key, FoldingSpanishAnalyzer analyzer, int window) {
        if (spec == null || spec.isEmpty()) {
            return Cues.NONE;
        }
        try {
            return spec.compile(analyzer, window);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + ": " + e.getMessage(), e);
        }
    }

    static KindRules load(Path file, FoldingSpanishAnalyzer analyzer) {
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, file.toString(), analyzer);
        } catch (IOException e) {
            throw new IllegalStateException("No se pudo leer las reglas de tipos " + file + ": " + e.getMessage(), e);
        }
    }

    static KindRules load(InputStream in, String origin, FoldingSpanishAnalyzer analyzer) throws IOException {
        FileSpec spec = TopicRules.yaml().readValue(in, FileSpec.class);
        if (spec == null) {
            throw new IllegalStateException(origin + ": el archivo está vacío");
        }
        try {
            return new KindRules(spec, analyzer);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(origin + ": " + e.getMessage(), e);
        }
    }
}
