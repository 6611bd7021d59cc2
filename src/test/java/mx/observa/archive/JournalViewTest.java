package mx.observa.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mx.observa.model.Channel;

/** Containers hold reports and are never counted as reports, nor their own repeats as duplicates. */
class JournalViewTest {

    @TempDir
    Path tmp;

    private static ByteArrayInputStream bytes(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    private static Delivery container(String name, Channel channel) {
        return new Delivery(name, channel, null, null, Map.of(), type -> true);
    }

    private static Delivery part(String name, Channel channel, String parent) {
        return new Delivery(name, channel, null, parent, Map.of(), type -> false);
    }

    private static void indexed(Journal journal, Archive archive, Receipt r) {
        journal.append(new JournalEntry(null, JournalEntry.Event.INDEXED.id(), r.submission().folio(),
                r.submission().sha256(), r.submission().channel().id(), r.submission().sourceName(), null, null, 1));
        archive.settle(r.submission().sha256());
    }

    @Test
    void containersAreSettledAtOnceAndCountedApartFromReports() {
        try (Journal journal = Journal.open(tmp.resolve("journal"))) {
            Archive archive = new Archive(tmp.resolve("archive"), journal, "OBS-2022", (p, n) -> "text/csv", Clock.systemUTC());
            Receipt file = archive.receive(bytes("a,b\n1,2\n"), container("respuestas.csv", Channel.CARPETA));
            Receipt row = archive.receive(bytes("<p>fila</p>"), part("respuestas.csv, fila 2", Channel.CSV, file.submission().folio()));
            indexed(journal, archive, row);

            // the same export dropped again, and its row met again while unpacking it: no repeat journaled for the row
            Receipt fileAgain = archive.receive(bytes("a,b\n1,2\n"), container("respuestas (1).csv", Channel.CARPETA));
            Receipt rowAgain = archive.receive(bytes("<p>fila</p>"), part("respuestas (1).csv, fila 2", Channel.CSV,
                    fileAgain.submission().folio()));
            // a later, longer export of the same questionnaire meets the row under another file
            Receipt longer = archive.receive(bytes("a,b\n1,2\n3,4\n"), container("respuestas (2).csv", Channel.CARPETA));
            archive.receive(bytes("<p>fila</p>"), part("respuestas (2).csv, fila 2", Channel.CSV, longer.submission().folio()));
            // but the same file attached by mail twice is a person sending it again
            Receipt attached = archive.receive(bytes("informe"), part("informe.txt", Channel.CORREO, "OBS-2022-000090"));
            indexed(journal, archive, attached);
            archive.receive(bytes("informe"), part("informe.txt", Channel.CORREO, "OBS-2022-000091"));

            assertThat(fileAgain.kind()).isEqualTo(Receipt.Kind.DUPLICATE);
            assertThat(rowAgain.kind()).isEqualTo(Receipt.Kind.DUPLICATE);
            JournalView view = journal.view();
            assertThat(view.containerCount()).isEqualTo(2);
            assertThat(view.indexedCount()).isEqualTo(2);
            assertThat(view.distinctReportCount()).isEqualTo(2);
            assertThat(view.duplicateCount()).isEqualTo(1);
            assertThat(view.repeats()).hasSize(3);
            assertThat(journal.byFolio(file.submission().folio())).get()
                    .satisfies(s -> assertThat(s.isContainer() && s.isSettled()).isTrue());
            assertThat(journal.children(file.submission().folio())).extracting(SubmissionState::folio)
                    .containsExactly(row.submission().folio());
        }
    }

    @Test
    void aContainerStaysOneWhenItIsQuarantinedAndAfterAReopen() {
        String folio;
        try (Journal journal = Journal.open(tmp.resolve("journal"))) {
            Archive archive = new Archive(tmp.resolve("archive"), journal, "OBS-2022", (p, n) -> "text/csv", Clock.systemUTC());
            Receipt file = archive.receive(bytes("a,\"b\n"), container("cortado.csv", Channel.CSV));
            folio = file.submission().folio();
            journal.append(new JournalEntry(null, JournalEntry.Event.QUARANTINED.id(), folio, file.submission().sha256(),
                    "csv", "cortado.csv", "comillas sin cerrar", null, null));
        }
        try (Journal reopened = Journal.open(tmp.resolve("journal"))) {
            assertThat(reopened.byFolio(folio)).get().satisfies(s -> {
                assertThat(s.isContainer()).isTrue();
                assertThat(s.isQuarantined()).isTrue();
            });
            assertThat(reopened.view().quarantinedCount()).isEqualTo(1);
        }
    }
}
