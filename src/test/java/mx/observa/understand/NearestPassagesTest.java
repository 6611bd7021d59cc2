package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import mx.observa.model.FindingKind;
import mx.observa.text.FoldingSpanishAnalyzer;

class NearestPassagesTest {

    private static final FoldingSpanishAnalyzer ANALYZER = new FoldingSpanishAnalyzer();
    private static final KindClassifier.Kind UNDECIDED = new KindClassifier.Kind(FindingKind.CONTEXTO, List.of());

    private static LabelledPassages.Passage passage(String text, FindingKind kind, String... topics) {
        return new LabelledPassages.Passage(text, kind, Set.of(topics), "prueba");
    }

    private final NearestPassages nearest = new NearestPassages(new LabelledPassages(List.of(
            passage("un señor repartía despensas a la gente de la fila", FindingKind.INCIDENCIA, "proselitismo"),
            passage("unas señoras repartían despensas frente a la mesa", FindingKind.INCIDENCIA, "proselitismo"),
            passage("repartían volantes del proyecto de luminarias", FindingKind.INCIDENCIA, "proselitismo"),
            passage("faltaron boletas en la mesa de la escuela", FindingKind.INCIDENCIA, "material"),
            passage("no alcanzaron las boletas para toda la gente", FindingKind.INCIDENCIA, "material"),
            passage("se terminaron las boletas a las dos de la tarde", FindingKind.INCIDENCIA, "material"),
            passage("la mesa se instaló a las nueve en punto", FindingKind.CONFORME, "instalacion"),
            passage("la mesa abrió a tiempo y con todo el material", FindingKind.CONFORME, "instalacion", "material"),
            passage("la mesa estaba en la explanada del mercado", FindingKind.CONTEXTO),
            passage("el responsable llamó a la patrulla", FindingKind.INCIDENCIA, "seguridad"))), ANALYZER);

    @Test
    void aFindingTheRulesLeftUndecidedTakesTheKindOfThePassagesItIsLike() {
        NearestPassages.Settled settled = nearest.settle(UNDECIDED, "a media tarde se terminaron las boletas de la mesa");

        assertThat(settled.kind().kind()).isEqualTo(FindingKind.INCIDENCIA);
        assertThat(settled.kind().evidence()).first().asString().startsWith("parecido a: «").contains("boletas");
        // the rules found no topic: it takes the one most of those passages share, with the passage as evidence
        assertThat(settled.topics(new TreeMap<>())).containsOnlyKeys("material")
                .hasEntrySatisfying("material", why -> assertThat(why).first().asString().startsWith("parecido a: «"));
    }

    @Test
    void aSeriousTopicIsNeverTakenFromTheNeighboursAlone() {
        NearestPassages.Settled settled = nearest.settle(UNDECIDED, "a dos cuadras de la mesa repartían despensas");

        assertThat(settled.kind().kind()).isEqualTo(FindingKind.INCIDENCIA);
        assertThat(settled.topics(new TreeMap<>())).isEmpty();
    }

    @Test
    void whoSpeaksIsNeverTakenFromTheNeighbours() {
        NearestPassages chairs = new NearestPassages(new LabelledPassages(List.of(
                passage("a mí me acercaron una silla junto a la mesa para observar", FindingKind.CONFORME, "observacion"),
                passage("me acercaron una silla y me dejaron quedarme cerca", FindingKind.CONFORME, "observacion"),
                passage("la responsable me acercó una silla junto a la urna", FindingKind.CONFORME, "observacion"),
                passage("faltaron boletas en la mesa de la escuela", FindingKind.INCIDENCIA, "material"),
                passage("la mesa estaba en la explanada del mercado", FindingKind.CONTEXTO))), ANALYZER);

        // a voter's words: "me" is whoever speaks, and the passages are alike only by their words
        NearestPassages.Settled settled = chairs.settle(UNDECIDED, "dice la vecina que a ella también le acercaron una silla junto a la mesa");

        assertThat(settled.vote()).isNotNull();
        assertThat(settled.kind().kind()).isEqualTo(FindingKind.CONFORME);
        assertThat(settled.topics(new TreeMap<>())).doesNotContainKey("observacion");
    }

    @Test
    void theInternetVoteIsNeverTakenFromTheNeighbours() {
        NearestPassages site = new NearestPassages(new LabelledPassages(List.of(
                passage("la página de la consulta no cargaba y tuvo que intentar tres veces", FindingKind.INCIDENCIA, "remota"),
                passage("la página se trababa al poner el código que llegó por mensaje", FindingKind.INCIDENCIA, "remota"),
                passage("no cargaba la página y se le acabó el tiempo del código", FindingKind.INCIDENCIA, "remota"),
                passage("la mesa estaba en la explanada del mercado", FindingKind.CONTEXTO))), ANALYZER);

        // a printed catalogue's page, alike to the voting site's only by its words
        NearestPassages.Settled settled = site.settle(UNDECIDED, "la página del catálogo no cargaba bien las fotos del código de cada producto");

        assertThat(settled.vote()).isNotNull();
        assertThat(settled.kind().kind()).isEqualTo(FindingKind.INCIDENCIA);
        assertThat(settled.topics(new TreeMap<>())).doesNotContainKey("remota");
    }

    @Test
    void theRulesDecideWhenTheyFoundWordsThatDecide() {
        KindClassifier.Kind ruled = new KindClassifier.Kind(FindingKind.CONFORME, List.of("no hubo … despensas"));

        NearestPassages.Settled settled = nearest.settle(ruled, "no hubo reparto de despensas");

        assertThat(settled.kind()).isSameAs(ruled);
        assertThat(settled.vote()).isNull();
    }

    @Test
    void anIncidentKeepsASeriousTopicOnlyWhenSeveralOfThePassagesItIsLikeHadIt() {
        LabelledPassages.Passage police = passage("el responsable llamó a la patrulla", FindingKind.INCIDENCIA, "seguridad");
        LabelledPassages.Passage flyers = passage("repartían volantes del proyecto", FindingKind.INCIDENCIA, "proselitismo");
        KindClassifier.Kind incident = new KindClassifier.Kind(FindingKind.INCIDENCIA, List.of("parecido a: «…»"));

        NearestPassages.Settled thin = new NearestPassages.Settled(incident,
                new NearestPassages.Vote(FindingKind.INCIDENCIA, 0.7, List.of(police, flyers), List.of()));
        NearestPassages.Settled alike = new NearestPassages.Settled(incident,
                new NearestPassages.Vote(FindingKind.INCIDENCIA, 0.7, List.of(police, police, police, flyers), List.of()));

        assertThat(thin.topics(byRules())).containsOnlyKeys("participacion");
        assertThat(alike.topics(byRules())).containsOnlyKeys("participacion", "seguridad");
    }

    /** What the rules found in "la patrulla pasó junto a la fila": a serious topic and another. */
    private static TreeMap<String, List<String>> byRules() {
        TreeMap<String, List<String>> topics = new TreeMap<>();
        topics.put("seguridad", List.of("patrulla"));
        topics.put("participacion", List.of("fila"));
        return topics;
    }

    @Test
    void contextTheRulesReadInWordsStaysContext() {
        KindClassifier.Kind hearsay = new KindClassifier.Kind(FindingKind.CONTEXTO, List.of("me dijeron", "que el sabado"));

        NearestPassages.Settled settled = nearest.settle(hearsay, "me dijeron que el sábado unas señoras repartían despensas frente a la mesa");

        assertThat(settled.kind()).isSameAs(hearsay);
        assertThat(settled.vote()).isNull();
    }

    @Test
    void aShortLineIsLeftToTheRules() {
        assertThat(nearest.settle(UNDECIDED, "Repartían despensas.").kind()).isSameAs(UNDECIDED);
    }

    @Test
    void aWeakVoteLeavesTheRulesKind() {
        NearestPassages strict = new NearestPassages(new LabelledPassages(List.of(
                passage("la mesa estaba en la explanada", FindingKind.CONTEXTO),
                passage("la mesa abrió tarde", FindingKind.INCIDENCIA, "instalacion"),
                passage("la mesa abrió a tiempo", FindingKind.CONFORME, "instalacion"))), ANALYZER, 0.99);

        assertThat(strict.settle(UNDECIDED, "la mesa estaba en la explanada y abrió").kind()).isSameAs(UNDECIDED);
    }

    /** Passages where a few seeing words mean an incident, as many labelled sets teach. */
    private final NearestPassages seeing = new NearestPassages(new LabelledPassages(List.of(
            passage("desde la fila se alcanzaban a ver las papeletas", FindingKind.INCIDENCIA, "secreto_voto"),
            passage("desde la banqueta se alcanzaban a ver las papeletas marcadas", FindingKind.INCIDENCIA, "secreto_voto"),
            passage("se alcanzaban a ver las papeletas desde la puerta del salón", FindingKind.INCIDENCIA, "secreto_voto"),
            passage("la gente de la fila alcanzaba a ver las papeletas", FindingKind.INCIDENCIA, "secreto_voto"),
            passage("desde la fila se veían las papeletas de cada quien", FindingKind.INCIDENCIA, "secreto_voto"),
            passage("a dos señoras no las dejaron pasar a la mampara", FindingKind.INCIDENCIA, "identificacion"),
            passage("a un señor no lo dejaron pasar a opinar", FindingKind.INCIDENCIA, "identificacion"),
            passage("a los muchachos no los dejaron pasar a opinar", FindingKind.INCIDENCIA, "identificacion"),
            passage("la mesa se instaló a tiempo", FindingKind.CONFORME, "instalacion"),
            passage("todo en orden en la mesa", FindingKind.CONFORME),
            passage("la mesa estaba en el patio de la escuela", FindingKind.CONTEXTO))), ANALYZER);

    private static final KindClassifier RULES = new KindClassifier(KindRules.load(Path.of("config", KindRules.FILE_NAME), ANALYZER));

    private static KindClassifier.Kind ruled(String text) {
        return RULES.classify(text, AnalyzedText.of(ANALYZER, text), List.of()).orElseThrow();
    }

    @Test
    void aProblemTheRulesReadAsDeniedIsNotTurnedBackIntoOne() {
        String text = "Ni desde la fila de enfrente se alcanzaban a ver las papeletas.";
        KindClassifier.Kind denied = ruled(text);
        assertThat(denied.kind()).isEqualTo(FindingKind.CONFORME);
        assertThat(NearestPassages.deniedProblem(denied)).isTrue();

        assertThat(seeing.settle(denied, text).kind()).isSameAs(denied);
        // a bare "no" also says late ("no abrió hasta las diez"): the model may still read it
        assertThat(NearestPassages.deniedProblem(ruled("La mesa no abrió hasta las diez y media."))).isFalse();
        // the same words ruled «sin novedad» by a word of things going right are turned into an incident
        KindClassifier.Kind weak = new KindClassifier.Kind(FindingKind.CONFORME, List.of("bien"));
        assertThat(seeing.settle(weak, text).kind().kind()).isEqualTo(FindingKind.INCIDENCIA);
    }

    @Test
    void theObserversVerdictOnWhatTheyToldIsNotOverruled() {
        verdictHoldsWhereAWeakerReadingIsOverruled(
                "A los muchachos de la otra cuadra no los dejaron pasar a opinar, y era correcto.");
    }

    @Test
    void theObserversVerdictThatTheVoteWasSecretIsNotOverruled() {
        // where the screen stood is what the passages alike share; the observer judged it did no harm
        verdictHoldsWhereAWeakerReadingIsOverruled(
                "Desde la fila se alcanzaban a ver las mamparas del patio; la elección de cada quien fue secreta.");
    }

    /**
     * The rules read {@code text} as «sin novedad» by the observer's own verdict, which the passages alike keep; the
     * same words read «sin novedad» only by a word of things going right are turned into an incident.
     */
    private void verdictHoldsWhereAWeakerReadingIsOverruled(String text) {
        KindClassifier.Kind verdict = ruled(text);
        assertThat(verdict.kind()).isEqualTo(FindingKind.CONFORME);
        assertThat(verdict.reading().resolved()).isTrue();

        assertThat(seeing.settle(verdict, text).kind()).isSameAs(verdict);
        KindClassifier.Kind weak = new KindClassifier.Kind(FindingKind.CONFORME, List.of("bien"));
        assertThat(seeing.settle(weak, text).kind().kind()).isEqualTo(FindingKind.INCIDENCIA);
    }

    @Test
    void aNoThatANegativeWordAgreesWithDeniesLikeTheNegativeWord() {
        // negative concord: "no … ninguna" says none was missing, as "ninguna faltaba" does
        KindClassifier.Kind concord = ruled("Las escrutadoras juntaron las papeletas del piso y no faltaba ninguna.");
        assertThat(concord.kind()).isEqualTo(FindingKind.CONFORME);
        assertThat(NearestPassages.deniedProblem(concord)).as(concord.reading().signals().toString()).isTrue();
        // … a bare "no" still leaves the passage to the model
        assertThat(NearestPassages.deniedProblem(ruled("Las escrutadoras juntaron las papeletas del piso y no faltaba la de muestra."))).isFalse();
    }
}
