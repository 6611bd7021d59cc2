package mx.observa.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;

import jakarta.activation.DataHandler;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.attachment.AttachmentMessage;
import org.apache.camel.attachment.CamelFileDataSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;

import mx.observa.archive.Json;
import mx.observa.archive.Sha256;
import mx.observa.archive.SourceNames;
import mx.observa.extract.AcceptedTypes;
import mx.observa.model.Channel;
import mx.observa.model.DeclaredField;
import mx.observa.pipeline.ContainerKind;
import mx.observa.pipeline.Headers;

/**
 * A post of the web form or the API, checked before anything is archived: the declared fields (Spanish message per
 * field), the typed text and the files (count, empty, size, accepted types), so what can be judged at once is
 * answered at once. An accepted post becomes one container — a
 * small JSON manifest of what was posted, so posting the same thing twice is recognized — whose parts are the typed
 * text (a {@link DeclaredDocument}) and every uploaded file, each carrying the declared fields.
 *
 * <p>Fields come from multipart or url-encoded form fields (which platform-http puts in headers) or from a JSON
 * object; files from the multipart attachments named {@code archivo} ({@code archivo[2]}, … when several share the
 * name, see {@code mx.observa.web.UploadFieldNames}).
 */
public final class PostIntake {

    /** The form field of the report's free text, and of the uploaded files. */
    public static final String TEXT = "texto";
    public static final String FILE = "archivo";

    private static final ZoneId MEXICO_CITY = ZoneId.of("America/Mexico_City");

    /** What a post turned out to be. */
    public sealed interface Result permits Accepted, Refused {
    }

    /** A post ready for the pipeline. */
    public record Accepted(Channel channel, Map<String, String> declared, List<Part> items, byte[] manifest)
            implements Result {
    }

    /**
     * A post that cannot be taken as it is.
     *
     * @param status HTTP status: 400 (fields, an empty file), 413 (too large, too many files), 415 (type not accepted)
     * @param errors Spanish message by form field name
     * @param typed  what the person typed, to show the form again with it
     */
    public record Refused(int status, String message, Map<String, String> errors, Map<String, String> typed)
            implements Result {
    }

    private final DeclaredValues values;
    private final BiFunction<Path, String, String> typeDetector;
    private final long maxFileBytes;
    private final int maxFiles;
    private final int maxTextChars;
    private final Clock clock;

    /**
     * @param typeDetector (file, name) → media type detected from the bytes
     */
    public PostIntake(Alcaldias alcaldias, BiFunction<Path, String, String> typeDetector, long maxFileBytes,
                      int maxFiles, int maxTextChars, Clock clock) {
        this.values = new DeclaredValues(alcaldias);
        this.typeDetector = typeDetector;
        this.maxFileBytes = maxFileBytes;
        this.maxFiles = maxFiles;
        this.maxTextChars = maxTextChars;
        this.clock = clock;
    }

    /**
     * @param required fields that must be filled (the web form asks for more than the API)
     */
    public Result read(Exchange exchange, Channel channel, Set<DeclaredField> required) {
        Message m = exchange.getMessage();
        String contentType = String.valueOf(m.getHeader(Exchange.CONTENT_TYPE, "", String.class)).toLowerCase(Locale.ROOT);
        Map<String, String> typed;
        if (contentType.startsWith("application/json")) {
            try {
                typed = json(m.getBody(String.class));
            } catch (IllegalArgumentException e) {
                return new Refused(400, e.getMessage(), Map.of(), Map.of());
            }
        } else if (contentType.startsWith("multipart/form-data") || contentType.startsWith("application/x-www-form-urlencoded")) {
            typed = fields(m);
        } else {
            return new Refused(415, "Tipo de contenido no aceptado («" + contentType + "»). Envíe multipart/form-data "
                    + "(formulario con archivos) o application/json.", Map.of(), Map.of());
        }
        List<Upload> uploads = uploads(exchange);
        Map<String, String> errors = new LinkedHashMap<>();
        DeclaredValues.Checked checked = values.check(typed, required, LocalDate.now(clock.withZone(MEXICO_CITY)));
        checked.errors().forEach((field, msg) -> errors.put(field.key(), msg));
        String text = typed.getOrDefault(TEXT, "").strip();
        if (text.length() > maxTextChars) {
            errors.put(TEXT, "El texto admite hasta " + maxTextChars + " caracteres; adjúntelo como archivo.");
        }
        if (text.isEmpty() && uploads.isEmpty()) {
            errors.put(TEXT, "Escriba el texto del informe o adjunte al menos un archivo.");
        }
        if (!errors.isEmpty()) {
            return new Refused(400, "Revise los datos marcados.", errors, typed);
        }
        Refused files = checkFiles(uploads, typed);
        if (files != null) {
            return files;
        }
        Map<String, String> declared = checked.values();
        String sender = declared.get(DeclaredField.CORREO.key());
        List<Part> items = new ArrayList<>();
        if (!text.isEmpty()) {
            String title = channel == Channel.API ? "Informe enviado por la API" : "Informe enviado por formulario";
            items.add(Part.of(channel == Channel.API ? "texto enviado por la API" : "texto del formulario",
                    DeclaredDocument.render(title, declared, List.of(), List.of(), text), channel, sender, declared));
        }
        for (Upload u : uploads) {
            items.add(Part.of(u.name(), u.file(), channel, sender, declared));
        }
        return new Accepted(channel, declared, items, manifest(channel, declared, items));
    }

    /**
     * Sets the exchange up for {@code direct:submit}: the parts for the unpack route, our headers only.
     *
     * @return the body to send: the post's manifest
     */
    public byte[] handOver(Exchange exchange, Accepted post) {
        Message m = exchange.getMessage();
        m.getHeaders().clear();
        m.setHeader(Headers.SOURCE, post.channel() == Channel.API ? "envío por la API.json" : "envío por formulario.json");
        m.setHeader(Headers.CHANNEL, post.channel().id());
        String sender = post.declared().get(DeclaredField.CORREO.key());
        if (sender != null) {
            m.setHeader(Headers.SENDER, sender);
        }
        m.setBody(post.manifest());
        exchange.setProperty(Headers.CONTAINER, ContainerKind.POST);
        exchange.setProperty(Headers.DECLARED, post.declared());
        exchange.setProperty(Unpacking.ITEMS, post.items());
        return post.manifest();
    }

    private record Upload(String name, Path file, long size) {
    }

    private Refused checkFiles(List<Upload> uploads, Map<String, String> typed) {
        if (uploads.size() > maxFiles) {
            return new Refused(413, "Se aceptan hasta " + maxFiles + " archivos por envío y se recibieron "
                    + uploads.size() + ".", Map.of(FILE, "Demasiados archivos."), typed);
        }
        for (Upload u : uploads) {
            if (u.size() == 0) {
                String msg = "El archivo «%s» está vacío (0 bytes).".formatted(u.name());
                return new Refused(400, msg, Map.of(FILE, msg), typed);
            }
            if (u.size() > maxFileBytes) {
                String msg = "El archivo «%s» pesa %d MB y el máximo aceptado es %d MB."
                        .formatted(u.name(), u.size() / (1024 * 1024), maxFileBytes / (1024 * 1024));
                return new Refused(413, msg, Map.of(FILE, msg), typed);
            }
            String type = typeDetector.apply(u.file(), u.name());
            if (!AcceptedTypes.accepts(type)) {
                String msg = "El archivo «%s» no es de un tipo aceptado (%s). Formatos aceptados: %s."
                        .formatted(u.name(), type, AcceptedTypes.DESCRIPTION_ES);
                return new Refused(415, msg, Map.of(FILE, msg), typed);
            }
        }
        return null;
    }

    /** What the person typed in a form post, to show the form again with it. */
    public Map<String, String> typed(Exchange exchange) {
        return fields(exchange.getMessage());
    }

    /** Form fields as the person typed them (platform-http gives repeated names as lists: the first one counts). */
    private static Map<String, String> fields(Message m) {
        Map<String, String> typed = new LinkedHashMap<>();
        for (DeclaredField f : DeclaredField.values()) {
            if (f != DeclaredField.FILA) {
                put(typed, f.key(), m.getHeader(f.key()));
            }
        }
        put(typed, TEXT, m.getHeader(TEXT));
        return typed;
    }

    private static void put(Map<String, String> typed, String key, Object value) {
        Object v = value instanceof List<?> l ? (l.isEmpty() ? null : l.get(0)) : value;
        if (v != null) {
            typed.put(key, v.toString());
        }
    }

    private static Map<String, String> json(String body) {
        Map<String, Object> parsed;
        try {
            parsed = Json.MAPPER.readValue(body == null ? "" : body, new TypeReference<Map<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("El cuerpo no es un objeto JSON válido.");
        }
        if (parsed == null) {
            throw new IllegalArgumentException("El cuerpo no es un objeto JSON válido.");
        }
        Map<String, String> typed = new LinkedHashMap<>();
        parsed.forEach((k, v) -> {
            if (v != null && !(v instanceof Map) && !(v instanceof List)) {
                typed.put(k, v.toString());
            }
        });
        typed.remove(DeclaredField.FILA.key());
        return typed;
    }

    /** Files uploaded under "archivo" (and "archivo[2]"…), in the order they were sent; empty file inputs skipped. */
    private static List<Upload> uploads(Exchange exchange) {
        List<Upload> uploads = new ArrayList<>();
        AttachmentMessage am = exchange.getMessage(AttachmentMessage.class); // attachments are a trait of the message
        if (!am.hasAttachments()) {
            return uploads;
        }
        for (Map.Entry<String, DataHandler> e : am.getAttachments().entrySet()) {
            String field = e.getKey().replaceAll("\\[\\d+]$", "");
            DataHandler dh = e.getValue();
            if (!FILE.equals(field) || !(dh.getDataSource() instanceof CamelFileDataSource ds)) {
                continue;
            }
            Path file = ds.getFile().toPath();
            String name = dh.getName();
            long size;
            try {
                size = Files.size(file);
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            if ((name == null || name.isBlank()) && size == 0) {
                continue; // a file input left empty
            }
            uploads.add(new Upload(SourceNames.clean(name), file, size));
        }
        return uploads;
    }

    /** What was posted, in a stable form: the same post gives the same bytes. */
    private static byte[] manifest(Channel channel, Map<String, String> declared, List<Part> items) {
        List<Map<String, Object>> parts = new ArrayList<>();
        for (Part p : items) {
            Map<String, Object> entry = new TreeMap<>();
            entry.put("nombre", p.name());
            entry.put("sha256", sha256(p.content()));
            parts.add(entry);
        }
        Map<String, Object> manifest = new TreeMap<>();
        manifest.put("canal", channel.id());
        manifest.put("campos", new TreeMap<>(declared));
        manifest.put("partes", parts);
        try {
            return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(Object content) {
        return content instanceof Path p ? Sha256.of(p) : Sha256.of((byte[]) content);
    }
}
