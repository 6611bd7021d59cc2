package mx.observa.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mx.observa.app.ObservaService;
import mx.observa.app.Status;
import mx.observa.archive.Journal;
import mx.observa.archive.JournalView;
import mx.observa.archive.SubmissionState;
import mx.observa.config.ObservaConfig;
import mx.observa.index.SearchHit;
import mx.observa.index.SearchRequest;
import mx.observa.support.Fixtures;
import mx.observa.support.Inbox;
import mx.observa.support.TestHome;

/** ZIP archives dropped into the inbox: one report per entry through the real folder route, Tika and the index. */
class ZipIntakeIT {

    @TempDir
    Path tmp;

    private ObservaConfig config;
    private ObservaService service;

    @BeforeEach
    void start() throws Exception {
        config = TestHome.config(tmp);
        service = ObservaService.start(config, ObservaService.Mode.SERVICE);
    }

    @AfterEach
    void stop() {
        service.close();
    }

    @Test
    void everyEntryIsAReportWhoseParentIsTheZipAndTheSameZipAgainAddsNothing() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("informes/", new byte[0]);
        entries.put("informes/mesa uno.pdf", Fixtures.pdf("Informe de la mesa uno: las boletas llegaron tarde (ornitorrinco)."));
        entries.put("informes/mesa dos.docx", Fixtures.docx("Informe de la mesa dos: faltaron mamparas (quetzalverde)."));
        entries.put("mesa tres Peña.txt", "Informe de la mesa tres: hubo propaganda cerca (ajolotemorado)."
                .getBytes(StandardCharsets.UTF_8));
        entries.put("__MACOSX/informes/._mesa uno.pdf", new byte[] {0, 5, 22, 7});
        entries.put(".DS_Store", new byte[] {0, 0, 0, 1, 'B', 'u', 'd', '1'});
        entries.put("informes/Thumbs.db", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
        byte[] zip = Fixtures.zip(entries, StandardCharsets.UTF_8);

        Inbox.drop(service, "informes.zip", zip);

        JournalView journal = Journal.read(config.journalDir());
        SubmissionState archive = bySource(journal, "informes.zip");
        assertThat(archive.isContainer()).isTrue();
        assertThat(archive.isQuarantined()).isFalse();
        assertThat(journal.submissions()).filteredOn(s -> !s.isContainer())
                .extracting(SubmissionState::source)
                .containsExactlyInAnyOrder("mesa uno.pdf", "mesa dos.docx", "mesa tres Peña.txt");
        assertThat(journal.submissions()).filteredOn(s -> !s.isContainer()).allSatisfy(s -> {
            assertThat(s.parent()).isEqualTo(archive.folio());
            assertThat(s.isIndexed()).as(s.source()).isTrue();
        });
        assertThat(search("ornitorrinco")).extracting(SearchHit::source).containsExactly("mesa uno.pdf");
        assertThat(search("quetzalverde")).extracting(SearchHit::source).containsExactly("mesa dos.docx");
        assertThat(search("ajolotemorado")).extracting(SearchHit::source).containsExactly("mesa tres Peña.txt");

        Inbox.drop(service, "informes (copia).zip", zip);

        JournalView again = Journal.read(config.journalDir());
        assertThat(again.submissions()).hasSameSizeAs(journal.submissions());
        Status status = Status.read(config);
        assertThat(status.reports()).isEqualTo(3);
        assertThat(status.quarantined()).isZero();
        assertThat(search("ornitorrinco")).hasSize(1);
        assertThat(config.dataDir().resolve("tmp").resolve("zip")).as("unpacked copies deleted").isEmptyDirectory();
    }

    @Test
    void entryNamesKeepOnlyTheirLastSegmentAndNothingIsWrittenOutsideTheDataFolder() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("../../fuera.txt", text("Informe que intentó salir de la carpeta: faltaron boletas (fuerazorro)."));
        entries.put("/tmp/absoluto.txt", text("Informe con ruta absoluta: la mesa abrió tarde (rutaabsoluta)."));
        entries.put("..\\..\\Windows\\ventana.txt", text("Informe con ruta de Windows: no hubo mamparas (ventanalince)."));
        Inbox.drop(service, "rutas.zip", Fixtures.zip(entries, StandardCharsets.UTF_8));
        // Windows before the UTF-8 flag: names in the OEM code page
        Inbox.drop(service, "windows.zip", Fixtures.zip(Map.of("Informe Peña Núñez.txt",
                text("Informe de Peña Pobre: sobraron boletas (coyotegris).")), Charset.forName("IBM850")));

        JournalView journal = Journal.read(config.journalDir());
        assertThat(journal.submissions()).filteredOn(s -> !s.isContainer())
                .allSatisfy(s -> assertThat(s.isIndexed()).as(s.source()).isTrue())
                .extracting(SubmissionState::source)
                .containsExactlyInAnyOrder("fuera.txt", "absoluto.txt", "ventana.txt", "Informe Peña Núñez.txt");
        assertThat(search("coyotegris")).extracting(SearchHit::source).containsExactly("Informe Peña Núñez.txt");
        try (Stream<Path> files = Files.walk(tmp)) {
            assertThat(files.filter(Files::isRegularFile).map(tmp::relativize)
                    .filter(p -> !p.startsWith("data") && !p.startsWith("index") && !p.startsWith("out")).toList()).isEmpty();
        }
        assertThat(tmp.getParent().resolve("fuera.txt")).doesNotExist();
    }

    @Test
    void aZipBombIsQuarantinedOnceItsExpansionPassesTheLimitAndWhatCameBeforeStaysTaken() throws Exception {
        Path bomb = tmp.resolve("bomba.zip");
        Fixtures.zipBomb(bomb, "acta.txt", "Acta de la mesa: la votación terminó sin incidentes (actaprevia).");
        assertThat(Files.size(bomb)).isLessThan(1024 * 1024);

        Inbox.drop(service, "bomba.zip", Files.readAllBytes(bomb));

        JournalView journal = Journal.read(config.journalDir());
        SubmissionState archive = bySource(journal, "bomba.zip");
        assertThat(archive.isQuarantined()).isTrue();
        assertThat(archive.reason()).contains("parece una bomba de compresión").contains("100 veces")
                .contains("los anteriores sí se recibieron");
        assertThat(search("actaprevia")).extracting(SearchHit::source).containsExactly("acta.txt");
        assertThat(journal.rejected()).isEmpty();
        FolioStatus.View status = new FolioStatus(service.journal()).of(archive.folio()).orElseThrow();
        assertThat(status.estado()).isEqualTo(FolioStatus.QUARANTINED);
        assertThat(status.motivo()).isEqualTo(archive.reason());
        assertThat(status.informes()).singleElement().satisfies(v -> assertThat(v.estado()).isEqualTo(FolioStatus.PROCESSED));
        assertThat(journal.submissions()).noneMatch(s -> "ceros.txt".equals(s.source()));
        try (Stream<Path> files = Files.walk(config.dataDir())) {
            assertThat(files.filter(Files::isRegularFile).mapToLong(ZipIntakeIT::size).max().orElse(0))
                    .as("nothing of the 200 MB was kept").isLessThan(1024 * 1024);
        }

        Inbox.drop(service, "bomba otra vez.zip", Files.readAllBytes(bomb));
        assertThat(Journal.read(config.journalDir()).submissions()).hasSameSizeAs(journal.submissions());
        assertThat(search("actaprevia")).hasSize(1);
    }

    @Test
    void anEntryWithAPasswordIsQuarantinedAndTheOthersAreTaken() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("abierto.txt", text("Informe sin contraseña: la mesa cerró a tiempo (abiertopuma)."));
        entries.put("secreto.txt", text("Informe con contraseña (secretotejon)."));
        byte[] zip = flagEncrypted(Fixtures.zip(entries, StandardCharsets.UTF_8), "secreto.txt");

        Inbox.drop(service, "con-clave.zip", zip);

        JournalView journal = Journal.read(config.journalDir());
        assertThat(bySource(journal, "con-clave.zip").isQuarantined()).isFalse();
        assertThat(bySource(journal, "abierto.txt").isIndexed()).isTrue();
        SubmissionState locked = bySource(journal, "secreto.txt");
        assertThat(locked.isQuarantined()).isTrue();
        assertThat(locked.reason()).isEqualTo("«secreto.txt» está protegido con contraseña dentro del archivo comprimido."
                + " Envíelo sin contraseña.");
        assertThat(search("secretotejon")).isEmpty();
    }

    @Test
    void nestedArchivesAreUnpackedUpToTheDepthLimitAndTheNextOneIsQuarantined() throws Exception {
        Inbox.drop(service, "anidado.zip", Fixtures.nestedZip(6));

        JournalView journal = Journal.read(config.journalDir());
        for (String name : List.of("anidado.zip", "nivel-2.zip", "nivel-3.zip")) {
            assertThat(bySource(journal, name).isContainer()).as(name).isTrue();
            assertThat(bySource(journal, name).isQuarantined()).as(name).isFalse();
        }
        SubmissionState deepest = bySource(journal, "nivel-4.zip");
        assertThat(deepest.isContainer()).as("never processed as a report").isTrue();
        assertThat(deepest.reason()).isEqualTo("El archivo comprimido contiene otros archivos comprimidos anidados en más"
                + " de 3 niveles. Envíe los informes en un solo archivo comprimido.");
        assertThat(deepest.parent()).isEqualTo(bySource(journal, "nivel-3.zip").folio());
        assertThat(journal.submissions()).extracting(SubmissionState::source).doesNotContain("nivel-5.zip", "informe.txt");
    }

    @Test
    void theLimitsComeFromTheConfiguration() throws Exception {
        service.close();
        config = config.with("observa.limits.max-depth", "1").with("observa.limits.max-attachments", "2");
        service = ObservaService.start(config, ObservaService.Mode.SERVICE);

        Inbox.drop(service, "anidado.zip", Fixtures.nestedZip(3));
        Map<String, byte[]> three = new LinkedHashMap<>();
        for (String n : List.of("uno", "dos", "tres")) {
            three.put("mesa " + n + ".txt", text("Informe de la mesa " + n + ": todo en orden (marca" + n + ")."));
        }
        Inbox.drop(service, "tres.zip", Fixtures.zip(three, StandardCharsets.UTF_8));

        JournalView journal = Journal.read(config.journalDir());
        assertThat(bySource(journal, "nivel-2.zip").reason()).startsWith("El archivo comprimido contiene otros archivos"
                + " comprimidos anidados en más de un nivel.");
        assertThat(bySource(journal, "tres.zip").reason()).isEqualTo("El archivo comprimido trae más de 2 archivos, el"
                + " máximo por envío; se recibieron los primeros 2. Envíe los demás en otro archivo comprimido.");
        assertThat(journal.submissions()).filteredOn(SubmissionState::isIndexed).extracting(SubmissionState::source)
                .containsExactlyInAnyOrder("mesa uno.txt", "mesa dos.txt");
    }

    private SubmissionState bySource(JournalView journal, String source) {
        return journal.submissions().stream().filter(s -> source.equals(s.source())).findFirst()
                .orElseThrow(() -> new AssertionError("no submission named " + source));
    }

    private List<SearchHit> search(String q) {
        return service.search().search(new SearchRequest(q, null, null, null, null, 0, 50)).hits();
    }

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Sets the "encrypted" bit of one entry in its local and central headers, as a ZIP tool does for a password
     * (the bytes stay readable, but no reader may take them as the entry's content).
     */
    private static byte[] flagEncrypted(byte[] zip, String entryName) {
        byte[] name = entryName.getBytes(StandardCharsets.UTF_8);
        int flagged = 0;
        for (int i = 0; i + 46 < zip.length; i++) {
            boolean local = zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 3 && zip[i + 3] == 4;
            boolean central = zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 1 && zip[i + 3] == 2;
            int nameAt = local ? i + 30 : i + 46;
            if ((local || central) && java.util.Arrays.equals(zip, nameAt, nameAt + name.length, name, 0, name.length)) {
                zip[local ? i + 6 : i + 8] |= 1;
                flagged++;
            }
        }
        assertThat(flagged).as("local and central header of " + entryName).isEqualTo(2);
        return zip;
    }
}
