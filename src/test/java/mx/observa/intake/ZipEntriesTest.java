package mx.observa.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mx.observa.model.Channel;
import mx.observa.model.RejectedSubmission;
import mx.observa.support.Fixtures;

/** The limits of one archive, counted on the bytes actually decompressed. */
class ZipEntriesTest {

    private static final int MB = 1024 * 1024;

    @TempDir
    Path tmp;

    private ZipEntries.Entries entries(Map<String, byte[]> content, long maxRatio, long maxUnpackedBytes) throws Exception {
        Path zip = tmp.resolve("envio.zip");
        Files.write(zip, Fixtures.zip(content, StandardCharsets.UTF_8));
        return new ZipEntries(tmp.resolve("trabajo"), 50, maxRatio, maxUnpackedBytes)
                .entries(zip, Channel.CARPETA, null, Map.of("alcaldia", "Tlalpan"));
    }

    @Test
    void entriesThatTogetherPassTheUnpackedLimitStopTheArchiveAfterTheOnesThatFit() throws Exception {
        Map<String, byte[]> content = new LinkedHashMap<>();
        for (int i = 1; i <= 3; i++) {
            byte[] noise = new byte[MB];
            new Random(i).nextBytes(noise); // incompressible: no ratio limit applies, only the total
            content.put("foto " + i + ".jpg", noise);
        }
        try (ZipEntries.Entries e = entries(content, 100, 2L * MB)) {
            Part first = e.next();
            assertThat(first.name()).isEqualTo("foto 1.jpg");
            assertThat(first.declared()).containsEntry("alcaldia", "Tlalpan");
            assertThat(Files.size((Path) first.content())).isEqualTo(MB);
            assertThat(e.next().name()).isEqualTo("foto 2.jpg");
            assertThat(e.hasNext()).isTrue();
            assertThatThrownBy(e::next).isInstanceOf(RejectedSubmission.class)
                    .hasMessage("El archivo comprimido se expande a más de 2 MB, el máximo aceptado; envíe los informes en"
                            + " varios archivos. No se leyeron los archivos que siguen; los anteriores sí se recibieron.");
            assertThat(e.hasNext()).as("nothing left once stopped").isFalse();
        }
        try (var left = Files.list(tmp.resolve("trabajo"))) {
            assertThat(left).as("no unpacked copy left behind").isEmpty();
        }
    }

    @Test
    void smallEntriesCompressingVeryWellAreNotBombsButALargeOneIs() throws Exception {
        Map<String, byte[]> content = new LinkedHashMap<>();
        content.put("repetido.txt", "la mesa abrió tarde\n".repeat(25_000).getBytes(StandardCharsets.UTF_8)); // 525 KB
        content.put("ceros.txt", new byte[8 * MB]);
        try (ZipEntries.Entries e = entries(content, 100, 200L * MB)) {
            Part small = e.next();
            assertThat(Files.size((Path) small.content())).isEqualTo(content.get("repetido.txt").length);
            assertThatThrownBy(e::next).isInstanceOf(RejectedSubmission.class)
                    .hasMessageStartingWith("El archivo comprimido parece una bomba de compresión: se expande más de 100 veces");
            e.done();
        }
        try (var left = Files.list(tmp.resolve("trabajo"))) {
            assertThat(left).isEmpty();
        }
    }
}
