package mx.observa.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import mx.observa.support.Fixtures;

/**
 * Files an attacker or a broken tool could send, generated here (nothing binary kept in git) and written to a folder
 * without ever holding the large ones in memory. Each file name maps to what it is, for the assertion messages.
 */
final class HostileCorpus {

    static final String SCRIPT_PAGE = "pagina-con-script.html";
    static final String LONG_LINE = "una-sola-linea-de-5MB.txt";
    /** One run of 1 MB with no whitespace (a pasted base64 blob): a greedy pattern would take n² steps on it. */
    static final String LONG_WORD = "una-sola-palabra-de-1MB.txt";
    /**
     * One HTML paragraph of 200 KB of sentences naming people, places, hours and phones (a page pasted without line
     * breaks): rules that ask about the line of every word took n² on it before lines were bounded (OverlongLines).
     */
    static final String PASTED_PAGE = "pagina-pegada-en-un-parrafo.html";
    /**
     * 60 KB of sentences of capitalised invented words, many of them name pairs in lists (what a stranger can paste
     * into the public form): every run reads as a name, and each name found was looked for again over the whole text
     * (names × length: minutes) before the forms of known names were tried only around their words (FormSearch).
     */
    static final String INVENTED_NAMES = "nombres-inventados-60KB.txt";
    /** What a stranger can paste into the public form: a line of sentences of capitalised invented words, every pair a "name". */
    static final String CAPITALISED = "mayusculas-500KB.txt";
    static final String UTF16 = "informe-utf16.txt";
    static final String TRICKY_NAME = "informe %2F..%2F..%2F con espacios año ñ.txt";
    /** An attachment name that tries to climb out of any folder it is saved in. */
    static final String TRAVERSAL_ATTACHMENT = "../../../../escape ñ.txt";
    static final String MAIL = "correo-con-30-adjuntos.eml";
    static final int MAIL_ATTACHMENTS = 30;
    /** Holds nivel-2.zip, which holds nivel-3.zip… six levels down to a report. */
    static final String NESTED_ZIP = "anidado-6-niveles.zip";
    static final String ZIP_BOMB = "bomba.zip";

    private HostileCorpus() {
    }

    /** Writes every hostile file into {@code dir}; returns name → what it is. */
    static Map<String, String> writeTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        Map<String, String> items = new LinkedHashMap<>();
        put(items, dir, "vacio.txt", "archivo de 0 bytes", new byte[0]);
        byte[] pdf = pdf(false);
        put(items, dir, "truncado.pdf", "PDF cortado a la mitad", Arrays.copyOf(pdf, pdf.length / 2));
        put(items, dir, "protegido.pdf", "PDF con contraseña", pdf(true));
        put(items, dir, "corrupto.docx", "DOCX dañado",
                concat("PK\u0003\u0004".getBytes(StandardCharsets.ISO_8859_1), random(20_000, 1)));
        zipBombDocx(dir.resolve("bomba.docx"));
        items.put("bomba.docx", "DOCX cuyo document.xml se expande a 300 MB");
        randomFile(dir.resolve("aleatorio-60MB.pdf"), 60L * 1024 * 1024);
        items.put("aleatorio-60MB.pdf", "60 MB de bytes aleatorios con nombre .pdf");
        put(items, dir, "programa.txt", "ejecutable con nombre .txt",
                concat(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0}, random(4096, 2)));
        put(items, dir, NESTED_ZIP, "ZIP anidado seis niveles", Fixtures.nestedZip(6));
        Fixtures.zipBomb(dir.resolve(ZIP_BOMB), "antes-de-la-bomba.txt",
                "Informe que llegó antes de la bomba: la mesa abrió puntual (antesdelabomba).");
        items.put(ZIP_BOMB, "ZIP con un informe y 200 MB de ceros comprimidos");
        longLine(dir.resolve(LONG_LINE), 5 * 1024 * 1024);
        items.put(LONG_LINE, "una sola línea de 5 MB");
        longWord(dir.resolve(LONG_WORD), 1024 * 1024);
        items.put(LONG_WORD, "una sola palabra de 1 MB, sin espacios");
        pastedPage(dir.resolve(PASTED_PAGE), 200 * 1024);
        items.put(PASTED_PAGE, "un párrafo HTML de 200 KB con nombres, lugares, horas y teléfonos");
        inventedNames(dir.resolve(INVENTED_NAMES), 60 * 1024);
        items.put(INVENTED_NAMES, "60 KB de palabras inventadas con mayúscula, pares de nombres en listas");
        capitalised(dir.resolve(CAPITALISED), 486 * 1024);
        items.put(CAPITALISED, "486 KB en una línea de oraciones de doce palabras inventadas con mayúscula");
        put(items, dir, UTF16, "texto UTF-16 con BOM", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                ("Informe en UTF-16: en la mesa de Peña Pobre faltó una mampara y la señora Núñez esperó "
                        + "media hora para votar. Se recomienda revisar el material antes de abrir la mesa.")
                        .getBytes(StandardCharsets.UTF_16LE)));
        put(items, dir, SCRIPT_PAGE, "HTML con <script> y onerror", ("""
                <html><head><title>Informe</title><script>fetch('/auditoria')</script></head><body>
                <p>En la mesa faltaron boletas <img src=x onerror="alert('xss')"> y la urna llegó tarde.</p>
                <p>Texto visible: &lt;script&gt;alert(1)&lt;/script&gt; escrito por el observador.</p>
                </body></html>""").getBytes(StandardCharsets.UTF_8));
        put(items, dir, TRICKY_NAME, "nombre con ../, %2F, espacios y ñ",
                "Informe con nombre raro: la casilla abrió tarde y faltaron boletas en la mesa receptora."
                        .getBytes(StandardCharsets.UTF_8));
        put(items, dir, MAIL, "correo con 30 adjuntos", mail(MAIL_ATTACHMENTS));
        put(items, dir, "formulas.csv", "CSV con fórmulas en celdas", ("""
                Nombre,Alcaldía,Observaciones
                "=cmd|' /C calc'!A0",Coyoacán,"=HYPERLINK(""http://ejemplo.invalid"",""clic"") faltaron boletas en la mesa"
                +52 55 1234,Tlalpan,"+SUMA(1;2) la mesa abrió tarde y no había mamparas para votar en secreto"
                -5,Iztapalapa,"-2+3 sobraron boletas al cierre de la mesa receptora de opinión"
                @SUM(A1),Xochimilco,"@SUMA(A1) la persona funcionaria pidió la credencial a todas las personas"
                """).getBytes(StandardCharsets.UTF_8));
        return items;
    }

    /** A report that must get through after all of the above. */
    static String goodReport() {
        return """
                Informe de observación de la Consulta de Presupuesto Participativo 2022
                Alcaldía Coyoacán. La mesa receptora abrió puntual; hubo boletas suficientes y la votación transcurrió
                con normalidad. Marcador único: ornitorrincoverde.
                """;
    }

    private static void put(Map<String, String> items, Path dir, String name, String what, byte[] bytes) throws IOException {
        Files.write(dir.resolve(name), bytes);
        items.put(name, what);
    }

    private static byte[] pdf(boolean encrypted) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int p = 0; p < 3; p++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                    s.beginText();
                    s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    s.newLineAtOffset(72, 700);
                    s.showText("Informe de observacion, pagina " + (p + 1) + ": faltaron boletas en la mesa.");
                    s.endText();
                }
            }
            if (encrypted) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("propietaria", "secreta", new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void zipBombDocx(Path file) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("""
                    <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                    <Default Extension="xml" ContentType="application/xml"/>\
                    <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
                    </Types>""").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write(("""
                    <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
                    </Relationships>""").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>"
                    .getBytes(StandardCharsets.UTF_8));
            byte[] block = new byte[1024 * 1024];
            Arrays.fill(block, (byte) 'a');
            for (int i = 0; i < 300; i++) {
                zip.write(block);
            }
            zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void randomFile(Path file, long size) throws IOException {
        Random random = new Random(8);
        byte[] block = new byte[1024 * 1024];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < size; written += block.length) {
                random.nextBytes(block);
                out.write(block);
            }
        }
    }

    private static void longWord(Path file, int size) throws IOException {
        byte[] alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = random(size, 3);
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = alphabet[bytes[i] & 63];
        }
        Files.write(file, bytes);
    }

    private static void longLine(Path file, int size) throws IOException {
        byte[] words = "la mesa receptora abrió tarde y faltaron boletas ".getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int written = 0; written < size; written += words.length) {
                out.write(words);
            }
        }
    }

    private static void pastedPage(Path file, int size) throws IOException {
        String[] sentences = {
                "Observadora: Rosaura Beltrán Ochoa.", "La mesa quedó en la calle Fresno 14, colonia San Lucas, a las 10:15.",
                "Alcaldía Coyoacán, distrito 30, UT 03-045.", "Faltó la mampara y la urna llegó sellada a medias;",
                "el funcionario Amado Cisneros anotó 87 personas y 3 boletas anuladas.", "Teléfono de la coordinación 55 4321 8765.",
                "Se recomienda llevar material de repuesto.", "En la mesa paginapegada faltaron boletas y la gente esperó de pie."};
        StringBuilder page = new StringBuilder("<html><body><p>");
        for (int i = 0; page.length() < size; i++) {
            page.append(sentences[i % sentences.length]).append(' ');
        }
        Files.writeString(file, page.append("</p></body></html>"), StandardCharsets.UTF_8);
    }

    private static final String[] SYLLABLES = "ba be co du fa gi jo lu ma ne pi ro su ta ve xo ya zu tla chi hue".split(" ");

    /** A capitalised word of two to four random syllables. */
    private static String inventedWord(Random random) {
        StringBuilder w = new StringBuilder();
        for (int i = 2 + random.nextInt(3); i > 0; i--) {
            w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return Character.toUpperCase(w.charAt(0)) + w.substring(1) + (random.nextInt(3) == 0 ? "n" : "");
    }

    /** Sentences of twelve invented capitalised words and lists of invented name pairs, in lines of about 80 characters. */
    /**
     * Sentences of twelve capitalised invented words on one line, as pasted into the form: every run of them reads as
     * names (thousands of distinct ones), and the understanding of the first 500,000 characters of such a text ended
     * in an OutOfMemoryError with 1 GB of heap, left to be retried.
     */
    private static void capitalised(Path file, int size) throws IOException {
        Random random = new Random(33);
        StringBuilder text = new StringBuilder(size + 200);
        while (text.length() < size) {
            for (int i = 0; i < 12; i++) {
                text.append(i == 0 ? "" : " ").append(inventedWord(random));
            }
            text.append(". ");
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static void inventedNames(Path file, int size) throws IOException {
        Random random = new Random(32);
        StringBuilder text = new StringBuilder("En la mesa nombresinventados faltaron boletas y la gente esperó de pie.\n");
        int line = 0;
        while (text.length() < size) {
            StringBuilder sentence = new StringBuilder();
            if (random.nextBoolean()) {
                for (int i = 0; i < 12; i++) {
                    sentence.append(i == 0 ? "" : " ").append(inventedWord(random));
                }
            } else {
                sentence.append("Vi a ").append(inventedWord(random)).append(' ').append(inventedWord(random)).append(", ")
                        .append(inventedWord(random)).append(' ').append(inventedWord(random)).append(" y ")
                        .append(inventedWord(random)).append(' ').append(inventedWord(random));
            }
            text.append(sentence).append(". ");
            line += sentence.length() + 2;
            if (line > 80) {
                text.append('\n');
                line = 0;
            }
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static byte[] mail(int attachments) {
        StringBuilder m = new StringBuilder("""
                From: Observadora <observadora@example.org>
                To: informes@example.org
                Subject: Informes de varias mesas
                Message-ID: <hostil-30-adjuntos@example.org>
                Date: Sun, 1 May 2022 20:00:00 -0500
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="LIMITE"

                --LIMITE
                Content-Type: text/plain; charset=UTF-8

                Adjunto los informes de cada mesa.
                """.replace("\n", "\r\n"));
        List<String> parts = new ArrayList<>();
        for (int i = 1; i <= attachments; i++) {
            parts.add("--LIMITE\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Disposition: attachment; filename=\""
                    + (i == 1 ? TRAVERSAL_ATTACHMENT : "mesa-" + i + ".txt") + "\"\r\n\r\nInforme de la mesa " + i + ": la votación empezó a tiempo, hubo boletas "
                    + "suficientes y se observó adjuntomarca" + i + " en la urna.\r\n");
        }
        m.append(String.join("", parts)).append("--LIMITE--\r\n");
        return m.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] random(int size, long seed) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        return b;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
