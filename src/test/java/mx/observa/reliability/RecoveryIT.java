package mx.observa.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mx.observa.app.Backup;
import mx.observa.app.Ingestion;
import mx.observa.app.ObservaService;
import mx.observa.app.Reindex;
import mx.observa.config.ObservaConfig;
import mx.observa.index.SearchHit;
import mx.observa.index.SearchRequest;
import mx.observa.review.ReviewEntry;
import mx.observa.review.ReviewField;
import mx.observa.review.Reviews;
import mx.observa.store.SqliteReportStore;
import mx.observa.support.TestHome;

/**
 * The index is derived data: a damaged or lost index is rebuilt (from the report store), and a backup restores
 * everything, the store included.
 */
class RecoveryIT {

    @TempDir
    Path tmp;

    private ObservaConfig config;

    @BeforeEach
    void ingest() throws Exception {
        config = TestHome.config(tmp);
        Path reports = Files.createDirectories(tmp.resolve("informes"));
        Files.writeString(reports.resolve("a.txt"), "Faltaron boletas en la mesa de la colonia Portales.", StandardCharsets.UTF_8);
        Files.writeString(reports.resolve("b.txt"), "La difusión de los proyectos fue escasa.", StandardCharsets.UTF_8);
        assertThat(Ingestion.run(config, List.of(reports)).accepted()).isEqualTo(2);
    }

    private List<String> sources(String q) throws Exception {
        try (ObservaService service = ObservaService.start(config, ObservaService.Mode.BATCH)) {
            return service.search().search(SearchRequest.of(q)).hits().stream().map(SearchHit::source).toList();
        }
    }

    @Test
    void aDamagedIndexIsSetAsideAndRebuiltFromTheStoreAtStart() throws Exception {
        try (Stream<Path> files = Files.list(config.indexDir())) {
            for (Path f : files.filter(p -> !p.getFileName().toString().equals("write.lock")).toList()) {
                Files.write(f, "basura".getBytes(StandardCharsets.UTF_8)); // every index file overwritten
            }
        }
        assertThat(sources("boletas OR difusion")).containsExactlyInAnyOrder("a.txt", "b.txt");
        try (Stream<Path> siblings = Files.list(config.indexDir().getParent())) {
            assertThat(siblings.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("index.danado-"));
        }
    }

    @Test
    void aLostIndexIsRebuiltFromTheStoreAtStart() throws Exception {
        deleteTree(config.indexDir());
        assertThat(sources("boletas")).containsExactly("a.txt");
    }

    @Test
    void aBackupRestoresArchiveJournalAndIndex() throws Exception {
        Reviews.in(config, Clock.systemUTC()).record(
                new Reviews.Reviewer("analista", "analista"), "OBS-2022-000001",
                List.of(new Reviews.Change(null, null, ReviewField.NOTA,
                        null, "Revisado antes del respaldo")));
        Path snapshot = Backup.write(config, Files.createDirectories(tmp.resolve("respaldos")));
        deleteTree(config.dataDir());
        deleteTree(config.indexDir());

        ObservaConfig restored = config.with("observa.data", snapshot.resolve("data").toString())
                .with("observa.index", snapshot.resolve("index").toString());
        try (ObservaService service = ObservaService.start(restored, ObservaService.Mode.BATCH)) {
            assertThat(service.search().search(SearchRequest.of("difusion")).hits()).extracting(SearchHit::source)
                    .containsExactly("b.txt");
            assertThat(service.archived()).hasSize(2);
        }
        assertThat(Reviews.in(restored, Clock.systemUTC()).current().notes("OBS-2022-000001"))
                .extracting(ReviewEntry::after).containsExactly("Revisado antes del respaldo");
    }

    @Test
    void aBackupRestoredWithoutItsIndexIsReindexedFromItsStore() throws Exception {
        Path snapshot = Backup.write(config, Files.createDirectories(tmp.resolve("respaldos")));
        assertThat(snapshot.resolve("data/store").resolve(SqliteReportStore.FILE)).isRegularFile();
        deleteTree(config.dataDir());
        deleteTree(config.indexDir());

        ObservaConfig restored = config.with("observa.data", snapshot.resolve("data").toString())
                .with("observa.index", tmp.resolve("indice-nuevo").toString());
        assertThat(Reindex.fromStore(restored).reports()).isEqualTo(2);
        try (ObservaService service = ObservaService.start(restored, ObservaService.Mode.BATCH)) {
            assertThat(service.search().search(SearchRequest.of("boletas")).hits()).extracting(SearchHit::source)
                    .containsExactly("a.txt");
        }
    }

    private static void deleteTree(Path dir) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
