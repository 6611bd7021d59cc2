package mx.observa.web;

import java.util.List;
import java.util.Map;

import mx.observa.model.FindingKind;
import mx.observa.understand.TopicLabels;

/**
 * What the pages show for topic and channel ids: topic labels from the taxonomy (config/taxonomia.yaml, through
 * {@link TopicLabels}), channel names, and the CSS class that colors each topic. An id without a label (a topic
 * added later) is shown as it is.
 */
public final class WebLabels {

    private static final Map<String, String> CHANNELS = Map.of(
            "carpeta", "Carpeta", "correo", "Correo electrónico", "formulario", "Formulario web",
            "api", "API", "csv", "Cuestionario (CSV)");

    private final TopicLabels topics;

    public WebLabels(TopicLabels topics) {
        this.topics = topics;
    }

    String topic(String id) {
        return topics.label(id);
    }

    static String channel(String id) {
        return id == null ? "" : CHANNELS.getOrDefault(id, id);
    }

    /** The label of a finding kind id ("incidencia" → "Incidencia", "conforme" → "Sin novedad"). */
    static String kind(String id) {
        return id == null ? "" : FindingKind.byId(id).map(FindingKind::label).orElse(id);
    }

    /** The kind badge of a finding: its label and the class that colors it. */
    record KindChip(String label, String cssClass) {
    }

    /**
     * The kind badge of a finding (src/main/jte/web/kindChip.jte), «texto ilegible (OCR)» for a passage that is not
     * language, or null when the finding has no kind (an index of an earlier version).
     */
    static KindChip kindChip(String kind, boolean illegible) {
        if (illegible) {
            return new KindChip("texto ilegible (OCR)", "tipo ilegible");
        }
        return kind == null ? null : new KindChip(kind(kind), "tipo tipo-" + kind.replace('_', '-'));
    }

    /** The CSS class that colors a topic (one of 15 hues; unknown ids share a neutral one). */
    String cssClass(String id) {
        return topics.knows(id) ? "t-" + id.replace('_', '-') : "t-otro";
    }

    /** A colored topic badge: the topic's label and the class that colors it. */
    record Chip(String label, String cssClass) {
    }

    /** The badges of a finding's topics (src/main/jte/web/topicChips.jte). */
    List<Chip> chips(List<String> topics) {
        return topics.stream().map(t -> new Chip(topic(t), cssClass(t))).toList();
    }
}
