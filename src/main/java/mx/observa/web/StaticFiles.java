package mx.observa.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import org.apache.camel.Exchange;

/**
 * {@code /static/…} and {@code /api/v1/openapi.yaml}: the few files the pages use, read once from the classpath
 * ({@code src/main/resources/web/}). Only the files listed here exist; nothing from the request becomes a path.
 */
public final class StaticFiles {

    private record Asset(byte[] bytes, String type) {
    }

    private static final Map<String, String> TYPES = Map.of(
            "observa.css", "text/css; charset=utf-8",
            "observa.js", "text/javascript; charset=utf-8",
            "favicon.svg", "image/svg+xml",
            "openapi.yaml", "application/yaml; charset=utf-8");

    private final Map<String, Asset> assets;

    public StaticFiles() {
        Map<String, Asset> loaded = new java.util.HashMap<>();
        TYPES.forEach((name, type) -> loaded.put(name, new Asset(read(name), type)));
        this.assets = Map.copyOf(loaded);
    }

    public Object serve(Exchange exchange) {
        String path = RequestFacts.path(exchange);
        Asset asset = assets.get(path.substring(path.lastIndexOf('/') + 1));
        if (asset == null || (path.startsWith("/static/") && path.endsWith("openapi.yaml"))) {
            exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 404);
            exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "text/plain; charset=utf-8");
            return "No existe.";
        }
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, asset.type());
        exchange.getMessage().setHeader("Cache-Control", "public, max-age=3600");
        return asset.bytes();
    }

    private static byte[] read(String name) {
        try (InputStream in = StaticFiles.class.getResourceAsStream("/web/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Falta el recurso web/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
