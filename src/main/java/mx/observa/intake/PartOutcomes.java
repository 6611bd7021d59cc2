package mx.observa.intake;

import java.util.List;

import org.apache.camel.AggregationStrategy;
import org.apache.camel.Exchange;

import mx.observa.pipeline.Headers;
import mx.observa.pipeline.Outcome;

/**
 * Collects what became of each part of a container into the container's own exchange ({@link Headers#PARTS}),
 * flattening the parts of nested containers (a message forwarded inside a message); a nested container that
 * could not be read is reported as such; a part Observa itself failed to archive fails the container. The container's exchange is
 * returned unchanged otherwise, so nothing of the last part (its submission, its headers) leaks back into it.
 */
public final class PartOutcomes implements AggregationStrategy {

    @Override
    public Exchange aggregate(Exchange oldExchange, Exchange newExchange) {
        throw new UnsupportedOperationException("needs the input exchange");
    }

    @Override
    @SuppressWarnings("unchecked")
    public Exchange aggregate(Exchange oldExchange, Exchange part, Exchange container) {
        if (part.getException() != null) {
            // Observa could not archive a part (its own failure): the whole container is delivered again later, and
            // unpacking it again adds only the parts not taken yet.
            container.setException(part.getException());
            return container;
        }
        List<Outcome> collected = container.getProperty(Headers.PARTS, List.class);
        List<Outcome> nested = part.getProperty(Headers.PARTS, List.class);
        Outcome outcome = part.getProperty(Outcome.PROPERTY, Outcome.class);
        if (nested != null) {
            collected.addAll(nested);
        }
        if (outcome != null && (nested == null || outcome.kind() == Outcome.Kind.QUARANTINED)) {
            collected.add(outcome); // a part, or a nested container that could not be unpacked
        } else if (outcome == null) {
            collected.add(new Outcome(Outcome.Kind.QUARANTINED, null, part.getMessage().getHeader(Headers.SOURCE, String.class),
                    "Error interno al procesar esta parte; el equipo técnico lo revisará."));
        }
        return container;
    }
}
