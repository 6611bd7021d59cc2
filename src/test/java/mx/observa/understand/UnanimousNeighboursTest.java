package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import mx.observa.model.FindingKind;
import mx.observa.text.FoldingSpanishAnalyzer;

/** Invented passages: a remedy told with a problem's word, among labelled passages that all call such remedies fine. */
class UnanimousNeighboursTest {

    private static final FoldingSpanishAnalyzer ANALYZER = new FoldingSpanishAnalyzer();

    private static LabelledPassages.Passage passage(String text, FindingKind kind) {
        return new LabelledPassages.Passage(text, kind, Set.of("material"), "prueba");
    }

    /** Seven and more remedies of a torn screen, all labelled «sin novedad», and a few passages of other things. */
    private static final NearestPassages NEAREST = new NearestPassages(new LabelledPassages(List.of(
            passage("el secretario pegó la cortina rota de la mampara con cinta y quedó firme", FindingKind.CONFORME),
            passage("la presidenta pegó con cinta la cortina rota de la mampara antes de abrir", FindingKind.CONFORME),
            passage("la cortina rota de la mampara la pegaron con cinta canela y aguantó", FindingKind.CONFORME),
            passage("pegaron la cortina rota de la mampara con cinta y nadie se asomaba", FindingKind.CONFORME),
            passage("con cinta pegaron la cortina rota de la mampara y sirvió todo el día", FindingKind.CONFORME),
            passage("la escrutadora pegó con cinta la cortina rota de la mampara en un minuto", FindingKind.CONFORME),
            passage("pegó la cortina rota de la mampara con cinta y la mesa siguió", FindingKind.CONFORME),
            passage("la cortina rota de la mampara se pegó con cinta en la mañana", FindingKind.CONFORME),
            passage("se acabaron las boletas a las tres y nadie trajo más", FindingKind.INCIDENCIA),
            passage("no llegó la urna y abrieron a las once", FindingKind.INCIDENCIA),
            passage("que manden cinta en el paquete", FindingKind.RECOMENDACION))), ANALYZER);

    private static NearestPassages.Settled byRules(FindingKind kind, String text) {
        KindClassifier.Kind ruled = new KindClassifier.Kind(kind, List.of("rota"));
        return UnanimousNeighbours.review(new NearestPassages.Settled(ruled, null), NEAREST,
                AnalyzedText.of(ANALYZER, text), Set.of("material"));
    }

    @Test
    void theRulesIncidentYieldsToSevenNeighboursThatAllSayFine() {
        NearestPassages.Settled settled = byRules(FindingKind.INCIDENCIA, "la secretaria pegó con cinta la cortina rota de la mampara");

        assertThat(settled.kind().kind()).isEqualTo(FindingKind.CONFORME);
        assertThat(NearestPassages.decided(settled.kind().evidence())).isTrue();
        assertThat(settled.kind().evidence()).last().asString().contains("7");
    }

    @Test
    void neverTowardAnIncidentNorOnAShortLineNorWhenTheModelAlreadyDecided() {
        assertThat(byRules(FindingKind.CONFORME, "se acabaron las boletas a las tres y nadie trajo más en la tarde").kind().kind())
                .isEqualTo(FindingKind.CONFORME);
        assertThat(byRules(FindingKind.INCIDENCIA, "cortina rota").kind().kind()).isEqualTo(FindingKind.INCIDENCIA);

        KindClassifier.Kind model = new KindClassifier.Kind(FindingKind.INCIDENCIA, List.of("parecido a: «…»"));
        NearestPassages.Settled decided = new NearestPassages.Settled(model,
                new NearestPassages.Vote(FindingKind.INCIDENCIA, 0.9, List.of(), List.of()));
        assertThat(UnanimousNeighbours.review(decided, NEAREST,
                AnalyzedText.of(ANALYZER, "la secretaria pegó con cinta la cortina rota de la mampara"), Set.of())).isSameAs(decided);
    }

    @Test
    void anIncidentTheRulesReadInASeriousTopicKeepsItsKind() {
        KindClassifier.Kind ruled = new KindClassifier.Kind(FindingKind.INCIDENCIA, List.of("rota"));
        NearestPassages.Settled settled = new NearestPassages.Settled(ruled, null);

        assertThat(UnanimousNeighbours.review(settled, NEAREST,
                AnalyzedText.of(ANALYZER, "la secretaria pegó con cinta la cortina rota de la mampara"), Set.of("secreto_voto")))
                .isSameAs(settled);
    }

    @Test
    void sixOfSevenDoNotOverruleTheRules() {
        LabelledPassages.Passage fine = passage("pegó la cortina", FindingKind.CONFORME);
        LabelledPassages.Passage problem = passage("la cortina rota", FindingKind.INCIDENCIA);
        List<LabelledPassages.Passage> near = List.of(fine, fine, fine, fine, fine, fine, problem);

        assertThat(UnanimousNeighbours.overrules(FindingKind.INCIDENCIA,
                new NearestPassages.Vote(FindingKind.CONFORME, 0.86, near.subList(0, 6), near))).isFalse();
        assertThat(UnanimousNeighbours.overrules(FindingKind.INCIDENCIA,
                new NearestPassages.Vote(FindingKind.CONFORME, 1.0, List.of(fine, fine, fine, fine, fine, fine, fine),
                        List.of(fine, fine, fine, fine, fine, fine, fine)))).isTrue();
    }

    /** Six proposals about the queue's shade and one fine passage of the same matter, all alike to each other. */
    private static final NearestPassages PROPOSALS = new NearestPassages(new LabelledPassages(List.of(
            passage("que pongan una lona para la fila porque el sol pega fuerte en la tarde", FindingKind.RECOMENDACION),
            passage("que haya una lona sobre la fila, el sol pega fuerte a mediodía", FindingKind.RECOMENDACION),
            passage("sugiero una lona para la fila: el sol pega fuerte y la gente se cansa", FindingKind.RECOMENDACION),
            passage("poner una lona en la fila porque el sol pega fuerte en la tarde", FindingKind.RECOMENDACION),
            passage("ojalá pongan lona a la fila, el sol pega fuerte y hay personas mayores", FindingKind.RECOMENDACION),
            passage("que se consiga una lona para la fila: el sol pega muy fuerte en la tarde", FindingKind.RECOMENDACION),
            passage("la fila tenía una lona y el sol no pegaba fuerte en la tarde", FindingKind.CONFORME),
            passage("se acabaron las boletas a las tres y nadie trajo más", FindingKind.INCIDENCIA),
            passage("no llegó la urna y abrieron a las once", FindingKind.INCIDENCIA))), ANALYZER);

    @Test
    void sixProposalsOfSevenMakeARecommendationOfWhatTheRulesReadAsAProblemEvenASeriousOne() {
        KindClassifier.Kind ruled = new KindClassifier.Kind(FindingKind.INCIDENCIA, List.of("pega fuerte"));
        String text = "que la próxima vez pongan una lona en la fila porque el sol pega fuerte en la tarde";

        NearestPassages.Settled settled = UnanimousNeighbours.review(new NearestPassages.Settled(ruled, null), PROPOSALS,
                AnalyzedText.of(ANALYZER, text), Set.of("seguridad"));

        assertThat(settled.kind().kind()).isEqualTo(FindingKind.RECOMENDACION);
        assertThat(settled.kind().evidence()).last().asString().contains("6 de los 7");
    }

    @Test
    void fiveProposalsOfSevenLeaveTheRulesKind() {
        LabelledPassages.Passage proposal = passage("que pongan lona", FindingKind.RECOMENDACION);
        LabelledPassages.Passage fine = passage("había lona", FindingKind.CONFORME);
        List<LabelledPassages.Passage> near = List.of(proposal, proposal, proposal, proposal, proposal, fine, fine);
        KindClassifier.Kind ruled = new KindClassifier.Kind(FindingKind.INCIDENCIA, List.of("sol"));

        assertThat(UnanimousNeighbours.toward(ruled,
                new NearestPassages.Vote(FindingKind.RECOMENDACION, 0.7, near.subList(0, 5), near), false)).isEmpty();
    }

    @Test
    void sixFineOfSevenDecideOnlyAPassageTheRulesFoundNoWordFor() {
        LabelledPassages.Passage fine = passage("la fila avanzó", FindingKind.CONFORME);
        LabelledPassages.Passage problem = passage("la fila no avanzó", FindingKind.INCIDENCIA);
        List<LabelledPassages.Passage> near = List.of(fine, fine, fine, fine, fine, fine, problem);
        NearestPassages.Vote vote = new NearestPassages.Vote(FindingKind.CONFORME, 0.86, near.subList(0, 6), near);

        assertThat(UnanimousNeighbours.toward(new KindClassifier.Kind(FindingKind.CONTEXTO, List.of()), vote, false))
                .contains(FindingKind.CONFORME);
        // context the rules read in words (hearsay of another mesa) and an incident keep their kind
        assertThat(UnanimousNeighbours.toward(new KindClassifier.Kind(FindingKind.CONTEXTO, List.of("me contaron")), vote, false))
                .isEmpty();
        assertThat(UnanimousNeighbours.toward(new KindClassifier.Kind(FindingKind.INCIDENCIA, List.of("no avanzó")), vote, false))
                .isEmpty();
    }
}
