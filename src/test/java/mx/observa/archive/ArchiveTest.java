package mx.observa.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mx.observa.model.Channel;

class ArchiveTest {

    @TempDir
    Path tmp;

    private Archive archive(Journal journal) {
        return new Archive(tmp.resolve("archive"), journal, "OBS-2022", (p, n) -> "text/plain", Clock.systemUTC());
    }

    private static ByteArrayInputStream bytes(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void storesTheBytesAsReceivedUnderTheirHashWithMetadataAndJournal() throws Exception {
        try (Journal journal = Journal.open(tmp.resolve("journal"))) {
            Receipt r = archive(journal).receive(bytes("Informe de la mesa 3"), "informe.txt", Channel.CARPETA, null);

            assertThat(r.kind()).isEqualTo(Receipt.Kind.NEW);
            assertThat(r.submission().folio()).isEqualTo("OBS-2022-000001");
            Path stored = archive(journal).pathOf(r.submission().sha256());
            assertThat(Files.readString(stored)).isEqualTo("Informe de la mesa 3");
            assertThat(stored.resolveSibling(r.submission().sha256() + ".json")).exists();
            assertThat(journal.byFolio("OBS-2022-000001")).get().extracting(SubmissionState::status).isEqualTo("archived");
        }
    }

    @Test
    void sameBytesAfterProcessingAreADuplicateOfTheFirstFolio() {
        try (Journal journal = Journal.open(tmp.resolve("journal"))) {
            Archive archive = archive(journal);
            Receipt first = archive.receive(bytes("mismo texto"), "a.txt", Channel.CARPETA, null);
            journal.append(new JournalEntry(null, JournalEntry.Event.INDEXED.id(), first.submission().folio(),
                    first.submission().sha256(), "carpeta", "a.txt", null, null, 1));
            archive.settle(first.submission().sha256());

            Receipt again = archive.receive(bytes("mismo texto"), "b.txt", Channel.CORREO, null);

            assertThat(again.kind()).isEqualTo(Receipt.Kind.DUPLICATE);
            assertThat(again.submission().folio()).isEqualTo(first.submission().folio());
            assertThat(journal.view().repeats()).hasSize(1);
        }
    }

    @Test
    void foliosAreNeverReusedAfterARestartAndUnfinishedWorkIsResumed() {
        String sha;
        try (Journal journal = Journal.open(tmp.resolve("journal"))) {
            Archive archive = archive(journal);
            archive.receive(bytes("uno"), "1.txt", Channel.CARPETA, null);
            sha = archive.receive(bytes("dos"), "2.txt", Channel.CARPETA, null).submission().sha256();
        }
        try (Journal reopened = Journal.open(tmp.resolve("journal"))) {
            Archive archive = archive(reopened);
            Receipt third = archive.receive(bytes("tres"), "3.txt", Channel.CARPETA, null);
            assertThat(third.submission().folio()).isEqualTo("OBS-2022-000003");

            // "dos" was archived but never settled (the process stopped): it is resumed, not a duplicate.
            Receipt resumed = archive.receive(bytes("dos"), "2.txt", Channel.CARPETA, null);
            assertThat(resumed.kind()).isEqualTo(Receipt.Kind.RESUMED);
            assertThat(resumed.submission().sha256()).isEqualTo(sha);
            assertThat(resumed.submission().folio()).isEqualTo("OBS-2022-000002");
        }
    }

    @Test
    void aTornLastLineOfTheJournalIsIgnored() throws Exception {
        try (Journal journal = Journal.open(tmp.resolve("journal"))) {
            archive(journal).receive(bytes("uno"), "1.txt", Channel.CARPETA, null);
        }
        Files.writeString(tmp.resolve("journal/journal.jsonl"), "{\"at\":\"2026-", java.nio.file.StandardOpenOption.APPEND);
        assertThat(Journal.read(tmp.resolve("journal")).submissions()).hasSize(1);
    }

    @Test
    void hostileSourceNamesAreReducedToTheirLastSegment() {
        assertThat(SourceNames.clean("../../etc/passwd")).isEqualTo("passwd");
        assertThat(SourceNames.clean("C:\\Users\\x\\Informe Señora.pdf")).isEqualTo("Informe Señora.pdf");
        assertThat(SourceNames.safeFileName("a%2F..%2Fb\u0000.txt")).doesNotContain("/", "\u0000").isEqualTo("a_2F.._2Fb.txt");
        assertThat(SourceNames.clean("..")).isEqualTo("sin-nombre");
    }
}
