package mx.observa.cli;

import java.io.PrintWriter;

import com.fasterxml.jackson.core.JsonProcessingException;

import mx.observa.archive.Json;

/** Printing for commands: JSON for scripts (pretty, UTF-8), text for people. */
final class Output {

    private Output() {
    }

    static void json(PrintWriter out, Object value) {
        try {
            out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value));
            out.flush();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
