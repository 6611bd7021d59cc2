package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import mx.observa.model.Finding;
import mx.observa.model.FindingKind;

class SeriousNeighboursTest {

    private static final KindClassifier.Kind BY_NEIGHBOURS = new KindClassifier.Kind(FindingKind.INCIDENCIA, List.of("parecido a: «…»"));

    private static LabelledPassages.Passage passage(String text, FindingKind kind, String... topics) {
        return new LabelledPassages.Passage(text, kind, Set.of(topics), "prueba");
    }

    // what alike incidents of theft tell, in words no rule lists
    private static final LabelledPassages.Passage SATCHEL = passage("un muchacho se fue con la mochila de las actas", FindingKind.INCIDENCIA, "seguridad");
    private static final LabelledPassages.Passage MARKERS = passage("desaparecieron los plumones de la mesa", FindingKind.INCIDENCIA, "seguridad", "material");
    private static final LabelledPassages.Passage ENVELOPE = passage("alguien se fue con el sobre de las papeletas", FindingKind.INCIDENCIA, "seguridad");
    private static final LabelledPassages.Passage SHORT = passage("faltaron plumones para marcar", FindingKind.INCIDENCIA, "material");
    private static final LabelledPassages.Passage TABLET = passage("la tableta se quedó sin pila", FindingKind.INCIDENCIA, "material");

    /** A vote whose nearest passages are these; those of the finding's kind are the ones it is like. */
    private static NearestPassages.Settled settled(KindClassifier.Kind kind, LabelledPassages.Passage... near) {
        List<LabelledPassages.Passage> all = List.of(near);
        return new NearestPassages.Settled(kind, new NearestPassages.Vote(kind.kind(), 0.8,
                all.stream().filter(p -> p.kind() == kind.kind()).toList(), all));
    }

    @Test
    void anIncidentNoRuleWordNamesTakesTheSeriousTopicAllItsNearestIncidentsShare() {
        var about = SeriousNeighbours.lend(settled(BY_NEIGHBOURS, SATCHEL, MARKERS, ENVELOPE, SATCHEL, ENVELOPE, MARKERS, SATCHEL),
                new TreeMap<>());

        assertThat(about).containsOnlyKeys("seguridad");
        assertThat(about.get("seguridad").get(0)).startsWith(SeriousNeighbours.LIKE + "7 de 7");
    }

    @Test
    void besideATopicTheRulesReadOneNeighbourOfAnotherTopicOrKindOrTooFewNeighboursAreNotEnough() {
        LabelledPassages.Passage handled = passage("la presidenta recuperó el sobre de las papeletas", FindingKind.CONFORME, "seguridad");

        assertThat(SeriousNeighbours.lend(settled(BY_NEIGHBOURS, SATCHEL, MARKERS, ENVELOPE, SATCHEL, ENVELOPE, MARKERS, SHORT),
                material())).containsOnlyKeys("material");
        assertThat(SeriousNeighbours.lend(settled(BY_NEIGHBOURS, SATCHEL, MARKERS, ENVELOPE, SATCHEL, ENVELOPE, MARKERS, handled),
                material())).containsOnlyKeys("material");
        assertThat(SeriousNeighbours.lend(settled(BY_NEIGHBOURS, SATCHEL, MARKERS, ENVELOPE, TABLET), new TreeMap<>())).isEmpty();
        assertThat(SeriousNeighbours.lend(settled(BY_NEIGHBOURS, SATCHEL, MARKERS, ENVELOPE), new TreeMap<>())).isEmpty();
    }

    /** A topic the rules' words gave ("los plumones"). */
    private static TreeMap<String, List<String>> material() {
        TreeMap<String, List<String>> byRules = new TreeMap<>();
        byRules.put("material", List.of("plumones"));
        return byRules;
    }

    @Test
    void whatTheRulesDecidedOrReadAsFineIsNotLentASeriousTopic() {
        KindClassifier.Kind byRules = new KindClassifier.Kind(FindingKind.INCIDENCIA, List.of("faltaron"));
        KindClassifier.Kind fine = new KindClassifier.Kind(FindingKind.CONFORME, List.of("parecido a: «…»"));

        assertThat(SeriousNeighbours.lend(new NearestPassages.Settled(byRules, null), new TreeMap<>())).isEmpty();
        assertThat(SeriousNeighbours.lend(settled(fine, SATCHEL, MARKERS, ENVELOPE, SATCHEL, ENVELOPE, MARKERS, SATCHEL), new TreeMap<>())).isEmpty();
    }

    @Test
    void aSeriousTopicTheRulesFoundIsNotJoinedByAnother() {
        TreeMap<String, List<String>> byRules = new TreeMap<>();
        byRules.put("proselitismo", List.of("volantes"));
        LabelledPassages.Passage fight = passage("dos vecinos se agarraron a golpes en la fila", FindingKind.INCIDENCIA, "seguridad");

        assertThat(SeriousNeighbours.lend(settled(BY_NEIGHBOURS, fight, fight, fight, fight, fight, fight, fight), byRules)).containsOnlyKeys("proselitismo");
    }

    // a genre of our own: a market stall's diary, whose incidents no rule word names
    private static final LabelledPassages.Passage SOAP = passage("la señora del puesto regalaba jabones a quien dijera que iba por el huerto", FindingKind.INCIDENCIA, "proselitismo");
    private static final LabelledPassages.Passage RAFFLE = passage("rifaban una licuadora entre los que votaran por la cancha", FindingKind.INCIDENCIA, "proselitismo");
    private static final LabelledPassages.Passage STALL_LET_BE = passage("la mesa lo oyó desde su lugar y siguió sellando", FindingKind.INCIDENCIA, "proselitismo", "funcionariado");
    private static final LabelledPassages.Passage QUEUE = passage("la fila daba vuelta a la manzana", FindingKind.INCIDENCIA, "participacion");
    private static final LabelledPassages.Passage STALL_FINE = passage("ningún puesto regaló nada en toda la mañana", FindingKind.CONFORME, "proselitismo");

    @Test
    void anIncidentNoRuleWordGaveAnyTopicTakesTheSeriousTopicMostOfItsNeighboursShare() {
        var about = SeriousNeighbours.lend(settled(BY_NEIGHBOURS, SOAP, RAFFLE, SOAP, STALL_LET_BE, RAFFLE, QUEUE, SOAP), new TreeMap<>());

        assertThat(about).containsOnlyKeys("proselitismo");
        assertThat(about.get("proselitismo").get(0)).startsWith(SeriousNeighbours.LIKE + "6 de 7, «la señora del puesto");
        // … also beside a topic the neighbours lent it, not the rules («parecido a: …»)
        TreeMap<String, List<String>> lent = new TreeMap<>();
        lent.put("funcionariado", List.of("parecido a: «la mesa lo oyó desde su lugar y siguió sellando»"));
        assertThat(SeriousNeighbours.lend(settled(BY_NEIGHBOURS, SOAP, RAFFLE, SOAP, STALL_LET_BE, RAFFLE, QUEUE, SOAP), lent))
                .containsOnlyKeys("funcionariado", "proselitismo");
    }

    @Test
    void fewerThanSixIncidentsOfTheTopicFineOnesOrATopicTheRulesReadStillNeedAllSeven() {
        assertThat(SeriousNeighbours.lend(settled(BY_NEIGHBOURS, SOAP, RAFFLE, SOAP, TABLET, RAFFLE, QUEUE, SOAP), new TreeMap<>())).isEmpty();
        // «sin novedad» passages of the topic are not incidents of it
        assertThat(SeriousNeighbours.lend(settled(BY_NEIGHBOURS, SOAP, RAFFLE, SOAP, STALL_FINE, RAFFLE, QUEUE, SOAP), new TreeMap<>())).isEmpty();
        // the rules read the waiting line in it: the passage says what it is about, and a serious topic needs seven alike
        TreeMap<String, List<String>> byRules = new TreeMap<>();
        byRules.put("participacion", List.of("fila"));
        assertThat(SeriousNeighbours.lend(settled(BY_NEIGHBOURS, SOAP, RAFFLE, SOAP, STALL_LET_BE, RAFFLE, QUEUE, SOAP), byRules))
                .containsOnlyKeys("participacion");
    }

    @Test
    void twoSeriousTopicsAsFrequentAmongTheNeighboursLendNeither() {
        LabelledPassages.Passage both = passage("le quitaron el volante a empujones al que lo repartía", FindingKind.INCIDENCIA, "seguridad", "proselitismo");

        assertThat(SeriousNeighbours.lend(settled(BY_NEIGHBOURS, both, both, both, both, both, both, QUEUE), new TreeMap<>())).isEmpty();
    }

    private static Finding finding(int number, FindingKind kind, String text, String... topicAndWords) {
        TreeMap<String, List<String>> evidence = new TreeMap<>();
        for (int i = 0; i < topicAndWords.length; i += 2) {
            evidence.put(topicAndWords[i], List.of(topicAndWords[i + 1]));
        }
        return new Finding(number, text, evidence, kind, List.of("parecido a: «…»"), false);
    }

    // a neighbourhood newsletter: the mesa's answer to what the report told just before
    private static final Finding SHRUG = finding(4, FindingKind.INCIDENCIA, "El secretario lo notó y comentó que la calle no es de nadie.",
            "funcionariado", "parecido a: «la mesa lo oyó desde su lugar y siguió sellando»",
            "proselitismo", SeriousNeighbours.LIKE + "6 de 7, «la mesa lo oyó desde su lugar y siguió sellando»");

    @Test
    void whatTheMesaLetBeIsTheSeriousIncidentJustBeforeNotTheOneItsNeighboursLetBe() {
        Finding bribe = finding(3, FindingKind.INCIDENCIA, "Un vecino con altavoz ofrecía tinacos a quien marcara el huerto.",
                "secreto_voto", "marcara");

        assertThat(SeriousNeighbours.letBeAsBefore(SHRUG, bribe).evidence())
                .containsOnlyKeys("funcionariado", "secreto_voto")
                .containsEntry("secreto_voto", List.of(HandledTopics.FOLLOWS + "3"));
    }

    @Test
    void afterNoSeriousIncidentTheMesaLettingItBeIsNoSeriousIncident() {
        Finding wait = finding(3, FindingKind.INCIDENCIA, "Un señor con muletas esperó de pie una hora en la fila.", "accesibilidad", "muletas");
        Finding fine = finding(3, FindingKind.CONFORME, "Nadie repartió nada cerca de la mesa.", "proselitismo", "repartió");

        assertThat(SeriousNeighbours.letBeAsBefore(SHRUG, wait).evidence()).containsOnlyKeys("funcionariado");
        assertThat(SeriousNeighbours.letBeAsBefore(SHRUG, fine).evidence()).containsOnlyKeys("funcionariado");
        assertThat(SeriousNeighbours.letBeAsBefore(SHRUG, null).evidence()).containsOnlyKeys("funcionariado");
    }

    @Test
    void aSeriousTopicAllSevenShareOrOneNotAboutTheOfficialsStays() {
        Finding unanimous = finding(4, FindingKind.INCIDENCIA, "La escrutadora vio los volantes y los dejó en la mesa.",
                "funcionariado", "parecido a: «…»", "proselitismo", SeriousNeighbours.LIKE + "7 de 7, «…»");
        Finding flyers = finding(4, FindingKind.INCIDENCIA, "Un joven dejaba tarjetas del proyecto en cada buzón de la cuadra.",
                "proselitismo", SeriousNeighbours.LIKE + "6 de 7, «…»");
        Finding queue = finding(3, FindingKind.INCIDENCIA, "La fila daba vuelta a la manzana.", "participacion", "fila");

        assertThat(SeriousNeighbours.letBeAsBefore(unanimous, queue)).isSameAs(unanimous);
        assertThat(SeriousNeighbours.letBeAsBefore(flyers, queue)).isSameAs(flyers);
    }

    // a tenants' assembly minutes: the mesa's answer to someone the minutes told of just before, all seven alike agreeing
    private static final Finding NOD = finding(5, FindingKind.INCIDENCIA, "El escrutador la oyó quejarse y contestó que así es en todos lados.",
            "funcionariado", "parecido a: «el presidente lo vio y dijo que no era propaganda»",
            "proselitismo", SeriousNeighbours.LIKE + "7 de 7, «el presidente lo vio y dijo que no era propaganda»");

    @Test
    void namedOnlyByAPronounWhatTheMesaLetBeIsTheIncidentJustBeforeEvenWhenAllSevenAgree() {
        Finding heat = finding(4, FindingKind.INCIDENCIA, "Una señora con bastón esperó bajo el sol sin una silla.", "accesibilidad", "bastón");
        Finding leaflets = finding(4, FindingKind.INCIDENCIA, "Un joven pegaba volantes del proyecto en la reja.", "proselitismo", "volantes");

        assertThat(SeriousNeighbours.letBeAsBefore(NOD, heat, () -> true).evidence()).containsOnlyKeys("funcionariado");
        assertThat(SeriousNeighbours.letBeAsBefore(NOD, leaflets, () -> true).evidence())
                .containsOnlyKeys("funcionariado", "proselitismo")
                .containsEntry("proselitismo", List.of(HandledTopics.FOLLOWS + "4"));
    }

    @Test
    void allSevenStayWhenThePassageNamesWhatItSawOrWhenTheRulesReadTheOfficials() {
        Finding heat = finding(4, FindingKind.INCIDENCIA, "Una señora con bastón esperó bajo el sol sin una silla.", "accesibilidad", "bastón");
        Finding ruled = new Finding(5, NOD.text(), new TreeMap<>(java.util.Map.of("funcionariado", List.of("contestó"),
                "proselitismo", List.of(SeriousNeighbours.LIKE + "7 de 7, «…»"))), FindingKind.INCIDENCIA, List.of("parecido a: «…»"), false);

        assertThat(SeriousNeighbours.letBeAsBefore(NOD, heat, () -> false)).isSameAs(NOD);
        assertThat(SeriousNeighbours.letBeAsBefore(ruled, heat, () -> true)).isSameAs(ruled);
    }

    @Test
    void whoTheMesaSawIsNamedByAPronounOrByWhatItSaw() {
        Cues pronoun = Fixtures.RULES.seenByPronoun();
        java.util.function.Predicate<String> finds = text -> !pronoun.find(AnalyzedText.of(Fixtures.ANALYZER, text)).isEmpty();

        assertThat(finds).accepts("El encargado la vio formada y le dijo que aguantara.", "La secretaria lo oyó desde su silla y siguió sellando.",
                "los de la mesa lo estaban viendo y ni se movieron");
        assertThat(finds).rejects("La escrutadora vio los volantes y los dejó en la mesa.", "El presidente oyó el altavoz y no hizo nada.");
    }
}
