package mx.observa.app;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.camel.component.mail.MailComponent;
import org.apache.camel.component.mail.MailConfiguration;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpEngine;
import org.apache.camel.main.Main;
import org.apache.camel.support.processor.idempotent.FileIdempotentRepository;

import mx.observa.archive.Archive;
import mx.observa.archive.Journal;
import mx.observa.config.ObservaConfig;
import mx.observa.extract.TextExtractor;
import mx.observa.intake.Acknowledgement;
import mx.observa.intake.Alcaldias;
import mx.observa.intake.CsvColumns;
import mx.observa.intake.CsvRows;
import mx.observa.intake.FolioStatus;
import mx.observa.report.Redactor;
import mx.observa.understand.ReportUnderstander;
import mx.observa.intake.MailIntake;
import mx.observa.intake.MailSplitter;
import mx.observa.intake.PartOutcomes;
import mx.observa.intake.PostIntake;
import mx.observa.intake.Unpacking;
import mx.observa.intake.ZipEntries;
import mx.observa.web.FormTokens;
import mx.observa.web.GuardedHttpServerFactory;
import mx.observa.web.ServerLimits;
import mx.observa.web.StatusPage;
import mx.observa.web.SubmissionApi;
import mx.observa.web.SubmitPage;
import mx.observa.web.TryAgainLater;
import mx.observa.web.UploadFieldNames;

/**
 * The beans of the intake channels (unpacking of messages, CSV exports and ZIP archives, the mailbox, the web form
 * and the API) and the settings they read, with their defaults. Every key can be set in config/observa.properties,
 * with -D or as an OBSERVA_… environment variable (docs/canales.md lists them).
 */
final class IntakeBeans {

    private IntakeBeans() {
    }

    static Alcaldias alcaldias(ObservaConfig config) {
        return Alcaldias.configured(config);
    }

    static void bind(Main main, ObservaConfig config, Archive archive, Journal journal, TextExtractor extractor,
                     Alcaldias alcaldias, ReportUnderstander understander, Clock clock) {
        int maxAttachments = config.maxAttachments();
        MailSplitter mail = new MailSplitter((int) config.getLong("observa.mail.min-body-words"),
                config.getLong("observa.mail.min-inline-image-kb") * 1024, maxAttachments);
        CsvRows csv = new CsvRows(CsvColumns.load(config.configDir().resolve("csv-columnas.yaml")));
        ZipEntries zip = new ZipEntries(config.dataDir().resolve("tmp").resolve("zip"), maxAttachments,
                config.maxExpansionRatio(), config.maxUnpackedBytes());
        main.bind("unpacking", new Unpacking(archive, mail, csv, zip, journal, clock));
        main.bind("partOutcomes", new PartOutcomes());

        String from = config.mailFrom();
        main.bind("mailIntake", new MailIntake(config.dataDir().resolve("tmp"),
                config.getLong("observa.limits.max-message-mb") * 1024 * 1024, from, config.get("observa.mail.move-to")));
        main.bind("acknowledgement", new Acknowledgement(journal, from, config.publicUrl()));
        bindSmtp(main, config);
        // Message-IDs of the messages taken; a re-poll, a restart or the same message in another folder adds nothing.
        FileIdempotentRepository taken = new FileIdempotentRepository();
        taken.setFileStore(config.journalDir().resolve("correos-tomados.txt").toFile());
        taken.setCacheSize(10_000);
        taken.setMaxFileStoreSize(64L * 1024 * 1024);
        main.bind("correosTomados", taken);

        // /estado is public: a quarantine reason that echoes what the sender typed is redacted like a published text
        FolioStatus status = new FolioStatus(journal, new Redactor(understander::personalData)::redact);
        PostIntake post = new PostIntake(alcaldias, extractor::detect, config.maxFileBytes(), maxAttachments,
                (int) config.getLong("observa.limits.max-text-chars"), clock);
        main.bind("submitPage", new SubmitPage(post, alcaldias, status, FormTokens.of(config)));
        main.bind("statusPage", new StatusPage(status));
        main.bind("submissionApi", new SubmissionApi(post, status));
        main.bind("tryAgainLater", new TryAgainLater());

        VertxPlatformHttpEngine engine = new VertxPlatformHttpEngine();
        engine.setHandlers(List.of(new UploadFieldNames()));
        main.bind("platform-http-engine", engine);
        // the HTTP server itself, with the connection, header, form-field and post limits in front of every route
        main.bind("observaHttpServer", new GuardedHttpServerFactory(ServerLimits.of(config), config.publicUrl()));
    }

    /**
     * The SMTP components the acknowledgments go through, with credentials only when configured: a relay on the same
     * host usually takes mail without login, and an empty user would make JavaMail try (and fail) to authenticate.
     */
    private static void bindSmtp(Main main, ObservaConfig config) {
        for (String protocol : List.of("smtp", "smtps")) {
            MailComponent component = new MailComponent();
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
            component.setConfiguration(smtp);
            main.bind(protocol, component);
        }
    }

    /**
     * Uploads land in the data folder (not the working directory; the server deletes them once the answer is sent,
     * everything having been archived before), and a whole post has a ceiling.
     */
    static Map<String, String> serverProperties(ObservaConfig config) {
        return Map.of(
                "camel.server.maxBodySize", Long.toString(ServerLimits.maxPostBytes(config)),
                "camel.server.fileUploadDirectory", config.dataDir().resolve("tmp").resolve("subidas").toString());
    }
}
