package mx.observa.web;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.camel.Exchange;
import org.apache.camel.Message;

import mx.observa.access.Session;
import mx.observa.access.UserAccount;
import mx.observa.access.Users;
import mx.observa.config.ObservaConfig;
import mx.observa.index.IndexSchema;
import mx.observa.review.SavedSearches;
import mx.observa.review.SavedSearches.SavedSearch;

/**
 * The daily e-mail digest of saved searches (routes/web.yaml, {@code resumen-busquedas}; off unless
 * {@code observa.busquedas.resumen.activo}): once a day, from {@code observa.busquedas.resumen.hora} (Mexico City),
 * each user with an address ({@code observa.busquedas.resumen.correo.USUARIO}) and new matching findings since their
 * last digest gets one message through the SMTP configured for mail intake. It names the user's searches, how many
 * new findings each has and the link that opens it, and nothing of the reports: no text, no place, no file name,
 * so it carries no personal data whatever the role; the counts are those the user's role would see.
 */
public final class SavedSearchDigest {

    /** One digest to send; {@code at} is when it was computed (what arrives later goes in the next one). */
    public record Mail(String user, String to, String subject, String text, Instant at) {
    }

    private final SavedSearchPages pages;
    private final Users users;
    private final ObservaConfig config;
    private final Clock clock;
    private final String from;
    private final String publicUrl;

    public SavedSearchDigest(SavedSearchPages pages, Users users, ObservaConfig config, Clock clock, String from,
                      String publicUrl) {
        this.pages = pages;
        this.users = users;
        this.config = config;
        this.clock = clock;
        this.from = from;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    /** Out: body = the digests due now (empty before the hour, or when each user already got today's). */
    public List<Mail> due() {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(IndexSchema.ZONE));
        List<Mail> mails = new ArrayList<>();
        if (now.getHour() < (int) config.getLong("observa.busquedas.resumen.hora")) {
            return mails;
        }
        SavedSearches store = pages.store();
        for (String user : store.users()) {
            String to = java.util.Objects.toString(config.perUser("observa.busquedas.resumen.correo.", user), "").strip();
            UserAccount account = users.find(user).orElse(null);
            Instant last = store.lastDigest(user);
            if (to.isEmpty() || account == null
                    || last != null && !last.atZone(IndexSchema.ZONE).toLocalDate().isBefore(now.toLocalDate())) {
                continue;
            }
            // counted as the user's own searches would count them: the commission's only over what it reads
            Session as = new Session(null, null, account.username(), account.displayName(), account.role(), now.toInstant());
            Function<SavedSearch, Instant> since = s -> last == null || s.opened().isAfter(last) ? s.opened() : last;
            List<SavedSearchPages.Alert> fresh = pages.alerts(as, since).stream().filter(a -> a.fresh() > 0).toList();
            if (!fresh.isEmpty()) {
                mails.add(mail(account, to, fresh, now.toInstant()));
            }
        }
        return mails;
    }

    private Mail mail(UserAccount account, String to, List<SavedSearchPages.Alert> fresh, Instant at) {
        long total = fresh.stream().mapToLong(SavedSearchPages.Alert::fresh).sum();
        StringBuilder text = new StringBuilder("Hola, " + account.displayName() + ":\n\n"
                + "Desde el último resumen llegaron hallazgos nuevos que coinciden con sus búsquedas guardadas en Observa:\n\n");
        for (SavedSearchPages.Alert a : fresh) {
            text.append("- ").append(a.name()).append(": ").append(a.freshLabel()).append(" (").append(a.total())
                    .append(" en total)\n  ").append(publicUrl).append(a.href()).append("\n");
        }
        text.append("\nAbra cada búsqueda en Observa para leerlos (hay que iniciar sesión). Este correo no incluye ")
                .append("textos ni datos de los informes.\n");
        return new Mail(account.username(), to, "Observa: " + Format.count(total, "hallazgo nuevo", "hallazgos nuevos")
                + " en sus búsquedas guardadas", text.toString(), at);
    }

    /** In: body = one {@link Mail}. Out: the message to send, with its mail headers; the Mail kept as a property. */
    public void compose(Exchange exchange) {
        Mail mail = exchange.getMessage().getBody(Mail.class);
        exchange.setProperty("observaDigest", mail);
        Message m = exchange.getMessage();
        m.getHeaders().clear();
        m.setHeader("To", mail.to());
        m.setHeader("From", from);
        m.setHeader("Subject", mail.subject());
        m.setHeader("Content-Type", "text/plain; charset=UTF-8");
        m.setHeader("Auto-Submitted", "auto-generated");
        m.setBody(mail.text());
    }

    /** After the message left: the next digest counts from when this one was computed. */
    public void sent(Exchange exchange) {
        Mail mail = exchange.getProperty("observaDigest", Mail.class);
        pages.store().digestSent(mail.user(), mail.at());
    }
}
