package mx.observa.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import mx.observa.app.ConfigPropertiesSource;
import mx.observa.app.ObservaService;
import mx.observa.archive.Json;
import mx.observa.config.ObservaConfig;
import mx.observa.support.MutableClock;
import mx.observa.support.TestHome;

/**
 * The scheduled route (routes/report-schedule.yaml) with the project's real calendar and a clock the test moves:
 * an edition is written after its cut-off day, before the session, once.
 */
class ReportScheduleIT {

    @TempDir
    Path tmp;

    private Main main;

    @AfterEach
    void stop() {
        if (main != null) {
            main.stop();
        }
    }

    @Test
    void theJuneEditionIsWrittenOnceAfterItsCutoffAndJulySaysWhatChangedSinceJune() throws Exception {
        ObservaConfig config = TestHome.config(tmp);
        CommissionFixture fixture = new CommissionFixture(config);
        MutableClock clock = new MutableClock(Instant.parse("2022-06-16T20:00:00Z"));
        ReportSchedule schedule = ReportSchedule.of(config, Publishing.configured(config), () -> ReportSources.read(config), clock);
        CamelContext camel = startScheduleRoute(schedule);
        ProducerTemplate tick = camel.createProducerTemplate();
        Editions editions = schedule.editions();
        Path june = editions.folderOf(java.time.LocalDate.of(2022, 6, 23));

        // 16 June 15:00 in Mexico City: still the cut-off day, nothing is due.
        assertThat(check(tick)).isNull();
        assertThat(june).doesNotExist();

        // 17 June 00:30 in Mexico City (06:30 UTC): the cut-off day is over.
        clock.set(Instant.parse("2022-06-17T06:30:00Z"));
        assertThat(check(tick)).contains("Sexta sesión ordinaria", "corte 2022-06-16");
        assertThat(editions.list()).singleElement().satisfies(e -> {
            assertThat(e.session()).isEqualTo("2022-06-23");
            assertThat(e.cutoff()).isEqualTo("2022-06-16");
            assertThat(e.files()).hasSize(ReportWriter.FILES.size());
        });
        JsonNode juneJson = Json.MAPPER.readTree(june.resolve(ReportWriter.JSON).toFile());
        assertThat(juneJson.at("/edicion/sesion/nombre").asText()).isEqualTo("Sexta sesión ordinaria");
        assertThat(juneJson.at("/totales/informes").asInt()).isEqualTo(4);
        assertThat(editions.html(java.time.LocalDate.of(2022, 6, 23))).get().asString().contains("Sexta sesión ordinaria");

        // Later checks before the session never rewrite it, even though a report arrived after the cut-off.
        FileTime written = Files.getLastModifiedTime(june.resolve(ReportWriter.PDF));
        byte[] pdf = Files.readAllBytes(june.resolve(ReportWriter.PDF));
        clock.set(Instant.parse("2022-06-22T18:00:00Z"));
        assertThat(check(tick)).isNull();
        assertThat(Files.getLastModifiedTime(june.resolve(ReportWriter.PDF))).isEqualTo(written);
        assertThat(Files.readAllBytes(june.resolve(ReportWriter.PDF))).isEqualTo(pdf);

        // After the session and before July's cut-off (21 July): nothing is due.
        clock.set(Instant.parse("2022-07-01T18:00:00Z"));
        assertThat(check(tick)).isNull();

        clock.set(Instant.parse("2022-07-22T15:00:00Z"));
        assertThat(check(tick)).contains("Séptima sesión ordinaria");
        JsonNode july = Json.MAPPER.readTree(editions.folderOf(java.time.LocalDate.of(2022, 7, 28))
                .resolve(ReportWriter.JSON).toFile());
        assertThat(july.at("/edicion/edicion_anterior/corte").asText()).isEqualTo("2022-06-16");
        assertThat(july.at("/cambios/informes_nuevos").asInt()).isEqualTo(1);
        assertThat(july.at("/cambios/folios_nuevos/0").asText()).isEqualTo(fixture.late);
        assertThat(editions.list()).extracting(Editions.Edition::session)
                .containsExactly(java.time.LocalDate.of(2022, 7, 28), java.time.LocalDate.of(2022, 6, 23));
        assertThat(editions.dir()).isEqualTo(config.dataDir().resolve("reports"));
        try (var leftovers = Files.list(editions.dir())) {
            assertThat(leftovers).allMatch(p -> !p.getFileName().toString().startsWith("."));
        }
    }

    @Test
    void theServiceRunsTheScheduleRouteOnItsTimer() throws Exception {
        ObservaConfig config = TestHome.config(tmp).with("observa.report.first-check-ms", "300")
                .with("observa.report.check-period-ms", "300");
        try (ObservaService service = ObservaService.start(config, ObservaService.Mode.SERVICE)) {
            NotifyBuilder checked = new NotifyBuilder(service.camelContext()).fromRoute("informe-programado")
                    .whenCompleted(1).create();
            assertThat(checked.matches(20, TimeUnit.SECONDS)).isTrue();
            // Today is long after December 2022: no edition of the 2022 calendar is due any more.
            assertThat(ReportWriter.editions(config).list()).isEmpty();
        }
    }

    private CamelContext startScheduleRoute(ReportSchedule schedule) throws Exception {
        main = new Main();
        main.configure().withRoutesIncludePattern("file:" + TestHome.projectRoot().resolve("routes/report-schedule.yaml"));
        main.bind("reportSchedule", schedule);
        main.bind("observaProperties", new ConfigPropertiesSource(TestHome.config(tmp)));
        main.start();
        CamelContext camel = main.getCamelContext();
        AdviceWith.adviceWith(camel, "informe-programado", r -> r.replaceFromWith("direct:revisar"));
        return camel;
    }

    private static String check(ProducerTemplate tick) {
        return tick.requestBody("direct:revisar", null, String.class);
    }
}
