package mx.observa.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewLogTest {

    @TempDir
    Path dir;

    static ReviewEntry entry(String folio, ReviewField field, String before, String after) {
        return new ReviewEntry(Instant.parse("2026-12-03T05:00:00Z"), "analista", "analista", "lote-1", folio,
                field.ofFinding() ? 2 : null, field.ofFinding() ? "abc" : null, field, before, after);
    }

    @Test
    void entriesComeBackInTheOrderTheyWereWrittenWithEveryField() {
        ReviewLog log = ReviewLog.in(dir);
        log.append(List.of(entry("OBS-2022-000001", ReviewField.ALCALDIA, null, "Coyoacán"),
                entry("OBS-2022-000001", ReviewField.TIPO, "incidencia", "no_hallazgo")));
        log.append(List.of(entry("OBS-2022-000002", ReviewField.NOTA, null, "Revisar con la persona «observadora»\nmañana")));

        assertThat(log.file()).isEqualTo(dir.resolve("revisiones").resolve("revisiones.jsonl"));
        List<ReviewEntry> all = log.readAll();
        assertThat(all).hasSize(3);
        assertThat(all.get(0)).isEqualTo(entry("OBS-2022-000001", ReviewField.ALCALDIA, null, "Coyoacán"));
        assertThat(all.get(1).finding()).isEqualTo(2);
        assertThat(all.get(1).fingerprint()).isEqualTo("abc");
        assertThat(all.get(2).after()).isEqualTo("Revisar con la persona «observadora»\nmañana");
    }

    @Test
    void aTornLastLineIsIgnoredOnReadAndCutOffBeforeTheNextAppend() throws Exception {
        ReviewLog log = ReviewLog.in(dir);
        log.append(List.of(entry("OBS-2022-000001", ReviewField.DISTRITO, "3", "4")));
        long whole = Files.size(log.file());
        // a crash in the middle of a write: half a line, no newline
        String next = new String(Files.readAllBytes(log.file()), StandardCharsets.UTF_8);
        Files.writeString(log.file(), next.substring(0, next.length() / 2), StandardOpenOption.APPEND);

        ReviewLog.Tail tail = log.readFrom(0);
        assertThat(tail.entries()).extracting(ReviewEntry::after).containsExactly("4");
        assertThat(tail.offset()).isEqualTo(whole);

        log.append(List.of(entry("OBS-2022-000001", ReviewField.DISTRITO, "4", "5")));
        assertThat(log.readAll()).extracting(ReviewEntry::after).containsExactly("4", "5");
        assertThat(Files.readAllLines(log.file())).hasSize(2).allMatch(l -> l.startsWith("{") && l.endsWith("}"));
    }

    @Test
    void readingFromAnOffsetReturnsOnlyWhatCameAfter() {
        ReviewLog log = ReviewLog.in(dir);
        log.append(List.of(entry("OBS-2022-000001", ReviewField.UT, null, "03-040")));
        ReviewLog.Tail first = log.readFrom(0);
        log.append(List.of(entry("OBS-2022-000001", ReviewField.MRO, null, "MRO 2")));
        ReviewLog.Tail second = log.readFrom(first.offset());
        assertThat(second.entries()).extracting(ReviewEntry::field).containsExactly(ReviewField.MRO);
        assertThat(log.readFrom(second.offset()).entries()).isEmpty();
    }

    @Test
    void aDamagedWholeLineIsSkippedAndTheOthersKept() throws Exception {
        ReviewLog log = ReviewLog.in(dir);
        log.append(List.of(entry("OBS-2022-000001", ReviewField.UT, null, "03-040")));
        Files.writeString(log.file(), "{\"campo\":\"desconocido\"}\nbasura\n", StandardOpenOption.APPEND);
        log.append(List.of(entry("OBS-2022-000001", ReviewField.MRO, null, "MRO 2")));
        assertThat(log.readAll()).extracting(ReviewEntry::field).containsExactly(ReviewField.UT, ReviewField.MRO);
    }

    @Test
    void anAbsentLogHasNoEntries() {
        assertThat(ReviewLog.in(dir).readAll()).isEmpty();
    }
}
