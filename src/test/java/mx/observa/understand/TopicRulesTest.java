package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TopicRulesTest {

    @Test
    void theShippedFileDefinesEveryTaxonomyTopicWithItsLabel() {
        assertThat(Fixtures.RULES.labels()).containsExactlyEntriesOf(ordered(
                Map.entry("instalacion", "Instalación y apertura"),
                Map.entry("funcionariado", "Personas funcionarias"),
                Map.entry("material", "Material y documentación"),
                Map.entry("identificacion", "Identificación y listado"),
                Map.entry("secreto_voto", "Secreto y libertad del voto"),
                Map.entry("proselitismo", "Proselitismo y coacción"),
                Map.entry("accesibilidad", "Accesibilidad"),
                Map.entry("remota", "Votación por internet (SEI)"),
                Map.entry("seguridad", "Seguridad e incidentes"),
                Map.entry("escrutinio", "Cierre y escrutinio"),
                Map.entry("difusion", "Información y difusión"),
                Map.entry("observacion", "Condiciones para observar"),
                Map.entry("participacion", "Participación y afluencia"),
                Map.entry("buena_practica", "Buenas prácticas"),
                Map.entry("recomendacion", "Recomendaciones")));
        assertThat(Fixtures.RULES.ids()).containsExactlyElementsOf(TopicRules.TAXONOMY_IDS);
    }

    @Test
    void anIdOutsideTheTaxonomyIsRejectedWithTheTopicNamed() {
        assertThatThrownBy(() -> load("""
                temas:
                  - id: logistica
                    etiqueta: Logística
                    frases: [camion]
                """)).hasMessageContaining("logistica").hasMessageContaining("taxonomía");
    }

    @Test
    void aTopicYieldsOnlyToAnotherTopicOfTheTaxonomy() {
        assertThatThrownBy(() -> load("""
                temas:
                  - id: difusion
                    etiqueta: Difusión
                    frases: [volante]
                    cede_ante: [propaganda]
                """)).hasMessageContaining("cede_ante").hasMessageContaining("propaganda");
    }

    @Test
    void aTopicYieldsWhenDeniedOnlyToAnotherTopicOfTheTaxonomy() {
        assertThatThrownBy(() -> load("""
                temas:
                  - id: difusion
                    etiqueta: Difusión
                    frases: [volante]
                    cede_negado_ante: [difusion]
                """)).hasMessageContaining("cede_negado_ante").hasMessageContaining("difusion");
    }

    @Test
    void aMisspelledKeyIsAnErrorNotSilentlyIgnored() {
        assertThatThrownBy(() -> load("""
                temas:
                  - id: material
                    etiqueta: Material
                    frase: [boleta]
                """)).hasMessageContaining("frase");
    }

    @Test
    void aTopicWithoutRulesOrWithATooShortPrefixIsRejected() {
        assertThatThrownBy(() -> load("""
                temas:
                  - id: material
                    etiqueta: Material
                """)).hasMessageContaining("material").hasMessageContaining("frases");
        assertThatThrownBy(() -> load("""
                temas:
                  - id: material
                    etiqueta: Material
                    frases: ["bo*"]
                """)).hasMessageContaining("bo*");
    }

    @Test
    void aCombinationNeedsTwoGroups() {
        assertThatThrownBy(() -> load("""
                temas:
                  - id: material
                    etiqueta: Material
                    combinaciones:
                      - todos: ["boleta"]
                """)).hasMessageContaining("dos grupos");
    }

    @Test
    void aRoutineNamesTheTopicsItYieldsTo() {
        assertThatThrownBy(() -> load("""
                temas:
                  - id: instalacion
                    etiqueta: Instalación
                    frases: [apertura]
                    rutina:
                      frases: [los tres]
                """)).hasMessageContaining("rutina").hasMessageContaining("cede_ante");
        assertThatThrownBy(() -> load("""
                temas:
                  - id: instalacion
                    etiqueta: Instalación
                    frases: [apertura]
                    rutina:
                      cede_ante: [personal]
                      frases: [los tres]
                """)).hasMessageContaining("rutina").hasMessageContaining("personal");
    }

    @Test
    void aRoutineYieldsOnlyInFindingKindsThatExist() throws IOException {
        assertThatThrownBy(() -> load(routineYieldingIn("cede_en: [queja]")))
                .hasMessageContaining("cede_en").hasMessageContaining("queja");
        assertThat(load(routineYieldingIn("")).topics().get(0).routineYieldsIn()).as("left out: every kind")
                .containsExactlyInAnyOrder(mx.observa.model.FindingKind.values());
        assertThat(load(routineYieldingIn("cede_en: [conforme]")).topics().get(0).routineYieldsIn())
                .containsExactly(mx.observa.model.FindingKind.CONFORME);
    }

    /** A topic whose routine yields to the opening, with the given {@code cede_en} line (or none). */
    private static String routineYieldingIn(String kindsLine) {
        return """
                temas:
                  - id: difusion
                    etiqueta: Difusión
                    frases: [perifoneo]
                    rutina:
                      cede_ante: [instalacion]
                      %s
                      frases: [cartel]
                """.formatted(kindsLine);
    }

    @Test
    void whoHandlesIsNamedForATopicOfTheTaxonomy() {
        assertThatThrownBy(() -> load("""
                temas:
                  - id: seguridad
                    etiqueta: Seguridad
                    frases: [policia]
                quien_atiende:
                  guardia: [policia]
                """)).hasMessageContaining("quien_atiende").hasMessageContaining("guardia");
        assertThat(Fixtures.RULES.handlerWords()).containsKey("seguridad");
    }

    @Test
    void whatIsVotedForNamesTopicsOfTheTaxonomyAndHowFarItReaches() {
        assertThatThrownBy(() -> load(votedFor("palabras: 4\n  temas: [camaras]")))
                .hasMessageContaining("lo_votado").hasMessageContaining("camaras");
        assertThatThrownBy(() -> load(votedFor("temas: [seguridad]"))).hasMessageContaining("lo_votado").hasMessageContaining("palabras");
        assertThatThrownBy(() -> load(votedFor("palabras: 4"))).hasMessageContaining("lo_votado").hasMessageContaining("temas");
        assertThat(Fixtures.RULES.votedFor().topics()).contains("seguridad", "accesibilidad").doesNotContain("proselitismo", "remota");
    }

    /** A rules file with one topic and a {@code lo_votado} whose lines after {@code frases} are the ones given. */
    private static String votedFor(String lines) {
        return """
                temas:
                  - id: seguridad
                    etiqueta: Seguridad
                    frases: [seguridad]
                lo_votado:
                  frases: [=vote por]
                  %s
                """.formatted(lines);
    }

    @SafeVarargs
    private static Map<String, String> ordered(Map.Entry<String, String>... entries) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, String> e : entries) {
            map.put(e.getKey(), e.getValue());
        }
        return map;
    }

    static TopicRules load(String yaml) throws IOException {
        return TopicRules.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "prueba.yaml", Fixtures.ANALYZER);
    }
}
