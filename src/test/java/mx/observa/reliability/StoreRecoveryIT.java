package mx.observa.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mx.observa.app.Ingestion;
import mx.observa.app.ObservaService;
import mx.observa.app.Reindex;
import mx.observa.app.Status;
import mx.observa.archive.Journal;
import mx.observa.archive.SubmissionState;
import mx.observa.config.ObservaConfig;
import mx.observa.index.FindingReader;
import mx.observa.index.IndexSchema;
import mx.observa.index.IndexedFinding;
import mx.observa.index.ReadOnlyIndex;
import mx.observa.pipeline.Outcome;
import mx.observa.report.Publishing;
import mx.observa.report.ReportWriter;
import mx.observa.store.SqliteReportStore;
import mx.observa.support.TestHome;

/**
 * The windows a crash can leave between the report store, the index and the journal, set up exactly (the kill tests
 * hit them by chance): a report stored but not indexed is indexed from the store at the next start, without reading
 * its file again; indexed reports the store lacks (a data folder from before the store) are read again from the archive
 * at the next start, and until then nothing pretends they are stored.
 */
class StoreRecoveryIT {

    @TempDir
    Path tmp;

    private ObservaConfig config;

    @BeforeEach
    void ingest() throws Exception {
        config = TestHome.config(tmp);
        Path reports = Files.createDirectories(tmp.resolve("informes"));
        Files.writeString(reports.resolve("a.txt"), "Faltaron boletas en la mesa de la colonia Portales.", StandardCharsets.UTF_8);
        Files.writeString(reports.resolve("b.txt"), "La difusión de los proyectos fue escasa en Milpa Alta.", StandardCharsets.UTF_8);
        assertThat(Ingestion.run(config, List.of(reports)).accepted()).isEqualTo(2);
    }

    @Test
    void aReportStoredButNotYetIndexedIsIndexedFromTheStoreAtTheNextStart() throws Exception {
        SubmissionState b = submission("b.txt");
        List<IndexedFinding> before = indexContents();
        // The crash came after the store's commit and before the index's: no index documents, no "indexed" line.
        try (IndexWriter writer = new IndexWriter(FSDirectory.open(config.indexDir()), new IndexWriterConfig())) {
            writer.deleteDocuments(new Term(IndexSchema.FOLIO, b.folio()));
        }
        dropLastIndexedLine(b.folio());
        assertThat(submission("b.txt").isSettled()).isFalse();
        // Its file is overwritten: reading it again would give other text.
        Files.writeString(config.archiveDir().resolve(b.sha256().substring(0, 2)).resolve(b.sha256()),
                "Texto distinto que nadie envió.", StandardCharsets.UTF_8);

        List<Outcome> resumed;
        try (ObservaService service = ObservaService.start(config, ObservaService.Mode.BATCH)) {
            resumed = service.resumeUnfinished();
        }

        assertThat(resumed).extracting(Outcome::folio, Outcome::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple(b.folio(), Outcome.Kind.ACCEPTED));
        assertThat(submission("b.txt").isIndexed()).isTrue();
        assertThat(indexContents()).isEqualTo(before);
    }

    @Test
    void indexedReportsTheStoreLacksAreReadAgainAtTheNextStartAndNothingPretendsMeanwhile() throws Exception {
        List<IndexedFinding> before = indexContents();
        deleteTree(config.storeDir()); // a data folder written before the store existed

        assertThatThrownBy(() -> Reindex.fromStore(config)).hasMessageContaining("observa reindex --reextract");
        assertThat(indexContents()).as("a refused reindex changes nothing").isEqualTo(before);
        assertThatThrownBy(() -> ReportWriter.write(config, Publishing.configured(config), tmp.resolve("salida"), null))
                .hasMessageContaining("le faltan 2 informes indexados");

        try (ObservaService service = ObservaService.start(config, ObservaService.Mode.BATCH)) {
            assertThat(service.resumeUnfinished()).extracting(Outcome::kind)
                    .containsExactly(Outcome.Kind.ACCEPTED, Outcome.Kind.ACCEPTED);
            assertThat(service.resumeUnfinished()).as("a complete store: nothing more to read").isEmpty();
        }
        try (SqliteReportStore store = SqliteReportStore.openForReading(config.storeDir())) {
            assertThat(store.count()).isEqualTo(2);
        }
        assertThat(Status.read(config).findings()).isEqualTo(2);
        assertThat(indexContents()).isEqualTo(before);
        assertThat(Reindex.fromStore(config).reports()).isEqualTo(2);
        assertThat(ReportWriter.write(config, Publishing.configured(config), tmp.resolve("salida"), null)).allMatch(Files::isRegularFile);
    }

    private SubmissionState submission(String source) {
        return Journal.read(config.journalDir()).submissions().stream().filter(s -> s.source().equals(source))
                .findFirst().orElseThrow();
    }

    private void dropLastIndexedLine(String folio) throws Exception {
        Path file = config.journalDir().resolve("journal.jsonl");
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).contains("\"event\":\"indexed\"") && lines.get(i).contains("\"folio\":\"" + folio + "\"")) {
                lines.remove(i);
                break;
            }
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    private List<IndexedFinding> indexContents() {
        try (ReadOnlyIndex index = ReadOnlyIndex.openIfExists(config.indexDir())) {
            return FindingReader.all(index);
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
