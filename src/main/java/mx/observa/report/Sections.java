package mx.observa.report;

import java.util.List;

import mx.observa.model.FindingKind;

/**
 * Which findings each section of the consolidated report lists, decided by their kind (shared/taxonomy.md):
 * serious incidents are findings of kind {@code incidencia} in seguridad, proselitismo or secreto_voto — and only
 * those: a good practice that "cuidó el secreto del voto", a recommendation to "vigilar la propaganda" or a "no hubo
 * incidentes" is never one; good practices and recommendations are the findings of those kinds; a topic counts its
 * incidents and its findings «sin novedad» apart.
 */
public final class Sections {

    /** Topics whose incidents the commission reads one by one. */
    static final List<String> SERIOUS = List.of("seguridad", "proselitismo", "secreto_voto");

    private Sections() {
    }

    static boolean serious(PublishedFinding f) {
        return f.kind() == FindingKind.INCIDENCIA && SERIOUS.stream().anyMatch(f::has);
    }

    /** The same rule for a kind id and topic ids (review coverage, the review queue). */
    public static boolean serious(String kind, List<String> topics) {
        return FindingKind.INCIDENCIA.id().equals(kind) && SERIOUS.stream().anyMatch(topics::contains);
    }

    static boolean practice(PublishedFinding f) {
        return f.kind() == FindingKind.BUENA_PRACTICA;
    }

    static boolean recommendation(PublishedFinding f) {
        return f.kind() == FindingKind.RECOMENDACION;
    }
}
