package mx.observa.understand;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import mx.observa.model.FindingKind;
import mx.observa.text.FoldingSpanishAnalyzer;

/**
 * The commission's taxonomy with its recognition rules, read from {@code config/taxonomia.yaml} (an editable
 * file, see its header for the format and the annotation guideline it follows). Phrases are compiled with the
 * shared analyzer, so a rule and a search query see the same words. Immutable and thread-safe once loaded.
 */
public final class TopicRules {

    /** Topic ids of the public contract (shared/taxonomy.md), in its order. */
    public static final List<String> TAXONOMY_IDS = List.of(
            "instalacion", "funcionariado", "material", "identificacion", "secreto_voto", "proselitismo",
            "accesibilidad", "remota", "seguridad", "escrutinio", "difusion", "observacion", "participacion",
            "buena_practica", "recomendacion");

    static final String FILE_NAME = "taxonomia.yaml";

    // The YAML shape; field names are the Spanish keys of the file (snake_case).
    record FileSpec(Integer ventanaExclusion, List<TopicSpec> temas, CueSpec atiendeLoAnterior, CueSpec atencionCumplida,
                    Map<String, List<String>> quienAtiende, List<String> noAplica, InternetVoteSpec votoPorInternet,
                    CueSpec inaccionDeLaMesa, CueSpec problemaYaContado, VotedForSpec loVotado, CueSpec vistoConPronombre,
                    List<String> nuevaClausula) {
    }

    /**
     * What someone is asked to vote for (config: {@code lo_votado}).
     *
     * @param frases   the persuading forms of voting for something ("vote por", "a quien votara por")
     * @param palabras how many words after them name the project, within one clause
     * @param temas    the topics whose words a project's name may carry
     */
    record VotedForSpec(List<String> frases, Integer palabras, List<String> temas) {
    }

    /**
     * A report mostly about the internet vote (config: {@code voto_por_internet}).
     *
     * @param proporcion       the share of the report's judged findings about {@code remota} from which the report is
     *                         about the internet vote
     * @param aperturaCierre  the words of opening and closing ("cierro sesión", "abrió el periodo") that, in such a
     *                         report, open and close the online period or a session, not the mesa's count
     */
    record InternetVoteSpec(Double proporcion, List<String> aperturaCierre) {
    }

    /**
     * What makes a report one about the internet vote, and the words that there do not tell the mesa's closing.
     *
     * @param share            the share of judged findings about {@code remota} (0 to 1) from which a report is about it
     * @param openingClosing   opening and closing words
     */
    record InternetVote(double share, List<Phrase> openingClosing) {

        static final InternetVote NONE = new InternetVote(2.0, List.of());
    }

    /**
     * @param tipo      the kind whose findings have this topic ("recomendacion", "buena_practica"), instead of rules
     * @param problemas cues that place a passage in the topic and are a problem in themselves
     * @param cedeAnte  topics whose problems, found in the same finding, make this topic's words their instrument
     * @param menciones cues that place a passage in the topic but never make an incident a serious one by themselves
     * @param rutina    cues that place a passage in the topic only when it says nothing of the topics they yield to
     * @param cedeNegadoAnte topics whose problems, denied with every word of this topic, make those words the denial of
     *                  that problem: "no hubo volantes ni perifoneo; nadie hizo campaña" denies propaganda, not information
     */
    record TopicSpec(String id, String etiqueta, String tipo, List<String> frases, List<CueSpec.Combination> combinaciones,
                     List<String> excepto, Integer ventanaExcepto, CueSpec problemas, List<String> cedeAnte, CueSpec menciones,
                     RoutineSpec rutina, List<String> cedeNegadoAnte) {

        CueSpec reglas() {
            return new CueSpec(frases, combinaciones, excepto, ventanaExcepto);
        }
    }

    /**
     * What a topic tells only as routine (config: {@code rutina}): its cues, and the topics that, found in the same
     * passage, say what the routine words are about ("los tres completos y muy atentos" judges the officials).
     *
     * @param cedeEn the finding kinds in which the routine yields to those topics; every kind when left out
     */
    record RoutineSpec(List<String> cedeAnte, List<String> cedeEn, List<String> frases, List<CueSpec.Combination> combinaciones,
                       List<String> excepto, Integer ventanaExcepto) {

        CueSpec reglas() {
            return new CueSpec(frases, combinaciones, excepto, ventanaExcepto);
        }
    }

    private final List<Topic> topics;
    /** What tells how the problem of the passage before was dealt with (config: {@code atiende_lo_anterior}). */
    private final Cues handling;
    /**
     * What says the one who caused the problem did as asked ("y se fue", "obedeció"; config: {@code atencion_cumplida}):
     * a handling that worked, and a handling too.
     */
    private final Cues complied;

    /**
     * Topic id → the words that name who handled the problem before without being that topic themselves (config:
     * {@code quien_atiende}): the police the mesa called or who walked the one who left away.
     */
    private final Map<String, List<Phrase>> handlerWords;

    /** The answer that says the aspect asked about does not apply (config: {@code no_aplica}). */
    private final List<Phrase> notApplicable;

    /**
     * What says the mesa saw or knew of the problem before and let it be (config: {@code inaccion_de_la_mesa}): "la
     * presidenta lo vio y siguió anotando", "la mesa dijo que no era cosa suya".
     */
    private final Cues inaction;

    /** What makes a report one about the internet vote (config: {@code voto_por_internet}). */
    private final InternetVote internetVote;

    /** The words that point back at a problem already told (config: {@code problema_ya_contado}): "el robo", "a quien la". */
    private final Cues pointersBack;

    /** What someone is asked to vote for: a project's name, whose words are not the day's topics (config: {@code lo_votado}). */
    private final VotedFor votedFor;

    /**
     * Who the mesa saw or heard, named only by a pronoun (config: {@code visto_con_pronombre}): "la vio formada", "lo
     * oyó": the one the report just told of.
     */
    private final Cues seenByPronoun;

    private TopicRules(List<Topic> topics, Cues handling, Cues complied, Map<String, List<Phrase>> handlerWords,
                       List<Phrase> notApplicable, InternetVote internetVote, Cues inaction, Cues pointersBack, VotedFor votedFor,
                       Cues seenByPronoun) {
        this.topics = List.copyOf(topics);
        this.seenByPronoun = seenByPronoun;
        this.votedFor = votedFor;
        this.pointersBack = pointersBack;
        this.inaction = inaction;
        this.handling = handling;
        this.complied = complied;
        this.handlerWords = Map.copyOf(handlerWords);
        this.notApplicable = List.copyOf(notApplicable);
        this.internetVote = internetVote;
    }

    public static TopicRules load(Path file, FoldingSpanishAnalyzer analyzer) {
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, file.toString(), analyzer);
        } catch (IOException e) {
            throw new IllegalStateException("No se pudo leer las reglas de temas " + file + ": " + e.getMessage(), e);
        }
    }

    static TopicRules load(InputStream in, String origin, FoldingSpanishAnalyzer analyzer) throws IOException {
        FileSpec spec = yaml().readValue(in, FileSpec.class);
        if (spec == null || spec.temas() == null || spec.temas().isEmpty()) {
            throw new IllegalStateException(origin + ": no define ningún tema (clave 'temas')");
        }
        int exclusionWindow = spec.ventanaExclusion() == null ? CueSpec.DEFAULT_EXCLUSION_WINDOW : spec.ventanaExclusion();
        Map<String, Topic> byId = new LinkedHashMap<>();
        // what opens a coordinated clause with a subject of its own ("y el", "pero la"), for the combinations marked
        // misma_clausula; none given, only a semicolon ends their clause
        List<Phrase> clauseStarts = spec.nuevaClausula() == null || spec.nuevaClausula().isEmpty() ? List.of()
                : CueSpec.phrases(spec.nuevaClausula(), analyzer);
        for (TopicSpec t : spec.temas()) {
            String where = origin + ", tema '" + t.id() + "'";
            if (t.id() == null || !TAXONOMY_IDS.contains(t.id())) {
                throw new IllegalStateException(where + ": el id no está en la taxonomía " + TAXONOMY_IDS);
            }
            if (byId.containsKey(t.id())) {
                throw new IllegalStateException(where + ": aparece dos veces");
            }
            if (t.etiqueta() == null || t.etiqueta().isBlank()) {
                throw new IllegalStateException(where + ": falta la etiqueta");
            }
            try {
                byId.put(t.id(), compile(t, analyzer, exclusionWindow, clauseStarts));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(where + ": " + e.getMessage(), e);
            }
        }
        Cues handling = optionalCues(spec.atiendeLoAnterior(), "atiende_lo_anterior", origin, analyzer, exclusionWindow);
        Cues complied = optionalCues(spec.atencionCumplida(), "atencion_cumplida", origin, analyzer, exclusionWindow);
        Cues inaction = optionalCues(spec.inaccionDeLaMesa(), "inaccion_de_la_mesa", origin, analyzer, exclusionWindow);
        List<Phrase> notApplicable = spec.noAplica() == null || spec.noAplica().isEmpty() ? List.of()
                : CueSpec.phrases(spec.noAplica(), analyzer);
        return new TopicRules(new ArrayList<>(byId.values()), handling, complied, handlerWords(spec.quienAtiende(), origin, analyzer),
                notApplicable, internetVote(spec.votoPorInternet(), origin, analyzer), inaction,
                optionalCues(spec.problemaYaContado(), "problema_ya_contado", origin, analyzer, exclusionWindow),
                votedFor(spec.loVotado(), origin, analyzer),
                optionalCues(spec.vistoConPronombre(), "visto_con_pronombre", origin, analyzer, exclusionWindow));
    }

    private static VotedFor votedFor(VotedForSpec spec, String origin, FoldingSpanishAnalyzer analyzer) {
        if (spec == null) {
            return VotedFor.NONE;
        }
        String where = origin + ", 'lo_votado'";
        if (spec.frases() == null || spec.frases().isEmpty()) {
            throw new IllegalStateException(where + ": falta 'frases'");
        }
        if (spec.palabras() == null || spec.palabras() < 1) {
            throw new IllegalStateException(where + ": 'palabras' debe ser un número mayor que 0");
        }
        if (spec.temas() == null || spec.temas().isEmpty()) {
            throw new IllegalStateException(where + ": falta 'temas': los temas cuyas palabras puede llevar el nombre de un proyecto");
        }
        List<String> topics = spec.temas();
        topics.stream().filter(t -> !TAXONOMY_IDS.contains(t)).findFirst().ifPresent(t -> {
            throw new IllegalStateException(where + ": 'temas' nombra '" + t + "', que no es un tema de la taxonomía");
        });
        try {
            return new VotedFor(CueSpec.phrases(spec.frases(), analyzer), spec.palabras(), Set.copyOf(topics));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, List<Phrase>> handlerWords(Map<String, List<String>> spec, String origin, FoldingSpanishAnalyzer analyzer) {
        Map<String, List<Phrase>> words = new LinkedHashMap<>();
        if (spec == null) {
            return words;
        }
        spec.forEach((id, phrases) -> {
            String where = origin + ", 'quien_atiende', tema '" + id + "'";
            if (!TAXONOMY_IDS.contains(id) || HandledTopics.HANDLERS.contains(id)) {
                throw new IllegalStateException(where + ": no es un tema de la taxonomía (ni el de las personas funcionarias, que ya atienden)");
            }
            try {
                words.put(id, CueSpec.phrases(phrases == null ? List.of() : phrases, analyzer));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(where + ": " + e.getMessage(), e);
            }
        });
        return words;
    }

    private static InternetVote internetVote(InternetVoteSpec spec, String origin, FoldingSpanishAnalyzer analyzer) {
        if (spec == null) {
            return InternetVote.NONE;
        }
        String where = origin + ", 'voto_por_internet'";
        if (spec.proporcion() == null || spec.proporcion() <= 0 || spec.proporcion() > 1) {
            throw new IllegalStateException(where + ": 'proporcion' debe ser un número mayor que 0 y hasta 1");
        }
        if (spec.aperturaCierre() == null || spec.aperturaCierre().isEmpty()) {
            throw new IllegalStateException(where + ": falta 'apertura_cierre'");
        }
        try {
            return new InternetVote(spec.proporcion(), CueSpec.phrases(spec.aperturaCierre(), analyzer));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + ": " + e.getMessage(), e);
        }
    }

    /** A file-level cue list that may be left out ({@link Cues#NONE}); a bad phrase names its key. */
    private static Cues optionalCues(CueSpec cues, String key, String origin, FoldingSpanishAnalyzer analyzer, int exclusionWindow) {
        if (cues == null || cues.isEmpty()) {
            return Cues.NONE;
        }
        try {
            return cues.compile(analyzer, exclusionWindow);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(origin + ", '" + key + "': " + e.getMessage(), e);
        }
    }

    /** The YAML reader of Observa's rule files: Spanish snake_case keys, and a misspelled key is an error. */
    static ObjectMapper yaml() {
        return new ObjectMapper(new YAMLFactory())
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    private static Topic compile(TopicSpec t, FoldingSpanishAnalyzer analyzer, int exclusionWindow, List<Phrase> clauseStarts) {
        if (t.tipo() != null) {
            FindingKind kind = FindingKind.byId(t.tipo()).filter(k -> k == FindingKind.RECOMENDACION || k == FindingKind.BUENA_PRACTICA)
                    .orElseThrow(() -> new IllegalArgumentException("'tipo' solo puede ser recomendacion o buena_practica"));
            if (t.reglas() != null && !t.reglas().isEmpty() || t.problemas() != null || t.cedeAnte() != null || t.menciones() != null
                    || t.rutina() != null || t.cedeNegadoAnte() != null) {
                throw new IllegalArgumentException("un tema con 'tipo' no lleva frases propias: las de su tipo están en tipos.yaml");
            }
            return new Topic(t.id(), t.etiqueta().strip(), Cues.NONE, Cues.NONE, kind);
        }
        boolean ownRules = t.reglas() != null && !t.reglas().isEmpty();
        if (!ownRules && (t.problemas() == null || t.problemas().isEmpty())) {
            throw new IllegalArgumentException("no tiene 'frases' ni 'combinaciones' (ni 'problemas', ni 'tipo')");
        }
        Cues cues = ownRules ? t.reglas().compile(analyzer, exclusionWindow) : Cues.NONE;
        Cues problems = t.problemas() == null ? Cues.NONE : inClauses(t.problemas().compile(analyzer, exclusionWindow), clauseStarts);
        Cues mentions = t.menciones() == null ? Cues.NONE : t.menciones().compile(analyzer, exclusionWindow);
        List<String> yields = t.cedeAnte() == null ? List.of() : t.cedeAnte();
        yields.stream().filter(y -> !TAXONOMY_IDS.contains(y) || y.equals(t.id())).findFirst().ifPresent(y -> {
            throw new IllegalArgumentException("'cede_ante' nombra '" + y + "', que no es otro tema de la taxonomía");
        });
        List<String> deniedYields = t.cedeNegadoAnte() == null ? List.of() : t.cedeNegadoAnte();
        deniedYields.stream().filter(y -> !TAXONOMY_IDS.contains(y) || y.equals(t.id())).findFirst().ifPresent(y -> {
            throw new IllegalArgumentException("'cede_negado_ante' nombra '" + y + "', que no es otro tema de la taxonomía");
        });
        Cues routine = Cues.NONE;
        Set<String> routineYields = Set.of();
        Set<FindingKind> routineYieldsIn = Set.of();
        if (t.rutina() != null) {
            if (t.rutina().cedeAnte() == null || t.rutina().cedeAnte().isEmpty()) {
                throw new IllegalArgumentException("'rutina' necesita 'cede_ante': los temas que dicen de qué tratan sus palabras");
            }
            t.rutina().cedeAnte().stream().filter(y -> !TAXONOMY_IDS.contains(y) || y.equals(t.id())).findFirst().ifPresent(y -> {
                throw new IllegalArgumentException("'rutina' cede ante '" + y + "', que no es otro tema de la taxonomía");
            });
            routine = routineRules(t).compile(analyzer, exclusionWindow);
            routineYields = Set.copyOf(t.rutina().cedeAnte());
            routineYieldsIn = kinds(t.rutina().cedeEn());
        }
        return new Topic(t.id(), t.etiqueta().strip(), cues, problems, mentions, null, Set.copyOf(yields), routine, routineYields,
                routineYieldsIn, Set.copyOf(deniedYields));
    }

    /** The finding kinds a routine yields in ({@code rutina.cede_en}): every kind when the list is left out. */
    private static Set<FindingKind> kinds(List<String> ids) {
        if (ids == null) {
            return Set.of(FindingKind.values());
        }
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("'rutina.cede_en' está vacía: quítela para que la rutina ceda en todos los tipos");
        }
        Set<FindingKind> kinds = EnumSet.noneOf(FindingKind.class);
        for (String id : ids) {
            kinds.add(FindingKind.byId(id).orElseThrow(() -> new IllegalArgumentException(
                    "'rutina.cede_en' nombra '" + id + "', que no es un tipo de hallazgo")));
        }
        return Set.copyOf(kinds);
    }

    /**
     * A topic's routine cues with the exceptions they answer to: their own ({@code rutina.excepto}) or, when they name
     * none, the topic's. Routine words are the topic's words told as a matter of course, so what cancels the topic's
     * words near them cancels them too: «el cartel de resultados» is no more the projects' poster in the routine of
     * the opening than in a complaint.
     */
    private static CueSpec routineRules(TopicSpec t) {
        CueSpec own = t.rutina().reglas();
        if (own.excepto() != null && !own.excepto().isEmpty() || t.excepto() == null || t.excepto().isEmpty()) {
            return own;
        }
        return new CueSpec(own.frases(), own.combinaciones(), t.excepto(), t.ventanaExcepto());
    }

    /**
     * A topic's problems ({@code problemas}) with their constructions (combinations in order) kept inside one clause: a
     * problem is an act one statement tells, and a semicolon ends it ("el material llegó en la camioneta; la gente ya se
     * iba" brought nobody in the van). The cues that only place a passage in a topic may cross it, since the clause after
     * a semicolon often goes on about who the first one named ("llegó una pareja sorda; nadie sabía cómo explicarles"),
     * and so may the kind's and {@code atiende_lo_anterior}: a request and its compliance are told on both sides of one
     * ("le pidió que se fuera; se fue"). A combination marked {@code misma_clausula} is kept in one clause in any order,
     * and a coordinated clause with a subject of its own, which one of {@code clauseStarts} ({@code nueva_clausula})
     * opens, ends it too ({@link Rule.AllWithin}).
     */
    private static Cues inClauses(Cues cues, List<Phrase> clauseStarts) {
        List<Rule> rules = cues.rules().stream().map(r -> r instanceof Rule.AllWithin all
                ? (Rule) (all.coordinated() ? all.withClauseStarts(clauseStarts) : all.clauseBound()) : r).toList();
        return new Cues(rules, cues.exclusions(), cues.exclusionWindow());
    }

    List<Topic> topics() {
        return topics;
    }

    /** The phrases of an answer that says the aspect does not apply ("No aplica a la jornada presencial"). */
    List<Phrase> notApplicable() {
        return notApplicable;
    }

    /**
     * The cues of a passage that tells how the problem told just before it was dealt with ({@code atiende_lo_anterior}:
     * "la responsable le pidió que se retirara"); {@link Cues#NONE} if none. {@link #complied()} tells it too.
     */
    Cues handling() {
        return handling;
    }

    /** The cues that say the one who caused the problem did as asked ({@code atencion_cumplida}): "y se fue". */
    Cues complied() {
        return complied;
    }

    /**
     * The words that, right before a problem's word, point back at a problem already told ({@code problema_ya_contado}):
     * a definite article ("denunció el robo") or a relative naming who did it ("se llevó a quien la jaloneaba");
     * {@link Cues#NONE} if none.
     */
    Cues pointersBack() {
        return pointersBack;
    }

    /** The cues of the mesa that let the problem before be ({@code inaccion_de_la_mesa}); {@link Cues#NONE} if none. */
    Cues inaction() {
        return inaction;
    }

    /** Who the mesa saw or heard, named only by a pronoun ({@code visto_con_pronombre}); {@link Cues#NONE} if none. */
    Cues seenByPronoun() {
        return seenByPronoun;
    }

    /** Topic id → the words that name who handled the problem before without being that topic ({@code quien_atiende}). */
    Map<String, List<Phrase>> handlerWords() {
        return handlerWords;
    }

    /** What someone is asked to vote for ({@code lo_votado}); {@link VotedFor#NONE} if left out. */
    VotedFor votedFor() {
        return votedFor;
    }

    /** What makes a report one about the internet vote, and its opening and closing words. */
    InternetVote internetVote() {
        return internetVote;
    }

    /** Topic id → Spanish label, in taxonomy order, for what users see. */
    public Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        topics.forEach(t -> labels.put(t.id(), t.label()));
        return labels;
    }

    public Set<String> ids() {
        return labels().keySet();
    }
}
