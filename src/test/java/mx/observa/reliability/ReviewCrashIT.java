package mx.observa.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import mx.observa.archive.Json;
import mx.observa.config.ObservaConfig;
import mx.observa.review.ReviewEntry;
import mx.observa.review.ReviewLog;
import mx.observa.support.SearchFixture;
import mx.observa.support.TestHome;
import mx.observa.support.WebSession;

/**
 * {@code kill -9} of a real {@code observa serve} in the middle of bulk reviews: the moment its audit line for the
 * action is on disk (the review log is written right after it). Each finding is changed or not; the review log has
 * only whole lines from the batches, never more than the audit announced, each finding at most once per batch; the
 * audit names every batch, so the log says which findings it changed; and the service starts again and keeps
 * appending cleanly.
 */
class ReviewCrashIT {

    private static final int REPORTS = 60;

    @TempDir
    Path tmp;

    @Test
    void killedDuringBulkActionsEachFindingIsChangedOrNotAndTheAuditSaysWhich() throws Exception {
        ObservaConfig config = TestHome.config(tmp);
        Path reports = Files.createDirectories(tmp.resolve("informes"));
        for (int i = 1; i <= REPORTS; i++) {
            Files.writeString(reports.resolve("mesa-" + i + ".txt"), "Informe de la mesa receptora número " + i + ".\n\n"
                    + "En la mesa " + i + " faltaron boletas durante la tarde y la fila creció.\n\n"
                    + "La mesa " + i + " abrió tarde porque no llegaban las boletas.", StandardCharsets.UTF_8);
        }
        Process ingest = ServiceProcess.command(config, tmp.resolve("ingest.log"), List.of("ingest", reports.toString()));
        assertThat(ingest.waitFor()).as(Files.readString(tmp.resolve("ingest.log"))).isZero();

        ReviewLog log = ReviewLog.in(config.dataDir());
        Path audit = config.dataDir().resolve("audit").resolve("audit.jsonl");
        // each round a topic none of these findings has, so that every round has the same work to do
        for (String topic : List.of("accesibilidad", "seguridad", "secreto_voto")) {
            Process service = start(config);
            try {
                WebSession web = new WebSession(base(config));
                web.signIn("analista", SearchFixture.PASSWORDS.get("analista"));
                String confirmation = web.get("/revision/lote?q=boletas&alcance=todos&accion=agregar_tema&valor_tema="
                        + topic).body();
                assertThat(confirmation).contains("id=\"lote-cuenta\"");
                long batches = bulkLines(audit).size();
                CompletableFuture<HttpResponse<String>> post = CompletableFuture.supplyAsync(
                        () -> web.postForm("/revision/lote", WebSession.hiddenFields(confirmation)));
                await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(1))
                        .until(() -> bulkLines(audit).size() > batches);
                service.destroyForcibly();
                service.waitFor();
                post.handle((r, e) -> null).join();
            } finally {
                service.destroyForcibly();
                service.waitFor();
            }
            assertEveryBatchIsWholeOrAbsentFindingByFinding(log, audit);
        }

        // the service starts again on the log the crashes left, and a new review is appended cleanly after it
        Process service = start(config);
        try {
            WebSession web = new WebSession(base(config));
            web.signIn("analista", SearchFixture.PASSWORDS.get("analista"));
            String confirmation = web.get("/revision/lote?q=boletas&alcance=todos&accion=agregar_tema&valor_tema=difusion").body();
            assertThat(confirmation).contains("id=\"lote-cuenta\"");
            HttpResponse<String> done = web.postForm("/revision/lote", WebSession.hiddenFields(confirmation));
            assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        } finally {
            service.destroy();
            service.waitFor();
        }
        assertEveryBatchIsWholeOrAbsentFindingByFinding(log, audit);
        List<String> lines = Files.readAllLines(log.file());
        assertThat(lines).allSatisfy(l -> assertThat(Json.MAPPER.readTree(l).has("campo")).isTrue());
        assertThat(log.readAll()).hasSize(lines.size());
        assertThat(log.readAll().get(lines.size() - 1).after()).contains("difusion");
    }

    private static void assertEveryBatchIsWholeOrAbsentFindingByFinding(ReviewLog log, Path audit) throws Exception {
        List<ReviewEntry> entries = log.readAll();
        for (JsonNode line : bulkLines(audit)) {
            String batch = line.at("/consulta/lote").asText();
            long announced = line.get("resultados").asLong();
            List<ReviewEntry> written = entries.stream().filter(e -> batch.equals(e.batch())).toList();
            assertThat(written.size()).as("lote " + batch).isLessThanOrEqualTo((int) announced);
            Set<String> findings = new HashSet<>();
            written.forEach(e -> assertThat(findings.add(e.folio() + "#" + e.finding())).as("una vez por lote").isTrue());
        }
        Set<String> audited = new HashSet<>();
        bulkLines(audit).forEach(l -> audited.add(l.at("/consulta/lote").asText()));
        assertThat(entries).extracting(ReviewEntry::batch).allMatch(audited::contains);
    }

    private static List<JsonNode> bulkLines(Path audit) throws Exception {
        if (!Files.exists(audit)) {
            return List.of();
        }
        return Files.readAllLines(audit).stream().filter(l -> l.contains("\"accion\":\"revisar_lote\"")).map(l -> {
            try {
                return Json.MAPPER.readTree(l);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private Process start(ObservaConfig config) throws Exception {
        Process service = ServiceProcess.start(config, tmp.resolve("service.log"));
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).until(() -> !service.isAlive()
                || answers(config));
        assertThat(service.isAlive()).as(Files.readString(tmp.resolve("service.log"))).isTrue();
        return service;
    }

    private static boolean answers(ObservaConfig config) {
        try {
            return new WebSession(base(config)).get("/entrar").statusCode() == 200;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String base(ObservaConfig config) {
        return "http://127.0.0.1:" + config.get("observa.port");
    }

}
