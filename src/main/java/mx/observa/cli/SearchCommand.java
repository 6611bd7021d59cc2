package mx.observa.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import mx.observa.config.ObservaConfig;
import mx.observa.index.FindingSearch;
import mx.observa.index.IndexSchema;
import mx.observa.index.InvalidQueryException;
import mx.observa.index.ReadOnlyIndex;
import mx.observa.index.SearchHit;
import mx.observa.index.SearchFilters;
import mx.observa.index.SearchRequest;
import mx.observa.index.SearchResult;
import mx.observa.text.FoldingSpanishAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "search", description = "Busca hallazgos en el índice, en español natural (con o sin acentos): primero "
        + "los que dicen más de lo que se busca; una alcaldía, distrito, UT o mesa nombrados se aplican como filtro. "
        + "Para precisar: \"frases\", OR, NOT, prefijo*. Funciona también con el servicio en marcha.",
        synopsisHeading = "Uso: ", optionListHeading = "%nOpciones:%n", parameterListHeading = "%nParámetros:%n")
final class SearchCommand implements Callable<Integer> {

    @Mixin
    SpanishHelp help;

    @ParentCommand
    ObservaCli parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CONSULTA", description = "Qué buscar, p. ej. \"boletas\" o \"falta de mamparas\".")
    String query;

    @Option(names = "--tema", paramLabel = "T", description = "Solo hallazgos de este tema (id de la taxonomía, p. ej. material).")
    String topic;

    @Option(names = "--tipo", paramLabel = "K", description = "Solo hallazgos de este tipo: incidencia, conforme (sin novedad), "
            + "buena_practica, recomendacion o contexto.")
    String kind;

    @Option(names = "--alcaldia", paramLabel = "A", description = "Solo de esta alcaldía (con o sin acentos).")
    String alcaldia;

    @Option(names = "--distrito", paramLabel = "N", description = "Solo de este distrito local (1–33).")
    Integer distrito;

    @Option(names = "--etiqueta", paramLabel = "E", description = "Solo hallazgos con esta etiqueta (puesta por una "
            + "analista); se repite para varias: cualquiera de ellas.")
    List<String> tags = List.of();

    @Option(names = "--limit", paramLabel = "K", defaultValue = "10", description = "Cuántos resultados mostrar (predeterminado: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--by", paramLabel = "FILA", defaultValue = "hallazgo",
            description = "Una fila por hallazgo (hallazgo, predeterminado) o por informe (informe o report), con su mejor "
                    + "hallazgo, cuántos más coinciden y las otras entregas del mismo informe.")
    String by;

    @Option(names = "--como", paramLabel = "FOLIO#N", description = "Más como este: hallazgos de otros informes parecidos a ese hallazgo.")
    String like;

    @Option(names = "--json", description = "Imprime los resultados en JSON.")
    boolean json;

    @Override
    public Integer call() {
        ObservaConfig config = parent.storage.config();
        PrintWriter out = spec.commandLine().getOut();
        SearchResult result;
        try (ReadOnlyIndex index = ReadOnlyIndex.openIfExists(config.indexDir())) {
            if (index == null) {
                spec.commandLine().getErr().println("Todavía no hay índice. Procese informes primero: observa ingest RUTA u observa demo");
                return 1;
            }
            FoldingSpanishAnalyzer analyzer = new FoldingSpanishAnalyzer();
            SearchRequest request = new SearchRequest(query, new SearchFilters(list(topic), list(alcaldia),
                    distrito == null ? List.of() : List.of(distrito), List.of(), null, null, list(kind)).withTags(tags),
                    SearchRequest.Order.RELEVANCE, 0, limit);
            result = FindingSearch.configured(config, index, analyzer).search(
                    request.groupedBy(SearchRequest.Grouping.of(by)).like(like));
        } catch (InvalidQueryException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 2;
        }
        boolean byReport = SearchRequest.Grouping.of(by) == SearchRequest.Grouping.REPORT;
        if (json) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("total", result.total());
            if (byReport) {
                body.put("total_reports", result.totalReports());
                body.put("hits", result.reports().stream().map(SearchCommand::reportJson).toList());
            } else {
                body.put("hits", result.hits().stream().map(SearchCommand::hitJson).toList());
            }
            body.put("applied_filters", result.appliedFilters());
            body.put("query_topics", result.topics());
            Map<String, Object> facets = new LinkedHashMap<>();
            facets.put("tema", result.facets().getOrDefault(IndexSchema.TOPIC, List.of()));
            facets.put("tipo", result.facets().getOrDefault(IndexSchema.KIND, List.of()));
            facets.put("etiqueta", result.facets().getOrDefault(IndexSchema.TAG, List.of()));
            body.put("facets", facets);
            Output.json(out, body);
        } else {
            if (result.correction() != null && !result.correction().missing().isEmpty()) {
                out.printf("No se encontró %s en ningún informe.%s%s%n", String.join(", ", result.correction().missing()),
                        result.correction().fuzzy() ? " Se muestran hallazgos con palabras parecidas." : "",
                        result.correction().suggestion() == null ? "" : " ¿Quiso decir: " + result.correction().suggestion() + "?");
            }
            result.appliedFilters().forEach(f -> out.printf("Filtro tomado de la búsqueda: %s (sin él: \"%s\")%n",
                    f.label(), f.queryWithout()));
            out.printf(byReport ? "%d hallazgos en %d informes%n" : "%d hallazgos%n", result.total(), result.totalReports());
            List<SearchResult.FacetCount> tagCounts = result.facets().getOrDefault(IndexSchema.TAG, List.of());
            if (!tagCounts.isEmpty()) {
                out.printf("Etiquetas: %s%n", String.join(", ", tagCounts.stream()
                        .map(c -> c.value() + " (" + c.count() + ")").toList()));
            }
            for (int i = 0; i < result.hits().size(); i++) {
                SearchHit h = result.hits().get(i);
                out.printf("%n%s · %s · %s%s%n  %s%n", h.folio(), h.source(),
                        h.alcaldia() == null ? "alcaldía no identificada" : h.alcaldia(),
                        h.distrito() == null ? "" : " · distrito " + h.distrito(),
                        h.snippet().replace("<mark>", "«").replace("</mark>", "»"));
                if (byReport) {
                    SearchResult.ReportHit r = result.reports().get(i);
                    if (r.moreFindings() > 0) {
                        out.printf("  %d hallazgos más en este informe%n", r.moreFindings());
                    }
                    if (!r.alsoSentAs().isEmpty()) {
                        out.printf("  también enviado como %s%n", String.join(", ", r.alsoSentAs().stream()
                                .map(d -> d.source() + " (" + d.folio() + ")").toList()));
                    }
                }
            }
        }
        return 0;
    }

    private static Map<String, Object> reportJson(SearchResult.ReportHit r) {
        Map<String, Object> m = hitJson(r.best());
        m.put("more_findings", r.moreFindings());
        m.put("also_sent_as", r.alsoSentAs());
        return m;
    }

    private static Map<String, Object> hitJson(SearchHit h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("folio", h.folio());
        m.put("finding", h.finding());
        m.put("source", h.source());
        m.put("score", h.score());
        m.put("alcaldia", h.alcaldia());
        m.put("distrito", h.distrito());
        m.put("topics", h.topics());
        m.put("kind", h.kind());
        m.put("illegible", h.illegible());
        m.put("snippet", h.snippet());
        return m;
    }

    private static List<String> list(String value) {
        return value == null ? List.of() : List.of(value);
    }
}
