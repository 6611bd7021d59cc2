package mx.observa.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.core.type.TypeReference;

import mx.observa.app.ObservaService;
import mx.observa.archive.Journal;
import mx.observa.archive.JournalView;
import mx.observa.archive.Json;
import mx.observa.archive.SubmissionState;
import mx.observa.config.ObservaConfig;
import mx.observa.index.FindingReader;
import mx.observa.support.TestHome;

/**
 * Twenty clients post distinct reports through the API at once (loopback, bounded), more of them than the processing
 * queue holds, so the rest wait in the journal: afterwards, once what was accepted has been processed, every folio the
 * API issued is archived and its report indexed, nothing more and nothing less, and no request failed on the server.
 * The load is a number of posts, not a period: the same on a fast machine and a slow one, and the test ends when
 * the last one is processed (it used to post for a fixed half minute).
 */
class LoadIT {

    private static final int CLIENTS = 20;
    /** 20 × 12 = 240 posts: more than twice {@code observa.process.queue} (100), so the queue fills and drains. */
    private static final int POSTS_PER_CLIENT = 12;

    @TempDir
    Path tmp;

    @Test
    void twentyClientsAtOnceEveryIssuedFolioIsArchivedAndIndexed() throws Exception {
        ObservaConfig config = TestHome.config(tmp);
        try (ObservaService service = ObservaService.start(config, ObservaService.Mode.SERVICE);
             ExecutorService clients = Executors.newFixedThreadPool(CLIENTS)) {
            URI api = URI.create("http://127.0.0.1:" + config.get("observa.port") + "/api/v1/informes");
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            Set<String> posts = ConcurrentHashMap.newKeySet();
            Set<String> reports = ConcurrentHashMap.newKeySet();
            Map<Integer, AtomicInteger> codes = new ConcurrentHashMap<>();
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                running.add(clients.submit(() -> {
                    for (int n = 0; n < POSTS_PER_CLIENT; n++) {
                        String text = "Informe de carga " + client + "-" + n + ": en la mesa receptora " + n
                                + " de la colonia " + client + " faltaron boletas y la votación empezó tarde. Clave carga"
                                + client + "x" + n + ".";
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(api).timeout(Duration.ofSeconds(60))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(Json.MAPPER.writeValueAsString(Map.of("texto", text)),
                                        StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
                        codes.computeIfAbsent(r.statusCode(), k -> new AtomicInteger()).incrementAndGet();
                        if (r.statusCode() == 202) {
                            Map<String, Object> body = Json.MAPPER.readValue(r.body(), new TypeReference<>() { });
                            posts.add((String) body.get("folio"));
                            @SuppressWarnings("unchecked")
                            List<Map<String, Object>> parts = (List<Map<String, Object>>) body.get("informes");
                            parts.forEach(p -> reports.add((String) p.get("folio")));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get(); // a client that got an I/O error fails the test here
            }

            assertThat(codes.keySet()).as("answers: " + codes).containsOnly(202);
            assertThat(posts).hasSize(CLIENTS * POSTS_PER_CLIENT)
                    .as("more posts than the processing queue holds")
                    .hasSizeGreaterThan(2 * (int) config.getLong("observa.process.queue"));
            // answered once archived: what was accepted is processed from the journal
            assertThat(service.awaitIdle(Duration.ofMinutes(5))).as("processing finished").isTrue();
            JournalView journal = Journal.read(config.journalDir());
            Set<String> archivedPosts = journal.submissions().stream().filter(SubmissionState::isContainer)
                    .map(SubmissionState::folio).collect(Collectors.toSet());
            Set<String> indexedInJournal = journal.submissions().stream().filter(SubmissionState::isIndexed)
                    .map(SubmissionState::folio).collect(Collectors.toSet());
            Set<String> inIndex = FindingReader.all(service.index()).stream().map(f -> f.folio()).collect(Collectors.toSet());
            assertThat(archivedPosts).as("posts issued = archived").isEqualTo(posts);
            assertThat(indexedInJournal).as("reports issued = indexed (journal)").isEqualTo(reports);
            assertThat(inIndex).as("reports issued = indexed (index)").isEqualTo(reports);
            assertThat(reports).hasSameSizeAs(posts);
        }
    }
}
