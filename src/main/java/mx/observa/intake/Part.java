package mx.observa.intake;

import java.util.Map;

import mx.observa.model.Channel;

/**
 * One report inside a container, ready to go through the pipeline as a submission of its own.
 *
 * @param content  the bytes ({@code byte[]}) or a file ({@link java.nio.file.Path}) to archive
 * @param declared fields the sender declared for it ({@link mx.observa.model.DeclaredField} keys)
 * @param problem  Spanish reason why it cannot be taken as a report: it is archived like any part (so delivering the
 *                 container again adds nothing) and then quarantined with this reason; null for a normal part
 */
public record Part(String name, Object content, Channel channel, String sender, Map<String, String> declared,
                   String problem) {

    public Part {
        declared = declared == null ? Map.of() : Map.copyOf(declared);
    }

    public static Part of(String name, Object content, Channel channel, String sender, Map<String, String> declared) {
        return new Part(name, content, channel, sender, declared, null);
    }

    public static Part refused(String name, Object content, Channel channel, String sender, Map<String, String> declared,
                               String reason) {
        return new Part(name, content, channel, sender, declared, reason);
    }
}
