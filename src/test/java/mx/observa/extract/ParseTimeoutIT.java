package mx.observa.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mx.observa.model.RejectedSubmission;
import mx.observa.support.TestHome;

/**
 * A file whose parsing takes longer than {@code observa.limits.parse-timeout-s} is stopped in its child JVM and
 * refused with a Spanish reason that says so; the next file is read normally by a fresh worker.
 */
class ParseTimeoutIT {

    @Test
    void aParseOverTheTimeLimitIsStoppedAndTheNextFileIsRead(@TempDir Path tmp) throws Exception {
        Path slow = markupWithoutText(tmp.resolve("lento.html"), 45L * 1024 * 1024);
        Path next = Files.writeString(tmp.resolve("siguiente.html"),
                "<html><body><p>La mesa receptora abrió a tiempo y hubo boletas suficientes.</p></body></html>",
                StandardCharsets.UTF_8);
        try (TextExtractor extractor = new TextExtractor(TestHome.config(tmp)
                .with("observa.extract.isolation", "fork")
                .with("observa.extract.workers", "1")
                // long enough for a fresh worker on a busy machine, far shorter than reading the 45 MB of markup
                .with("observa.limits.parse-timeout-s", "3"))) {
            assertThat(extractor.extract(next, "siguiente.html").text()).contains("boletas suficientes"); // worker warmed up

            assertThatThrownBy(() -> extractor.extract(slow, "lento.html"))
                    .isInstanceOf(RejectedSubmission.class).hasMessageContaining("tardó demasiado");

            assertThat(extractor.extract(next, "siguiente.html").text()).contains("boletas suficientes");
        }
    }

    /** Tens of MB of nested empty elements: lots of parsing, no text, so the character limit never ends it early. */
    private static Path markupWithoutText(Path file, long size) throws IOException {
        String chunk = "<div><span></span><b></b><i></i></div>".repeat(1000);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("<html><body>");
            for (long written = 0; written < size; written += chunk.length()) {
                out.write(chunk);
            }
            out.write("</body></html>");
        }
        return file;
    }
}
