package mx.observa.intake;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.Locale;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.SynchronizationAdapter;

import mx.observa.archive.Sha256;
import mx.observa.model.Channel;
import mx.observa.pipeline.ContainerKind;
import mx.observa.pipeline.Headers;

/**
 * The mailbox route's own steps: a message polled over IMAP becomes a delivery of its raw bytes (archived as
 * received, then unpacked), keyed for "never twice" by its Message-ID, and tagged with what the acknowledgment
 * needs. Nothing of the message's own headers reaches the rest of the route: a sender cannot set Observa's headers
 * (nor camel-mail's copyTo/moveTo/delete) by writing them into a mail.
 */
public final class MailIntake {

    /** Property: the key that says whether this message was taken before (Message-ID, else the hash of its bytes). */
    public static final String MESSAGE_KEY = "observaMessageKey";
    /** Property: the {@link MessageInfo} the acknowledgment is written from. */
    public static final String MESSAGE = "observaMessage";

    /** What the acknowledgment needs to know about the message it answers. */
    public record MessageInfo(String from, String replyTo, String subject, String messageId, boolean automatic) {
    }

    private final Path workDir;
    private final long maxMessageBytes;
    private final String ownAddress;
    private final String moveTo;

    /**
     * @param workDir         where the raw message is written while it is archived
     * @param maxMessageBytes a whole message larger than this is refused
     * @param ownAddress      Observa's mailbox address: its own messages are never answered
     * @param moveTo          IMAP folder processed messages are moved to, or blank to leave them (marked as read)
     */
    public MailIntake(Path workDir, long maxMessageBytes, String ownAddress, String moveTo) {
        this.workDir = workDir;
        this.maxMessageBytes = maxMessageBytes;
        this.ownAddress = ownAddress == null ? "" : ownAddress.strip().toLowerCase(Locale.ROOT);
        this.moveTo = moveTo == null ? "" : moveTo.strip();
    }

    /** In: body = the polled {@link jakarta.mail.Message}. Out: body = the raw message file, ready for direct:submit. */
    public void read(Exchange exchange) throws MessagingException, IOException {
        jakarta.mail.Message polled = exchange.getMessage().getBody(jakarta.mail.Message.class);
        Files.createDirectories(workDir);
        Path raw = Files.createTempFile(workDir, "correo-", ".eml");
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onDone(Exchange done) {
                try {
                    Files.deleteIfExists(raw);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
        MessageDigest sha = Sha256.digest();
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(raw), sha)) {
            polled.writeTo(out);
        }
        String hash = Sha256.hex(sha);
        MimeMessage message;
        try (var in = new jakarta.mail.util.SharedFileInputStream(raw.toFile())) { // headers only, parts stay on disk
            message = MailSplitter.parse(in);
            MessageInfo info = info(message);
            exchange.setProperty(MESSAGE, info);
            exchange.setProperty(MESSAGE_KEY, info.messageId() != null ? "message-id:" + info.messageId() : "sha256:" + hash);
            Message m = exchange.getMessage();
            m.getHeaders().clear();
            m.setHeader(Headers.SOURCE, sourceName(info.subject()));
            m.setHeader(Headers.CHANNEL, Channel.CORREO.id());
            if (info.from() != null) {
                m.setHeader(Headers.SENDER, info.from());
            }
            m.setBody(raw);
        }
        exchange.setProperty(Headers.CONTAINER, ContainerKind.MESSAGE);
        exchange.setProperty(Headers.MAX_BYTES, maxMessageBytes);
    }

    /** Last step: only camel-mail's own instruction for the mailbox is left (move the message, when configured). */
    public void afterwards(Exchange exchange) {
        Message m = exchange.getMessage();
        m.getHeaders().clear();
        if (!moveTo.isEmpty()) {
            m.setHeader("moveTo", moveTo);
        }
    }

    MessageInfo info(MimeMessage message) throws MessagingException {
        String from = MailSplitter.fromAddress(message);
        String replyTo = from;
        if (message.getReplyTo() != null && message.getReplyTo().length > 0
                && message.getReplyTo()[0] instanceof jakarta.mail.internet.InternetAddress a && a.getAddress() != null) {
            replyTo = a.getAddress().toLowerCase(Locale.ROOT);
        }
        String messageId = message.getMessageID();
        return new MessageInfo(from, replyTo, MailSplitter.decodedHeader(message, "Subject"),
                messageId == null || messageId.isBlank() ? null : messageId.strip(), automatic(message, from));
    }

    /** Mail no person wrote (RFC 3834 auto-replies, bounces, lists, our own): never answered, to avoid loops. */
    private boolean automatic(MimeMessage message, String from) throws MessagingException {
        String auto = message.getHeader("Auto-Submitted", null);
        String precedence = message.getHeader("Precedence", null);
        return (auto != null && !auto.strip().equalsIgnoreCase("no"))
                || (precedence != null && precedence.strip().toLowerCase(Locale.ROOT).matches("bulk|junk|list"))
                || message.getHeader("List-Id") != null
                || from == null
                || from.equals(ownAddress)
                || from.matches("(mailer-daemon|postmaster|no-?reply)@.*");
    }

    private static String sourceName(String subject) {
        String s = subject == null || subject.isBlank() ? "mensaje sin asunto" : subject.replace('/', '-').strip();
        return (s.length() > 120 ? s.substring(0, 120) : s) + ".eml";
    }
}
