package mx.observa.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.Main;
import org.apache.camel.spi.InflightRepository;
import org.apache.camel.support.DefaultExchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import mx.observa.archive.Archive;
import mx.observa.archive.DataLock;
import mx.observa.archive.Journal;
import mx.observa.archive.Quarantine;
import mx.observa.archive.SubmissionState;
import mx.observa.config.ObservaConfig;
import mx.observa.extract.TextExtractor;
import mx.observa.index.FindingIndex;
import mx.observa.index.FindingSearch;
import mx.observa.index.Synonyms;
import mx.observa.intake.Alcaldias;
import mx.observa.intake.DeclaredMetadata;
import mx.observa.model.Channel;
import mx.observa.pipeline.ContainerKind;
import mx.observa.pipeline.ExtractStep;
import mx.observa.pipeline.Headers;
import mx.observa.pipeline.IndexCommitter;
import mx.observa.pipeline.IndexStep;
import mx.observa.pipeline.Outcome;
import mx.observa.pipeline.QuarantineStep;
import mx.observa.pipeline.ReceiveStep;
import mx.observa.pipeline.TextDuplicates;
import mx.observa.pipeline.UnderstandStep;
import mx.observa.report.ReportSchedule;
import mx.observa.report.ReportSources;
import mx.observa.review.Reviews;
import mx.observa.text.FoldingSpanishAnalyzer;
import mx.observa.understand.QueryReader;
import mx.observa.understand.ReportUnderstander;
import mx.observa.web.NetworkExposure;
import mx.observa.web.WebApp;

/**
 * The running Observa: owns the data folder lock, the journal, the archive and the index writer, wires the stage
 * beans into Camel Main and loads the YAML routes the chosen {@link Mode} needs. One per process; commands that
 * only read (search, status, report) do not need it.
 */
public final class ObservaService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ObservaService.class);

    /** Which routes run: batch commands feed the pipeline directly; the service also watches the inbox and serves the web. */
    public enum Mode {
        BATCH(List.of("errors.yaml", "pipeline.yaml")),
        SERVICE(List.of("errors.yaml", "pipeline.yaml", "intake-*.yaml", "web.yaml", "report-schedule.yaml"));

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
    private final TextExtractor extractor;
    private final IndexCommitter committer;
    private final FoldingSpanishAnalyzer analyzer;
    private final Synonyms synonyms;
    private final QueryReader queryReader;
    private final Main camel;
    private final ProducerTemplate producer;
    private final boolean needsRebuild;

    private ObservaService(ObservaConfig config, Mode mode, Map<String, Object> extraBeans) throws Exception {
        this.config = config;
        this.lock = DataLock.tryAcquire(config.dataDir(), describeSelf(mode, config))
                .orElseThrow(() -> new DataBusyException(DataLock.owner(config.dataDir())));
        boolean ok = false;
        Clock clock = Clock.systemUTC();
        Journal j = null;
        FindingIndex idx = null;
        TextExtractor extractor = null;
        IndexCommitter committer = null;
        try {
            Files.createDirectories(config.inboxDir());
            j = Journal.open(config.journalDir());
            this.analyzer = new FoldingSpanishAnalyzer();
            extractor = new TextExtractor(config);
            Archive a = new Archive(config.archiveDir(), j, config.folioPrefix(), extractor::detect, clock);
            IndexRecovery.Opened opened = IndexRecovery.open(config.indexDir(), analyzer, j.view().indexedCount());
            idx = opened.index();
            this.needsRebuild = opened.needsRebuild();
            ReportUnderstander understander = new ReportUnderstander(config, analyzer);
            Journal journal = j;
            TextDuplicates duplicates = new TextDuplicates(NearDuplicatesAtStart.load(config, analyzer, idx),
                    folio -> journal.byFolio(folio).map(st -> a.submission(st.sha256())));

            Main main = new Main();
            committer = new IndexCommitter(idx, j, a, clock, (int) config.getLong("observa.index.commit-max-docs", 200),
                    config.getLong("observa.index.commit-max-ms", 1000),
                    () -> exchangesThatMayIndex(main.getCamelContext()));
            main.configure().withRoutesIncludePattern(routePattern(config.routesDir(), mode))
                    .withInflightRepositoryBrowseEnabled(true);
            main.bind("receiveStep", new ReceiveStep(a, config.maxFileBytes(), config.maxContainerDepth()));
            main.bind("extractStep", new ExtractStep(a, extractor));
            Alcaldias alcaldias = IntakeBeans.alcaldias(config);
            main.bind("understandStep", new UnderstandStep(understander, new DeclaredMetadata(alcaldias, clock), duplicates));
            main.bind("indexStep", new IndexStep(idx, committer));
            main.bind("quarantineStep", new QuarantineStep(new Quarantine(config.quarantineDir(), clock), a, j, clock));
            this.synonyms = new Synonyms(Synonyms.file(config), analyzer);
            this.queryReader = QueryReader.load(config, analyzer);
            if (mode == Mode.SERVICE) {
                WebApp.bind(main::bind, config, idx, new FindingSearch(idx, analyzer, synonyms, queryReader), a,
                        understander, clock);
            }
            main.bind("observaConfig", config);
            main.bind("reportSchedule", ReportSchedule.of(config, ReportSources.live(j, idx, Reviews.in(config, clock)), clock));
            IntakeBeans.bind(main, config, a, j, extractor, alcaldias, understander, clock);
            extraBeans.forEach(main::bind);
            main.bind("observaProperties", new ConfigPropertiesSource(config));
            main.addInitialProperty("camel.main.name", "observa");
            main.addInitialProperty("camel.main.shutdown-timeout", "10");
            main.addInitialProperty("camel.server.enabled", Boolean.toString(mode == Mode.SERVICE));
            main.addInitialProperty("camel.server.port", config.get("observa.port", "8080"));
            main.addInitialProperty("camel.server.host", NetworkExposure.host(config));
            IntakeBeans.serverProperties(config).forEach(main::addInitialProperty);
            main.start();
            this.journal = j;
            this.archive = a;
            this.index = idx;
            this.extractor = extractor;
            this.committer = committer;
            this.camel = main;
            this.producer = main.getCamelContext().createProducerTemplate();
            ok = true;
        } finally {
            if (!ok) {
                if (committer != null) {
                    committer.close();
                }
                if (extractor != null) {
                    extractor.close();
                }
                if (idx != null) {
                    idx.close();
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
        return start(config, mode, Map.of());
    }

    public static ObservaService start(ObservaConfig config, Mode mode, Map<String, Object> extraBeans) throws Exception {
        ObservaService service = new ObservaService(config, mode, extraBeans);
        if (service.needsRebuild) {
            service.reprocess(service.archived());
        }
        return service;
    }

    /** Runs one file through the pipeline and says what became of it. */
    public Outcome submit(Path file, String sourceName, Channel channel) {
        Exchange exchange = producer.send("direct:submit", ex -> {
            ex.getMessage().setBody(file);
            ex.getMessage().setHeader(Headers.SOURCE, sourceName);
            ex.getMessage().setHeader(Headers.CHANNEL, channel.id());
        });
        return outcomeOf(exchange);
    }

    /**
     * Runs one file through the pipeline and says what became of each report in it: the file itself, or, for a
     * container (an e-mail message, a questionnaire export), each of its parts.
     *
     * @param container the kind the file is known to be (e.g. {@code observa import-csv}), or null to decide by type
     */
    public Submitted submitReports(Path file, String sourceName, Channel channel, ContainerKind container) {
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

    /** Processes again, from the archive, the given submissions (reindex; or those a crash left unfinished). */
    public List<Outcome> reprocess(List<SubmissionState> submissions) {
        List<Outcome> outcomes = new ArrayList<>();
        for (SubmissionState s : submissions) {
            if (s.isContainer()) {
                continue; // its parts are archived submissions of their own and are processed one by one
            }
            if (!archive.claim(s.sha256())) {
                continue; // already being processed (a delivery of the same bytes arrived first)
            }
            Exchange exchange = new DefaultExchange(camel.getCamelContext());
            exchange.setProperty(Headers.SUBMISSION, archive.submission(s.sha256()));
            outcomes.add(outcomeOf(producer.send("direct:process", exchange)));
        }
        return outcomes;
    }

    /**
     * Finishes what an earlier run left half done: the reports it archived but did not index or quarantine, then the
     * containers (a CSV export, a message, a ZIP) it did not unpack to the end — unpacked again from the archive,
     * which adds only the parts not taken yet.
     *
     * @return what became of each report finished now
     */
    public List<Outcome> resumeUnfinished() {
        List<Outcome> outcomes = reprocess(journal.all().stream().filter(s -> !s.isSettled()).toList());
        for (SubmissionState s : journal.all()) {
            if (s.isUnpackingUnfinished() && !insideAnotherToResume(s)) {
                unpackableKind(s).ifPresent(kind -> outcomes.addAll(unpackAgain(s, kind)));
            }
        }
        return outcomes;
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
        return parts == null ? List.of() : parts.stream().filter(o -> o.kind() != Outcome.Kind.DUPLICATE).toList();
    }

    public List<SubmissionState> archived() {
        return List.copyOf(journal.all());
    }

    public void clearIndex() {
        index.deleteAll();
        index.commit();
    }

    public CamelContext camelContext() {
        return camel.getCamelContext();
    }

    public FindingSearch search() {
        return new FindingSearch(index, analyzer, synonyms, queryReader);
    }

    public Journal journal() {
        return journal;
    }

    public FindingIndex index() {
        return index;
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
     * The exchanges in flight that may still bring a report to the index committer. A container being unpacked waits
     * for its parts (one at a time) and brings none itself: counting it would make every part of a questionnaire
     * export or an e-mail message wait the full group-commit delay. (Browsing in-flight exchanges is enabled at start.)
     */
    private static int exchangesThatMayIndex(CamelContext camel) {
        InflightRepository inflight = camel.getInflightRepository();
        long unpacking = inflight.browse().stream()
                .filter(e -> e.getExchange().getProperty(Headers.PARTS) != null)
                .count();
        return inflight.size() - (int) unpacking;
    }

    private static String routePattern(Path routesDir, Mode mode) {
        return mode.routeFiles.stream()
                .map(f -> "file:" + routesDir.resolve(f))
                .collect(Collectors.joining(","));
    }

    private static String describeSelf(Mode mode, ObservaConfig config) {
        String pid = Long.toString(ProcessHandle.current().pid());
        return mode == Mode.SERVICE
                ? "servicio en http://localhost:" + config.get("observa.port", "8080") + ", pid " + pid
                : "proceso por lotes, pid " + pid;
    }

    @Override
    public void close() {
        try {
            camel.stop();
        } finally {
            try {
                committer.close();
                extractor.close();
                index.close();
            } finally {
                journal.close();
                lock.close();
            }
        }
    }

}
