package mx.observa.report;

import static mx.observa.report.Xhtml.pointer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import mx.observa.text.Html;
import mx.observa.understand.TopicLabels;

/**
 * The consolidated report as one self-contained Spanish XHTML document: no scripts, no network, charts drawn with
 * CSS bars. The same document is the HTML edition and the source of the PDF (paged-media CSS gives the PDF its
 * page numbers and the page numbers of its table of contents; browsers ignore those rules).
 *
 * <p>Everything comes from the edition's published files: the JSON tree (its long lists read back from the written
 * JSON one item at a time) and the findings' annex CSV; every number is written through {@link Xhtml#num}/
 * {@link Xhtml#cell} with the pointer of its value. The document is written as it is made, never held whole.
 */
final class ReportHtml {

    /** Section anchors and titles, in order: the table of contents, and what the PDF test looks for. */
    static final List<Map.Entry<String, String>> SECTIONS = List.of(
            Map.entry("resumen", "1. Resumen ejecutivo"),
            Map.entry("cambios", "2. Cambios respecto de la edición anterior"),
            Map.entry("metodo", "3. Método"),
            Map.entry("cobertura", "4. Cobertura"),
            Map.entry("temas", "5. Hallazgos por tema"),
            Map.entry("incidencias", "6. Incidencias graves"),
            Map.entry("buenas-practicas", "7. Buenas prácticas"),
            Map.entry("recomendaciones", "8. Recomendaciones de las personas observadoras"),
            Map.entry("anexo-informes", "Anexo A. Informes considerados"),
            Map.entry("anexo-hallazgos", "Anexo B. Hallazgos"));

    private static final Map<String, String> CHANNELS = Map.of(
            "carpeta", "Carpeta de recepción",
            "correo", "Correo electrónico",
            "formulario", "Formulario web",
            "api", "API",
            "csv", "Cuestionario en línea (CSV)");

    private static final String CSS = """
            @page{size:A4;margin:2.2cm 1.8cm 2cm 1.8cm;
             @top-right{content:"Informe consolidado de observación · %s";font-family:"DejaVu Sans";font-size:7.5pt;color:#666}
             @bottom-center{content:"Página " counter(page) " de " counter(pages);font-family:"DejaVu Sans";font-size:8pt;color:#444}}
            @page:first{@top-right{content:none}@bottom-center{content:none}}
            @page apaisada{size:A4 landscape}
            body{font-family:"DejaVu Sans",Arial,sans-serif;font-size:10pt;max-width:62rem;margin:2rem auto;padding:0 1rem;color:#1d1d1d;line-height:1.45}
            .portada{page-break-after:always;padding-top:6cm;text-align:center}
            .portada h1{font-size:22pt;color:#6b2c70;margin-bottom:.3cm}.portada p{margin:.2cm 0}
            .portada .sub{font-size:14pt}.portada .nota{margin-top:3cm;font-size:9pt;color:#444}
            nav.indice{page-break-after:always}nav.indice ol{list-style:none;padding:0}nav.indice li{margin:.25rem 0}
            a.toc{color:#1d1d1d;text-decoration:none}
            a.toc::after{content:leader('.') target-counter(attr(href),page)}
            h2{font-size:15pt;margin-top:1.6rem;border-bottom:2px solid #6b2c70;color:#6b2c70;page-break-after:avoid}
            h4{font-size:10.5pt;margin:.9rem 0 .3rem 0;color:#3d1a40;page-break-after:avoid}
            h3{font-size:11.5pt;margin-top:1.2rem;color:#3d1a40;page-break-after:avoid}
            section.mayor{page-break-before:always}
            table{border-collapse:collapse;margin:.6rem 0;width:100%;-fs-table-paginate:paginate}
            th,td{border:1px solid #bbb;padding:.2rem .4rem;text-align:left;vertical-align:top}
            th{background:#f1e9f2}td.n{text-align:right;white-space:nowrap}
            tr{page-break-inside:avoid}
            td.grafica{width:45%}.barra{background:#eee;height:.8em;width:100%}.barra div{background:#6b2c70;height:.8em}
            .cruce{page:apaisada;page-break-before:always}.cruce table{font-size:7pt}.cruce th{font-weight:normal}
            blockquote{margin:.5rem 0 .8rem 1rem;padding:.3rem .8rem;border-left:3px solid #6b2c70;background:#faf7fa}
            blockquote p{margin:0 0 .2rem 0}.fuente{font-size:8.5pt;color:#444}
            code{font-family:"DejaVu Sans",monospace;font-size:9pt}
            .anexo td{font-size:8pt}.aviso{background:#fff6db;padding:.4rem .7rem;border:1px solid #e6cf7a}
            """;

    /** Where every row of a listing is when the document shows only the first ones. */
    private static final String IN_FULL_JSON = "la edición HTML de este informe y en <code>informe-consolidado.json</code>";

    private ReportHtml() {
    }

    /** The whole edition, every listing in full, written into {@code out}. */
    static void render(JsonNode e, EditionFiles files, TopicLabels labels, Appendable out) {
        render(e, files, labels, Integer.MAX_VALUE, out);
    }

    /** An edition whose listings show at most {@code listRows} rows each (the PDF's source). */
    static String render(JsonNode e, EditionFiles files, TopicLabels labels, int listRows) {
        StringBuilder out = new StringBuilder(64 * 1024);
        render(e, files, labels, listRows, out);
        return out.toString();
    }

    /**
     * @param listRows the longest listing shown (incidents, good practices, the annexes); a longer one shows its first
     *                 rows and says where all of them are. The PDF's bound: it is set in memory, and tens of thousands
     *                 of table rows take gigabytes and minutes to lay out in pages.
     */
    private static void render(JsonNode e, EditionFiles files, TopicLabels labels, int listRows, Appendable out) {
        Xhtml h = new Xhtml(e, listRows, out);
        String cutoff = Xhtml.longDate(EditionJson.cutoffOf(e));
        h.raw("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"es-MX\" xml:lang=\"es-MX\">\n<head>\n")
                .raw("<meta charset=\"utf-8\"/>\n<title>").text(EditionJson.TITLE + " — corte " + cutoff)
                .raw("</title>\n<style>\n").raw(CSS.replace("%s", "corte " + cutoff)).raw("</style>\n</head>\n<body>\n");
        cover(h, e);
        contents(h);
        summary(h, e, labels);
        changes(h, e, labels);
        method(h, e);
        coverage(h, e);
        topics(h, e, labels);
        incidents(h, files, labels);
        practices(h, files);
        recommendations(h, e);
        reportAnnex(h, files, labels);
        findingAnnex(h, files, labels);
        h.raw("</body>\n</html>\n");
    }

    private static void cover(Xhtml h, JsonNode e) {
        h.raw("<section class=\"portada\">\n<h1>").text(EditionJson.TITLE).raw("</h1>\n<p class=\"sub\">")
                .text(EditionJson.SUBJECT).raw("</p>\n<p>Instituto Electoral de la Ciudad de México · Comisión Permanente de ")
                .raw("Vinculación con Organismos Externos (CVOE)</p>\n");
        if (!e.at("/edicion/sesion").isNull()) {
            h.raw("<p>Edición para la ").text(e.at("/edicion/sesion/nombre").asText()).raw(" del ")
                    .date("/edicion/sesion/fecha").raw("</p>\n");
        }
        h.raw("<p>Fecha de corte: ").date("/edicion/corte").raw(" (hora de la Ciudad de México)</p>\n")
                .raw("<p>").count("/totales/informes", "informe de observación", "informes de observación").raw(" · ")
                .count("/totales/hallazgos", "hallazgo", "hallazgos").raw("</p>\n")
                .raw("<p class=\"nota\">Documento sin datos personales: los nombres, teléfonos, correos e identificaciones ")
                .raw("de personas observadoras y particulares se sustituyen por «").text(Redactor.MARK)
                .raw("». Cada cita y cada hallazgo indican el folio del informe de origen.</p>\n</section>\n");
    }

    private static void contents(Xhtml h) {
        h.raw("<nav class=\"indice\">\n<h2>Contenido</h2>\n<ol>\n");
        SECTIONS.forEach(s -> h.raw("<li><a class=\"toc\" href=\"#").raw(s.getKey()).raw("\">").text(s.getValue())
                .raw("</a></li>\n"));
        h.raw("</ol>\n</nav>\n");
    }

    private static void open(Xhtml h, String id, boolean newPage) {
        String title = SECTIONS.stream().filter(s -> s.getKey().equals(id)).findFirst().orElseThrow().getValue();
        h.raw("<section id=\"").raw(id).raw("\"").raw(newPage ? " class=\"mayor\"" : "").raw(">\n<h2>").text(title)
                .raw("</h2>\n");
    }

    private static void summary(Xhtml h, JsonNode e, TopicLabels labels) {
        open(h, "resumen", false);
        h.raw("<p>Al corte del ").date("/edicion/corte").raw(" se recibieron ")
                .count("/totales/envios_con_folio", "envío con folio", "envíos con folio").raw(". Se analizan ")
                .count("/totales/informes", "informe de observación distinto", "informes de observación distintos")
                .raw(", con ").count("/totales/hallazgos", "hallazgo", "hallazgos").raw("; ")
                .count("/totales/duplicados", "informe casi idéntico a uno anterior se contó",
                        "informes casi idénticos a otros anteriores se contaron")
                .raw(" una sola vez, y ").count("/totales/cuarentena_con_folio", "envío quedó", "envíos quedaron")
                .raw(" en cuarentena por no poder leerse.</p>\n");

        h.raw("<p>Los informes provienen de ").count("/totales/alcaldias_con_informes", "alcaldía", "alcaldías")
                .raw(" de las dieciséis de la ciudad y de ")
                .count("/totales/distritos_con_informes", "distrito electoral local", "distritos electorales locales");
        List<String> top = topEntries(e.at("/cobertura/por_alcaldia"), EditionJson.UNKNOWN_PLACE);
        if (top.size() == 1) {
            h.raw("; la alcaldía con más informes es ").text(top.get(0)).raw(" (")
                    .num(pointer("cobertura", "por_alcaldia", top.get(0))).raw(")");
        } else if (top.size() > 1 && top.size() <= 3) {
            h.raw("; las alcaldías con más informes son ").text(String.join(", ", top.subList(0, top.size() - 1)))
                    .raw(" y ").text(top.get(top.size() - 1)).raw(" (")
                    .num(pointer("cobertura", "por_alcaldia", top.get(0))).raw(" cada una)");
        }
        h.raw(".</p>\n");

        List<String> frequent = new ArrayList<>();
        e.path("temas").fieldNames().forEachRemaining(t -> {
            if (!t.equals(EditionJson.GOOD_PRACTICE) && !t.equals(EditionJson.RECOMMENDATION)
                    && e.path("temas").path(t).path("informes").asLong() > 0) {
                frequent.add(t);
            }
        });
        frequent.sort(Comparator.comparingLong((String t) -> -e.path("temas").path(t).path("informes").asLong()));
        if (frequent.isEmpty()) {
            h.raw("<p>Ningún hallazgo se clasificó todavía en un tema.</p>\n");
        } else {
            h.raw("<p>Los temas observados con más frecuencia son ");
            List<String> three = frequent.subList(0, Math.min(3, frequent.size()));
            for (int i = 0; i < three.size(); i++) {
                String t = three.get(i);
                h.raw(i == 0 ? "" : i == three.size() - 1 ? " y " : ", ").text(labels.label(t)).raw(" (")
                        .count(pointer("temas", t, "informes"), "informe", "informes").raw(", ")
                        .num(pointer("temas", t, "porcentaje_informes")).raw("&#160;%)");
            }
            h.raw(".</p>\n");
        }

        if (e.at("/incidencias_graves/hallazgos").asLong() == 0) {
            h.raw("<p>No se registraron incidencias graves (seguridad, proselitismo o secreto del voto).</p>\n");
        } else {
            h.raw("<p>Se registraron ").count("/incidencias_graves/hallazgos", "hallazgo", "hallazgos")
                    .raw(" de incidencias graves en ").count("/incidencias_graves/informes", "informe", "informes")
                    .raw(": ");
            for (int i = 0; i < EditionJson.SERIOUS.size(); i++) {
                String t = EditionJson.SERIOUS.get(i);
                h.raw(i == 0 ? "" : i == EditionJson.SERIOUS.size() - 1 ? " y " : ", ").text(labels.label(t))
                        .raw(" (").num(pointer("incidencias_graves", "por_tema", t)).raw(")");
            }
            h.raw("; se listan una por una en la sección de incidencias graves.</p>\n");
        }
        h.raw("<p>Las personas observadoras describieron ")
                .count("/buenas_practicas/hallazgos", "buena práctica", "buenas prácticas").raw(" y formularon ")
                .count("/recomendaciones/hallazgos", "recomendación", "recomendaciones").raw(", que se agrupan en ")
                .count("/recomendaciones/grupos_distintos", "propuesta distinta", "propuestas distintas").raw(".</p>\n");
        if (e.path("cambios").isNull()) {
            h.raw("<p>Esta es la primera edición del informe.</p>\n");
        } else {
            h.raw("<p>Respecto de la edición anterior (corte del ").date("/edicion/edicion_anterior/corte")
                    .raw(") se agregaron ").count("/cambios/informes_nuevos", "informe nuevo", "informes nuevos")
                    .raw(".</p>\n");
        }
        h.raw("</section>\n");
    }

    private static void changes(Xhtml h, JsonNode e, TopicLabels labels) {
        open(h, "cambios", false);
        if (e.path("cambios").isNull()) {
            h.raw("<p>Esta es la primera edición: no hay una edición anterior con la cual comparar.</p>\n</section>\n");
            return;
        }
        h.raw("<p>Edición anterior: corte del ").date("/edicion/edicion_anterior/corte").raw(". Informes: ")
                .num("/cambios/informes/anterior").raw(" → ").num("/cambios/informes/actual").raw(" (")
                .num("/cambios/informes/diferencia").raw("). Folios nuevos: ");
        JsonNode fresh = e.at("/cambios/folios_nuevos");
        h.text(fresh.isEmpty() ? "ninguno" : join(fresh)).raw(".</p>\n");
        differenceTable(h, e, "temas", "Tema", labels::label);
        differenceTable(h, e, "alcaldias", "Alcaldía", s -> s);
        h.raw("</section>\n");
    }

    private static void differenceTable(Xhtml h, JsonNode e, String key, String head,
                                        java.util.function.Function<String, String> label) {
        h.raw("<table>\n<tr><th>").text(head).raw("</th><th>Edición anterior</th><th>Esta edición</th><th>Diferencia</th></tr>\n");
        e.path("cambios").path(key).fieldNames().forEachRemaining(k -> {
            h.raw("<tr><td>").text(label.apply(k)).raw("</td>");
            h.cell(pointer("cambios", key, k, "anterior")).cell(pointer("cambios", key, k, "actual"))
                    .cell(pointer("cambios", key, k, "diferencia")).raw("</tr>\n");
        });
        h.raw("</table>\n");
    }

    private static void method(Xhtml h, JsonNode e) {
        open(h, "metodo", true);
        h.raw("<h3>Recepción</h3>\n<p>Los informes llegan por carpeta de recepción, correo electrónico, formulario web, ")
                .raw("API y exportaciones CSV de cuestionarios en línea. Cada envío se guarda tal como llegó, con su huella ")
                .raw("SHA-256, y recibe un folio. El archivo <code>manifiesto.json</code> que acompaña este informe lista ")
                .raw("el folio, el canal, el momento de recepción y la huella de cada envío, para verificar cualquier ")
                .raw("informe contra el archivo original.</p>\n");
        h.raw("<p>Envíos con folio hasta el corte: ").num("/totales/envios_con_folio").raw(" = informes analizados (")
                .num("/totales/informes").raw(") + duplicados (").num("/totales/duplicados").raw(") + en cuarentena (")
                .num("/totales/cuarentena_con_folio").raw(") + en proceso (").num("/totales/en_proceso")
                .raw(") + envíos que agrupaban informes, como correos o exportaciones CSV (").num("/totales/contenedores")
                .raw("). Además, ").count("/totales/envios_repetidos", "entrega repitió", "entregas repitieron")
                .raw(" byte por byte un envío ya recibido (conserva el folio original) y ")
                .count("/totales/rechazados_sin_folio", "entrega se rechazó", "entregas se rechazaron")
                .raw(" antes de archivarse (por ejemplo, por exceder el tamaño máximo).</p>\n");
        h.raw("<h3>Fecha de corte</h3>\n<p>La edición cubre todo lo recibido hasta el ").date("/edicion/corte")
                .raw(" a las 23:59 (hora de la Ciudad de México, ").text(e.at("/edicion/zona_horaria").asText())
                .raw("). El mismo archivo y la misma fecha de corte producen exactamente el mismo informe.</p>\n");
        h.raw("<h3>Clasificación</h3>\n<p>El texto de cada informe se extrae (incluido el reconocimiento óptico de ")
                .raw("caracteres de imágenes y escaneos), se identifican la alcaldía, el distrito, la unidad territorial, ")
                .raw("la mesa y la fecha, y se divide en hallazgos: pasajes que dicen una sola cosa. Cada hallazgo se ")
                .raw("clasifica en cero o más temas de la taxonomía del proyecto mediante reglas editables ")
                .raw("(<code>config/taxonomia.yaml</code>); cada asignación guarda las palabras que la justificaron. Un ")
                .raw("informe trata un tema si al menos uno de sus hallazgos lo trata; por eso un informe puede contar en ")
                .raw("varios temas y los porcentajes por tema no suman cien.</p>\n");
        h.raw("<h3>Duplicados</h3>\n<p>Un envío idéntico byte por byte a otro no recibe folio nuevo. Un informe cuyo ")
                .raw("texto es casi idéntico al de otro anterior (por ejemplo, el mismo informe en PDF y en Word) queda ")
                .raw("vinculado al primero y se cuenta una sola vez: no entra en ninguna cifra de este informe. ");
        JsonNode dups = e.path("duplicados");
        if (dups.isEmpty()) {
            h.raw("En esta edición no hubo informes casi idénticos.</p>\n");
        } else {
            h.raw("Informes casi idénticos en esta edición:</p>\n<table>\n<tr><th>Folio</th><th>Repite el folio</th></tr>\n");
            dups.fieldNames().forEachRemaining(f -> h.raw("<tr><td>").text(f).raw("</td><td>")
                    .text(dups.path(f).asText()).raw("</td></tr>\n"));
            h.raw("</table>\n");
        }
        h.raw("<h3>Citas, incidencias y recomendaciones</h3>\n<p>Las citas representativas de cada tema se eligen con ")
                .raw("una regla fija: hallazgos del tema de al menos ").num("/reglas/cita_min_caracteres")
                .raw(" caracteres; primero los de hasta ").num("/reglas/cita_max_caracteres")
                .raw(" caracteres; entre ellos, los que tienen más palabras de evidencia del tema; luego el texto más ")
                .raw("breve y el folio menor; a lo sumo una cita por informe y ").num("/reglas/citas_por_tema")
                .raw(" por tema. ")
                .raw("Las incidencias graves (seguridad, proselitismo y coacción, secreto y libertad del voto) y las ")
                .raw("buenas prácticas se listan una por una. Las recomendaciones que dicen lo mismo se agrupan: dos ")
                .raw("recomendaciones van juntas cuando comparten al menos la mitad de sus palabras significativas ")
                .raw("(similitud de Jaccard ≥ ").num("/reglas/umbral_jaccard")
                .raw(", sin acentos ni palabras vacías).</p>\n");
        h.raw("<h3>Datos personales</h3>\n<p>Antes de publicarse, todo texto pasa por un detector de datos personales ")
                .raw("y por una red de seguridad de patrones (correos, teléfonos, CURP, clave de elector, RFC, ")
                .raw("identificadores largos y nombres anunciados como «Nombre:», «Observadora:», «Atentamente», ")
                .raw("«Sra.»). Lo detectado se sustituye por «").text(Redactor.MARK).raw("». Los nombres de archivo ")
                .raw("originales no se publican porque suelen contener nombres de personas.</p>\n");
        h.raw("<h3>Trazabilidad</h3>\n<p>Cada cifra de este documento proviene de <code>informe-consolidado.json</code>; ")
                .raw("el anexo <code>anexo-hallazgos.csv</code> tiene una fila por hallazgo con su folio, de modo que ")
                .raw("cualquier conteo puede recalcularse.</p>\n</section>\n");
    }

    private static void coverage(Xhtml h, JsonNode e) {
        open(h, "cobertura", true);
        h.raw("<p>Informes analizados por lugar, canal y fecha. Los informes que no indican su alcaldía o distrito ")
                .raw("se cuentan como «").text(EditionJson.UNKNOWN_PLACE).raw("» o «").text(EditionJson.UNKNOWN)
                .raw("».</p>\n");
        bars(h, e, "por_alcaldia", "Informes por alcaldía", "Alcaldía", s -> s);
        bars(h, e, "por_distrito", "Informes por distrito electoral local", "Distrito",
                s -> s.equals(EditionJson.UNKNOWN) ? s : "Distrito " + s);
        bars(h, e, "por_canal", "Informes por canal de recepción", "Canal", s -> CHANNELS.getOrDefault(s, s));
        bars(h, e, "por_fecha_recepcion", "Informes por fecha de recepción", "Fecha", ReportHtml::dateLabel);
        bars(h, e, "por_fecha_jornada", "Informes por fecha de la jornada observada", "Fecha", ReportHtml::dateLabel);
        h.raw("</section>\n");
    }

    private static void bars(Xhtml h, JsonNode e, String key, String title, String head,
                             java.util.function.Function<String, String> label) {
        JsonNode counts = e.path("cobertura").path(key);
        h.raw("<h3>").text(title).raw("</h3>\n");
        barTable(h, counts, pointer("cobertura", key), head, "Informes", label);
    }

    /** A table that is also a bar chart: label, bar proportional to the largest value, number. */
    private static void barTable(Xhtml h, JsonNode counts, String base, String head, String countHead,
                                 java.util.function.Function<String, String> label) {
        if (counts.isEmpty()) {
            h.raw("<p>Sin informes.</p>\n");
            return;
        }
        long max = 0;
        for (JsonNode v : counts) {
            max = Math.max(max, v.asLong());
        }
        h.raw("<table>\n<tr><th>").text(head).raw("</th><th>").text(countHead).raw("</th><th></th></tr>\n");
        for (Iterator<String> it = counts.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            h.raw("<tr><td>").text(label.apply(k)).raw("</td>").cell(base + pointer(k))
                    .raw("<td class=\"grafica\"><div class=\"barra\"><div style=\"width:")
                    .raw(width(counts.path(k).asLong(), max)).raw("%\"></div></div></td></tr>\n");
        }
        h.raw("</table>\n");
    }

    private static void topics(Xhtml h, JsonNode e, TopicLabels labels) {
        open(h, "temas", true);
        h.raw("<p>Informes y hallazgos por tema. Un informe cuenta en cada tema que trata; el porcentaje es sobre los ")
                .num("/totales/informes").raw(" informes analizados.</p>\n");
        JsonNode topics = e.path("temas");
        long max = 0;
        for (JsonNode t : topics) {
            max = Math.max(max, t.path("informes").asLong());
        }
        h.raw("<table>\n<tr><th>Tema</th><th>Informes</th><th>%</th><th>Hallazgos</th><th></th></tr>\n");
        for (Iterator<String> it = topics.fieldNames(); it.hasNext(); ) {
            String t = it.next();
            h.raw("<tr><td>").text(labels.label(t)).raw("</td>").cell(pointer("temas", t, "informes"))
                    .cell(pointer("temas", t, "porcentaje_informes")).cell(pointer("temas", t, "hallazgos"))
                    .raw("<td class=\"grafica\"><div class=\"barra\"><div style=\"width:")
                    .raw(width(topics.path(t).path("informes").asLong(), max)).raw("%\"></div></div></td></tr>\n");
        }
        h.raw("</table>\n");

        crossTable(h, e, labels);

        h.raw("<h3>Citas representativas por tema</h3>\n");
        JsonNode quotes = e.path("citas");
        for (Iterator<String> it = quotes.fieldNames(); it.hasNext(); ) {
            String t = it.next();
            JsonNode list = quotes.path(t);
            if (list.isEmpty()) {
                continue;
            }
            h.raw("<h4>").text(labels.label(t)).raw("</h4>\n");
            for (JsonNode q : list) {
                h.raw("<blockquote><p>«").text(q.path("texto").asText()).raw("»</p><p class=\"fuente\">Folio ")
                        .raw(folioLink(q)).raw(", hallazgo ").text(q.path("hallazgo").asText()).raw(" · ")
                        .text(EditionJson.place(q.path("alcaldia").textValue())).raw("</p></blockquote>\n");
            }
        }
        h.raw("</section>\n");
    }

    private static void crossTable(Xhtml h, JsonNode e, TopicLabels labels) {
        JsonNode cross = e.path("temas_por_alcaldia");
        List<String> topics = new ArrayList<>();
        cross.fieldNames().forEachRemaining(t -> {
            if (!cross.path(t).isEmpty()) {
                topics.add(t);
            }
        });
        List<String> places = new ArrayList<>();
        e.at("/cobertura/por_alcaldia").fieldNames().forEachRemaining(places::add);
        h.raw("<div class=\"cruce\">\n<h3>Informes por tema y alcaldía</h3>\n");
        if (topics.isEmpty()) {
            h.raw("<p>Ningún informe con temas.</p>\n</div>\n");
            return;
        }
        h.raw("<table>\n<tr><th>Alcaldía</th>");
        topics.forEach(t -> h.raw("<th>").text(labels.label(t)).raw("</th>"));
        h.raw("</tr>\n");
        for (String p : places) {
            h.raw("<tr><td>").text(p).raw("</td>");
            for (String t : topics) {
                if (cross.path(t).has(p)) {
                    h.cell(pointer("temas_por_alcaldia", t, p));
                } else {
                    h.raw("<td class=\"n\">0</td>");
                }
            }
            h.raw("</tr>\n");
        }
        h.raw("</table>\n</div>\n");
    }

    private static void incidents(Xhtml h, EditionFiles files, TopicLabels labels) {
        open(h, "incidencias", true);
        h.raw("<p>Hallazgos clasificados en ").text(EditionJson.SERIOUS.stream().map(labels::label)
                .collect(Collectors.joining(", "))).raw(": ")
                .count("/incidencias_graves/hallazgos", "hallazgo", "hallazgos").raw(" en ")
                .count("/incidencias_graves/informes", "informe", "informes").raw(".</p>\n");
        detailTable(h, files, "/incidencias_graves/hallazgos", EditionJson.SERIOUS_LIST, labels, true);
        h.raw("</section>\n");
    }

    private static void practices(Xhtml h, EditionFiles files) {
        open(h, "buenas-practicas", true);
        h.raw("<p>Prácticas que las personas observadoras señalaron como dignas de repetirse: ")
                .count("/buenas_practicas/hallazgos", "hallazgo", "hallazgos").raw(".</p>\n");
        detailTable(h, files, "/buenas_practicas/hallazgos", EditionJson.PRACTICE_LIST, null, false);
        h.raw("</section>\n");
    }

    /** A listing of the edition's JSON: {@code count} is the pointer of its length, {@code list} of its items. */
    private static void detailTable(Xhtml h, EditionFiles files, String count, String list, TopicLabels labels,
                                    boolean withTopics) {
        if (h.longValue(count) == 0) {
            h.raw("<p>Ninguno en esta edición.</p>\n");
            return;
        }
        long rows = h.shown(h.longValue(count), IN_FULL_JSON);
        h.raw("<table>\n<tr><th>Folio</th><th>Lugar</th>").raw(withTopics ? "<th>Tema</th>" : "")
                .raw("<th>Lo observado</th></tr>\n");
        files.each(list, rows, d -> {
            h.raw("<tr><td>").raw(folioLink(d)).raw("</td><td>").text(EditionJson.place(d.path("alcaldia").textValue()));
            if (d.hasNonNull("ut")) {
                h.raw("<br/>UT ").text(d.path("ut").asText());
            }
            if (d.hasNonNull("mro")) {
                h.raw("<br/>").text(d.path("mro").asText());
            }
            h.raw("</td>");
            if (withTopics) {
                List<String> serious = new ArrayList<>();
                d.path("temas").forEach(t -> {
                    if (EditionJson.SERIOUS.contains(t.asText())) {
                        serious.add(labels.label(t.asText()));
                    }
                });
                h.raw("<td>").text(String.join(", ", serious)).raw("</td>");
            }
            h.raw("<td>").text(d.path("texto").asText()).raw("</td></tr>\n");
        });
        h.raw("</table>\n");
    }

    private static void recommendations(Xhtml h, JsonNode e) {
        open(h, "recomendaciones", true);
        h.raw("<p>").count("/recomendaciones/hallazgos", "recomendación", "recomendaciones").raw(" agrupadas en ")
                .count("/recomendaciones/grupos_distintos", "propuesta distinta", "propuestas distintas")
                .raw(", de la más repetida a la menos repetida. Se muestra el texto de la primera recomendación de ")
                .raw("cada grupo.</p>\n");
        JsonNode groups = e.at("/recomendaciones/grupos");
        if (!groups.isEmpty()) {
            h.raw("<table>\n<tr><th>Recomendación</th><th>Informes</th><th>Folios</th></tr>\n");
            for (int i = 0; i < groups.size(); i++) {
                JsonNode g = groups.get(i);
                h.raw("<tr><td>").text(g.path("texto").asText()).raw("</td>")
                        .cell(pointer("recomendaciones", "grupos", Integer.toString(i), "informes")).raw("<td>");
                List<String> links = new ArrayList<>();
                g.path("hallazgos").forEach(m -> {
                    String[] parts = m.asText().split("#");
                    links.add("<a href=\"#h-" + Html.escape(parts[0]) + "-" + parts[1] + "\">" + Html.escape(parts[0]) + "</a>");
                });
                h.raw(String.join(", ", links.stream().distinct().toList())).raw("</td></tr>\n");
            }
            h.raw("</table>\n");
        }
        h.raw("</section>\n");
    }

    private static void reportAnnex(Xhtml h, EditionFiles files, TopicLabels labels) {
        open(h, "anexo-informes", true);
        h.raw("<p>Los ").num("/totales/informes").raw(" informes analizados, por folio.</p>\n");
        long rows = h.shown(h.longValue("/totales/informes"), IN_FULL_JSON);
        h.raw("<table class=\"anexo\">\n<tr><th>Folio</th><th>Canal</th><th>Recibido</th><th>Alcaldía</th>")
                .raw("<th>Distrito</th><th>UT</th><th>Temas</th></tr>\n");
        files.each(EditionJson.REPORT_LIST, rows, r -> {
            List<String> ts = new ArrayList<>();
            r.path("temas").forEach(t -> ts.add(labels.label(t.asText())));
            h.raw("<tr><td>").text(r.path("folio").asText()).raw("</td><td>")
                    .text(CHANNELS.getOrDefault(r.path("canal").asText(), r.path("canal").asText())).raw("</td><td>")
                    .text(r.path("recibido").asText()).raw("</td><td>").text(EditionJson.place(r.path("alcaldia").textValue()))
                    .raw("</td><td>").text(r.path("distrito").isNull() ? "—" : r.path("distrito").asText())
                    .raw("</td><td>").text(r.path("ut").isNull() ? "—" : r.path("ut").asText()).raw("</td><td>")
                    .text(String.join(", ", ts)).raw("</td></tr>\n");
        });
        h.raw("</table>\n</section>\n");
    }

    private static void findingAnnex(Xhtml h, EditionFiles files, TopicLabels labels) {
        open(h, "anexo-hallazgos", true);
        h.raw("<p>Todos los hallazgos de los informes analizados, con su texto sin datos personales. El mismo contenido ")
                .raw("está en <code>anexo-hallazgos.csv</code>.</p>\n");
        long rows = h.shown(h.longValue("/totales/hallazgos"),
                "<code>anexo-hallazgos.csv</code> y en la edición HTML de este informe");
        h.raw("<table class=\"anexo\">\n<tr><th>Folio · hallazgo</th><th>Alcaldía</th><th>Temas</th><th>Texto</th></tr>\n");
        files.findings(rows, f -> h.raw("<tr id=\"").raw(Html.escape(f.anchor())).raw("\"><td>").text(f.folio()).raw(" · ")
                .text(Integer.toString(f.number())).raw("</td><td>").text(EditionJson.place(f.alcaldia()))
                .raw("</td><td>").text(f.topics().stream().map(labels::label).collect(Collectors.joining(", ")))
                .raw("</td><td>").text(Quotes.clean(f.text())).raw("</td></tr>\n"));
        h.raw("</table>\n</section>\n");
    }

    private static String folioLink(JsonNode item) {
        String folio = item.path("folio").asText();
        return "<a href=\"#h-" + Html.escape(folio) + "-" + item.path("hallazgo").asInt() + "\">" + Html.escape(folio) + "</a>";
    }

    /** The keys with the largest count (ties all included), leaving out the unknown bucket. */
    private static List<String> topEntries(JsonNode counts, String excluded) {
        long max = 0;
        List<String> best = new ArrayList<>();
        for (Iterator<String> it = counts.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            long n = counts.path(k).asLong();
            if (k.equals(excluded) || n < max) {
                continue;
            }
            if (n > max) {
                best.clear();
                max = n;
            }
            best.add(k);
        }
        return best;
    }

    private static String dateLabel(String iso) {
        return iso.equals(EditionJson.UNKNOWN) ? iso : Xhtml.longDate(LocalDate.parse(iso));
    }

    private static String width(long n, long max) {
        return max == 0 ? "0" : BigDecimal.valueOf(n * 100).divide(BigDecimal.valueOf(max), 1, RoundingMode.HALF_UP)
                .toPlainString();
    }

    private static String join(JsonNode array) {
        List<String> items = new ArrayList<>();
        array.forEach(n -> items.add(n.asText()));
        return String.join(", ", items);
    }
}
