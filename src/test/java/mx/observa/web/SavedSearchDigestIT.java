package mx.observa.web;

import static mx.observa.support.ReportFixtures.report;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.mail.internet.MimeMessage;

import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

import mx.observa.app.ObservaService;
import mx.observa.model.Channel;
import mx.observa.review.SavedSearches;
import mx.observa.support.TestHome;

/**
 * The daily digest of saved searches through a real SMTP server (GreenMail): each user with an address and new
 * matching findings gets one message with names, counts and links and nothing of the reports; one a day.
 */
class SavedSearchDigestIT {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path tmp;

    private ObservaService service;

    @AfterEach
    void stop() {
        if (service != null) {
            service.close();
        }
    }

    private static Map<String, Object> topic(String topic) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tema", List.of(topic));
        return m;
    }

    @Test
    void eachUserWithNewFindingsGetsOneDigestWithCountsAndLinksOnly() throws Exception {
        var config = TestHome.config(tmp)
                .with("observa.mail.smtp.host", "127.0.0.1")
                .with("observa.mail.smtp.port", Integer.toString(MAIL.getSmtp().getPort()))
                .with("observa.mail.from", "observa@iecm.example")
                .with("observa.public-url", "https://observa.example.org/")
                .with("observa.busquedas.resumen.activo", "true")
                .with("observa.busquedas.resumen.hora", "0")
                .with("observa.busquedas.resumen.primera-ms", "100")
                .with("observa.busquedas.resumen.revisar-ms", "200")
                .with("observa.busquedas.resumen.correo.analista", "ana@iecm.example")
                .with("observa.busquedas.resumen.correo.comision", "carmen@iecm.example");
        service = ObservaService.start(config, ObservaService.Mode.SERVICE);
        var index = service.index();
        index.replace(report("OBS-2022-900101").in("Coyoacán", 26).source("viejo.txt").observedOn("2022-05-01")
                .via(Channel.CORREO).finding("Faltaron mamparas desde temprano.", "material", "mamparas").build());
        index.commit();

        SavedSearches store = SavedSearches.in(config.dataDir(), Clock.systemUTC(), 50);
        var material = store.save("analista", "Material", topic("material"));
        store.save("comision", "Material (Comisión)", topic("material"));
        // the admin saved one too, but has no address: no digest
        store.save("admin", "Material (admin)", topic("material"));

        index.replace(report("OBS-2022-900102").in("Coyoacán", 26).source("Informe de Juan Pérez Gómez.txt")
                .observedOn("2022-05-01").via(Channel.CORREO).receivedAt(Instant.now().toString())
                .finding("Juan Pérez Gómez, tel. 55 1234 5678, dijo que faltaron papeletas.", "material", "papeletas")
                .build());
        index.commit();

        assertThat(MAIL.waitForIncomingEmail(20_000, 2)).as("dos resúmenes").isTrue();
        // later checks the same day send nothing more
        NotifyBuilder checks = new NotifyBuilder(service.camelContext()).fromRoute("resumen-busquedas").whenDone(4).create();
        assertThat(checks.matches(20, TimeUnit.SECONDS)).isTrue();
        MimeMessage[] all = MAIL.getReceivedMessages();
        assertThat(all).hasSize(2);

        MimeMessage ana = null;
        for (MimeMessage m : all) {
            if (GreenMailUtil.getAddressList(m.getAllRecipients()).contains("ana@iecm.example")) {
                ana = m;
            }
        }
        assertThat(ana).as("el resumen de analista").isNotNull();
        assertThat(ana.getSubject()).isEqualTo("Observa: 1 hallazgo nuevo en sus búsquedas guardadas");
        assertThat(ana.getFrom()[0].toString()).isEqualTo("observa@iecm.example");
        String body = ana.getContent().toString();
        assertThat(body).contains("Hola, Ana Analista (demo):", "- Material: 1 hallazgo nuevo (2 hallazgos en total)",
                "https://observa.example.org/busquedas/" + material.id());
        for (MimeMessage m : all) {
            assertThat(m.getContent().toString()).doesNotContain("Juan", "Pérez", "1234", "papeletas", "Coyoacán");
        }
        assertThat(store.lastDigest("analista")).isNotNull();
        assertThat(store.lastDigest("admin")).isNull();
    }
}
