package mx.observa.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mx.observa.model.RejectedSubmission;
import mx.observa.support.TestHome;

/** Real files through real Tika (in its child JVMs). */
class TextExtractorIT {

    private static TextExtractor extractor;

    @BeforeAll
    static void start(@TempDir Path tmp) {
        extractor = new TextExtractor(TestHome.config(tmp));
    }

    @AfterAll
    static void stop() {
        extractor.close();
    }

    @Test
    void bomLessUtf8SpanishIsNotMistakenForAnotherCharset(@TempDir Path tmp) throws Exception {
        byte[] withBom = Files.readAllBytes(TestHome.projectRoot().resolve("sample-reports/21-informe-extenso-gam.txt"));
        assertThat(Arrays.copyOf(withBom, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        Path noBom = Files.write(tmp.resolve("sin-bom.txt"), Arrays.copyOfRange(withBom, 3, withBom.length));

        Extraction e = extractor.extract(noBom, "sin-bom.txt");

        assertThat(e.text()).contains("Ciudad de México", "Comisión de Vinculación", "boletas")
                .doesNotContainPattern("\\p{IsHan}");
    }

    @Test
    void aUtf8MailPartIsReadAsUtf8WhenTheMessageIsReadWhole(@TempDir Path tmp) throws Exception {
        // A short BOM-less Spanish part that Tika's statistical detectors take for GB18030.
        String body = """
                INFORME - MRO 07-037-2 - Pueblo Culhuacán, Iztapalapa, distrito 28
                Jornada del domingo 1 de mayo de 2022

                Apertura. La mesa abrió a las 10:05, más de una hora tarde, porque el paquete con las papeletas llegó a las 9:40.

                Funcionariado. La responsable trató con mucha amabilidad a todas las personas y resolvió sus dudas.

                Difusión. Muchas personas llegaron sin saber que había una consulta; se enteraron por el altavoz.
                """;
        String eml = "From: Persona Observadora <po@correo.example>\r\nTo: observacion@iecm.example\r\n"
                + "Subject: Informe\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"sep\"\r\n\r\n"
                + "--sep\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
                + "Adjunto mi informe de observación.\r\n\r\n"
                + "--sep\r\nContent-Type: text/plain; charset=utf-8; name=\"informe.txt\"\r\n"
                + "Content-Transfer-Encoding: base64\r\nContent-Disposition: attachment; filename=\"informe.txt\"\r\n\r\n"
                + java.util.Base64.getMimeEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8))
                + "\r\n--sep--\r\n";
        Path f = Files.write(tmp.resolve("informe.eml"), eml.getBytes(StandardCharsets.UTF_8));

        // The encoding detector is Observa's own class: the child JVMs load Observa's classes as well as its jars.
        assertThat(extractor.extract(f, "informe.eml").text()).contains("abrió", "más de una hora", "Difusión")
                .doesNotContainPattern("\\p{IsHan}");
        try (TextExtractor inProcess = new TextExtractor(TestHome.config(tmp).with("observa.extract.isolation", "in-process"))) {
            assertThat(inProcess.extract(f, "informe.eml").text()).contains("abrió", "más de una hora", "Difusión")
                    .doesNotContainPattern("\\p{IsHan}");
        }
    }

    @Test
    void latin1TextIsDetected(@TempDir Path tmp) throws Exception {
        Path f = Files.write(tmp.resolve("latin1.txt"),
                "Reporte de la mesa: faltó información y la participación fue baja en Tláhuac.\r\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(extractor.extract(f, "latin1.txt").text()).contains("faltó información", "participación", "Tláhuac");
    }

    @Test
    void subtitlesCopiedIntoATextFileAreReadAsText(@TempDir Path tmp) throws Exception {
        String subtitles = "1\n00:00:01,000 --> 00:00:04,000\nLa mesa abrió tarde en la colonia Portales.\n\n"
                + "2\n00:00:05,000 --> 00:00:09,000\nNo llegaron las boletas hasta las diez.\n";
        for (String name : new String[] {"subtitulos.txt", "video.srt"}) {
            Path f = Files.write(tmp.resolve(name), subtitles.getBytes(StandardCharsets.UTF_8));
            assertThat(extractor.detect(f, name)).as(name).isEqualTo("text/plain");
            assertThat(extractor.extract(f, name).text()).as(name).contains("abrió tarde", "No llegaron las boletas");
        }
        Path xml = Files.write(tmp.resolve("datos.xml"),
                "<?xml version=\"1.0\"?><informe><mesa>abrió tarde</mesa></informe>".getBytes(StandardCharsets.UTF_8));
        assertThat(extractor.detect(xml, "datos.xml")).isEqualTo("application/xml");
        assertThatThrownBy(() -> extractor.extract(xml, "datos.xml"))
                .isInstanceOf(RejectedSubmission.class).hasMessageContaining("Tipo de archivo no aceptado");
    }

    @Test
    void aPdfWithoutTextIsToldAsAPdfNotAnImage(@TempDir Path tmp) throws Exception {
        Path pdf = tmp.resolve("hoja_en_blanco.pdf");
        try (var doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            doc.save(pdf.toFile());
        }
        assertThatThrownBy(() -> extractor.extract(pdf, "hoja_en_blanco.pdf"))
                .isInstanceOf(RejectedSubmission.class).hasMessageStartingWith("No se encontró texto en el archivo.")
                .hasMessageNotContaining("imagen").hasMessageContaining("PDF");
    }

    @Test
    void encryptedPdfGetsASpanishReason(@TempDir Path tmp) throws Exception {
        Path pdf = tmp.resolve("protegido.pdf");
        try (var doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            var policy = new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy("dueño", "secreto",
                    new org.apache.pdfbox.pdmodel.encryption.AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(pdf.toFile());
        }
        assertThatThrownBy(() -> extractor.extract(pdf, "protegido.pdf"))
                .isInstanceOf(RejectedSubmission.class).hasMessageContaining("protegido con contraseña");
    }
}
