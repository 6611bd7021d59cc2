package mx.observa.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import mx.observa.archive.Journal;
import mx.observa.archive.JournalEntry;
import mx.observa.archive.JournalView;
import mx.observa.archive.Sha256;
import mx.observa.archive.SourceNames;
import mx.observa.config.ObservaConfig;

/**
 * Files the folder channel has taken out of the inbox and not yet archived to the end ({@code data/tmp/bandeja/},
 * same subfolders as in the inbox): the route moves a file here before reading it and deletes it once it is archived
 * and journaled. What a crash leaves here was being taken: at the next start, before the inbox is watched, a file
 * whose bytes were archived under its own name is the same delivery resumed — it is dropped, its processing goes on
 * from the journal, and it is not counted as a duplicate — and any other file goes back into the inbox.
 */
public final class TakenFromInbox {

    private static final Logger LOG = LoggerFactory.getLogger(TakenFromInbox.class);

    private TakenFromInbox() {
    }

    public static Path dir(ObservaConfig config) {
        return config.dataDir().resolve("tmp").resolve("bandeja");
    }

    /**
     * Settles what a crash left in {@code taken}.
     *
     * @return how many files went back into the inbox
     */
    public static int recover(Path taken, Path inbox, Journal journal) {
        if (!Files.isDirectory(taken)) {
            return 0;
        }
        List<Path> left;
        try (Stream<Path> walk = Files.walk(taken)) {
            left = walk.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo revisar " + taken, e);
        }
        JournalView view = journal.view();
        int back = 0;
        for (Path file : left) {
            try {
                if (sameDeliveryArchived(file, journal, view)) {
                    Files.delete(file);
                    LOG.info("{} ya estaba archivado cuando Observa se detuvo; se sigue con él desde la bitácora",
                            file.getFileName());
                } else {
                    Path target = free(inbox.resolve(taken.relativize(file).toString()));
                    Files.createDirectories(target.getParent());
                    Files.move(file, target);
                    back++;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("No se pudo devolver " + file + " a la bandeja", e);
            }
        }
        if (back > 0) {
            LOG.info("{} archivos que se estaban tomando cuando Observa se detuvo vuelven a la bandeja", back);
        }
        return back;
    }

    /** The same bytes archived (or counted as a repeat) under the same name: this very file, taken before the crash. */
    private static boolean sameDeliveryArchived(Path file, Journal journal, JournalView view) {
        String sha = Sha256.of(file);
        String name = SourceNames.clean(file.getFileName().toString());
        boolean archived = journal.bySha256(sha).filter(s -> name.equals(s.source())).isPresent();
        return archived || view.repeats().stream().anyMatch(r -> sha.equals(r.sha256()) && name.equals(r.source())
                && r.is(JournalEntry.Event.DUPLICATE));
    }

    private static Path free(Path target) {
        Path candidate = target;
        for (int i = 2; Files.exists(candidate); i++) {
            candidate = target.resolveSibling(i + "-" + target.getFileName());
        }
        return candidate;
    }
}
