package mx.observa.web;

import org.apache.camel.CamelContext;
import org.apache.camel.Service;
import org.apache.camel.component.platform.http.main.DefaultMainHttpServerFactory;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpRouter;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.main.HttpManagementServerConfigurationProperties;
import org.apache.camel.main.HttpServerConfigurationProperties;
import org.apache.camel.main.MainHttpServerFactory;

/**
 * Makes Camel Main start a {@link GuardedHttpServer} for {@code camel.server.*} (it looks for a factory in the
 * registry before using its own): host, port, path, body limit and upload folder come from those settings as usual,
 * Observa's limits from {@link ServerLimits}.
 */
public final class GuardedHttpServerFactory implements MainHttpServerFactory {

    private final ServerLimits limits;
    private final String publicUrl;

    /** @param publicUrl the address observers and analysts use (observa.public-url), an accepted origin of posts */
    public GuardedHttpServerFactory(ServerLimits limits, String publicUrl) {
        this.limits = limits;
        this.publicUrl = publicUrl;
    }

    @Override
    public Service newHttpServer(CamelContext camelContext, HttpServerConfigurationProperties properties) {
        VertxPlatformHttpServerConfiguration c = new VertxPlatformHttpServerConfiguration();
        c.setServerType(VertxPlatformHttpRouter.SERVER_TYPE_SERVER);
        c.setBindHost(properties.getHost());
        c.setBindPort(properties.getPort());
        c.setPath(properties.getPath());
        c.setMaxBodySize(properties.getMaxBodySize());
        c.setUseGlobalSslContextParameters(properties.isUseGlobalSslContextParameters());
        c.getBodyHandler().setHandleFileUploads(properties.isFileUploadEnabled());
        if (properties.getFileUploadDirectory() != null) {
            c.getBodyHandler().setUploadsDirectory(properties.getFileUploadDirectory());
        }
        GuardedHttpServer server = new GuardedHttpServer(c, limits, publicUrl);
        server.setCamelContext(camelContext);
        return server;
    }

    @Override
    public Service newHttpManagementServer(CamelContext camelContext, HttpManagementServerConfigurationProperties properties) {
        DefaultMainHttpServerFactory camel = new DefaultMainHttpServerFactory();
        camel.setCamelContext(camelContext);
        return camel.newHttpManagementServer(camelContext, properties);
    }
}
