package mx.observa.web;

import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * The last step of every route: only the response headers this list allows leave the server ({@link WebHeaders}
 * keeps request data from becoming headers at all on the analysts' routes). The browser protections every answer
 * carries are added by the server itself, for every route alike ({@link SecurityHeaders}).
 */
public final class WebResponse {

    private static final String[] KEEP = {Exchange.CONTENT_TYPE, Exchange.HTTP_RESPONSE_CODE, "Location", "Set-Cookie",
            "Content-Disposition", "Cache-Control", "Content-Security-Policy", "Retry-After"};

    public void finish(Exchange exchange) {
        Message m = exchange.getMessage();
        m.removeHeaders("*", KEEP);
    }
}
