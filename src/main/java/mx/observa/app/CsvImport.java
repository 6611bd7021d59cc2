package mx.observa.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import mx.observa.config.ObservaConfig;
import mx.observa.model.Channel;
import mx.observa.pipeline.ContainerKind;
import mx.observa.pipeline.Outcome;

/**
 * {@code observa import-csv}: questionnaire exports imported one row per report, whatever their extension. The same
 * export imported again adds nothing; a longer export of the same questionnaire adds only its new rows. When a
 * service already owns the data folder, the files are handed to its inbox (where .csv files are imported the same way).
 */
public final class CsvImport {

    /** What one export brought. */
    public record FileResult(String file, Outcome delivery, IngestSummary rows) {

        public Map<String, Object> toJson() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("file", file);
            json.put("folio", delivery.folio());
            json.put("already_imported", delivery.kind() == Outcome.Kind.DUPLICATE);
            json.putAll(rows.toJson());
            return json;
        }

        public String toText() {
            StringBuilder t = new StringBuilder(file);
            if (delivery.kind() == Outcome.Kind.QUARANTINED && delivery.folio() == null) {
                return t.append(": no se pudo importar. ").append(delivery.reason()).append('\n').toString();
            }
            t.append(" (folio ").append(delivery.folio()).append(")");
            if (delivery.kind() == Outcome.Kind.DUPLICATE && rows.accepted() == 0 && rows.quarantined().isEmpty()) {
                return t.append(": este archivo ya se había importado; no se agregó nada.\n").toString();
            }
            if (delivery.kind() == Outcome.Kind.QUARANTINED) {
                t.append(": importación incompleta. ").append(delivery.reason());
            }
            return t.append('\n').append(rows.toText()).toString();
        }
    }

    private CsvImport() {
    }

    /**
     * @param summary gets the files handed to a running service, or the leftovers of an interrupted run finished first
     * @return one result per file, or an empty list when the files were handed to a running service
     */
    public static List<FileResult> run(ObservaConfig config, List<Path> files, IngestSummary summary) throws Exception {
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                throw new IllegalArgumentException("No existe el archivo " + f);
            }
        }
        ObservaService service;
        try {
            service = ObservaService.start(config, ObservaService.Mode.BATCH);
        } catch (DataBusyException busy) {
            summary.handedOver(Ingestion.handOver(config.inboxDir(), files));
            return List.of();
        }
        List<FileResult> results = new ArrayList<>();
        try (service) {
            summary.resumed(service.resumeUnfinished());
            List<ObservaService.Submitted> received = new ArrayList<>();
            for (Path f : files) {
                received.add(service.receive(f, f.getFileName().toString(), Channel.CSV, ContainerKind.CSV));
            }
            for (int i = 0; i < files.size(); i++) {
                Path f = files.get(i);
                ObservaService.Submitted s = service.processed(received.get(i));
                IngestSummary rows = new IngestSummary();
                if (s.container()) {
                    s.reports().forEach(rows::add);
                }
                results.add(new FileResult(f.getFileName().toString(), s.delivery(), rows));
            }
        }
        return results;
    }
}
