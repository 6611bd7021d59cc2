package mx.observa.model;

/**
 * A span of personal data found in a report's text, so published outputs can redact it.
 *
 * @param kind  nombre, telefono, correo, curp, clave_elector, domicilio
 * @param start offset in the report text (inclusive)
 * @param end   offset in the report text (exclusive)
 */
public record PersonalData(String kind, String text, int start, int end) {
}
