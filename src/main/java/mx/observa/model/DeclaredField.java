package mx.observa.model;

import java.util.Optional;

/**
 * The fields an observer can declare about a report besides its text (web form, API, CSV columns). The keys are a
 * public contract: form field names, API field names, {@link Submission#declared()} keys and CSV mapping targets.
 */
public enum DeclaredField {
    NOMBRE("nombre", "Nombre"),
    CORREO("correo", "Correo electrónico"),
    ACREDITACION("acreditacion", "Número de acreditación"),
    ALCALDIA("alcaldia", "Alcaldía"),
    DISTRITO("distrito", "Distrito local"),
    UT("ut", "Unidad territorial"),
    MRO("mro", "Mesa receptora de opinión (MRO)"),
    FECHA("fecha", "Fecha de la observación"),
    /** Row number in a CSV export as a spreadsheet shows it (the header is row 1); set by Observa, never by the sender. */
    FILA("fila", "Fila");

    /**
     * Not a field anyone types: the people the headers of the e-mail message a report came in name (display names,
     * addresses), one per line, set by Observa so that every part of that message is redacted for them too.
     */
    public static final String PEOPLE = "personas";

    /** The people of {@link #PEOPLE} in declared values, in order; none when absent. */
    public static java.util.List<String> people(java.util.Map<String, String> declared) {
        String people = declared == null ? null : declared.get(PEOPLE);
        return people == null || people.isBlank() ? java.util.List.of() : java.util.List.of(people.split("\n"));
    }

    private final String key;
    private final String label;

    DeclaredField(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    /** The Spanish label people read (form, error messages, renderings). */
    public String label() {
        return label;
    }

    public static Optional<DeclaredField> byKey(String key) {
        for (DeclaredField f : values()) {
            if (f.key.equals(key)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
