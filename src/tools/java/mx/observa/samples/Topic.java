package mx.observa.samples;

/** The topic ids of the shared taxonomy (shared/taxonomy.md), as the samples are labelled with them. */
public enum Topic {
    INSTALACION("Instalación y apertura"),
    FUNCIONARIADO("Personas funcionarias"),
    MATERIAL("Material y documentación"),
    IDENTIFICACION("Identificación y listado"),
    SECRETO_VOTO("Secreto y libertad del voto"),
    PROSELITISMO("Proselitismo y coacción"),
    ACCESIBILIDAD("Accesibilidad"),
    REMOTA("Votación por internet (SEI)"),
    SEGURIDAD("Seguridad e incidentes"),
    ESCRUTINIO("Cierre y escrutinio"),
    DIFUSION("Información y difusión"),
    OBSERVACION("Condiciones para observar"),
    PARTICIPACION("Participación y afluencia"),
    BUENA_PRACTICA("Buenas prácticas"),
    RECOMENDACION("Recomendaciones");

    private final String label;

    Topic(String label) {
        this.label = label;
    }

    /** The stable taxonomy id, e.g. {@code secreto_voto}. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The Spanish label users see. */
    public String label() {
        return label;
    }
}
