package mx.observa.archive;

import java.util.Map;
import java.util.function.Predicate;

import mx.observa.model.Channel;

/**
 * Everything the archive is told about one delivery besides its bytes.
 *
 * @param parent    folio of the container it came in (message, CSV file, form post), or null
 * @param declared  fields the sender declared ({@link mx.observa.model.DeclaredField} keys), never null
 * @param container given the media type detected from the bytes, whether this delivery holds reports instead of
 *                  being one; a container is journaled as such and never processed as a report
 */
public record Delivery(String sourceName, Channel channel, String sender, String parent, Map<String, String> declared,
                       Predicate<String> container) {

    public Delivery {
        declared = declared == null ? Map.of() : declared;
        container = container == null ? type -> false : container;
    }

    /** A file on its own (a folder drop, a command-line ingest). */
    public static Delivery single(String sourceName, Channel channel, String sender) {
        return new Delivery(sourceName, channel, sender, null, Map.of(), type -> false);
    }
}
