package mx.observa.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import jakarta.activation.DataHandler;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mx.observa.model.Channel;
import mx.observa.support.Fixtures;

class MailSplitterTest {

    @TempDir
    Path tmp;

    private Path eml(MimeMessage m) throws Exception {
        m.saveChanges();
        Path file = tmp.resolve("mensaje.eml");
        try (var out = Files.newOutputStream(file)) {
            m.writeTo(out);
        }
        return file;
    }

    private static MimeBodyPart file(String name, String text) throws Exception {
        MimeBodyPart p = new MimeBodyPart();
        p.setDataHandler(new DataHandler(new ByteArrayDataSource(text.getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8")));
        p.setFileName(name);
        return p;
    }

    @Test
    void attachmentsOverTheLimitAreKeptButRefusedWithTheReasonAndRfc2231NamesAreDecoded() throws Exception {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
        m.setFrom(new InternetAddress("Red@Example.org"));
        MimeMultipart parts = new MimeMultipart();
        MimeBodyPart body = new MimeBodyPart();
        body.setText("Van tres.", "UTF-8");
        parts.addBodyPart(body);
        parts.addBodyPart(file("primero.txt", "uno"));
        MimeBodyPart rfc2231 = file("x.txt", "dos");
        rfc2231.setHeader("Content-Disposition", "attachment; filename*=UTF-8''Informe%20a%C3%B1o%20%C3%BAltimo.txt");
        parts.addBodyPart(rfc2231);
        parts.addBodyPart(file("tercero.txt", "tres"));
        m.setContent(parts);

        MailSplitter.Split split = new MailSplitter(25, 20 * 1024, 2).split(eml(m), Channel.CARPETA, null);

        assertThat(split.parts()).extracting(Part::name).containsExactly("primero.txt", "Informe año último.txt", "tercero.txt");
        assertThat(split.parts()).extracting(Part::sender).containsOnly("red@example.org");
        assertThat(split.parts()).extracting(Part::channel).containsOnly(Channel.CARPETA);
        assertThat(split.parts().get(1).problem()).isNull();
        assertThat(split.parts().get(2).problem())
                .isEqualTo("El mensaje trae 3 archivos y se aceptan hasta 2 por mensaje; envíe los demás en otro mensaje.");
        assertThat(new String((byte[]) split.parts().get(2).content(), StandardCharsets.UTF_8)).isEqualTo("tres");
        assertThat(split.notes()).containsExactly("El texto del mensaje es breve; se tomó como nota de envío y no como informe.");
    }

    @Test
    void aMessageWithNothingInItSaysSo() throws Exception {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
        m.setText("   ", "UTF-8");

        MailSplitter.Split split = new MailSplitter(25, 20 * 1024, 50).split(eml(m), Channel.CORREO, "ana@example.org");

        assertThat(split.parts()).isEmpty();
        assertThat(split.notes()).containsExactly("El mensaje no trae texto ni archivos adjuntos.");
    }

    @Test
    void anOutlookMessageIsSplitLikeAnyMessageAndAnAttachedMessageBecomesAMsgFileOfItsOwn() throws Exception {
        String report = "Informe de observación de la mesa receptora de opinión M-02 en Tlalpan. La mesa se instaló a "
                + "las nueve y cuarenta porque faltaban las boletas; durante la jornada hubo propaganda a menos de "
                + "cincuenta metros y la persona responsable la retiró al mediodía.";
        Fixtures.OutlookMessage attached = new Fixtures.OutlookMessage("Informe de Tlalpan", report, "luis@example.org",
                Map.of(), List.of());
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("informe MRO 3 Coyoacán.txt", "Faltaron mamparas en la mesa.".getBytes(StandardCharsets.UTF_8));
        Path msg = tmp.resolve("informes.msg");
        Files.write(msg, Fixtures.msg(new Fixtures.OutlookMessage("Reenvío de informes", "Adjunto los informes.",
                "Ana@Example.org", files, List.of(attached))));

        MailSplitter splitter = new MailSplitter(25, 20 * 1024, 50);
        MailSplitter.Split split = splitter.splitOutlook(msg, Channel.CARPETA, null);

        assertThat(split.parts()).extracting(Part::name)
                .containsExactly("informe MRO 3 Coyoacán.txt", "mensaje reenviado - Informe de Tlalpan.msg");
        assertThat(split.parts()).extracting(Part::sender).containsOnly("ana@example.org");
        assertThat(new String((byte[]) split.parts().get(0).content(), StandardCharsets.UTF_8))
                .isEqualTo("Faltaron mamparas en la mesa.");
        assertThat(split.notes()).containsExactly("El texto del mensaje es breve; se tomó como nota de envío y no como informe.");

        Path inner = Files.write(tmp.resolve("reenviado.msg"), (byte[]) split.parts().get(1).content());
        MailSplitter.Split innerSplit = splitter.splitOutlook(inner, Channel.CARPETA, null);
        assertThat(innerSplit.parts()).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("texto del mensaje.txt");
            assertThat(p.sender()).isEqualTo("luis@example.org");
            assertThat(new String((byte[]) p.content(), StandardCharsets.UTF_8)).isEqualTo(report);
        });
    }

    @Test
    void aDamagedOutlookMessageIsRefusedInSpanish() throws Exception {
        byte[] whole = Fixtures.msg(new Fixtures.OutlookMessage("Asunto", "Texto", null, Map.of(), List.of()));
        Path msg = Files.write(tmp.resolve("roto.msg"), java.util.Arrays.copyOf(whole, whole.length / 3));

        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> new MailSplitter(25, 20 * 1024, 50).splitOutlook(msg, Channel.CORREO, "ana@example.org"))
                .isInstanceOf(mx.observa.model.RejectedSubmission.class)
                .hasMessage("No se pudo leer el mensaje de Outlook: parece dañado o incompleto.");
    }

    @Test
    void thePeopleTheHeadersNameTravelWithEveryPartAndIntoTheMessagesForwardedInside() throws Exception {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
        m.setFrom(new InternetAddress("octavio.rendon@correo.example", "Octavio Rendón Salgado", "UTF-8"));
        m.setRecipients(jakarta.mail.Message.RecipientType.TO, "Consulta IECM <observacion@iecm.example>");
        m.setRecipients(jakarta.mail.Message.RecipientType.CC, "\"Medina, Pilar\" <pmedina77@correo.example>");
        m.setReplyTo(new InternetAddress[] {new InternetAddress("lupita_ortiz@correo.example")});
        MimeMultipart parts = new MimeMultipart();
        MimeBodyPart body = new MimeBodyPart();
        body.setText("Les envío mi informe adjunto.", "UTF-8");
        parts.addBodyPart(body);
        parts.addBodyPart(file("informe.txt", "La mesa abrió a las 9:00."));
        m.setContent(parts);

        MailSplitter splitter = new MailSplitter(25, 20 * 1024, 50);
        MailSplitter.Split split = splitter.split(eml(m), Channel.CARPETA, null);

        assertThat(split.parts()).hasSize(1);
        String people = split.parts().get(0).declared().get(mx.observa.model.DeclaredField.PEOPLE);
        assertThat(people.split("\n")).contains("Octavio Rendón Salgado", "octavio rendon", "octavio.rendon@correo.example",
                "Consulta IECM", "observacion", "Medina, Pilar", "pmedina", "lupita ortiz");

        // the same message forwarded inside another: its parts know the people of both
        MimeMessage outer = new MimeMessage(Session.getInstance(new Properties()));
        outer.setFrom(new InternetAddress("rtellez@colectivo.example", "Ramiro Téllez", "UTF-8"));
        MimeMultipart outerParts = new MimeMultipart();
        MimeBodyPart forwarded = new MimeBodyPart();
        forwarded.setContent(m, "message/rfc822");
        outerParts.addBodyPart(forwarded);
        outer.setContent(outerParts);
        Path outerFile = tmp.resolve("exterior.eml");
        outer.saveChanges();
        try (var out = Files.newOutputStream(outerFile)) {
            outer.writeTo(out);
        }
        Part inner = splitter.split(outerFile, Channel.CARPETA, null).parts().get(0);
        Path innerFile = Files.write(tmp.resolve("interior.eml"), (byte[]) inner.content());
        String both = splitter.split(innerFile, Channel.CARPETA, null, inner.declared()).parts().get(0).declared()
                .get(mx.observa.model.DeclaredField.PEOPLE);
        assertThat(both.split("\n")).contains("Ramiro Téllez", "Octavio Rendón Salgado", "Medina, Pilar");
    }

    @Test
    void aWholeAddressEncodedAsOneWordIsDecodedBeforeItIsRead() throws Exception {
        // some senders encode «Name <address>» whole, across a folded line; it parses as one address without «@»
        String raw = "From: =?utf-8?q?Eulogio_Ba=C3=B1uelos_Sierra_=3Ceulogio=2Ebanuelos=40corr?=\r\n"
                + " =?utf-8?q?eo=2Eexample=3E?=\r\n"
                + "Cc: =?utf-8?q?Prisca_Urd=C3=A1piles_=3Cpurdapiles=40vecinos=2Eexample=3E?=\r\n"
                + "To: observacion@iecm.example\r\nSubject: informe\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
                + "La mesa abrió a las 9:00.\r\n";
        Path file = Files.writeString(tmp.resolve("codificado.eml"), raw, StandardCharsets.UTF_8);

        Part part = new MailSplitter(25, 20 * 1024, 50).split(file, Channel.CARPETA, null).parts().get(0);

        assertThat(part.sender()).isEqualTo("eulogio.banuelos@correo.example");
        assertThat(part.declared().get(mx.observa.model.DeclaredField.PEOPLE).split("\n"))
                .contains("Eulogio Bañuelos Sierra", "eulogio banuelos", "Prisca Urdápiles", "purdapiles@vecinos.example");
    }

    @Test
    void aTextAttachmentIsKeptAsUtf8OnlyWhenItsDeclaredCharsetIsAnotherAndAnythingElseAsSent() throws Exception {
        String text = "“Acta” de la mesa M-07: la señora responsable contó 212 opiniones.";
        byte[] windows1252 = text.getBytes(java.nio.charset.Charset.forName("windows-1252"));
        byte[] utf8WithBom = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
        byte[] pdf = Fixtures.pdf(text);
        java.io.ByteArrayOutputStream raw = new java.io.ByteArrayOutputStream();
        raw.write("From: ana@example.org\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=sep\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII));
        String[][] attachments = {
            {"acta.txt", "text/plain; charset=windows-1252"},
            {"copia.txt", "text/plain; charset=utf-8"},
            {"sin-charset.txt", "text/plain"},
            {"acta.pdf", "text/plain; charset=us-ascii"}, // a client's wrong label
        };
        byte[][] contents = {windows1252, utf8WithBom, windows1252, pdf};
        for (int i = 0; i < attachments.length; i++) {
            raw.write(("--sep\r\nContent-Type: " + attachments[i][1] + "\r\nContent-Disposition: attachment; filename=\""
                    + attachments[i][0] + "\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                    + java.util.Base64.getMimeEncoder().encodeToString(contents[i]) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        }
        raw.write("--sep--\r\n".getBytes(StandardCharsets.US_ASCII));
        Path file = Files.write(tmp.resolve("adjuntos.eml"), raw.toByteArray());

        List<Part> split = new MailSplitter(25, 20 * 1024, 50).split(file, Channel.CORREO, null).parts();

        assertThat(split).extracting(Part::name).containsExactly("acta.txt", "copia.txt", "sin-charset.txt", "acta.pdf");
        assertThat((byte[]) split.get(0).content()).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
        assertThat((byte[]) split.get(1).content()).isEqualTo(utf8WithBom);
        assertThat((byte[]) split.get(2).content()).isEqualTo(windows1252); // the extract stage detects its charset
        assertThat((byte[]) split.get(3).content()).isEqualTo(pdf);
    }

    @Test
    void aBodyIsReadInItsDeclaredCharsetAndWithoutOneByItsBytes() throws Exception {
        String text = "Informe: la mesa abrió tarde porque el señor responsable no llegó; ¿qué pasó con la difusión?";
        String[][] cases = {
            {"text/plain; charset=\"ISO-8859-1\"", "ISO-8859-1"},
            {"text/plain; charset=utf-8", "UTF-8"},
            {"text/plain", "UTF-8"},
            {"text/plain", "ISO-8859-1"},
            {"text/plain; charset=utf-8", "ISO-8859-1"}, // a wrong label
            {"text/plain; charset=x-inventado", "UTF-8"}, // an unknown one
            {"text/plain; charset=", "UTF-8"}, // an empty one
        };
        for (String[] c : cases) {
            String raw = "From: ana@example.org\r\nSubject: informe\r\nMIME-Version: 1.0\r\nContent-Type: " + c[0]
                    + "\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + text + "\r\n";
            Path file = Files.write(tmp.resolve("cuerpo.eml"), raw.getBytes(java.nio.charset.Charset.forName(c[1])));

            List<Part> split = new MailSplitter(25, 20 * 1024, 50).split(file, Channel.CORREO, null).parts();

            assertThat(split).as(c[0] + " / " + c[1]).singleElement().satisfies(p -> assertThat(
                    new String((byte[]) p.content(), StandardCharsets.UTF_8)).isEqualTo(text));
        }
    }

    @Test
    void rawUtf8OrLatin1HeadersAreReadWithTheirAccents() throws Exception {
        for (java.nio.charset.Charset charset : List.of(StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1)) {
            String raw = "From: María Núñez <maria@correo.example>\r\nTo: observacion@iecm.example\r\n"
                    + "Subject: Observación en la Cañada\r\nMIME-Version: 1.0\r\n"
                    + "Content-Type: multipart/mixed; boundary=sep\r\n\r\n"
                    + "--sep\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nVa el informe.\r\n"
                    + "--sep\r\nContent-Type: text/plain; charset=utf-8\r\n"
                    + "Content-Disposition: attachment; filename=\"informe año.txt\"\r\n\r\nLa mesa abrió.\r\n--sep--\r\n";
            Path file = Files.write(tmp.resolve("cabeceras.eml"), raw.getBytes(charset));

            try (var in = Files.newInputStream(file)) {
                var message = MailSplitter.parse(in);
                assertThat(MailSplitter.decodedHeader(message, "Subject")).as(charset.name()).isEqualTo("Observación en la Cañada");
                assertThat(HeaderPeople.of(message)).as(charset.name()).contains("María Núñez");
            }
            assertThat(new MailSplitter(25, 20 * 1024, 50).split(file, Channel.CORREO, null).parts())
                    .extracting(Part::name).as(charset.name()).containsExactly("informe año.txt");
        }
    }

    @Test
    void aPartWithAnUnknownTransferEncodingIsTakenAsItTravelledInsteadOfRefusingTheMessage() throws Exception {
        String text = "La mesa abrió tarde y el señor responsable no llegó sino hasta las once de la mañana.";
        for (String transfer : List.of("8-bit", "utf-8")) {
            String raw = "From: ana@example.org\r\nSubject: informe\r\nMIME-Version: 1.0\r\n"
                    + "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: " + transfer + "\r\n\r\n" + text + "\r\n";
            Path file = Files.write(tmp.resolve("codificacion.eml"), raw.getBytes(StandardCharsets.UTF_8));

            List<Part> split = new MailSplitter(25, 20 * 1024, 50).split(file, Channel.CORREO, null).parts();

            assertThat(split).as(transfer).singleElement().satisfies(p -> assertThat(
                    new String((byte[]) p.content(), StandardCharsets.UTF_8)).isEqualTo(text));
        }
    }
}
