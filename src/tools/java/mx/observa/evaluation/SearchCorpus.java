package mx.observa.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import mx.observa.app.ObservaService;
import mx.observa.app.Reindex;
import mx.observa.config.ObservaConfig;
import mx.observa.index.ReadOnlyIndex;
import mx.observa.model.Channel;
import mx.observa.model.Report;
import mx.observa.pipeline.Outcome;
import mx.observa.store.ReportStore;
import mx.observa.store.SqliteReportStore;

/**
 * The search corpus taken in by the real pipeline into a fresh data folder and index: every delivered report file of
 * the corpus folders (the files whose name starts with two digits, so README and label files stay out). It remembers
 * which delivered file each report came in, so a hit on a report inside an e-mail or a CSV row counts for that file.
 */
final class SearchCorpus implements AutoCloseable {

    private static final Pattern REPORT_FILE = Pattern.compile("^\\d\\d[-_].+");

    private final Map<String, String> fileByFolio;
    private final List<String> quarantined;
    private final int files;
    private final ReadOnlyIndex index;
    private final Path indexDir;
    private final ReportStore store;

    private SearchCorpus(Map<String, String> fileByFolio, List<String> quarantined, int files, ReadOnlyIndex index,
                         Path indexDir, ReportStore store) {
        this.fileByFolio = fileByFolio;
        this.quarantined = quarantined;
        this.files = files;
        this.index = index;
        this.indexDir = indexDir;
        this.store = store;
    }

    /** Which delivered file each folio came in, and what was quarantined: written after an ingest, for {@link #reuse}. */
    private static final String TAKEN = "tomados.tsv";

    /** Takes in the given report files with a pipeline working in {@code work} (emptied first). */
    static SearchCorpus ingest(ObservaConfig base, List<Path> reportFiles, Path work) throws Exception {
        return ingest(base, reportFiles, work, null);
    }

    /**
     * {@link #ingest(ObservaConfig, List, Path)}, and then, when {@code cluster} names an OpenSearch backend, its index
     * filled from the report store as {@code observa reindex} fills it ({@link Reindex#fromStore}: every report in
     * requests of a thousand findings, one commit), the embedded copy rebuilt beside it. The pipeline takes the corpus
     * in through {@code base}'s backend, which should be the embedded one: it commits each report alone, and through the
     * cluster each commit was a bulk request, two refreshes of every shard copy and a search for stale findings. The
     * three nodes' CPU while the judged corpus was taken in went from 20.7 to 11.9 s (OpenSearchClusterIT, /proc of the
     * nodes, shared machine at load 20-30, 2026-12-06), every part's figures the same on both engines to the last
     * digit; the pipeline writing into the cluster is the cluster's first test.
     */
    static SearchCorpus ingest(ObservaConfig base, List<Path> reportFiles, Path work, ObservaConfig cluster)
            throws Exception {
        deleteTree(work);
        ObservaConfig config = configIn(base, work);
        Map<String, String> fileByFolio = new LinkedHashMap<>();
        List<String> quarantined = new ArrayList<>();
        try (ObservaService service = ObservaService.start(config, ObservaService.Mode.BATCH)) {
            for (Path file : reportFiles) {
                String key = base.home().toAbsolutePath().relativize(file.toAbsolutePath()).toString().replace('\\', '/');
                for (Outcome o : service.submitReports(file, file.getFileName().toString(), Channel.CARPETA, null).reports()) {
                    if (o.kind() == Outcome.Kind.QUARANTINED) {
                        quarantined.add(key + ": " + o.reason());
                    } else {
                        fileByFolio.putIfAbsent(o.folio(), key);
                    }
                }
            }
        }
        if (cluster != null) {
            Reindex.fromStore(configIn(cluster, work));
        }
        ReadOnlyIndex index = ReadOnlyIndex.openIfExists(config.indexDir());
        if (index == null) {
            throw new IllegalStateException("La ingesta del corpus no dejó índice en " + config.indexDir());
        }
        List<String> taken = new ArrayList<>();
        taken.add("#archivos\t" + reportFiles.size());
        fileByFolio.forEach((folio, file) -> taken.add(folio + "\t" + file));
        quarantined.forEach(q -> taken.add("#cuarentena\t" + q));
        Files.write(work.resolve(TAKEN), taken);
        return new SearchCorpus(Map.copyOf(fileByFolio), List.copyOf(quarantined), reportFiles.size(), index,
                config.indexDir(), SqliteReportStore.openForReading(config.storeDir()));
    }

    /**
     * The corpus an earlier {@link #ingest} left in {@code work}, without taking it in again (for measuring changes
     * to the query side only); null when {@code work} holds no complete ingest.
     */
    static SearchCorpus reuse(ObservaConfig base, Path work) throws IOException {
        Path taken = work.resolve(TAKEN);
        ObservaConfig config = configIn(base, work);
        if (!Files.isRegularFile(taken)) {
            return null;
        }
        ReadOnlyIndex index = ReadOnlyIndex.openIfExists(config.indexDir());
        if (index == null) {
            return null;
        }
        Map<String, String> fileByFolio = new LinkedHashMap<>();
        List<String> quarantined = new ArrayList<>();
        int files = 0;
        for (String line : Files.readAllLines(taken)) {
            String[] cells = line.split("\t", 2);
            switch (cells[0]) {
                case "#archivos" -> files = Integer.parseInt(cells[1]);
                case "#cuarentena" -> quarantined.add(cells[1]);
                default -> fileByFolio.put(cells[0], cells[1]);
            }
        }
        return new SearchCorpus(Map.copyOf(fileByFolio), List.copyOf(quarantined), files, index, config.indexDir(),
                SqliteReportStore.openForReading(config.storeDir()));
    }

    private static ObservaConfig configIn(ObservaConfig base, Path work) {
        return base.with("observa.data", work.resolve("data").toString())
                .with("observa.index", work.resolve("index").toString())
                // each file is submitted and waited for before the next (folios and first copies in a fixed order):
                // nothing else would share a commit, so gathering reports for one only made every file wait for it
                .with("observa.index.commit-max-ms", "0");
    }

    /** The delivered report files of the folders: those whose name starts with two digits, in name order. */
    static List<Path> reportFiles(List<Path> folders) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path folder : folders) {
            try (Stream<Path> list = Files.list(folder)) {
                list.filter(Files::isRegularFile).filter(f -> REPORT_FILE.matcher(f.getFileName().toString()).matches())
                        .sorted().forEach(files::add);
            }
        }
        return files;
    }

    /**
     * The files a manifest lists (one path from the project root per line, {@code #} comments): the corpus the
     * judgments were made on.
     */
    static List<Path> listed(Path manifest, Path home) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String line : Files.readAllLines(manifest)) {
            String path = line.strip();
            if (!path.isEmpty() && !path.startsWith("#")) {
                Path file = home.resolve(path);
                if (!Files.isRegularFile(file)) {
                    throw new IllegalArgumentException(manifest + ": no existe " + path);
                }
                files.add(file);
            }
        }
        return files;
    }

    ReadOnlyIndex index() {
        return index;
    }

    /** Where the pipeline wrote the embedded index. */
    Path indexDir() {
        return indexDir;
    }

    /** Every report taken in, as understood (the report store the index was projected from), in folio order. */
    Stream<Report> reports() {
        return store.stream();
    }

    /** The delivered file a report came in, or null for a folio this corpus did not produce. */
    String fileOf(String folio) {
        return fileByFolio.get(folio);
    }

    int files() {
        return files;
    }

    int reportCount() {
        return fileByFolio.size();
    }

    List<String> quarantined() {
        return quarantined;
    }

    @Override
    public void close() {
        try (store) {
            index.close();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
