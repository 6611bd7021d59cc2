package mx.observa.samples;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Writes sample-reports/README.md (in Spanish) from the same definitions that produce the files. */
final class ReadmeWriter {

    static final String FILE_NAME = "README.md";

    static final String REGENERATE = """
            ./observa muestras          # regenera sample-reports/ (o: ./observa muestras OTRA_CARPETA)""";

    byte[] write(List<SampleFile> files) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Informes de observación de muestra\n\n");
        sb.append("""
                Informes de observación **ficticios** de la Consulta de Presupuesto Participativo 2022 (IECM), en los \
                formatos en que llegan en la realidad. Sirven como datos de prueba de Observa: extracción, \
                clasificación por temas, detección de duplicados, datos personales y búsqueda.

                **Todo es inventado.** Las personas, organizaciones, teléfonos (patrón `55 5555 01xx`), correos \
                (dominio reservado `.example`), cadenas con forma de CURP y domicilios son ficticios. Los nombres de \
                colonias existen, pero las claves de unidad territorial (`AA-NNN`, donde `AA` es la clave de la \
                alcaldía) y la asignación de distritos son inventadas.

                Estos archivos **se generan**: no se editan a mano. Los produce \
                `mx.observa.samples.SampleReportGenerator` (herramienta de desarrollo en `src/tools/java`, fuera de \
                `observa.jar`) y la prueba `SampleReportGeneratorTest` verifica que al \
                regenerarlos salgan idénticos byte por byte y que Tika extraiga de cada uno su frase distintiva.

                """);
        sb.append("## Archivos\n\n");
        sb.append("| Archivo | Formato | Alcaldía (como se escribe) | Distrito | UT | Qué cubre | Notas |\n");
        sb.append("|---|---|---|---|---|---|---|\n");
        for (SampleFile f : files) {
            SampleReport r = f.report();
            sb.append("| `").append(f.fileName()).append("` | ").append(f.format().description()).append(" | ")
                    .append(alcaldia(f)).append(" | ").append(distrito(r)).append(" | ")
                    .append(r.utClave() == null ? "—" : r.utClave() + " " + r.utName()).append(" | ")
                    .append(cell(f.summary())).append(" Temas: ").append(topics(f)).append(". | ")
                    .append(cell(f.notes().isEmpty() ? "—" : f.notes())).append(" |\n");
        }
        sb.append("\n");
        sb.append(coverage(files));
        sb.append("""
                ## catalogo.csv

                Una fila por archivo (UTF-8, separado por comas): `archivo,formato,alcaldia,distrito,ut,fecha,\
                frase_distintiva,temas,ocr`.

                - `alcaldia`: nombre canónico con acentos (ver `shared/geography/alcaldias.csv`).
                - `distrito`: distrito local como entero (1–33), vacío si el informe no lo dice.
                - `ut`: clave de la unidad territorial, vacía si no se menciona.
                - `fecha`: día observado (`AAAA-MM-DD`): el 1 de mayo de 2022 para las mesas, un día de finales de \
                abril para la votación por internet; vacío si el informe no lo dice.
                - `frase_distintiva`: de 2 a 5 palabras que aparecen tal cual (mismos acentos y mayúsculas) en el \
                texto extraído de ese archivo y de ningún otro. Excepción deliberada: el par duplicado 08/09 \
                comparte su frase. En los archivos que requieren OCR la frase no lleva acentos.
                - `temas`: ids de la taxonomía (`shared/taxonomy.md`) separados por `|`.
                - `ocr`: `yes` si el texto sólo se obtiene con OCR.

                En el CSV del cuestionario en línea la fila del catálogo describe la respuesta de la que se tomó la \
                frase (Iztapalapa); el archivo contiene 7 respuestas.

                ## Casos especiales

                - **Duplicado casi exacto**: `08-incidentes-tlalpan-totoltepec.docx` y \
                `09-incidentes-tlalpan-totoltepec.pdf` tienen el mismo texto en dos formatos.
                - **Reenvío con cambios menores**: `11-reporte-xochimilco-atlapulco-corregido.docx` corrige a \
                `10-reporte-xochimilco-atlapulco.docx` (hora de instalación, clima, una línea nueva).
                - **OCR**: `24-foto-formato-venustiano-carranza.png` (foto de celular) y \
                `25-escaneo-formato-alvaro-obregon.pdf` (PDF sólo imagen). Se comprueban con \
                `tesseract archivo.png - -l spa` (paquetes `tesseract-ocr tesseract-ocr-spa`).
                - **Codificación**: `05-…` y `06-…` están en ISO-8859-1 con CRLF; `21-…` es UTF-8 con BOM (sin \
                BOM, la detección de juegos de caracteres de Tika 3.3 lo lee como GB18030); los demás TXT son UTF-8 \
                sin BOM; `16-…` usa entidades HTML; los RTF escapan todo carácter no ASCII como `\\uNNNN?`; el CSV \
                es UTF-8 con BOM.
                - **Estilo**: mayúsculas (`18-…`), sin acentos y con faltas (`19-…`, `29-…`), notas mínimas \
                (`20-…`, `30-…`), informes extensos (`21-…`, `27-…`).

                ## Cómo regenerar

                Desde la raíz del proyecto (requiere la fuente DejaVu Sans: `apt-get install -y fonts-dejavu-core`):

                ```
                """);
        sb.append(REGENERATE).append("\n```\n\n");
        sb.append("""
                La salida es determinista (semillas fijas, fechas e identificadores fijos en PDF/DOCX/ODT, horas \
                fijas en las entradas zip). Las imágenes y los flujos comprimidos dependen del JDK: con otro JDK \
                pueden cambiar algunos bytes de PNG/PDF aunque el contenido sea el mismo.

                Para corpus sintéticos grandes (benchmarks), `SampleReportGenerator#writeRandomCorpus(dir, n, \
                semilla, incluirImagenes)` escribe `n` informes aleatorios pero reproducibles, con su propio \
                `catalogo.csv`; también desde la línea de comandos: `./observa muestras <carpeta> --random <n> \
                --seed <semilla> [--images]`.
                """);
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String alcaldia(SampleFile f) {
        if (f.format() == OutputFormat.CSV_FORM) {
            return f.reports().stream().map(r -> r.alcaldia().canonicalName()).distinct()
                    .collect(Collectors.joining(", "));
        }
        SampleReport r = f.report();
        String canonical = r.alcaldia().canonicalName();
        String written = r.spelling().apply(r.alcaldiaWritten());
        return written.equals(canonical) ? canonical : canonical + " («" + written + "»)";
    }

    private static String distrito(SampleReport r) {
        if (r.distrito() == null) {
            return "—";
        }
        String written = r.spelling().apply(r.distritoWritten());
        return r.distrito() + " («" + written + "»)";
    }

    private static String topics(SampleFile f) {
        Set<Topic> all = new TreeSet<>();
        f.reports().forEach(r -> all.addAll(r.topics()));
        return all.stream().map(t -> "`" + t.id() + "`").collect(Collectors.joining(", "));
    }

    private static String coverage(List<SampleFile> files) {
        Set<String> alcaldias = new LinkedHashSet<>();
        for (Alcaldia a : Alcaldia.values()) {
            boolean covered = files.stream().flatMap(f -> f.reports().stream()).anyMatch(r -> r.alcaldia() == a);
            if (covered) {
                alcaldias.add(a.canonicalName());
            }
        }
        Set<Topic> topics = new TreeSet<>();
        files.forEach(f -> f.reports().forEach(r -> topics.addAll(r.topics())));
        return "Cobertura: " + files.size() + " archivos; " + alcaldias.size() + " de 16 alcaldías ("
                + String.join(", ", alcaldias) + "); " + topics.size() + " de " + Topic.values().length
                + " temas de la taxonomía.\n\n";
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
