package mx.observa.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.camel.builder.AdviceWith;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mx.observa.app.ObservaService;
import mx.observa.app.Retries;
import mx.observa.app.Status;
import mx.observa.archive.SubmissionState;
import mx.observa.config.ObservaConfig;
import mx.observa.index.SearchRequest;
import mx.observa.model.RejectedSubmission;
import mx.observa.model.ServiceFailure;
import mx.observa.model.Channel;
import mx.observa.model.Report;
import mx.observa.support.TestHome;

/**
 * The pipeline routes observed with AdviceWith and MockEndpoints: what reaches the index, what the report store holds
 * when a report enters the index step, and the two kinds of failure — the sender's file (quarantined at once) and
 * Observa's own (retried with back-off, then failed, retried at the next start).
 */
class ProcessRouteIT {

    @TempDir
    Path tmp;

    private ObservaConfig config;
    private ObservaService service;
    private MockEndpoint indexed;
    /** What the report store held for each report as it entered the index step. */
    private final List<Optional<Report>> storedBeforeIndexing = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        config = TestHome.config(tmp).with("observa.retry.attempts", "2").with("observa.retry.delay-ms", "10");
        service = ObservaService.start(config, ObservaService.Mode.BATCH);
        AdviceWith.adviceWith(service.camelContext(), "procesar", route -> route.weaveAddLast().to("mock:indexado"));
        AdviceWith.adviceWith(service.camelContext(), "indexar", route -> route.weaveAddFirst().process(exchange ->
                storedBeforeIndexing.add(service.store().get(exchange.getMessage().getBody(Report.class).folio()))));
        indexed = service.camelContext().getEndpoint("mock:indexado", MockEndpoint.class);
    }

    @AfterEach
    void stop() {
        if (service != null) {
            service.close();
        }
    }

    /** A step before extraction that fails the way {@code failure} says, every time. */
    private MockEndpoint failingFirstStep(RuntimeException failure) throws Exception {
        return failingFirstStep(failure, new AtomicBoolean(true));
    }

    /** A step before extraction that fails the way {@code failure} says while {@code failing} is true. */
    private MockEndpoint failingFirstStep(RuntimeException failure, AtomicBoolean failing) throws Exception {
        AdviceWith.adviceWith(service.camelContext(), "procesar", route -> route.weaveAddFirst().to("mock:lector"));
        MockEndpoint reader = service.camelContext().getEndpoint("mock:lector", MockEndpoint.class);
        reader.whenAnyExchangeReceived(e -> {
            if (failing.get()) {
                throw failure;
            }
        });
        return reader;
    }

    private Path report(String name, String text) throws Exception {
        return Files.writeString(tmp.resolve(name), text, StandardCharsets.UTF_8);
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
    void observasOwnFailureIsRetriedWithBackOffThenFailedNotQuarantinedAndTheNextStartProcessesIt() throws Exception {
        MockEndpoint reader = failingFirstStep(new ServiceFailure(
                "Los procesos lectores de archivos (Tika) no arrancaron o dejaron de responder.", null));
        reader.expectedMessageCount(3); // the first attempt and two redeliveries
        indexed.expectedMessageCount(0);

        Outcome outcome = service.submit(report("informe.txt", "Faltaron boletas en la mesa 4."), "informe.txt",
                Channel.CARPETA);

        reader.assertIsSatisfied();
        indexed.assertIsSatisfied();
        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.FAILED);
        assertThat(outcome.reason()).isEqualTo("Los procesos lectores de archivos (Tika) no arrancaron o dejaron de responder.");
        SubmissionState state = service.journal().byFolio(outcome.folio()).orElseThrow();
        assertThat(state.isFailed()).isTrue();
        assertThat(state.isSettled()).isFalse();
        assertThat(config.quarantineDir()).doesNotExist();
        Status status = Status.read(config);
        assertThat(status.failed()).isEqualTo(1);
        assertThat(status.quarantined()).isZero();

        service.close();
        service = ObservaService.start(config, ObservaService.Mode.BATCH);
        List<Outcome> resumed = service.resumeUnfinished();

        assertThat(resumed).singleElement().satisfies(o -> {
            assertThat(o.kind()).isEqualTo(Outcome.Kind.ACCEPTED);
            assertThat(o.folio()).isEqualTo(outcome.folio());
        });
        assertThat(Status.read(config).failed()).isZero();
    }

    @Test
    void aReportThatFailedAfterTheStoreKeptItIsRetriedFromTheStoreWithoutReadingItsFileAgain() throws Exception {
        AdviceWith.adviceWith(service.camelContext(), "indexar", route -> route.weaveAddFirst().to("mock:indice"));
        MockEndpoint indexing = service.camelContext().getEndpoint("mock:indice", MockEndpoint.class);
        indexing.whenAnyExchangeReceived(e -> {
            throw new ServiceFailure("No se pudo guardar el índice de búsqueda.", null);
        });
        indexing.expectedMessageCount(3); // the first attempt and two redeliveries, of the index step only

        Outcome failed = service.submit(report("informe.txt", "Faltaron boletas en la mesa 4."), "informe.txt",
                Channel.CARPETA);

        indexing.assertIsSatisfied();
        assertThat(failed.kind()).isEqualTo(Outcome.Kind.FAILED);
        assertThat(service.store().get(failed.folio())).as("stored before the index failed").isPresent();
        // Its archived file is overwritten: reading it again would give other text.
        String sha = service.journal().byFolio(failed.folio()).orElseThrow().sha256();
        Files.writeString(config.archiveDir().resolve(sha.substring(0, 2)).resolve(sha), "Texto distinto que nadie envió.",
                StandardCharsets.UTF_8);

        service.close();
        service = ObservaService.start(config, ObservaService.Mode.BATCH);

        assertThat(service.resumeUnfinished()).singleElement().satisfies(o -> {
            assertThat(o.kind()).isEqualTo(Outcome.Kind.ACCEPTED);
            assertThat(o.folio()).isEqualTo(failed.folio());
        });
        assertThat(service.search().search(new SearchRequest("boletas", null, null, null, null, 0, 10)).hits())
                .as("indexed as the store kept it").singleElement().satisfies(h -> assertThat(h.folio()).isEqualTo(failed.folio()));
        assertThat(service.search().search(new SearchRequest("distinto", null, null, null, null, 0, 10)).hits()).isEmpty();
    }

    @Test
    void observaReintentarWhileTheServiceRunsQueuesTheFailedReportsAgain() throws Exception {
        AtomicBoolean failing = new AtomicBoolean(true);
        failingFirstStep(new ServiceFailure("No se pudo guardar el índice de búsqueda.", null), failing);
        Outcome failed = service.submit(report("informe.txt", "La votación empezó tarde."), "informe.txt", Channel.CARPETA);
        assertThat(failed.kind()).isEqualTo(Outcome.Kind.FAILED);
        failing.set(false); // the cause is fixed
        NotifyBuilder requested = new NotifyBuilder(service.camelContext()).fromRoute("reintentar").whenDone(1).create();

        Retries.Result result = Retries.run(config); // what observa reintentar does

        assertThat(result.handedToService()).isTrue();
        assertThat(result.failed()).isEqualTo(1);
        assertThat(requested.matches(30, TimeUnit.SECONDS)).isTrue();
        assertThat(service.awaitIdle(Duration.ofMinutes(1))).isTrue();
        assertThat(service.journal().byFolio(failed.folio())).get().matches(SubmissionState::isIndexed);
        assertThat(Status.read(config).failed()).isZero();
    }

    @Test
    void theSendersFileIsQuarantinedAtOnceWithoutRetries() throws Exception {
        MockEndpoint reader = failingFirstStep(new RejectedSubmission("El documento está protegido con contraseña."));
        reader.expectedMessageCount(1);

        Outcome outcome = service.submit(report("informe.txt", "Texto cualquiera."), "informe.txt", Channel.CARPETA);

        reader.assertIsSatisfied();
        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.QUARANTINED);
        assertThat(outcome.reason()).isEqualTo("El documento está protegido con contraseña.");
        assertThat(Status.read(config).failed()).isZero();
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
