package mx.observa.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import mx.observa.pipeline.Outcome;

/** Counts of one ingestion run, as printed to people and, with {@code --json}, to scripts. */
public final class IngestSummary {

    private final List<Outcome> outcomes = new ArrayList<>();
    private final List<Outcome> resumed = new ArrayList<>();
    private int handedOver;

    /** Reports an interrupted earlier run left unfinished, finished by this one before its own files. */
    public void resumed(List<Outcome> finished) {
        resumed.addAll(finished);
    }

    public void add(Outcome outcome) {
        outcomes.add(outcome);
    }

    public void handedOver(int files) {
        handedOver += files;
    }

    public long accepted() {
        return count(Outcome.Kind.ACCEPTED);
    }

    public long duplicates() {
        return count(Outcome.Kind.DUPLICATE);
    }

    /** Reports Observa failed to process on its own side; they are retried (next start, observa reintentar). */
    public List<Outcome> failed() {
        return outcomes.stream().filter(o -> o.kind() == Outcome.Kind.FAILED).toList();
    }

    public List<Outcome> quarantined() {
        return outcomes.stream().filter(o -> o.kind() == Outcome.Kind.QUARANTINED).toList();
    }

    public List<Outcome> outcomes() {
        return List.copyOf(outcomes);
    }

    private long count(Outcome.Kind kind) {
        return outcomes.stream().filter(o -> o.kind() == kind).count();
    }

    /** {@code {"accepted": n, "duplicates": n, "quarantined": [{"source", "reason"}]}}. */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("accepted", accepted());
        json.put("duplicates", duplicates());
        json.put("quarantined", quarantined().stream()
                .map(o -> Map.of("source", o.source(), "reason", o.reason())).toList());
        if (!failed().isEmpty()) {
            json.put("failed", failed().stream().map(o -> Map.of("source", o.source(), "reason", o.reason())).toList());
        }
        if (handedOver > 0) {
            json.put("handed_to_service", handedOver);
        }
        if (!resumed.isEmpty()) {
            json.put("resumed", resumed.size());
        }
        return json;
    }

    public String toText() {
        StringBuilder out = new StringBuilder(resumedText());
        if (handedOver > 0) {
            out.append("Entregados al servicio en ejecución: ").append(handedOver)
                    .append(" (consulte el avance con: observa status)\n");
        }
        out.append("Aceptados: ").append(accepted())
                .append(" · Duplicados: ").append(duplicates())
                .append(" · En cuarentena: ").append(quarantined().size()).append('\n');
        for (Outcome q : quarantined()) {
            out.append("  ✗ ").append(q.source()).append(" — ").append(q.reason()).append('\n');
        }
        if (!failed().isEmpty()) {
            out.append("Fallaron por un problema de Observa (se reintentarán al volver a iniciar o con observa reintentar): ")
                    .append(failed().size()).append('\n');
            for (Outcome f : failed()) {
                out.append("  ↻ ").append(f.source()).append(" — ").append(f.reason()).append('\n');
            }
        }
        return out.toString();
    }

    /** One line on the leftovers of an interrupted run, or nothing when there were none. */
    public String resumedText() {
        if (resumed.isEmpty()) {
            return "";
        }
        long quarantined = resumed.stream().filter(o -> o.kind() == Outcome.Kind.QUARANTINED).count();
        long failed = resumed.stream().filter(o -> o.kind() == Outcome.Kind.FAILED).count();
        return "Se terminó lo que una ejecución interrumpida dejó pendiente: " + (resumed.size() - quarantined - failed)
                + " informes aceptados y " + quarantined + " en cuarentena"
                + (failed > 0 ? "; " + failed + " fallaron otra vez y se reintentarán" : "") + ".\n";
    }
}
