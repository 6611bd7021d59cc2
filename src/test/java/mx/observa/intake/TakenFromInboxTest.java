package mx.observa.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mx.observa.archive.Archive;
import mx.observa.archive.Journal;
import mx.observa.model.Channel;

/** What a crash leaves between the inbox and the archive, settled at the next start. */
class TakenFromInboxTest {

    @TempDir
    Path tmp;

    @Test
    void theSameDeliveryAlreadyArchivedIsDroppedAndAnythingElseGoesBackToTheInbox() throws Exception {
        Path taken = Files.createDirectories(tmp.resolve("data/tmp/bandeja/entrega-1"));
        Path inbox = Files.createDirectories(tmp.resolve("data/inbox"));
        try (Journal journal = Journal.open(tmp.resolve("data/journal"))) {
            Archive archive = new Archive(tmp.resolve("data/archive"), journal, "OBS-2022", (p, n) -> "text/plain",
                    Clock.systemUTC());
            archive.receive(new ByteArrayInputStream("Informe de la mesa 4.".getBytes(StandardCharsets.UTF_8)),
                    "informe 4.txt", Channel.CARPETA, null);
            Files.writeString(taken.resolve("informe 4.txt"), "Informe de la mesa 4.");    // archived, then the crash
            Files.writeString(taken.resolve("copia.txt"), "Informe de la mesa 4.");        // same bytes, another delivery
            Files.writeString(taken.resolve("informe 5.txt"), "Informe de la mesa 5.");    // not archived yet
            Files.writeString(inbox.resolve("informe 5.txt"), "Otro informe con el mismo nombre.");

            int back = TakenFromInbox.recover(tmp.resolve("data/tmp/bandeja"), inbox, journal);

            assertThat(back).isEqualTo(2);
            assertThat(taken).isEmptyDirectory();
            assertThat(inbox.resolve("entrega-1/copia.txt")).hasContent("Informe de la mesa 4.");
            assertThat(inbox.resolve("entrega-1/informe 5.txt")).hasContent("Informe de la mesa 5.");
            assertThat(inbox.resolve("informe 5.txt")).hasContent("Otro informe con el mismo nombre.");
            assertThat(journal.view().repeats()).as("nothing counted twice").isEmpty();
        }
    }
}
