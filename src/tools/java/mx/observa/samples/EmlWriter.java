package mx.observa.samples;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Writes RFC 5322 messages (.eml) as a mail client would save them: CRLF, MIME encoded, fixed IDs and dates. */
final class EmlWriter {

    static final String RECIPIENT_NAME = "Informes de Observación IECM";
    static final String RECIPIENT_ADDRESS = "informes.observacion@iecm.example";

    private static final String CRLF = "\r\n";

    /** Who sends what, when. */
    record Envelope(String fromName, String fromAddress, String subject, LocalDateTime date, String id) {

        String messageId() {
            return "<" + date.format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss")) + "." + id
                    + "@correo.example>";
        }
    }

    /** A message whose body is the report itself (text/plain, UTF-8, quoted-printable). */
    byte[] writeBody(Envelope envelope, String body) {
        StringBuilder sb = headers(envelope, true);
        sb.append("Content-Type: text/plain; charset=UTF-8").append(CRLF);
        sb.append("Content-Transfer-Encoding: quoted-printable").append(CRLF);
        sb.append(CRLF);
        sb.append(MimeEncoding.quotedPrintable(body)).append(CRLF);
        return sb.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** A multipart/mixed message: a short cover note and the report as a base64 attachment. */
    byte[] writeWithAttachment(Envelope envelope, String coverNote, byte[] attachment, String fileName,
                               String mediaType) {
        String boundary = "----=_Part_" + envelope.id() + "_" + envelope.date().format(
                DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
        StringBuilder sb = headers(envelope, false);
        sb.append("Content-Type: multipart/mixed;").append(CRLF).append("\tboundary=\"").append(boundary)
                .append('"').append(CRLF);
        sb.append(CRLF);
        sb.append("This is a multi-part message in MIME format.").append(CRLF);
        sb.append(CRLF).append("--").append(boundary).append(CRLF);
        sb.append("Content-Type: text/plain; charset=UTF-8").append(CRLF);
        sb.append("Content-Transfer-Encoding: quoted-printable").append(CRLF);
        sb.append(CRLF);
        sb.append(MimeEncoding.quotedPrintable(coverNote)).append(CRLF);
        sb.append(CRLF).append("--").append(boundary).append(CRLF);
        String encodedName = MimeEncoding.encodedWords(fileName, false);
        sb.append("Content-Type: ").append(mediaType).append(";").append(CRLF)
                .append("\tname=\"").append(encodedName).append('"').append(CRLF);
        sb.append("Content-Disposition: attachment;").append(CRLF)
                .append("\tfilename=\"").append(encodedName).append("\";").append(CRLF)
                .append("\tfilename*=").append(MimeEncoding.rfc2231(fileName)).append(CRLF);
        sb.append("Content-Transfer-Encoding: base64").append(CRLF);
        sb.append(CRLF);
        sb.append(MimeEncoding.base64(attachment)).append(CRLF);
        sb.append(CRLF).append("--").append(boundary).append("--").append(CRLF);
        return sb.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static StringBuilder headers(Envelope envelope, boolean qEncoding) {
        StringBuilder sb = new StringBuilder();
        sb.append("Date: ").append(MimeEncoding.rfc5322Date(envelope.date())).append(CRLF);
        sb.append("From: ").append(MimeEncoding.displayName(envelope.fromName(), qEncoding)).append(" <")
                .append(envelope.fromAddress()).append('>').append(CRLF);
        sb.append("To: ").append(MimeEncoding.displayName(RECIPIENT_NAME, qEncoding)).append(" <")
                .append(RECIPIENT_ADDRESS).append('>').append(CRLF);
        sb.append("Subject: ").append(MimeEncoding.encodedWords(envelope.subject(), qEncoding)).append(CRLF);
        sb.append("Message-ID: ").append(envelope.messageId()).append(CRLF);
        sb.append("MIME-Version: 1.0").append(CRLF);
        return sb;
    }
}
