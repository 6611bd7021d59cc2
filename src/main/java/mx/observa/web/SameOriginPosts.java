package mx.observa.web;

import java.net.URI;
import java.util.Locale;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/**
 * Cross-site request forgery protection for every post — the forms ({@code /enviar}, {@code /entrar}, {@code /salir})
 * and the submission API alike: a browser says where a post comes from ({@code Sec-Fetch-Site}, {@code Origin}); a
 * post another site made the browser send is refused with 403 in Spanish before it is read. Together with the session
 * cookie's {@code SameSite=Strict} this keeps other sites from acting as a signed-in analyst, from signing someone
 * in, and from submitting reports through their visitors' browsers. Requests that send neither header (scripts,
 * {@code curl}, other programs using the API; very old browsers) pass here; form posts still need the form's token
 * ({@link FormTokens}), checked once the body is read.
 */
public final class SameOriginPosts implements Handler<RoutingContext> {

    static final String MESSAGE = "Solicitud rechazada: el formulario no se envió desde esta página de Observa. "
            + "Vuelva a abrir la página e intente de nuevo.";
    static final String API_MESSAGE = "Solicitud rechazada: otro sitio web no puede enviar informes a Observa desde el "
            + "navegador de sus visitantes. Los programas que usan la API no envían los encabezados Origin ni "
            + "Sec-Fetch-Site; las personas observadoras usan el formulario /enviar.";

    private final String publicOrigin;

    /** @param publicUrl the address observers and analysts use (observa.public-url), also accepted as origin */
    public SameOriginPosts(String publicUrl) {
        this.publicOrigin = authority(publicUrl);
    }

    @Override
    public void handle(RoutingContext rc) {
        if (rc.request().method() != HttpMethod.POST || sameOrigin(rc)) {
            rc.next();
            return;
        }
        ErrorAnswer.send(rc, 403, RoutedPath.isApi(RoutedPath.of(rc)) ? API_MESSAGE : MESSAGE);
    }

    private boolean sameOrigin(RoutingContext rc) {
        String fetchSite = rc.request().getHeader("Sec-Fetch-Site");
        if (fetchSite != null) {
            return fetchSite.equalsIgnoreCase("same-origin") || fetchSite.equalsIgnoreCase("none");
        }
        String origin = rc.request().getHeader("Origin");
        if (origin == null) {
            return true;
        }
        String from = authority(origin);
        String host = rc.request().getHeader("Host");
        return from != null && (from.equals(host == null ? null : host.toLowerCase(Locale.ROOT)) || from.equals(publicOrigin));
    }

    /** host[:port] of an origin or URL, lower-case; null when it is not one (e.g. {@code Origin: null}). */
    private static String authority(String url) {
        try {
            String a = URI.create(url.strip()).getRawAuthority();
            return a == null ? null : a.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }
}
