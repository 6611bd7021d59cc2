package mx.observa.web;

import java.util.List;
import java.util.Map;

import mx.observa.model.FindingKind;
import mx.observa.text.Html;
import mx.observa.understand.TopicLabels;

/**
 * What the pages show for topic and channel ids: topic labels from the taxonomy (config/taxonomia.yaml, through
 * {@link TopicLabels}), channel names, and the CSS class that colors each topic. An id without a label (a topic
 * added later) is shown as it is.
 */
final class WebLabels {

    private static final Map<String, String> CHANNELS = Map.of(
            "carpeta", "Carpeta", "correo", "Correo electrónico", "formulario", "Formulario web",
            "api", "API", "csv", "Cuestionario (CSV)");

    private final TopicLabels topics;

    WebLabels(TopicLabels topics) {
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

    /** The kind badge of a finding, or «texto ilegible (OCR)» for a passage that is not language. */
    static void kindChip(StringBuilder h, String kind, boolean illegible) {
        if (illegible) {
            h.append("<p class=\"tipo ilegible\">texto ilegible (OCR)</p>\n");
        } else if (kind != null) {
            h.append("<p class=\"tipo tipo-").append(Html.escape(kind.replace('_', '-'))).append("\">")
                    .append(Html.escape(kind(kind))).append("</p>\n");
        }
    }

    /** The CSS class that colors a topic (one of 15 hues; unknown ids share a neutral one). */
    String cssClass(String id) {
        return topics.knows(id) ? "t-" + id.replace('_', '-') : "t-otro";
    }

    /** The colored topic badges of a finding. */
    void topicChips(StringBuilder h, List<String> topics) {
        if (topics.isEmpty()) {
            return;
        }
        h.append("<ul class=\"temas\" aria-label=\"Temas\">");
        for (String t : topics) {
            h.append("<li class=\"tema ").append(cssClass(t)).append("\">").append(Html.escape(topic(t)))
                    .append("</li>");
        }
        h.append("</ul>\n");
    }
}
