package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ObserverFinderTest {

    private final PersonNames names = new PersonNames(Fixtures.PRIVACY, Fixtures.GAZETTEER);
    private final ObserverFinder finder = new ObserverFinder();

    private Optional<String> observer(String text) {
        return finder.observer(names.find(text)).map(Mention::value);
    }

    @Test
    void fromALabelledFieldBeforeTheSignatureAndTheSender() {
        String text = """
                De: Laura Méndez Ortega <laura@example.org>

                Nombre de la persona observadora: Héctor Daniel Olvera Pineda   Organización: Ninguna

                La mesa abrió tarde.

                Atentamente

                Rosa María Villalobos Cruz
                """;
        assertThat(observer(text)).hasValue("Héctor Daniel Olvera Pineda");
        assertThat(finder.organization(text, Optional.empty())).as("'Ninguna' is no organization").isEmpty();
    }

    @Test
    void fromTheMailSenderOrTheSignature() {
        assertThat(observer("De: Laura Méndez Ortega <laura@example.org>\nAsunto: informe\n\nTodo bien.")).hasValue("Laura Méndez Ortega");
        assertThat(observer("La mesa abrió tarde.\n\nSaludos cordiales,\nLic. Ana Paula Cervantes Ruiz\nTel. 55 1234 5678"))
                .hasValue("Ana Paula Cervantes Ruiz");
        assertThat(observer("Me llamo Daniela Fuentes, soy estudiante.")).hasValue("Daniela Fuentes");
        assertThat(observer("La mesa abrió tarde.\n\nATTE. OBSERVADOR ACREDITADO")).isEmpty();
        assertThat(observer("La mesa abrió tarde.\n\nSin Incidentes")).isEmpty();
        assertThat(observer("La mesa abrió tarde.\n\nJulieta Ramos")).hasValue("Julieta Ramos");
    }

    @Test
    void organizationFromAFieldTheLetterheadOrAfterTheName() {
        assertThat(finder.organization("Organización: Colectivo Vecinal Narvarte Participa\nNombre: X", Optional.empty()))
                .hasValue("Colectivo Vecinal Narvarte Participa");
        assertThat(finder.organization("RED CIUDADANA DE OBSERVACIÓN, A.C.\n\nLa mesa abrió tarde.", Optional.empty()))
                .hasValue("RED CIUDADANA DE OBSERVACIÓN, A.C.");
        String text = "Observadora: Leticia Galindo Ferrer, Asociación Vecinal Cuajimalpa Unida\n\nLa mesa abrió.";
        assertThat(finder.organization(text, finder.observer(names.find(text)))).hasValue("Asociación Vecinal Cuajimalpa Unida");
    }

    @Test
    void namesInListsAndAfterTitlesAreFoundButNotInstitutions() {
        List<String> found = names.find("""
                Equipo Coyoacán de la Red: Alma Delia Fuentes, Roberto Nava y Cecilia Ordaz
                La Sra. Martha Quiroz habló con el Instituto Electoral de la Ciudad de México.
                """).stream().map(Mention::value).toList();
        assertThat(found).contains("Alma Delia Fuentes", "Roberto Nava", "Cecilia Ordaz", "Martha Quiroz")
                .noneMatch(n -> n.contains("Instituto"));
    }
}
