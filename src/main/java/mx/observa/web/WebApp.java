package mx.observa.web;

import java.time.Clock;
import java.time.Duration;
import java.util.function.BiConsumer;

import mx.observa.access.AuditLog;
import mx.observa.access.LoginGuard;
import mx.observa.access.Sessions;
import mx.observa.access.Users;
import mx.observa.archive.Archive;
import mx.observa.config.ObservaConfig;
import mx.observa.index.FindingSearch;
import mx.observa.index.Searchers;
import mx.observa.intake.Alcaldias;
import mx.observa.report.Redactor;
import mx.observa.report.ReportWriter;
import mx.observa.review.ReviewInput;
import mx.observa.review.ReviewProjection;
import mx.observa.review.Reviews;
import mx.observa.review.SavedSearches;
import mx.observa.understand.ReportUnderstander;

/**
 * Wires the analysts' web app: the beans routes/web.yaml refers to, built from the configuration.
 *
 * <ul>
 *   <li>{@code observa.usuarios}: the users file (default {@code config/usuarios.yaml}, see {@link Users#file})</li>
 *   <li>{@code observa.web.sesion-inactividad-min} (120), {@code observa.web.sesion-max-horas} (12)</li>
 *   <li>{@code observa.web.cookie-segura}: add {@code Secure} to the cookies ({@code auto}: over HTTPS or on a network
 *   address, see {@link NetworkExposure})</li>
 *   <li>{@code observa.limits.logins-per-minute} (10), {@code observa.limits.login-free-failures} (3),
 *   {@code observa.limits.login-max-wait-s} (900), {@code observa.limits.login-hashes} (half the processors): see
 *   {@link LoginGuard}</li>
 *   <li>{@code observa.export.max-hallazgos}: largest export (20000)</li>
 *   <li>{@code observa.revision.certeza-dudosa-pct}: below this certainty (%) a finding's classification is doubtful
 *   and goes to the review queue (50)</li>
 *   <li>{@code observa.busquedas.max-por-usuario}: saved searches per user (50); {@code observa.busquedas.resumen.*}:
 *   their daily e-mail digest (see {@link SavedSearchDigest})</li>
 * </ul>
 */
public final class WebApp {

    private WebApp() {
    }

    /** Binds every web bean under the name the routes use. */
    public static void bind(BiConsumer<String, Object> registry, ObservaConfig config, Searchers index,
                            FindingSearch search, Archive archive, ReportUnderstander understander,
                            ReviewProjection reviewed, Clock clock) {
        Users users = new Users(Users.file(config));
        NetworkExposure.checkDemoUsers(config, users);
        AuditLog audit = new AuditLog(config.dataDir().resolve("audit"), clock);
        Sessions sessions = new Sessions(
                Duration.ofMinutes(config.getLong("observa.web.sesion-inactividad-min")),
                Duration.ofHours(config.getLong("observa.web.sesion-max-horas")), 10_000, clock);
        Access access = new Access(sessions, audit, NetworkExposure.secureCookies(config));
        WebLabels labels = new WebLabels(understander.topicLabels());
        RoleView view = new RoleView(new Redactor(understander::personalData), index);
        registry.accept("access", access);
        registry.accept("webHeaders", new WebHeaders());
        registry.accept("webResponse", new WebResponse());
        registry.accept("webErrors", new ErrorAnswer());
        registry.accept("loginPage", new LoginPage(users, access, loginGuard(config), FormTokens.of(config)));
        registry.accept("searchPage", new SearchPage(search, access, labels, view, understander.topicLabels()));
        registry.accept("searchApi", new SearchApi(search, access, labels, view));
        Reviews reviews = reviewed.reviews();
        registry.accept("exports", new Exports(search, access, (int) config.getLong("observa.export.max-hallazgos"),
                view, reviews, clock));
        ReviewParts review = new ReviewParts(reviewed,
                new ReviewInput(Alcaldias.configured(config), understander.topicLabels()), labels, understander.topicLabels());
        registry.accept("reportPage", new ReportPage(index, search, access, labels, view, review));
        registry.accept("reviewForms", new ReviewForms(index, access, review));
        registry.accept("bulkReview", new BulkReview(index, search, access, review, labels,
                (int) config.getLong("observa.export.max-hallazgos")));
        registry.accept("reviewQueuePage", new ReviewQueuePage(index, access, review, labels, understander.topicLabels(),
                config.getLong("observa.revision.certeza-dudosa-pct") / 100.0));
        registry.accept("reportApi", new ReportApi(index, access, view, reviews));
        registry.accept("originalFile", new OriginalFile(index, archive, access));
        SavedSearchPages saved = new SavedSearchPages(SavedSearches.in(config.dataDir(), clock,
                (int) config.getLong("observa.busquedas.max-por-usuario")), search, access, view,
                (int) config.getLong("observa.export.max-hallazgos"));
        registry.accept("savedSearches", saved);
        registry.accept("savedSearchDigest", new SavedSearchDigest(saved, users, config, clock,
                config.mailFrom(), config.publicUrl()));
        registry.accept("dashboardPage", new DashboardPage(search, access, labels, saved));
        registry.accept("auditPage", new AuditPage(access));
        registry.accept("commissionPage", new CommissionPage(ReportWriter.editions(config), config.outDir(), access));
        registry.accept("staticFiles", new StaticFiles());
    }

    private static LoginGuard loginGuard(ObservaConfig config) {
        return new LoginGuard((int) config.getLong("observa.limits.logins-per-minute"),
                (int) config.getLong("observa.limits.login-free-failures"),
                Duration.ofSeconds(config.getLong("observa.limits.login-max-wait-s")),
                // half the cores: sign-ins are rare, and the other half keeps answering everyone else
                (int) config.getLong("observa.limits.login-hashes",
                        () -> Math.max(1, Runtime.getRuntime().availableProcessors() / 2)),
                ServerLimits.trackedClients(config), System::nanoTime);
    }
}
