package mx.observa.web;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.camel.component.platform.http.PlatformHttpConstants;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpRouter;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.handler.codec.http.multipart.HttpPostRequestDecoder;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;

/**
 * Camel's platform-http server (Vert.x) with Observa's limits where only the server can set them: the connection caps
 * and header timeout of {@link ConnectionGuard}, the idle timeout, the size of headers and form fields, the Spanish
 * answers to what the server refuses before any route sees it (a request it cannot parse, a path no route has, a
 * method a route does not take, a body over the limit), and in front of every route, on the routed path: the
 * response-header policy, the stalled-body timeout, the cross-site check, the submission rate limit and the size of a
 * whole post. Camel's own server takes no server options, hence this subclass (see {@link GuardedHttpServerFactory}).
 */
final class GuardedHttpServer extends VertxPlatformHttpServer {

    private static final Logger LOG = LoggerFactory.getLogger(GuardedHttpServer.class);
    private static final List<Integer> ROUTER_ERRORS = List.of(400, 403, 404, 405, 406, 413, 414, 415, 500, 501, 503);

    private final VertxPlatformHttpServerConfiguration configuration;
    private final ServerLimits limits;
    private final String publicUrl;
    private HttpServer server;

    GuardedHttpServer(VertxPlatformHttpServerConfiguration configuration, ServerLimits limits, String publicUrl) {
        super(configuration);
        this.configuration = configuration;
        this.limits = limits;
        this.publicUrl = publicUrl;
    }

    @Override
    protected void startServer() throws Exception {
        if (configuration.getSslContextParameters() != null || configuration.isUseGlobalSslContextParameters()) {
            throw new IllegalStateException("Observa no sirve HTTPS por sí mismo: póngalo detrás de un proxy inverso "
                    + "con HTTPS y defina observa.public-url con la dirección https://…");
        }
        Vertx vertx = getVertx();
        // HTTP/1.1 only: the header watch and the connection caps are per connection (a reverse proxy in front
        // may speak HTTP/2 to browsers)
        HttpServerOptions options = new HttpServerOptions().setHttp2ClearTextEnabled(false)
                .setIdleTimeout(limits.idleTimeoutSeconds()).setIdleTimeoutUnit(TimeUnit.SECONDS)
                .setMaxHeaderSize(limits.maxHeaderBytes())
                .setMaxInitialLineLength(Math.min(limits.maxHeaderBytes(), HttpServerOptions.DEFAULT_MAX_INITIAL_LINE_LENGTH))
                .setMaxFormAttributeSize(limits.textFieldBytes())
                .setMaxFormFields(ServerLimits.MAX_FORM_FIELDS);
        ConnectionGuard guard = new ConnectionGuard(vertx, limits.connectionsPerAddress(), limits.maxConnections(),
                limits.headerTimeoutMillis());
        server = vertx.createHttpServer(options)
                .connectionHandler(guard)
                .invalidRequestHandler(GuardedHttpServer::unreadable)
                .requestHandler(front(vertx, guard));
        server.listen(configuration.getBindPort(), configuration.getBindHost()).toCompletionStage().toCompletableFuture()
                .get(30, TimeUnit.SECONDS);
        LOG.info("Servidor HTTP en {}:{} (hasta {} conexiones, {} por dirección; {} s para enviar encabezados)",
                configuration.getBindHost(), server.actualPort(), limits.maxConnections(),
                limits.connectionsPerAddress(), limits.headerTimeoutMillis() / 1000);
    }

    /** Every request passes here first, on its routed path, before Camel's router and before its body is read. */
    private Router front(Vertx vertx, ConnectionGuard guard) {
        Router front = Router.router(vertx);
        front.route().handler(rc -> {
            guard.requestStarted(rc);
            rc.next();
        });
        front.route().handler(new SecurityHeaders());
        front.route().handler(new StalledBodyTimeout(limits.bodyIdleMillis()))
                .failureHandler(StalledBodyTimeout::ignoreClosedConnections);
        front.route().handler(new SameOriginPosts(publicUrl));
        front.route().handler(new SubmissionRateLimit(limits.submissionsPerMinute(), limits.trackedClients(),
                System::nanoTime));
        front.route().handler(new PostSizeLimit(limits.maxPostBytes(), limits.textFieldBytes()));
        front.route(configuration.getPath() + "*").subRouter(camelRouter());
        for (int status : ROUTER_ERRORS) {
            String message = status == 413 ? PostSizeLimit.tooLarge(limits.maxPostBytes()) : ErrorAnswer.message(status);
            front.errorHandler(status, rc -> {
                if (formFieldTooLarge(rc.failure())) {
                    ErrorAnswer.routerError(rc, 413, PostSizeLimit.TEXT_TOO_LARGE);
                } else {
                    ErrorAnswer.routerError(rc, status, message);
                }
            });
        }
        return front;
    }

    /**
     * Whether the body could not be read because a form field is over {@link ServerLimits#textFieldBytes}: Netty
     * says so only in the message of a plain IOException (pinned with Vert.x 4.5), or with TooLongFormFieldException.
     */
    static boolean formFieldTooLarge(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof HttpPostRequestDecoder.TooLongFormFieldException
                    || t instanceof IOException && t.getMessage() != null
                    && t.getMessage().startsWith("Size exceed allowed maximum capacity")) {
                return true;
            }
        }
        return false;
    }

    private VertxPlatformHttpRouter camelRouter() {
        VertxPlatformHttpRouter router = VertxPlatformHttpRouter.lookup(getCamelContext(),
                VertxPlatformHttpRouter.getRouterNameFromPort(configuration.getBindPort()));
        return router != null ? router : VertxPlatformHttpRouter.lookup(getCamelContext());
    }

    /** A request the server could not parse (line or headers too long, malformed): answered in Spanish, then closed. */
    private static void unreadable(HttpServerRequest request) {
        Throwable cause = request.decoderResult().cause();
        int status = cause instanceof TooLongHttpLineException ? 414
                : cause instanceof TooLongHttpHeaderException ? 431 : 400;
        request.response().putHeader("Connection", "close");
        ErrorAnswer.send(request, status, ErrorAnswer.message(status)).onComplete(done -> request.connection().close());
    }

    @Override
    public HttpServer getServer() {
        return server;
    }

    @Override
    public int getPort() {
        return server != null ? server.actualPort() : configuration.getBindPort();
    }

    /** Vert.x stops with the server (Camel's own method needs the thread its start created, which this one does not). */
    @Override
    protected void stopVertx() {
        Vertx vertx = getVertx();
        if (vertx == null) {
            return;
        }
        try {
            vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.warn("No se pudo detener Vert.x: {}", e.toString());
        }
    }

    @Override
    protected void stopServer() {
        if (server == null) {
            return;
        }
        try {
            getCamelContext().removeComponent(PlatformHttpConstants.PLATFORM_HTTP_COMPONENT_NAME);
            server.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.warn("No se pudo cerrar el servidor HTTP: {}", e.toString());
        } finally {
            server = null;
        }
    }
}
