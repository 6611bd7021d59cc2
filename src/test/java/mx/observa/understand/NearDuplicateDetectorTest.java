package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import mx.observa.config.ObservaConfig;
import mx.observa.support.TestHome;

class NearDuplicateDetectorTest {

    private static final String REPORT = """
            Informe de observación. Alcaldía Tlalpan, Distrito XIV, UT San Andrés Totoltepec, MRO-04, 1 de mayo de 2022.
            A las 11:20 llegó un microbús color guinda del que bajaron alrededor de treinta personas. Una mujer con una
            libreta les iba indicando por cuál proyecto debían opinar y anotaba sus nombres al salir de la mampara.
            Un vecino reclamó que eso era acarreo y se hicieron de palabras; hubo empujones y la responsable de la mesa
            pidió apoyo a la policía. Dos elementos llegaron a las 11:50 y la situación se calmó, aunque se quedaron
            cerca de la mesa el resto de la jornada. La responsable anotó el incidente en la hoja correspondiente y no
            suspendió la recepción de opiniones. Recomiendo que el Instituto dé seguimiento a este caso y que se
            prohíba expresamente el traslado organizado de personas a las mesas.
            """;

    /** The threshold in force: the one default of config/observa.properties. */
    private static final double THRESHOLD = Double.parseDouble(
            ObservaConfig.load(TestHome.projectRoot()).get(NearDuplicateDetector.THRESHOLD_KEY));
    private final NearDuplicateDetector detector = new NearDuplicateDetector(Fixtures.ANALYZER, THRESHOLD);

    @Test
    void amongThousandsOfReportsACopyFindsItsFirstAndNothingElse() {
        List<String> vocabulary = new ArrayList<>();
        java.util.Random random = new java.util.Random(17);
        for (int i = 0; i < 2000; i++) {
            vocabulary.add("palabra" + Integer.toString(i, 26).replace('0', 'q'));
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            StringBuilder t = new StringBuilder();
            for (int w = 0; w < 40; w++) {
                t.append(vocabulary.get(random.nextInt(vocabulary.size()))).append(' ');
            }
            texts.add(t.toString());
            detector.register("OBS-2022-%06d".formatted(i + 1), t.toString());
        }
        assertThat(detector.size()).isEqualTo(5000);
        for (int i : new int[] {0, 1234, 4999}) {
            String copy = texts.get(i) + " con una línea más al final";
            assertThat(detector.firstSimilar(copy)).hasValue("OBS-2022-%06d".formatted(i + 1));
        }
        assertThat(detector.firstSimilar(String.join(" ", vocabulary.subList(0, 40)))).isEmpty();
    }

    @Test
    void theSameReportExtractedFromPdfAndDocxMatches() {
        String docx = REPORT.replace("\n", " ");
        String pdf = REPORT.replace("microbús color guinda", "micro-\nbús color guinda").replace("libreta", "li-\nbreta")
                .replace(" ", "  ").replace("RECOMIENDO", "Recomiendo") + "\nPágina 1 de 1\n";
        detector.register("OBS-2022-000001", docx);
        assertThat(detector.firstSimilar(pdf)).hasValue("OBS-2022-000001");
        assertThat(detector.firstSimilar(REPORT.toUpperCase())).as("case and accents do not matter").hasValue("OBS-2022-000001");
    }

    @Test
    void aReportResentWithSmallEditsMatchesAsMailBodyOrAttachmentToo() {
        detector.register("OBS-2022-000001", REPORT);
        String edited = REPORT.replace("11:20", "11:15").replace("treinta", "treinta y cinco").replace("Dos elementos", "Tres elementos");
        assertThat(detector.firstSimilar(edited)).hasValue("OBS-2022-000001");
        String mailBody = "Buenas tardes, les reenvío mi informe, ahora en el cuerpo del correo.\n\n" + REPORT + "\nSaludos, María";
        assertThat(detector.firstSimilar(mailBody)).hasValue("OBS-2022-000001");
    }

    @Test
    void twoDifferentReportsAboutTheSameMesaSharingBoilerplateDoNotMatch() {
        String header = """
                RED CIUDADANA DE OBSERVACIÓN, A.C.
                Informe de observación. Alcaldía Tlalpan, Distrito XIV, UT San Andrés Totoltepec, MRO-04, 1 de mayo de 2022.
                1. ¿A qué hora se instaló la mesa? 2. ¿Hubo propaganda? 3. ¿Cómo fue el escrutinio?
                """;
        String first = header + "La mesa se instaló a las 9:10. No vimos propaganda. El escrutinio fue ordenado y rápido.";
        String second = header + "Abrió hasta las 10:00 por falta de mobiliario. Había lonas de un proyecto en la esquina. "
                + "El conteo se repitió porque no cuadraban las papeletas.";
        detector.register("OBS-2022-000001", first);
        assertThat(detector.similarity(first, second)).isLessThan(THRESHOLD);
        assertThat(detector.firstSimilar(second)).isEmpty();
    }

    @Test
    void theEarliestRegisteredReportIsTheOneLinkedAndShortTextsAreNotCompared() {
        detector.register("OBS-2022-000001", REPORT);
        detector.register("OBS-2022-000002", REPORT.replace("11:20", "11:25"));
        assertThat(detector.firstSimilar(REPORT.replace("11:20", "11:30"))).hasValue("OBS-2022-000001");
        detector.register("OBS-2022-000003", "Sin incidentes.");
        assertThat(detector.firstSimilar("Sin incidentes.")).isEmpty();
        assertThat(detector.size()).isEqualTo(2);
    }

    @Test
    void concurrentCopiesHaveExactlyOneOriginal() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Optional<String>>> results = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                String folio = "OBS-2022-%06d".formatted(i);
                String text = REPORT.replace("11:20", "11:" + (10 + i));
                results.add(pool.submit(() -> detector.checkAndRegister(folio, text)));
            }
            long originals = 0;
            for (Future<Optional<String>> r : results) {
                originals += r.get().isEmpty() ? 1 : 0;
            }
            assertThat(originals).isEqualTo(1);
            assertThat(detector.size()).isEqualTo(32);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theThresholdComesFromTheConfiguration() {
        ObservaConfig config = ObservaConfig.load(Path.of(".")).with(NearDuplicateDetector.THRESHOLD_KEY, "0.99");
        NearDuplicateDetector strict = new NearDuplicateDetector(config, Fixtures.ANALYZER);
        strict.register("OBS-2022-000001", REPORT);
        assertThat(strict.firstSimilar(REPORT.replace("Dos elementos", "Tres elementos").replace("11:20", "11:15"))).isEmpty();
        assertThat(strict.firstSimilar(REPORT)).hasValue("OBS-2022-000001");
        assertThatThrownBy(() -> new NearDuplicateDetector(Fixtures.ANALYZER, 1.5)).hasMessageContaining("observa.duplicados.umbral");
    }
}
