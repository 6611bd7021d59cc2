package mx.observa.model;

import java.util.Locale;

/** How a submission reached us. The lower-case Spanish name is what the index, the API and the report show. */
public enum Channel {
    CARPETA, CORREO, FORMULARIO, API, CSV;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Channel fromId(String id) {
        return valueOf(id.trim().toUpperCase(Locale.ROOT));
    }
}
