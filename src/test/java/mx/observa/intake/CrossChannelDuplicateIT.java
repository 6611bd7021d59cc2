package mx.observa.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

import mx.observa.app.ObservaService;
import mx.observa.app.Status;
import mx.observa.archive.Journal;
import mx.observa.archive.SubmissionState;
import mx.observa.config.ObservaConfig;
import mx.observa.support.Deliveries;
import mx.observa.support.Inbox;
import mx.observa.support.Mailbox;
import mx.observa.support.Multipart;
import mx.observa.support.TestHome;
import mx.observa.support.WebSession;

/** One observer sends the same report by e-mail, in the web form and in a questionnaire export: one report, linked. */
class CrossChannelDuplicateIT {

    private static final String REPORT = "En la mesa receptora M-02 de la colonia Santa Cruz Meyehualco la votación empezó "
            + "con una hora de retraso porque no llegaron las papeletas; varias personas se fueron sin votar.";

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    @TempDir
    Path tmp;

    private ObservaConfig config;
    private ObservaService service;

    @BeforeEach
    void start() throws Exception {
        config = Mailbox.configure(TestHome.config(tmp), MAIL);
        service = ObservaService.start(config, ObservaService.Mode.SERVICE);
    }

    @AfterEach
    void stop() {
        service.close();
    }

    private void mail(String from, String body) throws Exception {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
        m.setFrom(new InternetAddress(from));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress(Mailbox.ADDRESS));
        m.setSubject("Informe de observación", "UTF-8");
        m.setText(body, "UTF-8");
        m.saveChanges();
        NotifyBuilder done = Deliveries.done(service.camelContext(), "entrada-correo", 1);
        MAIL.getUserManager().getUser(Mailbox.ADDRESS).deliver(m);
        assertThat(done.matches(60, TimeUnit.SECONDS)).isTrue();
        Inbox.awaitProcessed(service);
    }

    private void form(String name, String email, String text) throws Exception {
        Multipart form = new Multipart().field("nombre", name).field("correo", email).field("alcaldia", "Iztapalapa")
                .field("texto", text);
        HttpResponse<String> r = new WebSession("http://127.0.0.1:" + config.get("observa.port")).submit(form);
        assertThat(r.statusCode()).isEqualTo(200);
        Inbox.awaitProcessed(service);
    }

    private void csv(String content) throws Exception {
        Inbox.drop(service, "respuestas.csv", content.getBytes(StandardCharsets.UTF_8));
    }

    private List<SubmissionState> reports() {
        return Journal.read(config.journalDir()).submissions().stream().filter(s -> !s.isContainer()).toList();
    }

    @Test
    void theSameTextByMailFormAndCsvIsOneObserversRepeatedReportLinkedToTheFirst() throws Exception {
        mail("ana@example.org", REPORT);
        form("Ana Pérez", "ana@example.org", REPORT.replace("papeletas;", "papeletas ;").toUpperCase());
        csv("Nombre,Correo,Alcaldía,Informe\nAna Pérez,ANA@example.org,Iztapalapa,\"" + REPORT.replace(" la ", "\nla ") + "\"\n");

        List<SubmissionState> reports = reports();
        assertThat(reports).extracting(SubmissionState::channel).containsExactly("correo", "formulario", "csv");
        SubmissionState first = reports.get(0);
        assertThat(first.isIndexed()).isTrue();
        assertThat(first.duplicateOf()).isNull();
        assertThat(reports.subList(1, 3)).allSatisfy(r -> {
            assertThat(r.isIndexed()).isTrue(); // kept, searchable, with its own folio
            assertThat(r.duplicateOf()).isEqualTo(first.folio());
        });
        Status status = Status.read(config);
        assertThat(status.reports()).isEqualTo(1);
        assertThat(status.duplicates()).isEqualTo(2);
        assertThat(MAIL.getReceivedMessagesForDomain("example.org")).singleElement()
                .satisfies(reply -> assertThat(reply.getContent().toString()).contains("texto del mensaje.txt: folio " + first.folio()));
    }

    @Test
    void theSameTextFromAnotherObserverIsAReportOfItsOwn() throws Exception {
        mail("ana@example.org", REPORT);
        form("Beto Ruiz", "beto@example.org", REPORT);

        assertThat(reports()).allSatisfy(r -> assertThat(r.duplicateOf()).isNull());
        assertThat(Status.read(config).reports()).isEqualTo(2);
    }
}
