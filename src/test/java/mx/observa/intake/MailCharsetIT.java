package mx.observa.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mx.observa.extract.TextExtractor;
import mx.observa.model.Channel;
import mx.observa.support.TestHome;

/**
 * Real .eml files, written byte by byte as mail clients send them, split as intake splits them and each part read by
 * real Tika (in its child JVMs, as the extract stage does): every text comes out in the charset its part declares,
 * and by detection only when none is declared, with every accent and ñ.
 */
class MailCharsetIT {

    /** A short BOM-less Spanish text of the kind Tika's statistical detectors take for a CJK charset. */
    private static final String REPORT = """
            Informe de la MRO 03-112 en Santa Úrsula Coapa, Coyoacán.
            La mesa abrió a las 9:40 porque el señor responsable llegó tarde con las papeletas.
            ¿Qué faltó? Información: las niñas y los niños preguntaban dónde votar y nadie sabía.""";
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static TextExtractor extractor;

    @TempDir
    Path tmp;

    @BeforeAll
    static void start(@TempDir Path home) {
        extractor = new TextExtractor(TestHome.config(home));
    }

    @AfterAll
    static void stop() {
        extractor.close();
    }

    private static final String HEADERS = "From: =?utf-8?Q?Mar=C3=ADa_Nu=C3=B1ez?= <maria@correo.example>\r\n"
            + "To: observacion@iecm.example\r\nDate: Sun, 1 May 2022 19:02:11 -0500\r\n"
            + "Subject: =?utf-8?Q?Observaci=C3=B3n_en_la_Ca=C3=B1ada,_Coyoac=C3=A1n?=\r\nMIME-Version: 1.0\r\n";

    /** A single-part message: the headers, then the body bytes as they travel (8bit, quoted-printable or base64). */
    private Path singlePart(String contentType, String transferEncoding, byte[] body) throws Exception {
        ByteArrayOutputStream eml = new ByteArrayOutputStream();
        eml.write((HEADERS + "Content-Type: " + contentType + "\r\nContent-Transfer-Encoding: " + transferEncoding
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        eml.write(encoded(transferEncoding, body));
        eml.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        return Files.write(tmp.resolve("mensaje-" + System.nanoTime() + ".eml"), eml.toByteArray());
    }

    private static byte[] encoded(String transferEncoding, byte[] body) throws Exception {
        return switch (transferEncoding) {
            case "base64" -> Base64.getMimeEncoder().encode(body);
            case "quoted-printable" -> {
                ByteArrayOutputStream qp = new ByteArrayOutputStream();
                try (var out = jakarta.mail.internet.MimeUtility.encode(qp, "quoted-printable")) {
                    out.write(body);
                }
                yield qp.toByteArray();
            }
            default -> new String(body, StandardCharsets.ISO_8859_1).replace("\n", "\r\n").getBytes(StandardCharsets.ISO_8859_1);
        };
    }

    /** Each report of the message as the extract stage reads it: name, then text. */
    private List<String> reports(Path eml) throws Exception {
        List<String> texts = new ArrayList<>();
        for (Part part : new MailSplitter(25, 20 * 1024, 50).split(eml, Channel.CORREO, null).parts()) {
            Path file = Files.write(tmp.resolve("parte-" + System.nanoTime()), (byte[]) part.content());
            texts.add(part.name());
            texts.add(extractor.extract(file, part.name()).text());
        }
        return texts;
    }

    private List<String> body(String contentType, String transferEncoding, byte[] bytes) throws Exception {
        return reports(singlePart(contentType, transferEncoding, bytes));
    }

    @Test
    void aSinglePartUtf8MessageIsReadAsUtf8HoweverItsBodyTravels() throws Exception {
        byte[] utf8 = REPORT.getBytes(StandardCharsets.UTF_8);
        for (String transfer : List.of("8bit", "quoted-printable", "base64")) {
            assertThat(body("text/plain; charset=\"utf-8\"", transfer, utf8)).as(transfer)
                    .containsExactly("texto del mensaje.txt", REPORT);
        }
        // The message read whole by Tika (its mail parser drops the part's charset; Observa's detector keeps UTF-8).
        Path eml = singlePart("text/plain; charset=\"utf-8\"", "8bit", utf8);
        assertThat(extractor.extract(eml, "mensaje.eml").text()).contains(REPORT).doesNotContainPattern("\\p{IsHan}");
    }

    @Test
    void latin1AndWindows1252BodiesAreReadAsDeclared() throws Exception {
        assertThat(body("text/plain; charset=ISO-8859-1", "quoted-printable", REPORT.getBytes(StandardCharsets.ISO_8859_1)))
                .containsExactly("texto del mensaje.txt", REPORT);
        String quoted = "“" + REPORT + "” – María";
        assertThat(body("text/plain; charset=windows-1252", "8bit", quoted.getBytes(WINDOWS_1252)))
                .containsExactly("texto del mensaje.txt", quoted);
    }

    @Test
    void withoutACharsetValidUtf8IsUtf8AndOtherBytesLatin1() throws Exception {
        assertThat(body("text/plain", "8bit", REPORT.getBytes(StandardCharsets.UTF_8)))
                .containsExactly("texto del mensaje.txt", REPORT);
        assertThat(body("text/plain", "8bit", REPORT.getBytes(StandardCharsets.ISO_8859_1)))
                .containsExactly("texto del mensaje.txt", REPORT);
    }

    @Test
    void anUnknownOrWrongCharsetDoesNotCrashNorLoseAnAccent() throws Exception {
        assertThat(body("text/plain; charset=x-desconocido", "8bit", REPORT.getBytes(StandardCharsets.UTF_8)))
                .containsExactly("texto del mensaje.txt", REPORT);
        assertThat(body("text/plain; charset=utf-8", "8bit", REPORT.getBytes(StandardCharsets.ISO_8859_1)))
                .containsExactly("texto del mensaje.txt", REPORT);
        assertThat(body("text/plain; charset=iso-8859-1", "base64", REPORT.getBytes(StandardCharsets.UTF_8)))
                .containsExactly("texto del mensaje.txt", REPORT);
    }

    @Test
    void anHtmlBodyWithoutACharsetIsReadInItsMetaCharset() throws Exception {
        String html = "<html><head><meta charset=\"utf-8\"><title>Informe</title></head><body><p>"
                + REPORT.replace("\n", "</p><p>") + "</p></body></html>";
        assertThat(body("text/html", "8bit", html.getBytes(StandardCharsets.UTF_8)))
                .containsExactly("texto del mensaje.html", REPORT);
    }

    @Test
    void textAttachmentsAreReadInTheCharsetTheirPartDeclares() throws Exception {
        // Short texts: too little for a statistical detector to tell Windows-1252 from Latin-1 by itself.
        String quoted = "“La mesa abrió tarde; faltó el señor de la UT.” – María";
        String acta = "“Acta” de la mesa: 312 opiniones, año 2022.";
        String latin1Html = "<html><body><p>" + acta + "</p></body></html>";
        String metaOnlyHtml = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
                + "</head><body><p>" + quoted + "</p></body></html>";
        ByteArrayOutputStream eml = new ByteArrayOutputStream();
        eml.write((HEADERS + "Content-Type: multipart/mixed; boundary=\"=_sep\"\r\n\r\n"
                + "--=_sep\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
                + "Env=C3=ADo mi informe.\r\n"
                + "--=_sep\r\nContent-Type: text/plain; charset=windows-1252; name=\"informe.txt\"\r\n"
                + "Content-Disposition: attachment; filename=\"informe.txt\"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        eml.write(encoded("8bit", quoted.getBytes(WINDOWS_1252)));
        eml.write(("\r\n--=_sep\r\nContent-Type: text/html; charset=iso-8859-1\r\n"
                + "Content-Disposition: attachment; filename=\"acta.html\"\r\nContent-Transfer-Encoding: base64\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        eml.write(encoded("base64", latin1Html.getBytes(WINDOWS_1252))); // as labelled by clients that write Windows-1252
        eml.write(("\r\n--=_sep\r\nContent-Type: text/html\r\n"
                + "Content-Disposition: attachment; filename=\"nota.html\"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        eml.write(encoded("8bit", metaOnlyHtml.getBytes(WINDOWS_1252)));
        eml.write("\r\n--=_sep--\r\n".getBytes(StandardCharsets.US_ASCII));
        Path file = Files.write(tmp.resolve("adjuntos.eml"), eml.toByteArray());

        assertThat(reports(file)).containsExactly("informe.txt", quoted,
                "acta.html", acta,
                "nota.html", quoted);
    }

    @Test
    void anEncodedSubjectComesOutWithItsAccentsAndEnie() throws Exception {
        Path eml = singlePart("text/plain; charset=utf-8", "8bit", REPORT.getBytes(StandardCharsets.UTF_8));
        try (InputStream in = Files.newInputStream(eml)) {
            var message = MailSplitter.parse(in);
            assertThat(MailSplitter.decodedHeader(message, "Subject")).isEqualTo("Observación en la Cañada, Coyoacán");
            assertThat(HeaderPeople.of(message)).contains("María Nuñez");
        }
    }
}
