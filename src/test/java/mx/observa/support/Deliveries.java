package mx.observa.support;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.NotifyBuilder;

/**
 * Waits for whole deliveries of a route: a container's parts are split exchanges that also start from the route,
 * so counting "done" exchanges would count parts; only the original exchange (no correlation id) is counted.
 */
public final class Deliveries {

    private Deliveries() {
    }

    public static NotifyBuilder done(CamelContext context, String routeId, int n) {
        return new NotifyBuilder(context).fromRoute(routeId)
                .filter(e -> e.getProperty(Exchange.CORRELATION_ID) == null)
                .whenDone(n).create();
    }
}
