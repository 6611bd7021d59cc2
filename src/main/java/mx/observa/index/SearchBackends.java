package mx.observa.index;

import java.util.Locale;

import mx.observa.config.ObservaConfig;
import mx.observa.index.opensearch.OpenSearchBackend;
import mx.observa.index.opensearch.OpenSearchSettings;
import mx.observa.text.FoldingSpanishAnalyzer;

/**
 * Which index Observa searches: {@code observa.index.backend=lucene} (the embedded index in {@code observa.index})
 * or {@code opensearch} (a cluster, {@code observa.opensearch.*}), which also keeps the embedded index as its lexicon.
 */
public final class SearchBackends {

    public static final String LUCENE = "lucene";
    public static final String OPENSEARCH = "opensearch";

    private SearchBackends() {
    }

    public static boolean onOpenSearch(ObservaConfig config) {
        String kind = config.get("observa.index.backend").strip().toLowerCase(Locale.ROOT);
        if (!kind.equals(LUCENE) && !kind.equals(OPENSEARCH)) {
            throw new IllegalArgumentException("observa.index.backend debe ser «lucene» u «opensearch», no «" + kind + "»");
        }
        return kind.equals(OPENSEARCH);
    }

    /**
     * The configured backend over the embedded index the caller opened (and will close): that index itself, or the
     * cluster with it as lexicon.
     */
    public static SearchBackend of(ObservaConfig config, LuceneBackend embedded) {
        return onOpenSearch(config)
                ? OpenSearchBackend.open(OpenSearchSettings.of(config), embedded, Synonyms.file(config))
                : embedded;
    }

    /**
     * For a process that only reads beside the service ({@code observa search}): {@code use} gets the configured
     * backend's search, planned against {@code local} (the embedded copy, opened read-only) and answered by the
     * cluster when the backend is OpenSearch, or by {@code local} itself.
     */
    public static <T> T reading(ObservaConfig config, FindingSearch local, java.util.function.Function<FindingSearch, T> use) {
        if (!onOpenSearch(config)) {
            return use.apply(local);
        }
        try (OpenSearchBackend cluster = OpenSearchBackend.reader(OpenSearchSettings.of(config), local)) {
            return use.apply(cluster.findingSearch());
        }
    }

    /** {@link #of(ObservaConfig, LuceneBackend)} with the search as the service configures it. */
    public static SearchBackend of(ObservaConfig config, FindingIndex embedded, FoldingSpanishAnalyzer analyzer) {
        return of(config, new LuceneBackend(embedded, FindingSearch.configured(config, embedded, analyzer)));
    }
}
