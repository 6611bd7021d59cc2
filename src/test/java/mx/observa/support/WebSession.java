package mx.observa.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A real HTTP client with its own cookie jar, as a browser would be: sign in once, then ask. Redirects are not followed. */
public final class WebSession {

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;

    public WebSession(String base) {
        this.base = base;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"token_formulario\" value=\"([^\"]+)\"");

    /** Signs in as a person would: opens the sign-in page, then posts its form; returns the response of the post. */
    public HttpResponse<String> signIn(String user, String password) {
        String token = formToken(get("/entrar").body());
        String form = "usuario=" + enc(user) + "&contrasena=" + enc(password) + "&volver=" + enc("/")
                + "&token_formulario=" + enc(token);
        return postForm("/entrar", form);
    }

    /** Opens the observers' form and posts it with {@code fields} filled in (plus the page's own form token). */
    public HttpResponse<String> submit(Multipart fields) {
        fields.field("token_formulario", formToken(get("/enviar").body()));
        return send(HttpRequest.newBuilder(URI.create(base + "/enviar")).header("Content-Type", fields.contentType())
                .POST(fields.publisher()), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts the signed-in page's form at {@code path} (e.g. /salir) with the form token of the pages of this session. */
    public HttpResponse<String> post(String path) {
        return postForm(path, "token_formulario=" + enc(formToken(get("/").body())));
    }

    /** Posts a url-encoded form as it is (no token added). */
    public HttpResponse<String> postForm(String path, String form) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), HttpResponse.BodyHandlers.ofString());
    }

    /** The form token a page carries; fails when it has none. */
    public static String formToken(String html) {
        Matcher m = FORM_TOKEN.matcher(html);
        if (!m.find()) {
            throw new AssertionError("La página no tiene token de formulario");
        }
        return m.group(1);
    }

    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">");

    /** The hidden fields of a page's forms, url-encoded as the browser would post them back. */
    public static String hiddenFields(String html) {
        StringBuilder form = new StringBuilder();
        Matcher m = HIDDEN.matcher(html);
        while (m.find()) {
            String value = m.group(2).replace("&#34;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                    .replace("&amp;", "&");
            form.append(form.isEmpty() ? "" : "&").append(enc(m.group(1))).append('=').append(enc(value));
        }
        return form.toString();
    }

    public HttpResponse<String> get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).GET(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<byte[]> getBytes(String pathAndQuery) {
        return send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).GET(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public CookieManager cookies() {
        return cookies;
    }

    public static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(30)).build(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
