package mx.observa.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import mx.observa.samples.CatalogueEntry;
import mx.observa.samples.SampleReportGenerator;

/**
 * The synthetic corpus: realistic Spanish reports in the accepted formats (PDF, DOCX, ODT, RTF, HTML, UTF-8 and Latin-1
 * text, mail with the report in the body or attached), written by the sample generator. The same size and seed give
 * the same bytes, so a finished corpus is kept in the work folder and reused by later runs.
 */
final class CorpusPhase {

    private static final String DONE = ".archivos";

    private CorpusPhase() {
    }

    /** The files of the corpus of {@code count} reports from {@code seed}, generating it when it is not there yet. */
    static List<Path> corpus(Path workDir, int count, long seed) {
        Path dir = workDir.resolve("corpus-" + count + "-" + seed);
        Path done = dir.resolve(DONE);
        try {
            if (!Files.exists(done)) {
                List<CatalogueEntry> written = new SampleReportGenerator().writeRandomCorpus(dir, count, seed, false);
                Files.write(done, written.stream().map(CatalogueEntry::file).toList());
            }
            return Files.readAllLines(done).stream().map(dir::resolve).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo preparar el corpus en " + dir, e);
        }
    }

    static long bytes(List<Path> files) {
        return files.stream().mapToLong(f -> {
            try {
                return Files.size(f);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).sum();
    }
}
