package mx.observa.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.apache.lucene.analysis.Analyzer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import mx.observa.index.DamagedIndexException;
import mx.observa.index.FindingIndex;
import mx.observa.index.IndexSchema;

/**
 * Opens the index for the service and decides whether it must be rebuilt from the archive: when it is damaged (it is
 * moved aside, never deleted, and a new one is created) or missing while the journal says reports were indexed.
 */
final class IndexRecovery {

    private static final Logger LOG = LoggerFactory.getLogger(IndexRecovery.class);

    record Opened(FindingIndex index, boolean needsRebuild) {
    }

    private IndexRecovery() {
    }

    static Opened open(Path dir, Analyzer analyzer, long reportsInJournal) {
        try {
            FindingIndex index = FindingIndex.open(dir, analyzer, new IndexSchema());
            boolean missing = index.size() == 0 && reportsInJournal > 0;
            if (missing) {
                LOG.warn("El índice está vacío pero la bitácora registra {} informes indexados: se reconstruye desde el archivo.",
                        reportsInJournal);
            }
            return new Opened(index, missing);
        } catch (DamagedIndexException e) {
            Path aside = dir.resolveSibling(dir.getFileName() + ".danado-"
                    + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
            LOG.warn("El índice {} está dañado ({}); se aparta en {} y se reconstruye desde el archivo.", dir,
                    e.getCause(), aside);
            try {
                Files.move(dir, aside);
            } catch (IOException moveFailed) {
                throw new UncheckedIOException("No se pudo apartar el índice dañado " + dir, moveFailed);
            }
            return new Opened(FindingIndex.open(dir, analyzer, new IndexSchema()), true);
        }
    }
}
