package mx.observa.report;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;

import mx.observa.archive.Json;

/**
 * The serious incidents and good practices of an edition, set aside as the findings stream by (one JSON line each, in
 * the staging folder) so the edition's JSON can list them all without holding them: they come before the point of the
 * JSON where they are written. The files are removed before the edition is published.
 */
final class DetailLists implements Consumer<PublishedFinding>, Closeable {

    private final Path incidents;
    private final Path practices;
    private final BufferedWriter incidentOut;
    private final BufferedWriter practiceOut;

    DetailLists(Path staging) throws IOException {
        this.incidents = staging.resolve(".incidencias.jsonl");
        this.practices = staging.resolve(".buenas-practicas.jsonl");
        this.incidentOut = Files.newBufferedWriter(incidents, StandardCharsets.UTF_8);
        this.practiceOut = Files.newBufferedWriter(practices, StandardCharsets.UTF_8);
    }

    @Override
    public void accept(PublishedFinding f) {
        try {
            if (Sections.serious(f)) {
                line(incidentOut, f);
            }
            if (Sections.practice(f)) {
                line(practiceOut, f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo escribir el informe en " + incidents.getParent(), e);
        }
    }

    private static void line(BufferedWriter out, PublishedFinding f) throws IOException {
        out.write(Json.MAPPER.writeValueAsString(EditionJson.detail(f)));
        out.write('\n');
    }

    EditionJson.Items incidents() {
        return items(incidents);
    }

    EditionJson.Items practices() {
        return items(practices);
    }

    private static EditionJson.Items items(Path file) {
        return action -> {
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line;
                while ((line = in.readLine()) != null) {
                    JsonNode item = Json.MAPPER.readTree(line);
                    action.accept(item);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("No se pudo leer " + file, e);
            }
        };
    }

    @Override
    public void close() throws IOException {
        try (incidentOut) {
            practiceOut.close();
        }
    }

    void delete() throws IOException {
        Files.deleteIfExists(incidents);
        Files.deleteIfExists(practices);
    }
}
