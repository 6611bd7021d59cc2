package mx.observa.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParseException;
import jakarta.mail.util.SharedFileInputStream;

import org.apache.poi.hsmf.MAPIMessage;
import org.apache.poi.hsmf.datatypes.AttachmentChunks;
import org.apache.poi.hsmf.datatypes.StringChunk;
import org.apache.poi.hsmf.exceptions.ChunkNotFoundException;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.EntryUtils;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.parser.html.HtmlEncodingDetector;

import mx.observa.extract.DeclaredCharset;
import mx.observa.model.Channel;
import mx.observa.model.RejectedSubmission;

/**
 * One e-mail message (RFC 822, from the mailbox or a .eml file; or an Outlook .msg file) as the reports it carries: the
 * body when it is a report, and every attachment. Handles multipart/alternative (plain text preferred, HTML when it is all there is),
 * inline images (small ones are logos and signatures; large ones are photos of the report), messages forwarded as
 * attachments (they are unpacked in turn), and RFC 2047/2231 encoded subjects and file names.
 */
public final class MailSplitter {

    /** The reports of a message and what the sender should be told about the rest. */
    public record Split(List<Part> parts, List<String> notes) {
    }

    private static final Session SESSION = session();

    private final int minBodyWords;
    private final long minInlineImageBytes;
    private final int maxAttachments;

    /**
     * @param minBodyWords        when a message has attachments, a body shorter than this is a cover note, not a report
     * @param minInlineImageBytes inline images smaller than this are decoration (logos, signatures, tracking pixels)
     * @param maxAttachments      attachments beyond this number are refused with the reason
     */
    public MailSplitter(int minBodyWords, long minInlineImageBytes, int maxAttachments) {
        this.minBodyWords = minBodyWords;
        this.minInlineImageBytes = minInlineImageBytes;
        this.maxAttachments = maxAttachments;
    }

    private static Session session() {
        Properties p = new Properties();
        p.setProperty("mail.mime.decodefilename", "true"); // "=?UTF-8?Q?...?=" file names, common though not standard
        p.setProperty("mail.mime.decodeparameters", "true"); // RFC 2231 file names
        p.setProperty("mail.mime.address.strict", "false");
        return Session.getInstance(p);
    }

    /** Parses a message file (headers only are read eagerly; parts as they are walked). */
    public static MimeMessage parse(InputStream in) throws MessagingException {
        return new MimeMessage(SESSION, in);
    }

    /**
     * @param channel the channel the message came on (its parts keep it)
     * @param sender  who sent it, if the channel knows; else the message's From
     */
    public Split split(Path eml, Channel channel, String sender) {
        return split(eml, channel, sender, Map.of());
    }

    /**
     * @param declared what the container declared: the people named in the headers of the message that carried this one
     *                 (a forwarded message) stay known for its parts
     */
    public Split split(Path eml, Channel channel, String sender, Map<String, String> declared) {
        try (SharedFileInputStream in = new SharedFileInputStream(eml.toFile())) {
            MimeMessage message = parse(in);
            String from = sender != null ? sender : fromAddress(message);
            Collected c = new Collected();
            c.people.addAll(HeaderPeople.named(declared));
            c.people.addAll(HeaderPeople.of(message));
            walk(message, c);
            return assemble(c, channel, from);
        } catch (MessagingException | IOException e) {
            throw new RejectedSubmission("No se pudo leer el mensaje de correo: parece dañado o incompleto.", e);
        }
    }

    /**
     * An Outlook message file (.msg: what Outlook saves, and how it attaches a message to another), split like any
     * message: the body when it is a report, every attachment, and attached messages as .msg files of their own.
     */
    public Split splitOutlook(Path msg, Channel channel, String sender) {
        return splitOutlook(msg, channel, sender, Map.of());
    }

    /** @param declared what the container declared (see {@link #split(Path, Channel, String, Map)}) */
    public Split splitOutlook(Path msg, Channel channel, String sender, Map<String, String> declared) {
        try (MAPIMessage message = new MAPIMessage(msg.toFile())) {
            message.setReturnNullOnMissingChunk(true);
            Collected c = new Collected();
            c.people.addAll(HeaderPeople.named(declared));
            c.people.addAll(HeaderPeople.of(message));
            append(c.plain, message.getTextBody());
            if (c.plain.isEmpty()) {
                append(c.html, message.getHtmlBody());
            }
            for (AttachmentChunks a : message.getAttachmentFiles()) {
                collect(a, c);
            }
            StringChunk email = message.getMainChunks().getEmailFromChunk();
            String from = sender != null ? sender
                    : email != null && email.getValue().contains("@") ? email.getValue().strip().toLowerCase(Locale.ROOT) : null;
            return assemble(c, channel, from);
        } catch (IOException | ChunkNotFoundException | RuntimeException e) {
            throw new RejectedSubmission("No se pudo leer el mensaje de Outlook: parece dañado o incompleto.", e);
        }
    }

    private void collect(AttachmentChunks a, Collected c) throws IOException {
        String name = firstNonBlank(a.getAttachLongFileName(), a.getAttachFileName(), a.getAttachDisplayName());
        if (a.isEmbeddedMessage()) {
            MAPIMessage inner = a.getEmbeddedMessage();
            inner.setReturnNullOnMissingChunk(true);
            String subject;
            try {
                subject = inner.getSubject();
            } catch (ChunkNotFoundException e) {
                subject = null;
            }
            String forwarded = subject == null || subject.isBlank() ? "mensaje reenviado.msg"
                    : "mensaje reenviado - " + subject.replace('/', '-').strip() + ".msg";
            c.attachments.add(new NamedBytes(forwarded, standalone(a.getAttachmentDirectory().getDirectory())));
            return;
        }
        if (a.getAttachData() == null) {
            return; // an OLE object or a link: no file to take
        }
        byte[] bytes = a.getAttachData().getValue();
        String mime = a.getAttachMimeTag() == null ? "" : a.getAttachMimeTag().getValue();
        boolean inline = a.getAttachContentId() != null;
        if (inline && mime.startsWith("image/") && bytes.length < minInlineImageBytes) {
            c.decorations++;
            return;
        }
        c.attachments.add(new NamedBytes(name != null ? name : "adjunto " + (c.attachments.size() + 1), bytes));
    }

    /** A message attached inside a .msg, written out as a .msg file of its own. */
    private static byte[] standalone(DirectoryNode message) throws IOException {
        try (POIFSFileSystem copy = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            EntryUtils.copyNodes(message, copy.getRoot());
            copy.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    private static String firstNonBlank(StringChunk... chunks) {
        for (StringChunk chunk : chunks) {
            if (chunk != null && chunk.getValue() != null && !chunk.getValue().isBlank()) {
                return chunk.getValue().strip();
            }
        }
        return null;
    }

    /** The sender's address (From), lower case, or null. */
    public static String fromAddress(MimeMessage message) throws MessagingException {
        String raw = message.getHeader("From", ",");
        Address[] from = raw != null ? HeaderPeople.addresses(raw) : message.getFrom();
        if (from == null || from.length == 0 || !(from[0] instanceof InternetAddress a) || a.getAddress() == null) {
            return null;
        }
        return a.getAddress().toLowerCase(Locale.ROOT);
    }

    /** A decoded header (RFC 2047 encoded words, or raw UTF-8 or Latin-1 bytes), or null. */
    public static String decodedHeader(MimeMessage message, String name) throws MessagingException {
        String raw = DeclaredCharset.rereadLatin1(message.getHeader(name, null));
        if (raw == null) {
            return null;
        }
        try {
            return MimeUtility.decodeText(MimeUtility.unfold(raw)).strip();
        } catch (UnsupportedEncodingException e) {
            return raw.strip();
        }
    }

    private static final class Collected {
        final StringBuilder plain = new StringBuilder();
        final StringBuilder html = new StringBuilder();
        final List<NamedBytes> attachments = new ArrayList<>();
        /** The people the headers name: every part of the message is about them too. */
        final java.util.Set<String> people = new java.util.LinkedHashSet<>();
        int decorations;
    }

    private record NamedBytes(String name, byte[] bytes) {
    }

    private void walk(jakarta.mail.Part p, Collected c) throws MessagingException, IOException {
        if (p.isMimeType("multipart/*")) {
            Multipart mp = (Multipart) p.getContent();
            for (int i = 0; i < mp.getCount(); i++) {
                walk(mp.getBodyPart(i), c);
            }
            return;
        }
        String fileName = fileName(p);
        boolean attached = jakarta.mail.Part.ATTACHMENT.equalsIgnoreCase(p.getDisposition()) || fileName != null;
        if (p.isMimeType("message/rfc822")) {
            c.attachments.add(new NamedBytes(fileName != null ? fileName : forwardedName(p), bytes(p)));
        } else if (!attached && p.isMimeType("text/plain")) {
            append(c.plain, text(p, bytes(p)));
        } else if (!attached && p.isMimeType("text/html")) {
            append(c.html, text(p, bytes(p)));
        } else {
            byte[] bytes = bytes(p);
            if (!attached && p.isMimeType("image/*") && bytes.length < minInlineImageBytes) {
                c.decorations++;
                return;
            }
            String name = fileName != null ? fileName : generatedName(p, c.attachments.size() + 1);
            c.attachments.add(new NamedBytes(name, inDeclaredCharset(p, name, bytes)));
        }
    }

    private Split assemble(Collected c, Channel channel, String sender) {
        List<Part> parts = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Map<String, String> declared = HeaderPeople.declared(c.people);
        String plain = c.plain.toString().strip();
        String html = c.html.toString().strip();
        String bodyText = !plain.isEmpty() ? plain : visibleText(html);
        boolean bodyIsReport = c.attachments.isEmpty() ? !bodyText.isBlank() : words(bodyText) >= minBodyWords;
        if (bodyIsReport) {
            parts.add(!plain.isEmpty()
                    ? Part.of("texto del mensaje.txt", plain.getBytes(StandardCharsets.UTF_8), channel, sender, declared)
                    : Part.of("texto del mensaje.html", utf8Html(html), channel, sender, declared));
        } else if (!bodyText.isBlank()) {
            notes.add("El texto del mensaje es breve; se tomó como nota de envío y no como informe.");
        }
        for (int i = 0; i < c.attachments.size(); i++) {
            NamedBytes a = c.attachments.get(i);
            if (i < maxAttachments) {
                parts.add(Part.of(a.name(), a.bytes(), channel, sender, declared));
            } else {
                parts.add(Part.refused(a.name(), a.bytes(), channel, sender, declared, "El mensaje trae " + c.attachments.size()
                        + " archivos y se aceptan hasta " + maxAttachments + " por mensaje; envíe los demás en otro mensaje."));
            }
        }
        if (parts.isEmpty()) {
            notes.add("El mensaje no trae texto ni archivos adjuntos.");
        }
        if (c.decorations > 0) {
            notes.add("Se omitieron " + c.decorations + " imágenes pequeñas incrustadas (logotipos o firmas).");
        }
        return new Split(parts, notes);
    }

    private static void append(StringBuilder sb, String text) {
        if (text != null && !text.isBlank()) {
            if (!sb.isEmpty()) {
                sb.append("\n\n");
            }
            sb.append(text.strip());
        }
    }

    private static String fileName(jakarta.mail.Part p) throws MessagingException {
        String name;
        try {
            name = p.getFileName();
        } catch (MessagingException e) {
            return null;
        }
        if (name == null || name.isBlank()) {
            return null;
        }
        name = DeclaredCharset.rereadLatin1(name); // a raw UTF-8 or Latin-1 name
        try {
            return MimeUtility.decodeText(name).strip(); // still-encoded words some clients leave
        } catch (UnsupportedEncodingException e) {
            return name.strip();
        }
    }

    private static String forwardedName(jakarta.mail.Part p) {
        try {
            String subject = p.getContent() instanceof MimeMessage m ? decodedHeader(m, "Subject") : null;
            if (subject != null && !subject.isBlank()) {
                return "mensaje reenviado - " + subject.replace('/', '-').strip() + ".eml";
            }
        } catch (MessagingException | IOException e) {
            // fall through to the generic name
        }
        return "mensaje reenviado.eml";
    }

    private static String generatedName(jakarta.mail.Part p, int n) throws MessagingException {
        String type = p.getContentType() == null ? "application/octet-stream" : p.getContentType().split(";")[0].strip();
        String extension = "";
        try {
            extension = MimeTypes.getDefaultMimeTypes().forName(type).getExtension();
        } catch (MimeTypeException e) {
            // no extension
        }
        return (p.isMimeType("image/*") ? "imagen incrustada " : "adjunto ") + n + extension;
    }

    /**
     * A text part's text, in the charset its Content-Type declares (an HTML part without one: its meta tag's), read
     * by {@link DeclaredCharset}: Jakarta Mail's own decoding reads a part without a charset as ASCII, UTF-8 bytes
     * under a Latin-1 label as mojibake and Latin-1 bytes under a UTF-8 label as U+FFFD, losing every accent.
     */
    private static String text(jakarta.mail.Part p, byte[] bytes) throws MessagingException {
        String declared = declaredCharset(p);
        if (declared == null && p.isMimeType("text/html")) {
            declared = metaCharset(bytes);
        }
        return DeclaredCharset.decode(bytes, declared);
    }

    private static String declaredCharset(jakarta.mail.Part p) throws MessagingException {
        String type = p.getContentType();
        if (type == null) {
            return null;
        }
        try {
            return new ContentType(type).getParameter("charset");
        } catch (ParseException e) {
            return null; // a malformed Content-Type declares nothing usable
        }
    }

    /** The charset an HTML document's meta tag declares, as Tika reads it, or null. */
    private static String metaCharset(byte[] html) {
        try (InputStream in = TikaInputStream.get(html)) {
            Charset charset = new HtmlEncodingDetector().detect(in, new Metadata());
            return charset == null ? null : charset.name();
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * A plain-text, CSV or HTML attachment whose Content-Type declares a charset is kept as UTF-8 (HTML with a meta tag
     * saying so): the declaration lives in the message's headers, not in the file, so the extract stage could only
     * guess and Windows-1252's quotes and dashes came out wrong. The message itself is archived as received. Bytes
     * that already are that text in UTF-8, and anything that only claims to be text (a PDF labelled text/plain),
     * are kept as they are.
     */
    private static byte[] inDeclaredCharset(jakarta.mail.Part p, String name, byte[] bytes) throws MessagingException {
        boolean html = p.isMimeType("text/html");
        boolean text = html || p.isMimeType("text/plain") || p.isMimeType("text/csv");
        if (!text || declaredCharset(p) == null || !looksLikeText(bytes, name)) {
            return bytes;
        }
        String decoded = text(p, bytes);
        byte[] utf8 = decoded.getBytes(StandardCharsets.UTF_8);
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
        if (bom ? Arrays.equals(utf8, 0, utf8.length, bytes, 3, bytes.length) : Arrays.equals(utf8, bytes)) {
            return bytes;
        }
        return html ? utf8Html(decoded) : utf8;
    }

    /** What the bytes are, by their content and name: a text type (plain, CSV, HTML), not a message or a binary. */
    private static boolean looksLikeText(byte[] bytes, String name) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        try (InputStream in = TikaInputStream.get(bytes)) {
            return "text".equals(MimeTypes.getDefaultMimeTypes().detect(in, metadata).getType());
        } catch (IOException e) {
            return false;
        }
    }

    private static byte[] bytes(jakarta.mail.Part p) throws MessagingException, IOException {
        try (InputStream in = p.getInputStream()) {
            return in.readAllBytes();
        } catch (MessagingException | IOException undecodable) {
            // An unknown or broken Content-Transfer-Encoding ("8-bit", "utf-8"): the part as it travelled, rather
            // than the whole message refused.
            InputStream raw = p instanceof MimeBodyPart b ? b.getRawInputStream()
                    : p instanceof MimeMessage m ? m.getRawInputStream() : null;
            if (raw == null) {
                throw undecodable;
            }
            try (raw) {
                return raw.readAllBytes();
            }
        }
    }

    /** The HTML re-encoded as UTF-8 and declared so, whatever charset its own meta tag claimed. */
    private static byte[] utf8Html(String html) {
        String withoutCharset = html.replaceAll("(?i)<meta[^>]*charset[^>]*>", "");
        return ("<meta charset=\"utf-8\">\n" + withoutCharset).getBytes(StandardCharsets.UTF_8);
    }

    /** Roughly what a reader sees of an HTML body; only used to tell a report from a one-line cover note. */
    private static String visibleText(String html) {
        return html.replaceAll("(?is)<(script|style|head)[^>]*>.*?</\\1>", " ")
                .replaceAll("<[^>]+>", " ")
                .replaceAll("&nbsp;|&#160;", " ")
                .strip();
    }

    private static int words(String text) {
        int n = 0;
        for (String line : text.split("\\R")) {
            if (line.startsWith("-- ")) {
                break; // signature
            }
            if (!line.startsWith(">")) {
                for (String w : line.split("[^\\p{L}\\p{N}]+")) {
                    n += w.isEmpty() ? 0 : 1;
                }
            }
        }
        return n;
    }
}
