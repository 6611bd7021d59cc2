package mx.observa.web;

import io.vertx.core.http.impl.HttpUtils;
import io.vertx.ext.web.RoutingContext;

/**
 * The path a request is routed by, which is what every limit and check must look at: the router normalises the path
 * it is sent ({@code //api/v1/informes}, {@code /api/v1/%69nformes}, {@code /api/v1/./informes} and
 * {@code /api/v1/x/../informes} all reach the submission API), so a check comparing the raw string would let those
 * spellings through. Without the trailing slash, which the router ignores too.
 */
final class RoutedPath {

    private RoutedPath() {
    }

    static String of(RoutingContext rc) {
        return withoutTrailingSlash(rc.normalizedPath());
    }

    /** The routed form of a raw request path (for code that only has the request). */
    static String of(String rawPath) {
        return withoutTrailingSlash(rawPath == null ? "/" : HttpUtils.normalizePath(rawPath));
    }

    /** Whether the request goes to the API (answers in JSON) rather than to a page. */
    static boolean isApi(String routedPath) {
        return routedPath.equals("/api") || routedPath.startsWith("/api/");
    }

    private static String withoutTrailingSlash(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
