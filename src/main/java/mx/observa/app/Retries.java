package mx.observa.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import mx.observa.archive.Journal;
import mx.observa.config.ObservaConfig;
import mx.observa.pipeline.Outcome;

/**
 * {@code observa reintentar}: the reports that failed on Observa's side are processed again. Every start already
 * does it; this is for when the cause is fixed and nobody wants to restart. When another process owns the data
 * folder, a request file is left in {@code data/control/}, which the owner's route {@code reintentar}
 * (routes/retries.yaml) takes.
 */
public final class Retries {

    private static final String REQUEST = "reintentar";

    /**
     * @param failed   how many reports had failed before
     * @param outcomes what became of each report retried now (empty when handed to a running service)
     */
    public record Result(long failed, List<Outcome> outcomes, boolean handedToService) {

        public String toText() {
            if (handedToService) {
                return "Se pidió al servicio en ejecución reintentar los " + failed + " informes que fallaron "
                        + "(consulte el avance con: observa status)\n";
            }
            if (outcomes.isEmpty()) {
                return "No había informes pendientes de reintento.\n";
            }
            IngestSummary summary = new IngestSummary();
            outcomes.forEach(summary::add);
            return "Reintentados: " + outcomes.size() + "\n" + summary.toText();
        }

        public Map<String, Object> toJson() {
            IngestSummary summary = new IngestSummary();
            outcomes.forEach(summary::add);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("failed_before", failed);
            json.put("handed_to_service", handedToService);
            json.put("retried", outcomes.size());
            json.putAll(summary.toJson());
            return json;
        }
    }

    private Retries() {
    }

    public static Result run(ObservaConfig config) throws Exception {
        long failed = Journal.read(config.journalDir()).failedCount();
        ObservaService service;
        try {
            service = ObservaService.start(config, ObservaService.Mode.BATCH);
        } catch (DataBusyException busy) {
            leaveRequest(config);
            return new Result(failed, List.of(), true);
        }
        try (service) {
            return new Result(failed, service.resumeUnfinished(), false); // the start queued them again
        }
    }

    static Path requestDir(ObservaConfig config) {
        return config.dataDir().resolve("control");
    }

    /** Written aside and renamed, so the owner never reads half a request. */
    static void leaveRequest(ObservaConfig config) {
        Path dir = requestDir(config);
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".reintentar-", ".part");
            Files.move(tmp, dir.resolve(REQUEST), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo dejar la solicitud de reintento en " + dir, e);
        }
    }
}
