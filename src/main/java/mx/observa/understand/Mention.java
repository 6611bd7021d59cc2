package mx.observa.understand;

/**
 * Something recognised in a report's text, with where it was and how sure the parser is.
 *
 * @param strength higher when the text says what it is ("Alcaldía: …", "Fecha de la jornada: …") than when it
 *                 only appears in passing; parsers document their scale
 */
record Mention<T>(T value, int start, int end, int strength) {
}
