package mx.observa.web;

import java.util.Set;

import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultHeaderFilterStrategy;

/**
 * The header filter of the analysts' routes ({@code headerFilterStrategy: "#webHeaders"}). Platform-http copies
 * request headers and query parameters into Camel headers, where a parameter such as {@code ?Location=} or
 * {@code ?Cookie=} would look like a header Observa set; on these routes nothing from the request becomes a header
 * (the beans read the request itself, see {@link RequestFacts}). Outgoing, the usual HTTP filter applies, except that
 * {@code Cache-Control} passes: pages with personal data must say {@code no-store}.
 */
public final class WebHeaders extends DefaultHeaderFilterStrategy {

    public WebHeaders() {
        setLowerCase(true);
        setOutFilter(Set.of("content-length", "content-type", "host", "connection", "date", "pragma", "trailer",
                "transfer-encoding", "upgrade", "via", "warning"));
        setOutFilterStartsWith(CAMEL_FILTER_STARTS_WITH);
    }

    @Override
    public boolean applyFilterToExternalHeaders(String headerName, Object headerValue, Exchange exchange) {
        return true;
    }
}
