package mx.observa.web;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.BiConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import mx.observa.access.AuditLog;
import mx.observa.access.LoginThrottle;
import mx.observa.access.Sessions;
import mx.observa.access.UserAccount;
import mx.observa.access.Users;
import mx.observa.archive.Archive;
import mx.observa.config.ObservaConfig;
import mx.observa.index.FindingSearch;
import mx.observa.index.Searchers;
import mx.observa.report.Redactor;
import mx.observa.report.ReportWriter;
import mx.observa.understand.ReportUnderstander;

/**
 * Wires the analysts' web app: the beans routes/web.yaml refers to, built from the configuration.
 *
 * <ul>
 *   <li>{@code observa.usuarios}: the users file (default {@code config/usuarios.yaml}, see {@link Users#file})</li>
 *   <li>{@code observa.web.sesion-inactividad-min} (120), {@code observa.web.sesion-max-horas} (12)</li>
 *   <li>{@code observa.web.cookie-segura}: add {@code Secure} to the cookie (true behind HTTPS)</li>
 *   <li>{@code observa.export.max-hallazgos}: largest export (20000)</li>
 * </ul>
 */
public final class WebApp {

    private static final Logger LOG = LoggerFactory.getLogger(WebApp.class);

    private WebApp() {
    }

    /** Binds every web bean under the name the routes use. */
    public static void bind(BiConsumer<String, Object> registry, ObservaConfig config, Searchers index,
                            FindingSearch search, Archive archive, ReportUnderstander understander, Clock clock) {
        Users users = new Users(Users.file(config));
        warnAboutDemoUsers(users);
        AuditLog audit = new AuditLog(config.dataDir().resolve("audit"), clock);
        Sessions sessions = new Sessions(
                Duration.ofMinutes(config.getLong("observa.web.sesion-inactividad-min", 120)),
                Duration.ofHours(config.getLong("observa.web.sesion-max-horas", 12)), 10_000, clock);
        Access access = new Access(sessions, audit, Boolean.parseBoolean(config.get("observa.web.cookie-segura", "false")));
        WebLabels labels = new WebLabels(understander.topicLabels());
        RoleView view = new RoleView(new Redactor(understander::personalData), index);
        registry.accept("access", access);
        registry.accept("webHeaders", new WebHeaders());
        registry.accept("webResponse", new WebResponse());
        registry.accept("loginPage", new LoginPage(users, access, new LoginThrottle(5, Duration.ofMinutes(15), clock),
                FormTokens.of(config)));
        registry.accept("searchPage", new SearchPage(search, access, labels, view));
        registry.accept("searchApi", new SearchApi(search, access, labels, view));
        registry.accept("exports", new Exports(search, access, (int) config.getLong("observa.export.max-hallazgos", 20_000),
                view));
        registry.accept("reportPage", new ReportPage(index, search, access, labels, view));
        registry.accept("reportApi", new ReportApi(index, access, view));
        registry.accept("originalFile", new OriginalFile(index, archive, access));
        registry.accept("dashboardPage", new DashboardPage(search, access, labels));
        registry.accept("auditPage", new AuditPage(access));
        registry.accept("commissionPage", new CommissionPage(ReportWriter.editions(config), config.outDir(), access));
        registry.accept("staticFiles", new StaticFiles());
    }

    private static void warnAboutDemoUsers(Users users) {
        List<String> demo = users.all().stream().filter(UserAccount::demo).map(UserAccount::username).toList();
        if (!demo.isEmpty()) {
            LOG.warn("Usuarios de demostración activos ({}): sus contraseñas son públicas. Bórrelos de {} o cambie "
                    + "sus contraseñas con 'observa user add' antes de cargar informes reales.", String.join(", ", demo),
                    users.file());
        }
    }
}
