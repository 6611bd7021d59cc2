package mx.observa.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mx.observa.model.Channel;
import mx.observa.model.Finding;
import mx.observa.model.FindingKind;
import mx.observa.model.PersonalData;
import mx.observa.model.Report;
import mx.observa.model.ReportMetadata;
import mx.observa.model.Submission;
import mx.observa.model.Understanding;
import mx.observa.support.ReportFixtures;

class SqliteReportStoreTest {

    @TempDir
    Path tmp;

    private SqliteReportStore open() {
        return SqliteReportStore.open(tmp.resolve("store"), Clock.systemUTC());
    }

    /**
     * Every part of the model, with values that do not survive a careless serialization (accents, ñ, dates, nulls):
     * findings of each shape (a kind and the words that decided it, per-topic evidence, an illegible passage).
     */
    private static Report full(String folio) {
        Submission s = new Submission(folio, "ab".repeat(32), Channel.FORMULARIO, Instant.parse("2022-06-15T23:30:00Z"),
                "Informe de Begoña.pdf", 1234, "application/pdf", "begona@example.org", "OBS-2022-000001",
                Map.of("correo", "begona@example.org", "distrito", "24"));
        ReportMetadata meta = new ReportMetadata("Begoña Núñez", "Red Ciudadana", "Álvaro Obregón", 24, "10-123",
                "Olivar del Conde", "M-03", LocalDate.of(2022, 5, 1), "mro");
        Understanding u = new Understanding(meta,
                List.of(Finding.of(1, "La mesa abrió tarde por falta de papeletas.",
                                Map.of("instalacion", List.of("abrió tarde"), "material", List.of("papeletas")),
                                FindingKind.INCIDENCIA, List.of("abrió tarde", "falta de")),
                        Finding.of(2, "Sin más incidentes.", Map.of("seguridad", List.of("incidentes")),
                                FindingKind.CONFORME, List.of("sin … incidentes")),
                        Finding.illegible(3, "Ã‚Â¿ l1 tn0 ~~ %% Ã±")),
                List.of(new PersonalData("nombre", "Begoña Núñez", 120, 132)));
        return new Report(s, "Informe de Begoña.pdf", "application/pdf", "Texto completo… con ñ y acentos: ¿qué pasó?",
                u, "OBS-2022-000003", "Se leyeron 20 de 31 páginas (límite de OCR).");
    }

    @Test
    void aReportComesBackEqualToWhatWasUnderstood() {
        Report report = full("OBS-2022-000007");
        try (SqliteReportStore store = open()) {
            store.put(report);
            assertThat(store.get("OBS-2022-000007")).contains(report);
            assertThat(store.get("OBS-2022-000008")).isEmpty();
        }
        try (SqliteReportStore reopened = open()) {
            assertThat(reopened.get("OBS-2022-000007")).contains(report);
            assertThat(reopened.count()).isEqualTo(1);
            assertThat(reopened.findingCount()).isEqualTo(3);
        }
    }

    @Test
    void reportsStreamInFolioOrderWhateverTheOrderTheyWereWrittenIn() {
        try (SqliteReportStore store = open()) {
            for (int n : new int[] {12, 3, 1000, 7, 999}) {
                store.put(ReportFixtures.report("OBS-2022-%06d".formatted(n)).finding("Hallazgo " + n).build());
            }
            try (Stream<Report> all = store.stream()) {
                assertThat(all.map(Report::folio)).containsExactly("OBS-2022-000003", "OBS-2022-000007",
                        "OBS-2022-000012", "OBS-2022-000999", "OBS-2022-001000");
            }
            assertThat(store.folios()).hasSize(5).contains("OBS-2022-000999");
        }
    }

    @Test
    void writingAReportAgainReplacesItAndDeletingForgetsIt() {
        try (SqliteReportStore store = open()) {
            store.put(ReportFixtures.report("OBS-2022-000001").finding("Primera lectura.").build());
            Report again = ReportFixtures.report("OBS-2022-000001").finding("Segunda lectura.").finding("Otro hallazgo.").build();
            store.put(again);
            assertThat(store.get("OBS-2022-000001")).contains(again);
            assertThat(store.count()).isEqualTo(1);
            assertThat(store.findingCount()).isEqualTo(2);

            assertThat(store.delete("OBS-2022-000001")).isTrue();
            assertThat(store.delete("OBS-2022-000001")).isFalse();
            assertThat(store.get("OBS-2022-000001")).isEmpty();
            assertThat(store.count()).isZero();
        }
    }

    @Test
    void reportsWrittenByManyThreadsAtOnceAreAllStored() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try (SqliteReportStore store = open()) {
            List<Future<?>> writes = IntStream.rangeClosed(1, 200)
                    .mapToObj(n -> pool.submit(() -> store.put(ReportFixtures.report("OBS-2022-%06d".formatted(n))
                            .finding("Hallazgo del informe " + n).build())))
                    .<Future<?>>map(f -> f).toList();
            for (Future<?> w : writes) {
                w.get();
            }
            // another connection (another process would be the same) sees every one: each put returned committed
            try (SqliteReportStore reader = SqliteReportStore.openForReading(tmp.resolve("store"));
                 Stream<Report> all = reader.stream()) {
                assertThat(all.map(r -> r.findings().get(0).text()).toList()).hasSize(200)
                        .startsWith("Hallazgo del informe 1", "Hallazgo del informe 2").endsWith("Hallazgo del informe 200");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aReaderBesideTheWriterSeesCommittedReportsAndAnAbsentStoreReadsEmpty() {
        try (SqliteReportStore reader = SqliteReportStore.openForReading(tmp.resolve("store"))) {
            assertThat(reader.count()).isZero();
            assertThat(reader.get("OBS-2022-000001")).isEmpty();
            try (Stream<Report> none = reader.stream()) {
                assertThat(none).isEmpty();
            }
            assertThat(tmp.resolve("store")).doesNotExist(); // reading never creates a store

            try (SqliteReportStore writer = open()) {
                writer.put(ReportFixtures.report("OBS-2022-000001").finding("Uno.").build());
                assertThat(reader.count()).isEqualTo(1);
                writer.put(ReportFixtures.report("OBS-2022-000002").finding("Dos.").build());
                assertThat(reader.count()).isEqualTo(2);
                assertThatThrownBy(() -> reader.put(ReportFixtures.report("OBS-2022-000003").build()))
                        .isInstanceOf(IllegalStateException.class);
            }
        }
    }

    @Test
    void aRecordOfANewerFormatIsRefusedWithAClearReason() throws Exception {
        try (SqliteReportStore store = open()) {
            store.put(ReportFixtures.report("OBS-2022-000001").finding("Uno.").build());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + tmp.resolve("store").resolve(SqliteReportStore.FILE));
             Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE informes SET formato = " + (ReportRecord.FORMAT + 1));
        }
        try (SqliteReportStore store = open()) {
            assertThatThrownBy(() -> store.get("OBS-2022-000001")).hasMessageContaining("actualice Observa");
        }
    }

    @Test
    void aStoreOfANewerSchemaIsNotOpened() throws Exception {
        open().close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + tmp.resolve("store").resolve(SqliteReportStore.FILE));
             Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version=" + (SqliteReportStore.SCHEMA + 1));
        }
        assertThatThrownBy(this::open).hasMessageContaining("versión más nueva");
    }

    @Test
    void fieldsTheRecordLacksReadAsAbsentAndFieldsTheModelLacksAreIgnored() {
        String json = ReportRecord.write(full("OBS-2022-000009"))
                .replace("\"truncation\":", "\"campo_de_una_version_futura\":1,\"truncation_antes\":");
        Report read = ReportRecord.read("OBS-2022-000009", ReportRecord.FORMAT, json);
        assertThat(read.truncation()).isNull();
        assertThat(read.findings()).isEqualTo(full("OBS-2022-000009").findings());
    }
}
