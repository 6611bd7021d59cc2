package mx.observa.model;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a finding is, independent of its topics (shared/taxonomy.md, "finding kinds"). The ids are a public
 * contract: the index field {@code tipo}, the API, {@code analyze --json} and the consolidated report use exactly
 * these; the labels are what users read.
 */
public enum FindingKind {

    /** Something went wrong: a problem, irregularity or obstacle actually observed or credibly reported. */
    INCIDENCIA("incidencia", "Incidencia"),
    /** The aspect worked as it should ("se instaló a tiempo", "no hubo propaganda"). */
    CONFORME("conforme", "Sin novedad"),
    /** A practice worth repeating. */
    BUENA_PRACTICA("buena_practica", "Buena práctica"),
    /** The observer's proposal. */
    RECOMENDACION("recomendacion", "Recomendación"),
    /** Descriptive facts with no judgement (who, where, when, how many). */
    CONTEXTO("contexto", "Contexto");

    private final String id;
    private final String label;

    FindingKind(String id, String label) {
        this.id = id;
        this.label = label;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** The kind with this id; empty for anything else (an index written before kinds existed has none). */
    public static Optional<FindingKind> byId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }

    @JsonCreator
    static FindingKind fromJson(String id) {
        return byId(id).orElseThrow(() -> new IllegalArgumentException("tipo de hallazgo desconocido: " + id));
    }
}
