package mx.observa.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.Main;
import org.apache.camel.support.DefaultExchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import mx.observa.archive.Archive;
import mx.observa.archive.DataLock;
import mx.observa.archive.Journal;
import mx.observa.archive.SubmissionState;
import mx.observa.config.ObservaConfig;
import mx.observa.extract.TextExtractor;
import mx.observa.index.FindingIndex;
import mx.observa.index.FindingSearch;
import mx.observa.index.LuceneBackend;
import mx.observa.index.SearchBackend;
import mx.observa.index.SearchBackends;
import mx.observa.index.Synonyms;
import mx.observa.intake.Alcaldias;
import mx.observa.intake.TakenFromInbox;
import mx.observa.model.Channel;
import mx.observa.pipeline.ContainerKind;
import mx.observa.pipeline.Headers;
import mx.observa.pipeline.GroupCommit;
import mx.observa.pipeline.Outcome;
import mx.observa.pipeline.ProcessingFeed;
import mx.observa.pipeline.TextDuplicates;
import mx.observa.report.Publishing;
import mx.observa.review.ReviewProjection;
import mx.observa.review.ReviewedValues;
import mx.observa.review.Reviews;
import mx.observa.store.ReportStore;
import mx.observa.store.SqliteReportStore;
import mx.observa.text.FoldingSpanishAnalyzer;
import mx.observa.understand.QueryReader;
import mx.observa.understand.ReportUnderstander;
import mx.observa.web.NetworkExposure;
import mx.observa.web.ServerLimits;

/**
 * The running Observa: owns the data folder lock, the journal, the archive, the report store and the index writer,
 * hands them to the beans the routes name ({@link ObservaBeans}) and loads the YAML routes the chosen {@link Mode} needs. One per process;
 * commands that only read (search, status, report) do not need it.
 *
 * <p>Channels answer once a delivery is archived and journaled; processing follows from the journal
 * ({@link ProcessingFeed}). At start, a lost index is rebuilt from the store, and what a crash left unprocessed and
 * what failed on Observa's side are queued again (a report already in the store is indexed from it, not read again).
 * Batch commands wait for their own reports ({@link #submitReports}, {@link #processed}).
 */
public final class ObservaService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ObservaService.class);

    /** Which routes run: batch commands feed the pipeline directly; the service also watches the inbox and serves the web. */
    public enum Mode {
        BATCH(List.of("errors.yaml", "pipeline.yaml", "retries.yaml")),
        SERVICE(List.of("errors.yaml", "pipeline.yaml", "retries.yaml", "intake-*.yaml", "web.yaml",
                "report-schedule.yaml"));

        private final List<String> routeFiles;

        Mode(List<String> routeFiles) {
            this.routeFiles = routeFiles;
        }
    }

    private final ObservaConfig config;
    private final DataLock lock;
    private final Journal journal;
    private final Archive archive;
    private final FindingIndex index;
    /** Where the pipeline writes and commits: the embedded index, or the OpenSearch cluster beside it. */
    private final SearchBackend backend;
    private final ReportStore store;
    private final TextExtractor extractor;
    private final GroupCommit commits;
    private final ProcessingFeed feed;
    /** What start queued again (left by a crash, or failed), by folio, until {@link #resumeUnfinished()} reports it. */
    private Map<String, CompletableFuture<Outcome>> resumed;
    private final FoldingSpanishAnalyzer analyzer;
    private final Publishing publishing;
    private final Main camel;
    private final ProducerTemplate producer;

    private ObservaService(ObservaConfig config, Mode mode) throws Exception {
        this.config = config;
        this.lock = DataLock.tryAcquire(config.dataDir(), describeSelf(mode, config))
                .orElseThrow(() -> new DataBusyException(DataLock.owner(config.dataDir())));
        boolean ok = false;
        Clock clock = Clock.systemUTC();
        Journal j = null;
        ReportStore reportStore = null;
        FindingIndex idx = null;
        SearchBackend backend = null;
        TextExtractor extractor = null;
        GroupCommit commits = null;
        ProcessingFeed feed = null;
        try {
            Files.createDirectories(config.inboxDir());
            j = Journal.open(config.journalDir());
            reportStore = SqliteReportStore.open(config.storeDir(), clock);
            this.analyzer = new FoldingSpanishAnalyzer();
            extractor = new TextExtractor(config);
            Archive a = new Archive(config.archiveDir(), j, config.folioPrefix(), extractor::detect, clock);
            IndexRecovery.Opened opened = IndexRecovery.open(config.indexDir(), analyzer, j.view().indexedCount());
            idx = opened.index();
            Synonyms synonyms = new Synonyms(Synonyms.file(config), analyzer);
            QueryReader queryReader = QueryReader.load(config, analyzer);
            backend = SearchBackends.of(config, new LuceneBackend(idx, new FindingSearch(idx, analyzer, synonyms, queryReader)));
            ReviewProjection reviewed = new ReviewProjection(Reviews.in(config, clock), reportStore, idx, backend);
            if (opened.needsRebuild() || backend.size() < idx.size()) {
                // before processing writes to it; also an emptied cluster
                rebuildIndex(reportStore, j, backend, reviewed.reviews().current());
            } else {
                reviewed.catchUp(); // reviews a crash kept out of the index
            }
            ReportUnderstander understander = new ReportUnderstander(config, analyzer);
            // the configuration's one redactor: the web's pages and the scheduled editions read each other's memo
            this.publishing = Publishing.of(understander);
            Journal journal = j;
            TextDuplicates duplicates = new TextDuplicates(NearDuplicatesAtStart.load(config, analyzer, reportStore, j.view()),
                    folio -> journal.byFolio(folio).map(st -> a.submission(st.sha256())));

            Main main = new Main();
            commits = new GroupCommit(backend, j, a, clock, commitPolicy(config), System::nanoTime).start();
            feed = new ProcessingFeed(a, j, clock);
            TakenFromInbox.recover(TakenFromInbox.dir(config), config.inboxDir(), j);
            this.resumed = feed.offerUnfinished();
            ObservaBeans.Core core = new ObservaBeans.Core(config, clock, a, j, reportStore, idx,
                    backend.findingSearch(), extractor, commits, feed, understander, publishing,
                    duplicates, Alcaldias.configured(config), reviewed);
            ObservaBeans.bind(main, core, mode == Mode.SERVICE);
            main.configure().withRoutesIncludePattern(routePattern(config.routesDir(), mode));
            camelProperties(config, mode).forEach(main::addInitialProperty);
            main.start();
            feed.start(main.getCamelContext(), main.getCamelContext().getRoute("procesar").getEndpoint().getEndpointUri());
            this.journal = j;
            this.archive = a;
            this.index = idx;
            this.backend = backend;
            this.store = reportStore;
            this.extractor = extractor;
            this.commits = commits;
            this.feed = feed;
            this.camel = main;
            this.producer = main.getCamelContext().createProducerTemplate();
            ok = true;
        } finally {
            if (!ok) {
                if (feed != null) {
                    feed.close();
                }
                if (commits != null) {
                    commits.close();
                }
                if (extractor != null) {
                    extractor.close();
                }
                if (backend != null) {
                    backend.close();
                }
                if (idx != null) {
                    idx.close();
                }
                if (reportStore != null) {
                    reportStore.close();
                }
                if (j != null) {
                    j.close();
                }
                lock.close();
            }
        }
    }

    /**
     * Starts Observa on the data folder of {@code config}.
     *
     * @throws DataBusyException when another process already runs on it
     */
    public static ObservaService start(ObservaConfig config, Mode mode) throws Exception {
        return new ObservaService(config, mode);
    }

    /** Runs one file through the pipeline and says what became of it, once it was processed. */
    public Outcome submit(Path file, String sourceName, Channel channel) {
        Exchange exchange = producer.send("direct:submit", ex -> {
            ex.getMessage().setBody(file);
            ex.getMessage().setHeader(Headers.SOURCE, sourceName);
            ex.getMessage().setHeader(Headers.CHANNEL, channel.id());
        });
        return processed(outcomeOf(exchange));
    }

    /**
     * Runs one file through the pipeline and says what became of each report in it, once processed: the file itself,
     * or, for a container (an e-mail message, a questionnaire export), each of its parts.
     *
     * @param container the kind the file is known to be (e.g. {@code observa import-csv}), or null to decide by type
     */
    public Submitted submitReports(Path file, String sourceName, Channel channel, ContainerKind container) {
        return processed(receive(file, sourceName, channel, container));
    }

    /**
     * Archives and journals one file (a container: unpacked into its parts, archived the same way) and returns at
     * once, as the channels do: its reports are {@link Outcome.Kind#RECEIVED} and processed from the journal; wait
     * for them with {@link #processed(Submitted)}.
     */
    public Submitted receive(Path file, String sourceName, Channel channel, ContainerKind container) {
        Exchange exchange = producer.send("direct:submit", ex -> {
            ex.getMessage().setBody(file);
            ex.getMessage().setHeader(Headers.SOURCE, sourceName);
            ex.getMessage().setHeader(Headers.CHANNEL, channel.id());
            if (container != null) {
                ex.setProperty(Headers.CONTAINER, container);
            }
        });
        @SuppressWarnings("unchecked")
        List<Outcome> parts = exchange.getProperty(Headers.PARTS, List.class);
        Outcome outcome = outcomeOf(exchange);
        return new Submitted(outcome, parts == null ? List.of(outcome) : List.copyOf(parts), parts != null);
    }

    /**
     * What became of one delivery.
     *
     * @param delivery  the delivery's own outcome (for a container: its folio, new or already received)
     * @param reports   the outcome of every report it held (itself when it is not a container)
     * @param container whether it was a container
     */
    public record Submitted(Outcome delivery, List<Outcome> reports, boolean container) {
    }

    /** Waits until every report of a delivery received with {@link #receive} was processed; says what became of each. */
    public Submitted processed(Submitted received) {
        List<Outcome> reports = received.reports().stream().map(this::processed).toList();
        return new Submitted(received.container() ? received.delivery() : reports.get(0), reports, received.container());
    }

    /** A report received: what became of it once processed (waits for it); any other outcome as it is. */
    private Outcome processed(Outcome received) {
        if (received.kind() != Outcome.Kind.RECEIVED) {
            return received;
        }
        String sha = journal.byFolio(received.folio()).orElseThrow().sha256();
        // Taken from the queue once the journal says what became of it: then the journal is enough.
        return feed.pending(sha).map(CompletableFuture::join)
                .orElseGet(() -> ProcessingFeed.outcome(journal.byFolio(received.folio()).orElseThrow()));
    }

    /**
     * Processes again the given submissions (those a crash left unfinished, or all of them into a cleared index): a
     * report the store holds is indexed from it, without reading its file again; any other is read from the archive.
     */
    public List<Outcome> reprocess(List<SubmissionState> submissions) {
        return await(submissions.stream().filter(s -> !s.isContainer()) // containers: their parts are submissions too
                .map(s -> feed.offer(s.sha256())).toList());
    }

    /**
     * Reads, understands and indexes again, from the archive, the given submissions, replacing what the store holds
     * ({@code observa reindex --reextract}: the extraction changed).
     */
    public List<Outcome> reextract(List<SubmissionState> submissions) {
        List<Outcome> outcomes = await(submissions.stream().filter(s -> !s.isContainer())
                .map(s -> feed.offerToReextract(s.sha256())).toList());
        for (Outcome outcome : outcomes) {
            if (outcome.kind() == Outcome.Kind.QUARANTINED) {
                store.delete(outcome.folio()); // its file can no longer be read: what was understood before no longer counts
            }
        }
        return outcomes;
    }

    private static List<Outcome> await(List<CompletableFuture<Outcome>> queued) {
        return queued.stream().map(CompletableFuture::join).toList();
    }

    /** Waits until nothing waits for processing or is being processed; false when {@code timeout} passed first. */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        return feed.awaitIdle(timeout);
    }

    /**
     * Finishes what an earlier run left half done: the reports it archived but did not index or quarantine, then the
     * containers (a CSV export, a message, a ZIP) it did not unpack to the end — unpacked again from the archive,
     * which adds only the parts not taken yet. The reports were queued again at start, with those that had failed on
     * Observa's side; this waits for them, and reads again from the archive the indexed reports the store lacks.
     *
     * @return what became of each report finished now
     */
    public List<Outcome> resumeUnfinished() {
        List<Outcome> outcomes = new ArrayList<>(resumed.values().stream().map(CompletableFuture::join).toList());
        resumed = Map.of();
        outcomes.addAll(refillStore());
        for (SubmissionState s : journal.all()) {
            if (s.isUnpackingUnfinished() && !insideAnotherToResume(s)) {
                unpackableKind(s).ifPresent(kind -> outcomes.addAll(unpackAgain(s, kind)));
            }
        }
        return outcomes;
    }

    /**
     * Reports the journal calls indexed and the store lacks (a data folder from before the store existed, or a store
     * lost) are read again from the archive, so the store holds every report; a complete store makes this a no-op.
     */
    private List<Outcome> refillStore() {
        Set<String> stored = store.folios();
        List<SubmissionState> missing = journal.all().stream()
                .filter(s -> s.isIndexed() && !s.isContainer() && !stored.contains(s.folio())).toList();
        if (missing.isEmpty()) {
            return List.of();
        }
        LOG.warn("Al almacén de informes le faltan {} informes indexados: se leen de nuevo del archivo.", missing.size());
        return reextract(missing);
    }

    /**
     * Form posts are not: their files were uploads, each archived on its own as it was taken (a post cut short never
     * got its receipt, and the observer sends it again).
     */
    private Optional<ContainerKind> unpackableKind(SubmissionState s) {
        Optional<ContainerKind> byType = ContainerKind.ofType(archive.submission(s.sha256()).mediaType());
        return byType.isPresent() || !Channel.CSV.id().equals(s.channel()) ? byType : Optional.of(ContainerKind.CSV);
    }

    /** Unpacking its parent again reaches it. */
    private boolean insideAnotherToResume(SubmissionState s) {
        return s.parent() != null && journal.byFolio(s.parent())
                .filter(p -> p.isUnpackingUnfinished() && unpackableKind(p).isPresent()).isPresent();
    }

    /** The outcomes of the parts taken now (those taken before the crash are recognized and left out). */
    private List<Outcome> unpackAgain(SubmissionState s, ContainerKind kind) {
        int depth = 0;
        for (String p = s.parent(); p != null; p = journal.byFolio(p).map(SubmissionState::parent).orElse(null)) {
            depth++;
        }
        Exchange exchange = new DefaultExchange(camel.getCamelContext());
        exchange.setProperty(Headers.SUBMISSION, archive.submission(s.sha256()));
        exchange.setProperty(Headers.UNPACK, kind);
        exchange.setProperty(Headers.DEPTH, depth);
        LOG.info("Se retoma el desempacado de {} ({})", s.folio(), s.source());
        Exchange done = producer.send("direct:unpack", exchange);
        outcomeOf(done);
        @SuppressWarnings("unchecked")
        List<Outcome> parts = done.getProperty(Headers.PARTS, List.class);
        return parts == null ? List.of()
                : parts.stream().filter(o -> o.kind() != Outcome.Kind.DUPLICATE).map(this::processed).toList();
    }

    /**
     * A damaged or missing index is rebuilt from the report store, as {@code observa reindex} does, in one commit; what
     * the store lacks is read from the archive by {@link #resumeUnfinished}.
     */
    private static void rebuildIndex(ReportStore store, Journal journal, SearchBackend index, ReviewedValues reviews) {
        Reindex.Projected projected = Reindex.project(store, journal.view(), index, reviews);
        index.commit();
        LOG.info("Índice reconstruido desde el almacén de informes: {} informes, {} hallazgos.", projected.reports(),
                projected.findings());
    }

    public List<SubmissionState> archived() {
        return List.copyOf(journal.all());
    }

    public void clearIndex() {
        backend.deleteAll();
        backend.commit();
    }

    public CamelContext camelContext() {
        return camel.getCamelContext();
    }

    public FindingSearch search() {
        return backend.findingSearch();
    }

    public Journal journal() {
        return journal;
    }

    public FindingIndex index() {
        return index;
    }

    public ReportStore store() {
        return store;
    }

    /**
     * The labels and the redactor this service publishes with (its pages, its scheduled editions): an edition written
     * in the same process with them redacts each text once for the edition and the commission's pages.
     */
    public Publishing publishing() {
        return publishing;
    }

    public ObservaConfig config() {
        return config;
    }

    private static Outcome outcomeOf(Exchange exchange) {
        Outcome outcome = exchange.getProperty(Outcome.PROPERTY, Outcome.class);
        if (outcome == null) {
            // The error route always sets an outcome; reaching here means the route itself is broken.
            throw new IllegalStateException("La ruta terminó sin resultado", exchange.getException());
        }
        return outcome;
    }

    /**
     * Camel's own settings: the HTTP server only for the service, on the configured address; uploads land in the data
     * folder (not the working directory; the server deletes them once answered, everything archived before), and a
     * whole post has a ceiling (the server itself is {@link ObservaBeans}'s).
     */
    private static Map<String, String> camelProperties(ObservaConfig config, Mode mode) {
        return Map.of(
                "camel.main.name", "observa",
                "camel.main.shutdown-timeout", "10",
                "camel.server.enabled", Boolean.toString(mode == Mode.SERVICE),
                "camel.server.port", config.get("observa.port"),
                "camel.server.host", NetworkExposure.host(config),
                "camel.server.maxBodySize", Long.toString(ServerLimits.maxPostBytes(config)),
                "camel.server.fileUploadDirectory", config.dataDir().resolve("tmp").resolve("subidas").toString());
    }

    private static GroupCommit.Policy commitPolicy(ObservaConfig config) {
        return new GroupCommit.Policy((int) config.getLong("observa.index.commit-max-docs"),
                config.getLong("observa.index.commit-max-ms"), config.getLong("observa.index.refresh-ms"),
                (int) config.getLong("observa.retry.attempts"), config.getLong("observa.retry.delay-ms"));
    }

    private static String routePattern(Path routesDir, Mode mode) {
        return mode.routeFiles.stream()
                .map(f -> "file:" + routesDir.resolve(f))
                .collect(Collectors.joining(","));
    }

    private static String describeSelf(Mode mode, ObservaConfig config) {
        String pid = Long.toString(ProcessHandle.current().pid());
        return mode == Mode.SERVICE
                ? "servicio en http://localhost:" + config.get("observa.port") + ", pid " + pid
                : "proceso por lotes, pid " + pid;
    }

    @Override
    public void close() {
        try {
            feed.close();
            camel.stop();
        } finally {
            try {
                commits.close();
                extractor.close();
                backend.close();
                index.close();
                store.close();
            } finally {
                journal.close();
                lock.close();
            }
        }
    }

}
