package mx.observa.report;

import java.io.IOException;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import mx.observa.archive.Json;
import mx.observa.config.ObservaConfig;
import mx.observa.model.Report;
import mx.observa.review.ReviewCoverage;
import mx.observa.text.FoldingSpanishAnalyzer;
import mx.observa.understand.TopicLabels;

/**
 * Writes one edition of the consolidated observation report into a folder:
 * {@value #HTML} (self-contained), {@value #PDF} (same content, paged), {@value #JSON} (every number),
 * {@value AnnexCsv#FILE} (one row per finding) and {@value #MANIFEST} (SHA-256 of every source submission).
 *
 * <p>All files are written into a staging folder beside the target ({@code .<target>.incompleto-<pid>-<n>}) and then
 * moved into place: a new edition folder appears whole by one rename; in an existing folder (out/) each file is
 * replaced by a rename, the edition's JSON (what tells a complete edition, see {@link Editions}) removed first and
 * put back last. A crash never leaves a half report under a final name, nor an old JSON beside new files; the next
 * edition written to the same target removes what a killed process left in staging. Only the HTML, CSV and JSON
 * files are byte-reproducible; the PDF carries its creation date.
 */
public final class ReportWriter {

    public static final String BASE_NAME = "informe-consolidado";
    public static final String HTML = BASE_NAME + ".html";
    public static final String PDF = BASE_NAME + ".pdf";
    public static final String JSON = BASE_NAME + ".json";
    public static final String MANIFEST = "manifiesto.json";
    public static final String ANNEX = AnnexCsv.FILE;
    /** The files of an edition, in the order they are listed to users. */
    public static final List<String> FILES = List.of(HTML, PDF, JSON, AnnexCsv.FILE, MANIFEST);
    /** Marks a staging folder: {@code .<target>.incompleto-<pid of its writer>-<random>}. */
    static final String STAGING = ".incompleto-";

    private final TopicLabels labels;
    private final Redactor redactor;
    private final FoldingSpanishAnalyzer analyzer = new FoldingSpanishAnalyzer();
    private final PdfRenderer pdf;
    private final int pdfMaxRows;

    /**
     * @param pdfMaxRows the PDF shows at most this many rows of each listing (the HTML, JSON and CSV annex have them
     *                   all): it is set in memory, and tens of thousands of table rows take gigabytes and minutes
     */
    public ReportWriter(TopicLabels labels, Redactor redactor, Path fontsDir, int pdfMaxRows) {
        this.labels = labels;
        this.redactor = redactor;
        this.pdf = new PdfRenderer(fontsDir);
        this.pdfMaxRows = pdfMaxRows;
    }

    /**
     * The writer as configured: fonts from {@code observa.report.fonts}, the PDF's rows from
     * {@code observa.report.pdf-max-filas}, topic labels and redaction from the configuration's {@link Publishing}
     * (the redactor its web pages use too).
     */
    public static ReportWriter configured(ObservaConfig config, Publishing publishing) {
        return new ReportWriter(publishing.labels(), publishing.redactor(), Path.of(config.get("observa.report.fonts")),
                (int) config.getLong("observa.report.pdf-max-filas"));
    }

    /** Where scheduled editions live: {@code data/reports/<session date>/}. */
    public static Editions editions(ObservaConfig config) {
        return new Editions(config.dataDir().resolve("reports"));
    }

    public static CvoeCalendar calendar(ObservaConfig config) {
        return CvoeCalendar.load(config.configDir().resolve(CvoeCalendar.FILE),
                (int) config.getLong("observa.report.days-before"));
    }

    /**
     * {@code observa report}: an edition of what is committed on disk (safe while the service runs). Without a
     * cut-off, the day of the last submission received (so the same archive always gives the same report).
     */
    public static List<Path> write(ObservaConfig config, Publishing publishing, Path outDir, LocalDate cutoff) {
        ReportSources sources = ReportSources.read(config);
        LocalDate effective = cutoff != null ? cutoff : Corpus.lastReceivedDay(sources.journal());
        if (effective == null) {
            effective = LocalDate.now(Corpus.ZONE);
        }
        CvoeCalendar.Session session = calendar(config).withCutoff(effective).orElse(null);
        JsonNode previous = editions(config).previousOf(effective).orElse(null);
        return configured(config, publishing).write(sources, effective, session, previous, outDir);
    }

    /**
     * Computes and writes one edition; returns the files written, in {@link #FILES} order. The store is read once, one
     * report at a time: each counted finding goes to the annex CSV, the lists of incidents and good practices and the
     * tallies as it passes; the JSON, HTML and manifest are written item by item, and the HTML and PDF read their long
     * listings back from the JSON and the CSV. What stays in memory is one line per report (the annex of reports, the
     * manifest) and the tallies, so an edition of 100,000 reports is written within a 512 MB heap.
     */
    public List<Path> write(ReportSources sources, LocalDate cutoff, CvoeCalendar.Session session, JsonNode previous,
                            Path outDir) {
        java.util.Objects.requireNonNull(cutoff, "una edición necesita fecha de corte");
        try {
            Path parent = outDir.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            removeAbandonedStaging(parent, outDir.getFileName().toString());
            Path staging = Files.createTempDirectory(parent,
                    "." + outDir.getFileName() + STAGING + ProcessHandle.current().pid() + "-");
            readableByAll(staging);
            try {
                writeInto(staging, sources, cutoff, session, previous);
                publish(staging, outDir);
            } finally {
                deleteTree(staging);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo escribir el informe en " + outDir, e);
        }
        return FILES.stream().map(outDir::resolve).toList();
    }

    private void writeInto(Path staging, ReportSources sources, LocalDate cutoff, CvoeCalendar.Session session,
                           JsonNode previous) throws IOException {
        ObjectNode edition = writeData(staging, sources, cutoff, session, previous);
        try (EditionFiles files = new EditionFiles(staging.resolve(JSON), staging.resolve(AnnexCsv.FILE))) {
            try (Writer html = Files.newBufferedWriter(staging.resolve(HTML), StandardCharsets.UTF_8)) {
                ReportHtml.render(edition, files, labels, html);
            }
            Files.write(staging.resolve(PDF), pdf.render(ReportHtml.render(edition, files, labels, pdfMaxRows)));
        }
    }

    /**
     * The edition's data files (annex CSV, JSON, manifest); returns the JSON's tree without its long lists. What was
     * kept per report to write them is no longer referenced when this returns, so the PDF, whose layout needs the most
     * memory of any step, has the heap to itself.
     */
    private ObjectNode writeData(Path staging, ReportSources sources, LocalDate cutoff, CvoeCalendar.Session session,
                                 JsonNode previous) throws IOException {
        FindingTally tally = new FindingTally(new RecommendationGroups(analyzer));
        ReviewCoverage.Tally coverage = new ReviewCoverage.Tally(sources.reviews(), Sections::serious);
        Corpus corpus;
        DetailLists details = new DetailLists(staging);
        try (details; Stream<Report> reports = sources.reports().get();
             AnnexCsv.Writer annex = new AnnexCsv.Writer(staging.resolve(AnnexCsv.FILE))) {
            // coverage sees each report as Observa understood it; everything published sees the reviewed values, and
            // no passage a person rejected ("no es hallazgo")
            Stream<Report> reviewed = reports.peek(coverage::accept).map(sources.reviews()::published);
            corpus = Corpus.select(reviewed, sources.journal(), cutoff, redactor, tally.andThen(annex).andThen(details));
        }
        ObjectNode edition = EditionJson.build(corpus, tally, labels, session, previous);
        edition.set("revision", coverage.coverage(corpus.reports().stream().map(CoveredReport::folio)
                .collect(Collectors.toSet())).json());
        EditionJson.write(edition, Map.of(
                EditionJson.SERIOUS_LIST, details.incidents(),
                EditionJson.PRACTICE_LIST, details.practices(),
                EditionJson.REPORT_LIST, item -> corpus.reports().forEach(r -> item.accept(EditionJson.reportItem(r)))),
                staging.resolve(JSON));
        details.delete();
        writeManifest(corpus, staging.resolve(MANIFEST));
        return edition;
    }

    /** A temporary folder is private to its owner; an edition folder is meant to be read (and served). */
    private static void readableByAll(Path dir) throws IOException {
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private static void writeManifest(Corpus corpus, Path file) throws IOException {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("corte", corpus.cutoff().toString());
        root.put("zona_horaria", Corpus.ZONE.getId());
        root.put("nota", "Un renglón por envío con folio recibido hasta el corte. La huella SHA-256 identifica el "
                + "archivo tal como llegó; los nombres de archivo no se publican porque suelen contener nombres de "
                + "personas.");
        root.putArray("envios");
        EditionJson.write(root, Map.of("/envios", item -> corpus.manifest().forEach(m -> {
            ObjectNode n = Json.MAPPER.createObjectNode();
            n.put("folio", m.folio());
            n.put("sha256", m.sha256());
            n.put("canal", m.channel());
            n.put("recibido", m.receivedAt().toString());
            n.put("estado", m.status());
            if (m.duplicateOf() != null) {
                n.put("duplicado_de", m.duplicateOf());
            }
            item.accept(n);
        })), file);
    }

    /**
     * Staging folders of this target whose writer is gone (killed, or the machine lost power): never an edition, and
     * each as big as one. A writer still running keeps its own.
     */
    private static void removeAbandonedStaging(Path parent, String target) throws IOException {
        Pattern staging = Pattern.compile("\\." + Pattern.quote(target) + Pattern.quote(STAGING) + "(\\d{1,18})-\\d+");
        List<Path> abandoned = new ArrayList<>();
        try (Stream<Path> siblings = Files.list(parent)) {
            siblings.forEach(p -> {
                Matcher m = staging.matcher(p.getFileName().toString());
                if (m.matches() && !ProcessHandle.of(Long.parseLong(m.group(1))).map(ProcessHandle::isAlive).orElse(false)) {
                    abandoned.add(p);
                }
            });
        }
        for (Path p : abandoned) {
            deleteTree(p);
        }
    }

    /**
     * A new folder appears whole (one rename); an existing one gets each file replaced by a rename, the JSON last and
     * the old one removed first, so that a crash in between leaves no folder that looks like a complete edition.
     */
    private static void publish(Path staging, Path target) throws IOException {
        if (!Files.exists(target)) {
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
                return;
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException raced) {
                // created meanwhile: fall through and replace file by file
            }
        }
        Files.createDirectories(target);
        Files.deleteIfExists(target.resolve(JSON));
        for (String name : FILES) {
            if (!name.equals(JSON)) {
                move(staging.resolve(name), target.resolve(name));
            }
        }
        move(staging.resolve(JSON), target.resolve(JSON));
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(paths::add);
        }
        for (Path p : paths) {
            Files.deleteIfExists(p);
        }
    }
}
