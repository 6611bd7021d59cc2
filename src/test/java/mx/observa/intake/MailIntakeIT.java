package mx.observa.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.activation.DataHandler;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.core.type.TypeReference;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

import mx.observa.app.ObservaService;
import mx.observa.app.Status;
import mx.observa.archive.Journal;
import mx.observa.archive.JournalView;
import mx.observa.archive.Json;
import mx.observa.archive.SubmissionState;
import mx.observa.config.ObservaConfig;
import mx.observa.index.SearchHit;
import mx.observa.index.SearchRequest;
import mx.observa.support.Deliveries;
import mx.observa.support.Fixtures;
import mx.observa.support.Inbox;
import mx.observa.support.Mailbox;
import mx.observa.support.TestHome;

/** The mailbox channel against a real IMAP + SMTP server (GreenMail) running in the test JVM. */
class MailIntakeIT {

    private static final String MAILBOX = Mailbox.ADDRESS;
    private static final String ANA = "ana@example.org";
    /**
     * A part's line in the acknowledgment, written once the message is archived: received — or already processed,
     * when processing was quicker than the acknowledgment.
     */
    private static final String RECEIVED = "  • .*: folio OBS-2022-\\d{6}, (recibido|procesado)\\.";

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @TempDir
    Path tmp;

    private ObservaConfig config;
    private ObservaService service;
    private final Session session = Session.getInstance(new Properties());

    @BeforeEach
    void start() throws Exception {
        config = Mailbox.configure(TestHome.config(tmp), MAIL)
                .with("observa.public-url", "https://observa.example.org/")
                .with("observa.limits.max-file-mb", "1");
        service = ObservaService.start(config, ObservaService.Mode.SERVICE);
    }

    @AfterEach
    void stop() {
        if (service != null) {
            service.close();
        }
    }

    private MimeMessage message(String subject) throws Exception {
        MimeMessage m = new MimeMessage(session);
        m.setFrom(new InternetAddress(ANA, "Ana Pérez", "UTF-8"));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress(MAILBOX));
        m.setSubject(subject, "UTF-8");
        return m;
    }

    private static MimeBodyPart text(String body) throws Exception {
        MimeBodyPart p = new MimeBodyPart();
        p.setText(body, "UTF-8");
        return p;
    }

    private static MimeBodyPart attachment(String name, String type, byte[] bytes) throws Exception {
        MimeBodyPart p = new MimeBodyPart();
        p.setDataHandler(new DataHandler(new ByteArrayDataSource(bytes, type)));
        p.setFileName(name);
        return p;
    }

    private void deliver(MimeMessage m) throws Exception {
        m.saveChanges();
        MAIL.getUserManager().getUser(MAILBOX).deliver(m);
    }

    private NotifyBuilder polled(int messages) {
        return Deliveries.done(service.camelContext(), "entrada-correo", messages);
    }

    private List<SearchHit> search(String q) {
        return service.search().search(new SearchRequest(q, null, null, null, "correo", 0, 50)).hits();
    }

    private List<MimeMessage> replies() {
        return Arrays.asList(MAIL.getReceivedMessagesForDomain("example.org"));
    }

    private static String body(MimeMessage m) throws Exception {
        return m.getContent().toString();
    }

    private static String folioOf(String line) {
        Matcher m = Pattern.compile("folio (OBS-2022-\\d{6})").matcher(line);
        return m.find() ? m.group(1) : null;
    }

    /** What the sender learns at /estado (here through the API's status), which the acknowledgment points to. */
    private Map<String, Object> estado(String folio) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + config.get("observa.port") + "/api/v1/informes/" + folio + "/estado")).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return Json.MAPPER.readValue(r.body(), new TypeReference<>() { });
    }

    /** The acknowledgment goes out once the message is archived; processing follows from the journal. */
    private void processed() throws InterruptedException {
        Inbox.awaitProcessed(service);
    }

    private static String lineOf(String reply, String file) {
        return reply.lines().filter(l -> l.startsWith("  • " + file + ":")).findFirst().orElse("(no aparece " + file + ")");
    }

    @Test
    void everyAcceptedFormatIsAReportWithItsFolioAndTheSenderGetsOneSpanishAcknowledgment() throws Exception {
        MimeMessage forwarded = message("Informe de la mesa M-07");
        MimeMultipart inner = new MimeMultipart();
        inner.addBodyPart(text("Reenvío el informe de mi compañera sobre la mesa M-07."));
        inner.addBodyPart(attachment("mesa 7.txt", "text/plain; charset=UTF-8",
                "En la mesa M-07 hubo acarreo de votantes en camionetas.".getBytes(StandardCharsets.UTF_8)));
        forwarded.setContent(inner);
        forwarded.saveChanges();
        MimeBodyPart forwardedPart = new MimeBodyPart();
        forwardedPart.setContent(forwarded, "message/rfc822");

        MimeBodyPart encodedName = attachment("x.pdf", "application/pdf", Fixtures.pdf("Las urnas llegaron selladas."));
        encodedName.setHeader("Content-Disposition", "attachment; filename=\"=?UTF-8?Q?Informe_de_observaci=C3=B3n_=C3=B1.pdf?=\"");

        MimeMultipart parts = new MimeMultipart();
        parts.addBodyPart(text("Buenas tardes. Envío mi informe de observación de la mesa M-01 en Iztapalapa: la mesa "
                + "se instaló a las 9:40 porque el material llegó tarde, y las personas funcionarias no sabían cómo "
                + "usar la tableta para consultar la lista nominal. Adjunto también los documentos de mis compañeros."));
        parts.addBodyPart(encodedName);
        parts.addBodyPart(attachment("notas latin1.txt", "text/plain; charset=ISO-8859-1",
                "Faltó información sobre los proyectos en la colonia.".getBytes(StandardCharsets.ISO_8859_1)));
        parts.addBodyPart(attachment("resumen.html", "text/html; charset=UTF-8",
                "<html><body><p>Las mamparas estaban mal colocadas.</p></body></html>".getBytes(StandardCharsets.UTF_8)));
        parts.addBodyPart(attachment("cierre.rtf", "application/rtf", Fixtures.rtf("La mesa cerr\\'f3 a las 18:00 sin conteo p\\'fablico.")));
        parts.addBodyPart(attachment("informe.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                Fixtures.docx("Se negó el acceso a una persona observadora acreditada.")));
        parts.addBodyPart(attachment("informe.odt", "application/vnd.oasis.opendocument.text",
                Fixtures.odt("Hubo coacción del voto cerca de la escuela.")));
        parts.addBodyPart(attachment("foto del acta.png", "image/png", Fixtures.png("BOLETAS INSUFICIENTES")));
        parts.addBodyPart(attachment("respuestas.csv", "text/csv; charset=UTF-8",
                ("Nombre,Alcaldía,Describa lo observado\nAna,Iztapalapa,Propaganda en la entrada de la escuela.\n"
                        + "Beto,Tlalpan,Votación tranquila y ordenada.\n").getBytes(StandardCharsets.UTF_8)));
        parts.addBodyPart(forwardedPart);
        parts.addBodyPart(attachment("protegido.pdf", "application/pdf", Fixtures.encryptedPdf("Secreto")));
        parts.addBodyPart(attachment("paisaje.jpg", "image/jpeg", Fixtures.blankJpg()));
        parts.addBodyPart(attachment("dañado.pdf", "application/pdf",
                "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj << /Kids [3 0 R".getBytes(StandardCharsets.US_ASCII)));
        parts.addBodyPart(attachment("enorme.txt", "text/plain", "Texto muy largo. ".repeat(80_000).getBytes(StandardCharsets.UTF_8)));
        MimeMessage m = message("Informe de observación – MRO 07-123 (Ñ)");
        m.setContent(parts);
        NotifyBuilder done = polled(1);

        deliver(m);

        assertThat(done.matches(120, TimeUnit.SECONDS)).isTrue();
        processed();
        assertThat(search("tableta")).extracting(SearchHit::source).containsExactly("texto del mensaje.txt");
        assertThat(search("urnas")).extracting(SearchHit::source).containsExactly("Informe de observación ñ.pdf");
        // a phrase: the word alone also finds its family («informacion» put back as «información» shares «inform» with
        // the body's «informe»), and what this checks is that the Latin-1 attachment was read with its accents
        assertThat(search("\"informacion sobre los proyectos\"")).extracting(SearchHit::source)
                .containsExactly("notas latin1.txt");
        assertThat(search("mamparas")).extracting(SearchHit::source).containsExactly("resumen.html");
        assertThat(search("\"conteo publico\"")).extracting(SearchHit::source).containsExactly("cierre.rtf");
        assertThat(search("acreditada")).extracting(SearchHit::source).containsExactly("informe.docx");
        assertThat(search("coaccion")).extracting(SearchHit::source).containsExactly("informe.odt");
        assertThat(search("boletas")).extracting(SearchHit::source).containsExactly("foto del acta.png");
        assertThat(search("acarreo")).extracting(SearchHit::source).containsExactly("mesa 7.txt");
        assertThat(service.search().search(new SearchRequest("propaganda", null, "Iztapalapa", null, "csv", 0, 5)).hits())
                .extracting(SearchHit::source).containsExactly("respuestas.csv, fila 2");

        JournalView journal = Journal.read(config.journalDir());
        SubmissionState message = journal.submissions().get(0);
        assertThat(message.isContainer()).isTrue();
        assertThat(message.channel()).isEqualTo("correo");
        assertThat(journal.submissions()).filteredOn(s -> s.parent() == null).containsExactly(message);
        Status status = Status.read(config);
        assertThat(status.reports()).isEqualTo(11); // body, 7 files, 2 CSV rows, the forwarded message's attachment
        assertThat(status.quarantined()).isEqualTo(4);

        assertThat(replies()).singleElement().satisfies(reply -> {
            assertThat(reply.getAllRecipients()).extracting(Object::toString).containsExactly(ANA);
            assertThat(reply.getSubject()).isEqualTo("Acuse de recibo " + message.folio()
                    + ": Informe de observación – MRO 07-123 (Ñ)");
            assertThat(reply.getHeader("In-Reply-To")[0]).isEqualTo(m.getMessageID());
            assertThat(reply.getHeader("Auto-Submitted")[0]).isEqualTo("auto-replied");
            String text = body(reply);
            assertThat(text).contains("Folio del mensaje: " + message.folio() + ".")
                    .contains("https://observa.example.org/estado");
            for (String file : List.of("texto del mensaje.txt", "Informe de observación ñ.pdf", "notas latin1.txt",
                    "resumen.html", "cierre.rtf", "informe.docx", "informe.odt", "foto del acta.png",
                    "respuestas.csv, fila 2", "respuestas.csv, fila 3", "mesa 7.txt")) {
                String line = lineOf(text, file);
                assertThat(line).as(file).matches(RECEIVED);
                assertThat(journal.submissions()).as(file)
                        .anySatisfy(s -> assertThat(s.folio()).isEqualTo(folioOf(line)));
                assertThat(estado(folioOf(line))).as(file).containsEntry("estado", "procesado");
            }
            assertThat(estado(folioOf(lineOf(text, "protegido.pdf")))).containsEntry("estado", "en cuarentena")
                    .containsEntry("motivo", "El documento está protegido con contraseña. Envíelo sin contraseña.");
            assertThat(estado(folioOf(lineOf(text, "paisaje.jpg")))).containsEntry("estado", "en cuarentena")
                    .extractingByKey("motivo").asString().startsWith("No se encontró texto en el archivo.");
            assertThat(estado(folioOf(lineOf(text, "dañado.pdf")))).containsEntry("estado", "en cuarentena")
                    .containsEntry("motivo", "No se pudo leer el archivo (application/pdf): parece dañado o incompleto.");
            assertThat(lineOf(text, "enorme.txt")).isEqualTo("  • enorme.txt: no se recibió: El archivo supera el máximo aceptado de 1 MB.");
        });
    }

    @Test
    void aMessageWithThirtyAttachmentsIsThirtyReportsAndAShortCoverNoteIsNotOne() throws Exception {
        MimeMultipart parts = new MimeMultipart();
        parts.addBodyPart(text("Adjunto los informes de la red. Saludos."));
        for (int i = 1; i <= 30; i++) {
            parts.addBodyPart(attachment("informe " + i + ".txt", "text/plain; charset=UTF-8",
                    ("Informe número " + i + ": la mesa " + i + " abrió con retraso de " + (i * 3) + " minutos.")
                            .getBytes(StandardCharsets.UTF_8)));
        }
        MimeMessage m = message("Informes de la red");
        m.setContent(parts);
        NotifyBuilder done = polled(1);

        deliver(m);

        assertThat(done.matches(120, TimeUnit.SECONDS)).isTrue();
        processed();
        assertThat(Status.read(config).reports()).isEqualTo(30);
        assertThat(search("retraso")).hasSize(30);
        assertThat(replies()).singleElement().satisfies(reply -> {
            String text = body(reply);
            assertThat(text.lines().filter(l -> l.startsWith("  • informe ") && l.matches(RECEIVED))).hasSize(30);
            assertThat(text).contains("El texto del mensaje es breve; se tomó como nota de envío y no como informe.");
        });
    }

    @Test
    void aZipAttachedToAMessageIsUnpackedAndTheAcknowledgmentListsEachOfItsReports() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("red/mesa 8.txt", "En la mesa 8 no había tinta indeleble.".getBytes(StandardCharsets.UTF_8));
        entries.put("red/mesa 9.docx", Fixtures.docx("En la mesa 9 se cerró la votación antes de tiempo."));
        MimeMultipart parts = new MimeMultipart();
        parts.addBodyPart(text("Van los informes de la red en un ZIP."));
        parts.addBodyPart(attachment("informes de la red.zip", "application/zip",
                Fixtures.zip(entries, StandardCharsets.UTF_8)));
        MimeMessage m = message("Informes de la red (ZIP)");
        m.setContent(parts);
        NotifyBuilder done = polled(1);

        deliver(m);

        assertThat(done.matches(120, TimeUnit.SECONDS)).isTrue();
        processed();
        assertThat(search("tinta")).extracting(SearchHit::source).containsExactly("mesa 8.txt");
        assertThat(search("votacion")).extracting(SearchHit::source).containsExactly("mesa 9.docx");
        JournalView journal = Journal.read(config.journalDir());
        SubmissionState message = journal.submissions().get(0);
        SubmissionState zip = journal.submissions().stream().filter(s -> "informes de la red.zip".equals(s.source()))
                .findFirst().orElseThrow();
        assertThat(zip.isContainer()).isTrue();
        assertThat(zip.parent()).isEqualTo(message.folio());
        assertThat(journal.submissions()).filteredOn(s -> s.source().startsWith("mesa "))
                .hasSize(2).allSatisfy(s -> assertThat(s.parent()).isEqualTo(zip.folio()));
        assertThat(replies()).singleElement().satisfies(reply -> {
            String text = body(reply);
            for (String file : List.of("mesa 8.txt", "mesa 9.docx")) {
                assertThat(lineOf(text, file)).as(file).matches(RECEIVED);
                assertThat(estado(folioOf(lineOf(text, file)))).as(file).containsEntry("estado", "procesado");
            }
        });
    }

    @Test
    void aRepollAfterARestartImportsNothingNewEvenWhenTheMessageAppearsAgain() throws Exception {
        MimeMessage m = message("Informe MRO 3");
        m.setText("En la mesa 3 de Coyoacán se permitió votar sin credencial a dos personas.", "UTF-8");
        NotifyBuilder first = polled(1);
        deliver(m);
        assertThat(first.matches(60, TimeUnit.SECONDS)).isTrue();
        int journalEntries = Journal.read(config.journalDir()).submissions().size();
        assertThat(replies()).hasSize(1);
        service.close();
        service = null;

        // Another client marks it unread, and the same message is copied into the mailbox again (another UID).
        Store store = session.getStore("imap");
        store.connect("127.0.0.1", MAIL.getImap().getPort(), MAILBOX, Mailbox.PASSWORD);
        Folder inbox = store.getFolder("INBOX");
        inbox.open(Folder.READ_WRITE);
        inbox.appendMessages(new Message[] {new MimeMessage((MimeMessage) inbox.getMessage(1))});
        inbox.setFlags(inbox.getMessages(), new Flags(Flags.Flag.SEEN), false);
        assertThat(inbox.getUnreadMessageCount()).isEqualTo(2);
        inbox.close(false);
        store.close();

        service = ObservaService.start(config, ObservaService.Mode.SERVICE);
        NotifyBuilder again = polled(2);
        assertThat(again.matches(60, TimeUnit.SECONDS)).isTrue();
        processed();

        JournalView journal = Journal.read(config.journalDir());
        assertThat(journal.submissions()).hasSize(journalEntries);
        assertThat(journal.repeats()).isEmpty();
        assertThat(replies()).hasSize(1);
        assertThat(Status.read(config).reports()).isEqualTo(1);
    }

    @Test
    void anHtmlOnlyMessageWithInlineImagesAndEncodedHeadersIsRead() throws Exception {
        MimeMultipart related = new MimeMultipart("related");
        MimeBodyPart html = new MimeBodyPart();
        html.setContent("<html><head><meta charset=\"iso-8859-1\"></head><body><p><img src=\"cid:logo\">"
                + "Reporte: la <b>votación</b> en la MRO 12 se suspendió una hora por falta de energía eléctrica.</p>"
                + "<p><img src=\"cid:foto\"></p></body></html>", "text/html; charset=UTF-8");
        related.addBodyPart(html);
        MimeBodyPart logo = new MimeBodyPart();
        logo.setDataHandler(new DataHandler(new ByteArrayDataSource(Fixtures.tinyPng(), "image/png")));
        logo.setContentID("<logo>");
        logo.setDisposition(MimeBodyPart.INLINE);
        related.addBodyPart(logo);
        MimeMessage m = message("x");
        m.setHeader("Subject", "=?ISO-8859-1?Q?Votaci=F3n_suspendida_en_Tl=E1huac?=");
        m.setContent(related);
        NotifyBuilder done = polled(1);

        deliver(m);

        assertThat(done.matches(60, TimeUnit.SECONDS)).isTrue();
        processed();
        assertThat(search("energia electrica")).extracting(SearchHit::source).containsExactly("texto del mensaje.html");
        assertThat(replies()).singleElement().satisfies(reply -> {
            assertThat(reply.getSubject()).endsWith(": Votación suspendida en Tláhuac");
            assertThat(body(reply)).contains("Recibimos su mensaje «Votación suspendida en Tláhuac».")
                    .contains("Se omitieron 1 imágenes pequeñas incrustadas (logotipos o firmas).");
        });
    }

    @Test
    void everyBodyAndTextAttachmentIsReadInTheCharsetItsPartDeclaresOrByItsBytesWithoutOne() throws Exception {
        String single = "Informe de la MRO 05-031 en San Ángel, Álvaro Obregón: la mesa abrió a las 9:40 porque el señor "
                + "responsable llegó tarde con las papeletas; ¿qué faltó? Información para las niñas y los niños.";
        String noCharset = "Observé la mesa M-12 en Xochimilco: el acompañamiento de la coordinación fue puntual, "
                + "pero faltó señalización y la fila se alargó más de una hora bajo el sol del mediodía.";
        String acta = "“Acta” de la mesa M-12: 212 opiniones, año 2022 – sin incidentes.";
        String headers = "From: =?utf-8?Q?Ana_P=C3=A9rez?= <" + ANA + ">\r\nTo: " + MAILBOX + "\r\nMIME-Version: 1.0\r\n";
        // The most common mail there is: one text/plain part, declared UTF-8, sent as 8bit.
        byte[] first = (headers + "Subject: =?utf-8?Q?Observaci=C3=B3n_en_San_=C3=81ngel_y_la_Ca=C3=B1ada?=\r\n"
                + "Content-Type: text/plain; charset=\"utf-8\"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + single + "\r\n")
                .getBytes(StandardCharsets.UTF_8);
        // A body without a charset (UTF-8 bytes) and a short Windows-1252 attachment that says so.
        java.io.ByteArrayOutputStream second = new java.io.ByteArrayOutputStream();
        second.write((headers + "Subject: Informe M-12\r\nContent-Type: multipart/mixed; boundary=sep\r\n\r\n"
                + "--sep\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + noCharset + "\r\n"
                + "--sep\r\nContent-Type: text/plain; charset=windows-1252\r\nContent-Disposition: attachment; "
                + "filename=acta.txt\r\nContent-Transfer-Encoding: 8bit\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        second.write(acta.getBytes(java.nio.charset.Charset.forName("windows-1252")));
        second.write("\r\n--sep--\r\n".getBytes(StandardCharsets.US_ASCII));
        NotifyBuilder done = polled(2);

        for (byte[] raw : List.of(first, second.toByteArray())) {
            // as received: saveChanges() would rewrite the headers under test
            MAIL.getUserManager().getUser(MAILBOX).deliver(new MimeMessage(session, new java.io.ByteArrayInputStream(raw)));
        }

        assertThat(done.matches(60, TimeUnit.SECONDS)).isTrue();
        processed();
        List<String> texts = new ArrayList<>();
        for (SubmissionState s : Journal.read(config.journalDir()).submissions()) {
            service.store().get(s.folio()).ifPresent(r -> texts.add(s.source() + ": " + r.text()));
        }
        assertThat(texts).containsExactlyInAnyOrder("texto del mensaje.txt: " + single,
                "texto del mensaje.txt: " + noCharset, "acta.txt: " + acta);
        assertThat(replies()).extracting(MimeMessage::getSubject)
                .anySatisfy(subject -> assertThat(subject).endsWith(": Observación en San Ángel y la Cañada"));
    }

    @Test
    void processedMessagesAreMovedToTheConfiguredFolder() throws Exception {
        service.close();
        service = ObservaService.start(config.with("observa.mail.move-to", "Procesados"), ObservaService.Mode.SERVICE);
        MimeMessage m = message("Informe");
        m.setText("La mesa 9 cerró antes de la hora porque se acabaron las papeletas disponibles.", "UTF-8");
        NotifyBuilder done = polled(1);

        deliver(m);

        assertThat(done.matches(60, TimeUnit.SECONDS)).isTrue();
        Store store = session.getStore("imap");
        store.connect("127.0.0.1", MAIL.getImap().getPort(), MAILBOX, Mailbox.PASSWORD);
        try {
            Folder processed = store.getFolder("Procesados");
            assertThat(processed.exists()).isTrue();
            processed.open(Folder.READ_ONLY);
            assertThat(processed.getMessages()).extracting(Message::getSubject).containsExactly("Informe");
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            int left = 0;
            for (Message msg : inbox.getMessages()) {
                left += msg.isSet(Flags.Flag.DELETED) ? 0 : 1;
            }
            assertThat(left).isZero();
        } finally {
            store.close();
        }
    }

    @Test
    void anEmlFileDroppedInTheInboxIsUnpackedLikeAMessageButNotAnswered() throws Exception {
        MimeMultipart parts = new MimeMultipart();
        parts.addBodyPart(text("Informe de la mesa M-04 en Benito Juárez: la instalación fue puntual, las personas "
                + "funcionarias conocían el procedimiento y no hubo propaganda cerca; anexo el acta con el conteo final."));
        parts.addBodyPart(attachment("acta.txt", "text/plain; charset=UTF-8",
                "Se contaron 312 opiniones en la mesa M-04.".getBytes(StandardCharsets.UTF_8)));
        MimeMessage m = message("Guardado");
        m.setContent(parts);
        m.saveChanges();
        java.io.ByteArrayOutputStream eml = new java.io.ByteArrayOutputStream();
        m.writeTo(eml);

        Inbox.drop(service, "guardado.eml", eml.toByteArray());

        JournalView journal = Journal.read(config.journalDir());
        SubmissionState file = journal.submissions().get(0);
        assertThat(file.isContainer()).isTrue();
        assertThat(journal.submissions()).filteredOn(s -> file.folio().equals(s.parent()))
                .extracting(SubmissionState::source, SubmissionState::channel, SubmissionState::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("texto del mensaje.txt", "carpeta", "indexed"),
                        org.assertj.core.groups.Tuple.tuple("acta.txt", "carpeta", "indexed"));
        assertThat(service.search().search(new SearchRequest("opiniones", null, null, null, "carpeta", 0, 5)).hits())
                .extracting(SearchHit::source).containsExactly("acta.txt");
        assertThat(replies()).isEmpty();
    }

    @Test
    void automaticMailIsProcessedButNeverAnswered() throws Exception {
        MimeMessage m = message("Respuesta automática: fuera de la oficina");
        m.setText("Estoy fuera de la oficina hasta el lunes; a mi regreso enviaré el informe de observación completo.", "UTF-8");
        m.setHeader("Auto-Submitted", "auto-replied");
        NotifyBuilder done = polled(1);

        deliver(m);

        assertThat(done.matches(60, TimeUnit.SECONDS)).isTrue();
        assertThat(Journal.read(config.journalDir()).submissions()).hasSize(2);
        List<MimeMessage> none = new ArrayList<>(replies());
        assertThat(none).isEmpty();
    }
}
