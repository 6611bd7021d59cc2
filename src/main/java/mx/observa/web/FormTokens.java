package mx.observa.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.apache.camel.Exchange;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpServerResponse;

import mx.observa.access.Session;

/**
 * Anti-forgery tokens for every form that posts ({@code /enviar}, {@code /entrar}, {@code /salir}): the page carries a
 * hidden field that must come back with the post, and another site can make a browser send a post but never read
 * the page it would need the token from. A signed-in analyst's forms carry the session's own form token. Forms for
 * people who are not signed in (observers, the sign-in form) carry a token bound to a random visitor cookie
 * ({@value #COOKIE}) and signed with a server key kept in the data folder, so nothing is stored per visitor and a
 * restart does not invalidate a form an observer is filling in. This is the second line: {@link SameOriginPosts}
 * already refused, before reading the body, the posts a browser says come from elsewhere.
 */
public final class FormTokens {

    /** The hidden field of every form that posts. */
    public static final String FIELD = "token_formulario";
    static final String COOKIE = "observa_visitante";
    static final String EXPIRED = "El formulario caducó o no se abrió desde esta página de Observa. "
            + "Revise los datos y vuelva a enviarlo.";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final byte[] key;
    private final boolean secureCookie;

    FormTokens(byte[] key, boolean secureCookie) {
        this.key = key.clone();
        this.secureCookie = secureCookie;
    }

    /** The tokens of this Observa: key in {@code data/claves/formularios.key}, cookie {@code Secure} as the session's. */
    public static FormTokens of(mx.observa.config.ObservaConfig config) {
        return withKeyIn(config.dataDir().resolve("claves").resolve("formularios.key"),
                NetworkExposure.secureCookies(config));
    }

    /** The tokens signed with the key in {@code keyFile}, created (random, readable only by its owner) when absent. */
    public static FormTokens withKeyIn(Path keyFile, boolean secureCookie) {
        try {
            return new FormTokens(readOrCreate(keyFile), secureCookie);
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo leer ni crear la clave de formularios " + keyFile, e);
        }
    }

    /**
     * The token for a form on a page for someone not signed in (the page writes it in the hidden field {@value #FIELD},
     * src/main/jte/web/formToken.jte); when the browser has no visitor cookie yet, the answer sets one.
     */
    String visitorToken(Exchange exchange) {
        String visitor = RequestFacts.cookie(exchange, COOKIE);
        if (!wellFormed(visitor)) {
            visitor = randomValue();
            // on the server's response itself: on the observers' routes request parameters become Camel headers,
            // so a Set-Cookie header allowed out there could be forged with ?Set-Cookie=
            HttpServerResponse response = RequestFacts.response(exchange);
            if (response != null) {
                response.addCookie(Cookie.cookie(COOKIE, visitor).setPath("/").setHttpOnly(true)
                        .setSameSite(CookieSameSite.STRICT).setSecure(secureCookie));
            }
        }
        return tokenFor(visitor);
    }

    /** Whether a post carries the token of the page this browser was given. */
    boolean visitorPostValid(Exchange exchange) {
        return fits(RequestFacts.cookie(exchange, COOKIE), RequestFacts.param(exchange, FIELD));
    }

    /** The token of the forms shown to the browser whose visitor cookie is {@code visitor}. */
    String tokenFor(String visitor) {
        return sign(visitor);
    }

    /** Whether {@code token} is the one this server gave the browser with visitor cookie {@code visitor}. */
    boolean fits(String visitor, String token) {
        return wellFormed(visitor) && same(token, sign(visitor));
    }

    /** Whether a signed-in post carries its session's form token. */
    static boolean sessionPostValid(Exchange exchange, Session session) {
        return same(RequestFacts.param(exchange, FIELD), session.formToken());
    }

    private String sign(String visitor) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return B64.encodeToString(mac.doFinal(visitor.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 no disponible", e);
        }
    }

    /** Constant-time comparison: how much of a guess is right must not show in the answer time. */
    private static boolean same(String given, String expected) {
        return given != null && expected != null && MessageDigest.isEqual(
                given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    /** Only values this class could have made; anything else in the cookie is replaced, never echoed. */
    private static boolean wellFormed(String value) {
        return value != null && value.matches("[A-Za-z0-9_-]{43}");
    }

    static String randomValue() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return B64.encodeToString(bytes);
    }

    private static byte[] readOrCreate(Path keyFile) throws IOException {
        if (Files.isRegularFile(keyFile) && Files.size(keyFile) >= 32) {
            return Files.readAllBytes(keyFile);
        }
        Files.createDirectories(keyFile.getParent());
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        Path tmp = Files.createTempFile(keyFile.getParent(), ".clave", ".tmp");
        try {
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the data folder's own permissions protect it
            }
            Files.write(tmp, key);
            // whole or absent, never half a key; one service per data folder (DataLock) writes it
            Files.move(tmp, keyFile, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return Files.readAllBytes(keyFile);
    }
}
