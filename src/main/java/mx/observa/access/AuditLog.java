package mx.observa.access;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;

import mx.observa.archive.Json;

/**
 * Who did what with the reports: every sign-in, search, report view, download and export, one JSON object per line
 * in {@code data/audit/audit.jsonl} (append-only; each line is handed to the file system whole, before the answer leaves).
 * Fields: {@code fecha} (UTC instant), {@code usuario}, {@code rol}, {@code accion}, {@code consulta} (the words and
 * filters), {@code folio}, {@code resultados}, {@code ip}, and for what shows report text, {@code datos_personales}:
 * {@code visibles} (the original, personal data included) or {@code testados} (redacted).
 */
public final class AuditLog {

    /** What can be recorded. */
    public enum Action {
        ENTRAR("entrar"), ENTRAR_FALLIDO("entrar_fallido"), SALIR("salir"), BUSCAR("buscar"),
        VER_INFORME("ver_informe"), DESCARGAR_ORIGINAL("descargar_original"), EXPORTAR_CSV("exportar_csv"),
        EXPORTAR_JSON("exportar_json"), VER_TABLERO("ver_tablero"), VER_AUDITORIA("ver_auditoria"),
        VER_EDICIONES("ver_ediciones"), VER_EDICION("ver_edicion"), DESCARGAR_EDICION("descargar_edicion"),
        REVISAR("revisar"), REVISAR_LOTE("revisar_lote"), VER_REVISION("ver_revision"),
        GUARDAR_BUSQUEDA("guardar_busqueda"), BORRAR_BUSQUEDA("borrar_busqueda");

        private final String id;

        Action(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    private static final int TAIL_BYTES = 1 << 20;

    private final Path file;
    private final Clock clock;

    public AuditLog(Path dir, Clock clock) {
        this.file = dir.resolve("audit.jsonl");
        this.clock = clock;
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo crear la carpeta de auditoría " + dir, e);
        }
    }

    /**
     * @param query   words and filters (null values are left out), or null
     * @param results how many results were shown or exported, or null
     */
    public void record(String user, String role, Action action, Map<String, ?> query, String folio, Long results,
                       String remoteAddress) {
        record(user, role, action, query, folio, results, remoteAddress, null);
    }

    /** @param personalData "visibles" or "testados" for what shows report text; null for anything else */
    public void record(String user, String role, Action action, Map<String, ?> query, String folio, Long results,
                       String remoteAddress, String personalData) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("fecha", clock.instant().toString());
        line.put("usuario", user);
        line.put("rol", role);
        line.put("accion", action.id());
        if (query != null && !query.isEmpty()) {
            Map<String, Object> q = new LinkedHashMap<>();
            query.forEach((k, v) -> {
                if (v != null && !(v instanceof String s && s.isBlank()) && !(v instanceof List<?> l && l.isEmpty())) {
                    q.put(k, v);
                }
            });
            line.put("consulta", q);
        }
        if (folio != null) {
            line.put("folio", folio);
        }
        if (results != null) {
            line.put("resultados", results);
        }
        line.put("ip", remoteAddress);
        if (personalData != null) {
            line.put("datos_personales", personalData);
        }
        append(line);
    }

    private synchronized void append(Map<String, Object> line) {
        try {
            byte[] bytes = (Json.MAPPER.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8);
            Files.write(file, bytes, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            // An action that cannot be audited must not happen silently: the request fails.
            throw new UncheckedIOException("No se pudo escribir la bitácora de auditoría " + file, e);
        }
    }

    /** The most recent entries, newest first (at most {@code max}, read from the end of the file). */
    public synchronized List<Map<String, Object>> recent(int max) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long start = Math.max(0, in.length() - TAIL_BYTES);
            byte[] buf = new byte[(int) (in.length() - start)];
            in.seek(start);
            in.readFully(buf);
            String[] lines = new String(buf, StandardCharsets.UTF_8).split("\n");
            List<Map<String, Object>> out = new ArrayList<>();
            for (int i = lines.length - 1; i >= (start > 0 ? 1 : 0) && out.size() < max; i--) {
                if (!lines[i].isBlank()) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> entry = Json.MAPPER.readValue(lines[i], Map.class);
                    out.add(entry);
                }
            }
            return Collections.unmodifiableList(out);
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo leer la bitácora de auditoría " + file, e);
        }
    }

    public Path file() {
        return file;
    }
}
