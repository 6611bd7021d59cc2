package mx.observa.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.camel.builder.AdviceWith;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mx.observa.app.ObservaService;
import mx.observa.model.Channel;
import mx.observa.model.Report;
import mx.observa.support.TestHome;

/**
 * The pipeline routes observed with AdviceWith and a MockEndpoint after the index step; what the report store holds
 * when a report enters the index step.
 */
class ProcessRouteIT {

    @TempDir
    Path tmp;

    private ObservaService service;
    private MockEndpoint indexed;
    /** What the report store held for each report as it entered the index step. */
    private final List<Optional<Report>> storedBeforeIndexing = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        service = ObservaService.start(TestHome.config(tmp), ObservaService.Mode.BATCH);
        AdviceWith.adviceWith(service.camelContext(), "procesar", route -> route.weaveAddLast().to("mock:indexado"));
        AdviceWith.adviceWith(service.camelContext(), "indexar", route -> route.weaveAddFirst().process(exchange ->
                storedBeforeIndexing.add(service.store().get(exchange.getMessage().getBody(Report.class).folio()))));
        indexed = service.camelContext().getEndpoint("mock:indexado", MockEndpoint.class);
    }

    @AfterEach
    void stop() {
        service.close();
    }

    @Test
    void aGoodFileReachesTheEndOfThePipelineAsAReportWithItsFolio() throws Exception {
        Path file = Files.writeString(tmp.resolve("informe.txt"), "Se instaló la mesa a las 9:40 por falta de boletas.",
                StandardCharsets.UTF_8);
        indexed.expectedMessageCount(1);

        Outcome outcome = service.submit(file, "informe.txt", Channel.CARPETA);

        indexed.assertIsSatisfied();
        Report report = indexed.getReceivedExchanges().get(0).getMessage().getBody(Report.class);
        assertThat(report.folio()).isEqualTo(outcome.folio()).startsWith("OBS-2022-");
        assertThat(report.text()).contains("falta de boletas");
        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.ACCEPTED);
        assertThat(storedBeforeIndexing).as("in the store, as understood, before it is indexed").containsExactly(Optional.of(report));
    }

    @Test
    void badInputNeverReachesTheIndexAndGetsASpanishReason() throws Exception {
        Path empty = Files.write(tmp.resolve("vacio.pdf"), new byte[0]);
        Path exe = Files.write(tmp.resolve("programa.txt"), new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0});
        indexed.expectedMessageCount(0);

        Outcome emptyOutcome = service.submit(empty, "vacio.pdf", Channel.CARPETA);
        Outcome exeOutcome = service.submit(exe, "programa.txt", Channel.CARPETA);

        indexed.assertIsSatisfied();
        assertThat(storedBeforeIndexing).isEmpty();
        assertThat(service.store().count()).isZero();
        assertThat(emptyOutcome.kind()).isEqualTo(Outcome.Kind.QUARANTINED);
        assertThat(emptyOutcome.reason()).isEqualTo("El archivo está vacío (0 bytes).");
        assertThat(exeOutcome.kind()).isEqualTo(Outcome.Kind.QUARANTINED);
        assertThat(exeOutcome.reason()).startsWith("Tipo de archivo no aceptado");
    }
}
