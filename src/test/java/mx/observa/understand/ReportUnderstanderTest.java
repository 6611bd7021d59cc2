package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mx.observa.config.ObservaConfig;
import mx.observa.model.Finding;
import mx.observa.model.FindingKind;
import mx.observa.model.PersonalData;
import mx.observa.model.ReportMetadata;
import mx.observa.model.Understanding;
import mx.observa.text.FoldingSpanishAnalyzer;

class ReportUnderstanderTest {

    private static final String REPORT = String.join("\r\n",
            "INFORME DE OBSERVACIÓN",
            "Nombre: Guadalupe Sánchez Reyes",
            "Organización: Red Vecinal del Oriente, A.C.",
            "Alcaldía: Tláhuac        Distrito: VIII",
            "Unidad Territorial: Santa Cecilia      MRO-02",
            "Fecha: domingo 1 de mayo de 2022",
            "",
            "La mesa se instaló a las 9:30 en la banqueta; no había rampa y una señora en silla de ruedas no pudo subir.",
            "",
            "No hubo propaganda cerca de la mesa.",
            "",
            "Acudieron unas 60 personas. Mi teléfono es 55 4318 2297.",
            "",
            "Recomendaciones: ninguna.",
            "",
            "Atentamente",
            "Guadalupe Sánchez Reyes");

    private final ReportUnderstander understander = Fixtures.UNDERSTANDER;

    @Test
    void everythingTheAnalyzeContractNeeds() {
        Understanding u = understander.understand(REPORT, "informe.txt");
        ReportMetadata m = u.metadata();
        assertThat(m.observer()).isEqualTo("Guadalupe Sánchez Reyes");
        assertThat(m.organization()).isEqualTo("Red Vecinal del Oriente, A.C.");
        assertThat(m.alcaldia()).isEqualTo("Tláhuac");
        assertThat(m.distrito()).isEqualTo(8);
        assertThat(m.ut()).isEqualTo("11-041");
        assertThat(m.utName()).isEqualTo("SANTA CECILIA");
        assertThat(m.mro()).isEqualTo("MRO-02");
        assertThat(m.date()).isEqualTo(LocalDate.of(2022, 5, 1));
        assertThat(m.channelHint()).isEqualTo("mro");

        assertThat(u.findings()).as("«Recomendaciones: ninguna» asks for content and got none: not a finding")
                .extracting(Finding::text).containsExactly(
                "La mesa se instaló a las 9:30 en la banqueta; no había rampa y una señora en silla de ruedas no pudo subir.",
                "No hubo propaganda cerca de la mesa.",
                "Acudieron unas 60 personas. Mi teléfono es 55 4318 2297.");
        assertThat(u.findings()).extracting(Finding::number).containsExactly(1, 2, 3);
        // the third tells a fact and judges nothing (taxonomy.md: «contexto»): a count, which is its evidence, and
        // neither the rules nor the model trained on the labelled passages find a judgement in it
        assertThat(u.findings()).extracting(Finding::kind)
                .containsExactly(FindingKind.INCIDENCIA, FindingKind.CONFORME, FindingKind.CONTEXTO);
        assertThat(u.findings().get(2).kindEvidence()).containsExactly("Acudieron … 60 … personas");
        assertThat(u.findings().get(0).kindEvidence()).contains("no … había … rampa");
        assertThat(u.findings().get(1).kindEvidence()).containsExactly("No … propaganda");
        assertThat(u.findings().get(0).evidence()).containsKeys("instalacion", "accesibilidad");
        assertThat(u.findings().get(0).evidence().get("accesibilidad")).contains("rampa", "silla de ruedas");
        assertThat(u.findings()).noneMatch(Finding::illegible);
        assertThat(u.topics()).containsExactly("accesibilidad", "instalacion", "participacion", "proselitismo");
        assertThat(understander.topicLabels().label("accesibilidad")).isEqualTo("Accesibilidad");
        u.findings().forEach(f -> f.evidence().forEach((topic, words) -> assertThat(words).as(topic).isNotEmpty()));

        assertThat(u.personalData()).extracting(PersonalData::kind).contains("nombre", "telefono");
        assertThat(u.personalData()).extracting(PersonalData::text).contains("Guadalupe Sánchez Reyes", "55 4318 2297");
        for (PersonalData p : u.personalData()) {
            assertThat(REPORT.substring(p.start(), p.end())).as("offsets point into the text as given").isEqualTo(p.text());
        }
    }

    @Test
    void aPersonOnlyATitleAnnouncesIsStoredWithTheReportsPersonalData() {
        // a surname that is also a colonia: the detector leaves it, the redaction's safety net hides it after the title;
        // stored, the commission's search and the report's header know it too
        String text = "La mesa abrió a las 9:10 en la explanada.\nFirmó de recibido el Ing. Moctezuma, encargado del salón.";
        assertThat(understander.understand(text, "nota.txt").personalData())
                .filteredOn(p -> p.kind().equals(ReportUnderstander.ANNOUNCED)).singleElement().satisfies(p -> {
                    assertThat(p.text()).isEqualTo("Moctezuma");
                    assertThat(text.substring(p.start(), p.end())).isEqualTo("Moctezuma");
                });
        // what the detector already holds is stored once, as the detector's
        assertThat(understander.understand("Firmó de recibido el Ing. Zazueta, encargado del salón.", "nota.txt").personalData())
                .extracting(PersonalData::kind).containsExactly("nombre");
    }

    @Test
    void absentValuesAreNull() {
        Understanding u = understander.understand("Todo transcurrió con normalidad, sin incidentes.", "nota.txt");
        assertThat(u.metadata()).isEqualTo(ReportMetadata.EMPTY);
        assertThat(u.findings()).as("a generic «sin incidentes» is no security finding, and no incident")
                .singleElement().satisfies(f -> {
                    assertThat(f.topics()).isEmpty();
                    assertThat(f.kind()).isEqualTo(FindingKind.CONFORME);
                });
        assertThat(understander.understand("", "vacio.txt").findings()).isEmpty();
    }

    @Test
    void aPlaceNameWithoutItsNumberIsStillAName() {
        Understanding u = understander.understand("""
                Estuve en la mesa de Portales II, alcaldía Benito Juárez.

                La gente que venía por el lado de Portales esperó poco y la mesa trabajó sin problemas.
                """, "nota.txt");
        assertThat(u.findings()).as("«Portales» is the colonia, not the internet portal")
                .allSatisfy(f -> assertThat(f.topics()).doesNotContain("remota"));
    }

    @Test
    void scanNoiseGluedToTheEndOfAParagraphIsMarkedApart() {
        Understanding u = understander.understand(
                "La urna llegó sin sello y hubo que pedir otro a la dirección distrital. Obs3rv4c10n3s'. "
                        + "vv1 ,rnn tq0 ;; e1l ~ pqa ouec rtl1 ii.\n", "escaneo.pdf");
        assertThat(u.findings()).hasSize(2);
        assertThat(u.findings().get(0).illegible()).isFalse();
        assertThat(u.findings().get(0).kind()).isEqualTo(FindingKind.INCIDENCIA);
        assertThat(u.findings().get(1).illegible()).isTrue();
    }

    @Test
    void takingOrDestroyingTheUrnIsNotAMaterialProblem() {
        Understanding u = understander.understand("""
                A media tarde un sujeto se robó la urna con las opiniones y huyó por la avenida.

                Luego otro vecino aventaron la urna nueva al piso y la tapa quedó rota.
                """, "nota.txt");
        assertThat(u.findings()).allSatisfy(f -> assertThat(f.topics()).doesNotContain("material"));
        assertThat(understander.understand("La urna llegó rota y sin sello.", "nota.txt").findings())
                .singleElement().satisfies(f -> assertThat(f.topics()).contains("material"));
    }

    @Test
    void theSameAnswerFromManyThreads() throws Exception {
        Understanding expected = understander.understand(REPORT, "informe.txt");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Understanding>> results = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                results.add(pool.submit(() -> understander.understand(REPORT, "informe.txt")));
            }
            for (Future<Understanding> r : results) {
                assertThat(r.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aBrokenRulesFileStopsStartUpWithTheReason(@TempDir Path home) throws IOException {
        Path config = Files.createDirectories(home.resolve("config"));
        Files.writeString(config.resolve("taxonomia.yaml"), "temas:\n  - id: inventado\n    etiqueta: X\n    frases: [x]\n");
        Files.createDirectories(config.resolve("geografia"));
        Files.copy(Fixtures.CONFIG.resolve("geografia/alcaldias.csv"), config.resolve("geografia/alcaldias.csv"));
        assertThatThrownBy(() -> new ReportUnderstander(ObservaConfig.load(home), new FoldingSpanishAnalyzer()))
                .hasMessageContaining("taxonomia.yaml").hasMessageContaining("inventado");
    }

    @Test
    void noiseFromAPoorScanIsKeptMarkedIllegibleAndNeverClassified() {
        Understanding u = understander.understand("La mesa abrió a las 9:00 en punto.\n\n"
                + "2, qee tuerce asin seo pea 'ii l1 ,,; rnm tn0 aee eeu -- ~~ lI1 Wo . ae rr1 oeo\n\n"
                + "Hubo una riña frente a la mesa y llegó la policía.", "escaneo.pdf");
        assertThat(u.findings()).hasSize(3);
        assertThat(u.findings().get(1).illegible()).isTrue();
        assertThat(u.findings().get(1).topics()).isEmpty();
        assertThat(u.findings().get(1).text()).startsWith("2, qee tuerce");
        assertThat(u.findings().get(0).illegible()).isFalse();
        assertThat(u.findings().get(2).kind()).isEqualTo(FindingKind.INCIDENCIA);
        assertThat(u.findings().get(2).topics()).containsExactly("seguridad");
    }

    @Test
    void aBrokenKindsFileStopsStartUpWithTheReason(@TempDir Path home) throws IOException {
        Path config = Files.createDirectories(home.resolve("config"));
        Files.copy(Fixtures.CONFIG.resolve("taxonomia.yaml"), config.resolve("taxonomia.yaml"));
        Files.writeString(config.resolve("tipos.yaml"), "negacion:\n  negadores: [no]\n  cortes: [pero]\ntipos:\n  molestia: {frases: [x]}\n");
        Files.createDirectories(config.resolve("geografia"));
        Files.copy(Fixtures.CONFIG.resolve("geografia/alcaldias.csv"), config.resolve("geografia/alcaldias.csv"));
        assertThatThrownBy(() -> new ReportUnderstander(ObservaConfig.load(home), new FoldingSpanishAnalyzer()))
                .hasMessageContaining("tipos.yaml").hasMessageContaining("molestia");
    }

    @Test
    void topicsAreTheSortedUnionOfTheFindingsTopics() {
        Understanding u = understander.understand(REPORT, "informe.txt");
        TreeSet<String> union = new TreeSet<>();
        u.findings().forEach(f -> union.addAll(f.topics()));
        assertThat(u.topics()).containsExactlyElementsOf(union);
    }

    @Test
    void aPassageThatOnlyTellsHowTheIncidentWasHandledIsSinNovedad() {
        // the labelling criteria (evaluacion/README.md): the problem is an incident; what the mesa or the police did
        // about it, told alone, is «sin novedad» about the same topic — unless the handling failed
        Understanding u = understander.understand(String.join("\n\n",
                "A las 11:20 un señor borracho empezó a gritar y tiró la urna al suelo.",
                "La responsable llamó a la patrulla y se llevaron al señor; se anotó en la hoja de incidentes."), "informe.txt");
        assertThat(u.findings()).extracting(Finding::kind).containsExactly(FindingKind.INCIDENCIA, FindingKind.CONFORME);
        assertThat(u.findings().get(1).topics()).contains("seguridad");
        Understanding failed = understander.understand(String.join("\n\n",
                "A las 11:20 un señor borracho empezó a gritar y tiró la urna al suelo.",
                "Nadie de la mesa llamó a la policía ni lo anotó en la hoja de incidentes."), "informe.txt");
        assertThat(failed.findings()).extracting(Finding::kind).containsExactly(FindingKind.INCIDENCIA, FindingKind.INCIDENCIA);
    }

    @Test
    void whatAFindingReadOnItsOwnHidesIsStoredWithTheReport() {
        // a chat line: cut from its time stamp and sender, the finding opens with the name the line named
        String chat = "Reporte por el grupo de la mesa\n"
                + "[02/05/22, 10:12:40] Chela Rosas: Eufrosina Tapia Lugo, y la escrutadora era Lucha Ibarra\n"
                + "[02/05/22, 10:13:02] Chela Rosas: llegaron tarde los funcionarios y abrieron a las 10\n";
        Understanding u = Fixtures.RULES_ONLY.understand(chat, "chat.txt");
        java.util.Set<String> stored = new TreeSet<>();
        u.personalData().forEach(p -> stored.add(p.text()));
        KnownPersonalData known = KnownPersonalData.of(stored);
        for (Finding f : u.findings()) {
            // every view redacts a finding on its own with what is stored: what it hides of a line is known to the others
            for (PersonalData p : Fixtures.RULES_ONLY.personalData(f.text(), known)) {
                assertThat(stored).as(f.text()).contains(p.text());
            }
        }
        assertThat(String.join("\n", stored)).contains("Eufrosina");
        // a place named after a person, its place word parted from it by an abbreviation's period, stays readable
        Understanding clinic = Fixtures.RULES_ONLY.understand("la mesa estaba en la calle Quito enfrente del Centro de Salud"
                + " Dr. Aurelio Benítez Solano. el responsable llegó tarde y abrieron a las 10.", "nota.txt");
        assertThat(clinic.personalData()).extracting(PersonalData::text).noneMatch(t -> t.contains("Benítez"));
        // a finding with no person in it adds nothing
        Understanding plain = Fixtures.RULES_ONLY.understand(
                "La mesa abrió a las 9:00. Hubo fila larga en la mañana y el conteo terminó a las 18:30.", "nota.txt");
        assertThat(plain.personalData()).isEmpty();
    }

    @Test
    void whatIsReadBeforeThePersonalDataCanStopTheUnderstandingAndTheStopIsPassedOnAsThrown() {
        String text = "Bitácora del vivero: Casimiro Utrilla regó los almácigos.\n\nLa mesa receptora abrió tarde porque "
                + "faltaron boletas; Eufrosina Ledezma esperó una hora.";
        int[] seen = new int[2];
        understander.understand(text, "vivero.txt", KnownPersonalData.NONE, List.of(), (names, findings) -> {
            seen[0] = names;
            seen[1] = findings;
        });
        assertThat(seen[0]).isGreaterThanOrEqualTo(1);
        assertThat(seen[1]).isGreaterThanOrEqualTo(1);
        assertThatThrownBy(() -> understander.understand(text, "vivero.txt", KnownPersonalData.NONE, List.of(), (names, findings) -> {
            throw new mx.observa.model.RejectedSubmission("demasiados nombres");
        })).isInstanceOf(mx.observa.model.RejectedSubmission.class).hasMessage("demasiados nombres");
    }
}
