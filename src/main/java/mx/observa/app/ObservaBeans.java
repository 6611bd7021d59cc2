package mx.observa.app;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

import org.apache.camel.BindToRegistry;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.component.mail.MailComponent;
import org.apache.camel.component.mail.MailConfiguration;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpEngine;
import org.apache.camel.main.Main;
import org.apache.camel.support.processor.idempotent.FileIdempotentRepository;

import mx.observa.access.AuditLog;
import mx.observa.access.LoginGuard;
import mx.observa.access.Sessions;
import mx.observa.access.Users;
import mx.observa.archive.Archive;
import mx.observa.archive.Journal;
import mx.observa.archive.Quarantine;
import mx.observa.config.ObservaConfig;
import mx.observa.extract.TextExtractor;
import mx.observa.index.FindingIndex;
import mx.observa.index.FindingSearch;
import mx.observa.intake.Acknowledgement;
import mx.observa.intake.Alcaldias;
import mx.observa.intake.CsvColumns;
import mx.observa.intake.CsvRows;
import mx.observa.intake.DeclaredMetadata;
import mx.observa.intake.FolioStatus;
import mx.observa.intake.MailIntake;
import mx.observa.intake.MailSplitter;
import mx.observa.intake.PartOutcomes;
import mx.observa.intake.PostIntake;
import mx.observa.intake.Unpacking;
import mx.observa.intake.ZipEntries;
import mx.observa.pipeline.ExtractStep;
import mx.observa.pipeline.GroupCommit;
import mx.observa.pipeline.IndexStep;
import mx.observa.pipeline.PersonalDataBound;
import mx.observa.pipeline.ProcessingFeed;
import mx.observa.pipeline.QuarantineStep;
import mx.observa.pipeline.ReceiveStep;
import mx.observa.pipeline.RetryLater;
import mx.observa.pipeline.StoreStep;
import mx.observa.pipeline.TextDuplicates;
import mx.observa.pipeline.UnderstandStep;
import mx.observa.report.Publishing;
import mx.observa.report.Redactor;
import mx.observa.report.ReportSchedule;
import mx.observa.report.ReportSources;
import mx.observa.report.ReportWriter;
import mx.observa.review.ReviewInput;
import mx.observa.review.ReviewProjection;
import mx.observa.review.Reviews;
import mx.observa.review.SavedSearches;
import mx.observa.store.ReportStore;
import mx.observa.understand.ReportUnderstander;
import mx.observa.web.Access;
import mx.observa.web.AuditPage;
import mx.observa.web.BulkReview;
import mx.observa.web.CommissionPage;
import mx.observa.web.DashboardPage;
import mx.observa.web.ErrorAnswer;
import mx.observa.web.Exports;
import mx.observa.web.FormTokens;
import mx.observa.web.GuardedHttpServerFactory;
import mx.observa.web.LoginPage;
import mx.observa.web.NetworkExposure;
import mx.observa.web.OriginalFile;
import mx.observa.web.ReportApi;
import mx.observa.web.ReportPage;
import mx.observa.web.ReviewForms;
import mx.observa.web.ReviewParts;
import mx.observa.web.ReviewQueuePage;
import mx.observa.web.RoleView;
import mx.observa.web.SavedSearchDigest;
import mx.observa.web.SavedSearchPages;
import mx.observa.web.SearchApi;
import mx.observa.web.SearchPage;
import mx.observa.web.ServerLimits;
import mx.observa.web.StaticFiles;
import mx.observa.web.StatusPage;
import mx.observa.web.SubmissionApi;
import mx.observa.web.SubmitPage;
import mx.observa.web.TryAgainLater;
import mx.observa.web.UploadFieldNames;
import mx.observa.web.WebHeaders;
import mx.observa.web.WebLabels;
import mx.observa.web.WebResponse;

/**
 * Every bean the routes name, in one place, each under the name the YAML uses ({@code ref: receiveStep}), built from
 * the parts the running service owns ({@link Core}) and the settings of config/observa.properties. Camel Main binds
 * them ({@code @BindToRegistry}) before it loads the routes: {@link Pipeline} always, {@link Service} only when the
 * channels and the web run; {@link #bind} is where the service hands them over.
 */
final class ObservaBeans {

    private ObservaBeans() {
    }

    /**
     * Binds every bean into {@code main}: first what Camel itself looks up before it reads configuration classes
     * (the properties source of its {{observa.…}} placeholders; the HTTP server and its engine), then the routes'
     * beans, those of the channels and the web only when {@code service}.
     */
    static void bind(Main main, Core core, boolean service) {
        ObservaConfig config = core.config();
        main.bind("observaProperties", new ConfigPropertiesSource(config));
        main.configure().addConfiguration(new Pipeline(core));
        if (service) {
            VertxPlatformHttpEngine engine = new VertxPlatformHttpEngine();
            engine.setHandlers(List.of(new UploadFieldNames()));
            main.bind("platform-http-engine", engine);
            // the connection, header, form-field and post limits in front of every route
            main.bind("observaHttpServer", new GuardedHttpServerFactory(ServerLimits.of(config), config.publicUrl()));
            main.configure().addConfiguration(new Service(core));
        }
    }

    /** What {@link ObservaService} opens and closes, shared by the beans. */
    record Core(ObservaConfig config, Clock clock, Archive archive, Journal journal, ReportStore store,
                FindingIndex index, FindingSearch search, TextExtractor extractor, GroupCommit commits,
                ProcessingFeed feed, ReportUnderstander understander, Publishing publishing, TextDuplicates duplicates,
                Alcaldias alcaldias, ReviewProjection reviewed) {
    }

    /** routes/pipeline.yaml, errors.yaml and retries.yaml: receiving, unpacking, processing, quarantine, retries. */
    static final class Pipeline implements CamelConfiguration {

        private final Core core;
        private final ObservaConfig config;

        Pipeline(Core core) {
            this.core = core;
            this.config = core.config();
        }

        @BindToRegistry
        public ReceiveStep receiveStep() {
            return new ReceiveStep(core.archive(), config.maxFileBytes(), config.maxContainerDepth());
        }

        @BindToRegistry
        public ExtractStep extractStep() {
            return new ExtractStep(core.archive(), core.extractor());
        }

        @BindToRegistry
        public UnderstandStep understandStep() {
            return new UnderstandStep(core.understander(), new DeclaredMetadata(core.alcaldias(), core.clock()),
                    core.duplicates(), new PersonalDataBound(config.getLong("observa.limits.max-personal-values")));
        }

        @BindToRegistry
        public StoreStep storeStep() {
            return new StoreStep(core.store());
        }

        @BindToRegistry
        public IndexStep indexStep() {
            // the embedded index, or the cluster and it; a report read again keeps its reviews in the index
            return new IndexStep(core.commits().writes(), core.commits(),
                    r -> core.reviewed().reviews().current().indexed(r));
        }

        @BindToRegistry
        public ProcessingFeed processingFeed() {
            return core.feed();
        }

        @BindToRegistry
        public QuarantineStep quarantineStep() {
            return new QuarantineStep(new Quarantine(config.quarantineDir(), core.clock()), core.archive(),
                    core.journal(), core.clock());
        }

        @BindToRegistry
        public RetryLater retryLater() {
            return new RetryLater(core.archive(), core.journal(), core.clock());
        }

        /** Messages, questionnaire exports and ZIP archives, unpacked into their reports. */
        @BindToRegistry
        public Unpacking unpacking() {
            int maxAttachments = config.maxAttachments();
            MailSplitter mail = new MailSplitter((int) config.getLong("observa.mail.min-body-words"),
                    config.getLong("observa.mail.min-inline-image-kb") * 1024, maxAttachments);
            CsvRows csv = new CsvRows(CsvColumns.load(config.configDir().resolve("csv-columnas.yaml")));
            ZipEntries zip = new ZipEntries(config.dataDir().resolve("tmp").resolve("zip"), maxAttachments,
                    config.maxExpansionRatio(), config.maxUnpackedBytes());
            return new Unpacking(core.archive(), mail, csv, zip, core.journal(), core.clock());
        }

        @BindToRegistry
        public PartOutcomes partOutcomes() {
            return new PartOutcomes();
        }

        @BindToRegistry
        public ObservaConfig observaConfig() {
            return config;
        }
    }

    /**
     * The channels (inbox, mailbox, form, API; routes/intake-*.yaml), the HTTP server they share with the analysts'
     * web app (routes/web.yaml), and the report schedule (routes/report-schedule.yaml).
     */
    static final class Service implements CamelConfiguration {

        private final Core core;
        private final ObservaConfig config;
        private final Users users;
        private final Access access;
        private final WebLabels labels;
        private final RoleView view;
        private final Reviews reviews;
        private final ReviewParts review;
        private final SavedSearchPages saved;
        private final int maxExport;
        /** The service's one redactor: every page, answer and folio status, and the scheduled editions. */
        private final Redactor redactor;

        Service(Core core) {
            this.core = core;
            this.config = core.config();
            this.users = new Users(Users.file(config));
            NetworkExposure.checkDemoUsers(config, users);
            Sessions sessions = new Sessions(Duration.ofMinutes(config.getLong("observa.web.sesion-inactividad-min")),
                    Duration.ofHours(config.getLong("observa.web.sesion-max-horas")), 10_000, core.clock());
            this.access = new Access(sessions, new AuditLog(config.dataDir().resolve("audit"), core.clock()),
                    NetworkExposure.secureCookies(config));
            this.labels = new WebLabels(core.understander().topicLabels());
            this.redactor = core.publishing().redactor();
            this.view = new RoleView(redactor, core.index());
            this.reviews = core.reviewed().reviews();
            this.review = new ReviewParts(core.reviewed(), new ReviewInput(core.alcaldias(), core.understander().topicLabels()),
                    labels, core.understander().topicLabels());
            this.maxExport = (int) config.getLong("observa.export.max-hallazgos");
            this.saved = new SavedSearchPages(SavedSearches.in(config.dataDir(), core.clock(),
                    (int) config.getLong("observa.busquedas.max-por-usuario")), core.search(), access, view, maxExport);
        }

        // ---- the channels

        @BindToRegistry
        public MailIntake mailIntake() {
            return new MailIntake(config.dataDir().resolve("tmp"),
                    config.getLong("observa.limits.max-message-mb") * 1024 * 1024, config.mailFrom(),
                    config.get("observa.mail.move-to"));
        }

        @BindToRegistry
        public Acknowledgement acknowledgement() {
            return new Acknowledgement(core.journal(), config.mailFrom(), config.publicUrl());
        }

        /** Message-IDs of the messages taken: a re-poll, a restart or the same message in another folder adds nothing. */
        @BindToRegistry
        public FileIdempotentRepository correosTomados() {
            FileIdempotentRepository taken = new FileIdempotentRepository();
            taken.setFileStore(config.journalDir().resolve("correos-tomados.txt").toFile());
            taken.setCacheSize(10_000);
            taken.setMaxFileStoreSize(64L * 1024 * 1024);
            return taken;
        }

        @BindToRegistry
        public MailComponent smtp() {
            return smtpComponent("smtp");
        }

        @BindToRegistry
        public MailComponent smtps() {
            return smtpComponent("smtps");
        }

        /**
         * The acknowledgments' and digests' SMTP, with credentials only when configured: a relay on the same host
         * usually takes mail without login, and an empty user would make JavaMail try (and fail) to authenticate.
         */
        private MailComponent smtpComponent(String protocol) {
            MailConfiguration smtp = new MailConfiguration();
            smtp.configureProtocol(protocol);
            String user = config.get("observa.mail.smtp.user");
            if (!user.isBlank()) {
                smtp.setUsername(user);
                smtp.setPassword(config.get("observa.mail.smtp.password"));
            }
            Properties extra = new Properties();
            extra.setProperty("mail.smtp.starttls.enable", config.get("observa.mail.smtp.starttls"));
            smtp.setAdditionalJavaMailProperties(extra);
            MailComponent component = new MailComponent();
            component.setConfiguration(smtp);
            return component;
        }

        private PostIntake postIntake() {
            return new PostIntake(core.alcaldias(), core.extractor()::detect, config.maxFileBytes(),
                    config.maxAttachments(), (int) config.getLong("observa.limits.max-text-chars"), core.clock());
        }

        /** /estado is public: a quarantine reason that echoes what the sender typed is redacted like a published text. */
        private FolioStatus folioStatus() {
            return new FolioStatus(core.journal(), redactor::redact);
        }

        @BindToRegistry
        public SubmitPage submitPage() {
            return new SubmitPage(postIntake(), core.alcaldias(), folioStatus(), FormTokens.of(config));
        }

        @BindToRegistry
        public StatusPage statusPage() {
            return new StatusPage(folioStatus());
        }

        @BindToRegistry
        public SubmissionApi submissionApi() {
            return new SubmissionApi(postIntake(), folioStatus());
        }

        @BindToRegistry
        public TryAgainLater tryAgainLater() {
            return new TryAgainLater();
        }

        // ---- the analysts' and the commission's web app

        @BindToRegistry
        public Access access() {
            return access;
        }

        @BindToRegistry
        public WebHeaders webHeaders() {
            return new WebHeaders();
        }

        @BindToRegistry
        public WebResponse webResponse() {
            return new WebResponse();
        }

        @BindToRegistry
        public ErrorAnswer webErrors() {
            return new ErrorAnswer();
        }

        @BindToRegistry
        public LoginPage loginPage() {
            LoginGuard guard = new LoginGuard((int) config.getLong("observa.limits.logins-per-minute"),
                    (int) config.getLong("observa.limits.login-free-failures"),
                    Duration.ofSeconds(config.getLong("observa.limits.login-max-wait-s")),
                    // half the cores: sign-ins are rare, and the other half keeps answering everyone else
                    (int) config.getLong("observa.limits.login-hashes",
                            () -> Math.max(1, Runtime.getRuntime().availableProcessors() / 2)),
                    ServerLimits.trackedClients(config), System::nanoTime);
            return new LoginPage(users, access, guard, FormTokens.of(config));
        }

        @BindToRegistry
        public SearchPage searchPage() {
            return new SearchPage(core.search(), access, labels, view, core.understander().topicLabels());
        }

        @BindToRegistry
        public SearchApi searchApi() {
            return new SearchApi(core.search(), access, labels, view);
        }

        @BindToRegistry
        public Exports exports() {
            return new Exports(core.search(), access, maxExport, view, reviews, core.clock());
        }

        @BindToRegistry
        public ReportPage reportPage() {
            return new ReportPage(core.search(), access, labels, view, review);
        }

        @BindToRegistry
        public ReviewForms reviewForms() {
            return new ReviewForms(core.index(), access, review);
        }

        @BindToRegistry
        public BulkReview bulkReview() {
            return new BulkReview(core.index(), core.search(), access, review, labels, maxExport);
        }

        @BindToRegistry
        public ReviewQueuePage reviewQueuePage() {
            return new ReviewQueuePage(core.index(), access, review, labels, core.understander().topicLabels(),
                    config.getLong("observa.revision.certeza-dudosa-pct") / 100.0);
        }

        @BindToRegistry
        public ReportApi reportApi() {
            return new ReportApi(core.search(), access, view, reviews);
        }

        @BindToRegistry
        public OriginalFile originalFile() {
            return new OriginalFile(core.index(), core.archive(), access);
        }

        @BindToRegistry
        public SavedSearchPages savedSearches() {
            return saved;
        }

        @BindToRegistry
        public SavedSearchDigest savedSearchDigest() {
            return new SavedSearchDigest(saved, users, config, core.clock(), config.mailFrom(), config.publicUrl());
        }

        @BindToRegistry
        public DashboardPage dashboardPage() {
            return new DashboardPage(core.search(), access, labels, saved);
        }

        @BindToRegistry
        public AuditPage auditPage() {
            return new AuditPage(access);
        }

        @BindToRegistry
        public CommissionPage commissionPage() {
            return new CommissionPage(ReportWriter.editions(config), config.outDir(), access);
        }

        @BindToRegistry
        public StaticFiles staticFiles() {
            return new StaticFiles();
        }

        // ---- the consolidated report on its calendar

        @BindToRegistry
        public ReportSchedule reportSchedule() {
            return ReportSchedule.of(config, core.publishing(),
                    ReportSources.live(core.journal(), core.store(), reviews), core.clock());
        }
    }
}
