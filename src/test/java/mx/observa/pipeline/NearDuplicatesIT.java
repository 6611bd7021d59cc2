package mx.observa.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mx.observa.app.ObservaService;
import mx.observa.app.Status;
import mx.observa.archive.Journal;
import mx.observa.archive.SubmissionState;
import mx.observa.config.ObservaConfig;
import mx.observa.model.Channel;
import mx.observa.support.TestHome;

/** The same report resent with small edits is linked to the first one, across restarts and reindexing. */
class NearDuplicatesIT {

    private static final String REPORT = """
            Informe de observación de la mesa receptora MRO-04, unidad territorial 07-123, alcaldía Iztapalapa.

            La mesa se instaló a las 9:40 horas porque el paquete con las boletas llegó tarde y faltaba una mampara.

            Durante la jornada se observó propaganda de un proyecto pegada en la barda frente a la mesa; el responsable
            la retiró después de que una vecina se quejó.

            Las personas funcionarias atendieron con amabilidad a las personas adultas mayores y les dieron prioridad en
            la fila; sin embargo, la mesa estaba en un segundo piso sin rampa y dos personas en silla de ruedas votaron
            en la entrada con ayuda de sus familiares.

            Varias personas no aparecían en la lista nominal y se retiraron sin votar; el responsable les explicó que
            podían consultar su registro en la página del Instituto.

            El escrutinio terminó a las 18:20 y los resultados se publicaron en el exterior del domicilio.
            """;

    @TempDir
    Path tmp;

    @Test
    void aResentReportIsLinkedToTheFirstEvenAfterARestartAndAReindex() throws Exception {
        ObservaConfig config = TestHome.config(tmp);
        Path first = Files.writeString(tmp.resolve("informe.txt"), REPORT, StandardCharsets.UTF_8);
        Path resent = Files.writeString(tmp.resolve("informe-corregido.txt"),
                REPORT.replace("9:40", "9:45"), StandardCharsets.UTF_8);

        String original;
        try (ObservaService service = ObservaService.start(config, ObservaService.Mode.BATCH)) {
            Outcome o = service.submit(first, "informe.txt", Channel.CARPETA);
            assertThat(o.kind()).isEqualTo(Outcome.Kind.ACCEPTED);
            original = o.folio();
        }
        try (ObservaService restarted = ObservaService.start(config, ObservaService.Mode.BATCH)) {
            Outcome o = restarted.submit(resent, "informe-corregido.txt", Channel.CORREO);
            assertThat(o.kind()).isEqualTo(Outcome.Kind.DUPLICATE);
            assertThat(o.folio()).isNotEqualTo(original);
            restarted.clearIndex();
            restarted.reprocess(restarted.archived());
        }

        List<SubmissionState> states = List.copyOf(Journal.read(config.journalDir()).submissions());
        assertThat(states).extracting(SubmissionState::duplicateOf).containsExactly(null, original);
        Status status = Status.read(config);
        assertThat(status.reports()).isEqualTo(1);
        assertThat(status.duplicates()).isEqualTo(1);
    }
}
