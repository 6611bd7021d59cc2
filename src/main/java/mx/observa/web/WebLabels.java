package mx.observa.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Spanish labels of the topic ids (the public contract of shared/taxonomy.md), and of channels. An id without a
 * label (a topic added later) is shown as it is.
 */
final class TopicLabels {

    private static final Map<String, String> TOPICS = new LinkedHashMap<>();
    private static final Map<String, String> CHANNELS = Map.of(
            "carpeta", "Carpeta", "correo", "Correo electrónico", "formulario", "Formulario web",
            "api", "API", "csv", "Cuestionario (CSV)");

    static {
        TOPICS.put("instalacion", "Instalación y apertura");
        TOPICS.put("funcionariado", "Personas funcionarias");
        TOPICS.put("material", "Material y documentación");
        TOPICS.put("identificacion", "Identificación y listado");
        TOPICS.put("secreto_voto", "Secreto y libertad del voto");
        TOPICS.put("proselitismo", "Proselitismo y coacción");
        TOPICS.put("accesibilidad", "Accesibilidad");
        TOPICS.put("remota", "Votación por internet (SEI)");
        TOPICS.put("seguridad", "Seguridad e incidentes");
        TOPICS.put("escrutinio", "Cierre y escrutinio");
        TOPICS.put("difusion", "Información y difusión");
        TOPICS.put("observacion", "Condiciones para observar");
        TOPICS.put("participacion", "Participación y afluencia");
        TOPICS.put("buena_practica", "Buenas prácticas");
        TOPICS.put("recomendacion", "Recomendaciones");
    }

    private TopicLabels() {
    }

    static String topic(String id) {
        return TOPICS.getOrDefault(id, id);
    }

    static String channel(String id) {
        return id == null ? "" : CHANNELS.getOrDefault(id, id);
    }

    /** The CSS class that colors a topic (one of 15 hues; unknown ids share a neutral one). */
    static String cssClass(String id) {
        return TOPICS.containsKey(id) ? "t-" + id.replace('_', '-') : "t-otro";
    }
}
