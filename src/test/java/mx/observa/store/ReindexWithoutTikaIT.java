package mx.observa.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mx.observa.app.Ingestion;
import mx.observa.archive.Journal;
import mx.observa.archive.SubmissionState;
import mx.observa.config.ObservaConfig;
import mx.observa.index.FindingReader;
import mx.observa.index.IndexedFinding;
import mx.observa.index.ReadOnlyIndex;
import mx.observa.support.Fixtures;
import mx.observa.support.TestHome;

/**
 * {@code observa reindex} rebuilds the index from the report store alone: it runs in a JVM whose class path has no
 * Tika at all (so no extractor, no parser, no child JVM can start), with every archived file overwritten by garbage
 * (so nothing could be read again), and gives back exactly the index the pipeline built, finding kinds and personal
 * data included.
 */
class ReindexWithoutTikaIT {

    @TempDir
    Path tmp;

    @Test
    void theIndexIsRebuiltFromTheStoreWithoutTikaOnTheClassPath() throws Exception {
        ObservaConfig config = TestHome.config(tmp);
        Path reports = Files.createDirectories(tmp.resolve("informes"));
        Files.write(reports.resolve("acta de Tlalpan.docx"), Fixtures.docx(
                "Informe de observación, alcaldía Tlalpan.\n\nLa mesa abrió a las 10:30 porque faltaban las boletas."));
        Files.write(reports.resolve("informe.pdf"), Fixtures.pdf(
                "Informe de la MRO en Iztapalapa.\n\nSe observó propaganda de un proyecto junto a la mesa."));
        Files.writeString(reports.resolve("nota.txt"),
                "En Coyoacán la difusión de la consulta fue escasa; recomiendo más carteles.", StandardCharsets.UTF_8);
        assertThat(Ingestion.run(config, List.of(reports)).accepted()).isEqualTo(3);
        List<IndexedFinding> built = indexContents(config);
        assertThat(built).extracting(IndexedFinding::text).anyMatch(t -> t.contains("faltaban las boletas"));
        // what understanding decided beyond topics (the kind and its words) is part of what must come back
        assertThat(built).filteredOn(f -> f.text().contains("faltaban las boletas"))
                .allSatisfy(f -> assertThat(f.kind()).isEqualTo("incidencia"))
                .allSatisfy(f -> assertThat(f.kindEvidence()).isNotEmpty());

        for (SubmissionState s : Journal.read(config.journalDir()).submissions()) {
            Path original = config.archiveDir().resolve(s.sha256().substring(0, 2)).resolve(s.sha256());
            Files.writeString(original, "basura que no es ningún informe", StandardCharsets.UTF_8);
        }
        deleteTree(config.indexDir());

        // The control: this class path really lacks Tika, so re-reading the archive cannot even start.
        Process reextract = observaWithoutTika(config, "reindex", "--reextract");
        assertThat(reextract.waitFor()).isNotZero();
        assertThat(log()).contains("org/apache/tika");

        Process reindex = observaWithoutTika(config, "reindex");
        assertThat(reindex.waitFor()).as(log()).isZero();
        assertThat(log()).contains("Índice reconstruido desde el almacén de informes: 3 informes");
        assertThat(indexContents(config)).isEqualTo(built);
    }

    private Process observaWithoutTika(ObservaConfig config, String... args) throws IOException {
        Path classes = TestHome.projectRoot().resolve("target/classes");
        List<String> classPath = new ArrayList<>(List.of(classes.toString()));
        try (Stream<Path> jars = Files.list(TestHome.projectRoot().resolve("target/lib"))) {
            jars.filter(j -> !j.getFileName().toString().startsWith("tika-")).map(Path::toString).sorted()
                    .forEach(classPath::add);
        }
        assertThat(classPath).noneMatch(j -> j.contains("tika-core")).anyMatch(j -> j.contains("lucene-core"));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-Xmx256m", "-Dobserva.home=" + TestHome.projectRoot(),
                "-cp", String.join(java.io.File.pathSeparator, classPath), "mx.observa.cli.ObservaCli",
                "--data", config.dataDir().toString(), "--index", config.indexDir().toString()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(tmp.resolve("observa.log").toFile())).start();
    }

    private String log() throws IOException {
        return Files.readString(tmp.resolve("observa.log"), StandardCharsets.UTF_8);
    }

    private static List<IndexedFinding> indexContents(ObservaConfig config) {
        try (ReadOnlyIndex index = ReadOnlyIndex.openIfExists(config.indexDir())) {
            assertThat(index).as("an index was written").isNotNull();
            return FindingReader.all(index);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).collect(Collectors.toList())) {
                Files.delete(p);
            }
        }
    }
}
