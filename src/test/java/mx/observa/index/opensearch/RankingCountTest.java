package mx.observa.index.opensearch;

import static mx.observa.support.ReportFixtures.report;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;

import mx.observa.archive.Json;
import mx.observa.index.FindingIndex;
import mx.observa.index.FindingSearch;
import mx.observa.index.IndexSchema;
import mx.observa.index.LuceneBackend;
import mx.observa.index.ReviewedReport;
import mx.observa.index.SearchRequest;
import mx.observa.text.FoldingSpanishAnalyzer;

/**
 * {@link OpenSearchBackend#ranking} over real HTTP, against a server that answers as a cluster does: the count of the
 * findings that match comes with the ranking's first page, in one request, and a count of zero is a ranking without
 * findings, whatever the page held (as when the count was asked first and no page was asked).
 */
class RankingCountTest {

    @TempDir
    Path tmp;

    private HttpServer server;
    private final List<JsonNode> searches = new CopyOnWriteArrayList<>();
    private final AtomicInteger counts = new AtomicInteger();

    /** A cluster whose searches answer with two findings in that order and {@code counted} as the aggregation's count. */
    private OpenSearchBackend cluster(LuceneBackend lexicon, String counted) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/prueba", ex -> { // the index exists
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        server.createContext("/prueba/_count", ex -> {
            counts.incrementAndGet();
            FakeClusterHttp.answer(ex, 200, "{\"count\":2,\"_shards\":{\"total\":3,\"successful\":3,\"failed\":0}}");
        });
        server.createContext("/prueba/_search", ex -> {
            searches.add(Json.MAPPER.readTree(ex.getRequestBody()));
            FakeClusterHttp.answer(ex, 200, """
                    {"timed_out":false,"_shards":{"total":3,"successful":3,"failed":0},
                     "hits":{"hits":[{"_id":"OBS-2022-000002#1","sort":[9.0,"OBS-2022-000002#1"]},
                                     {"_id":"OBS-2022-000001#1","sort":[1.0,"OBS-2022-000001#1"]}]}%s}"""
                    .formatted(counted));
        });
        server.start();
        OpenSearchSettings settings = new OpenSearchSettings(List.of("http://127.0.0.1:" + server.getAddress().getPort()),
                "prueba", null, null, null, null, 3, 1);
        return OpenSearchBackend.open(settings, lexicon, null);
    }

    private static String countOf(long n) {
        return ",\"aggregations\":{\"contados\":{\"doc_count\":40,\"coinciden\":{\"doc_count\":" + n + "}}}";
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    /** The embedded copy the ranking is planned on: the words of the query are in it. */
    private static LuceneBackend lexicon(FindingIndex embedded, FoldingSpanishAnalyzer analyzer) {
        LuceneBackend lucene = new LuceneBackend(embedded, new FindingSearch(embedded, analyzer));
        lucene.replace(ReviewedReport.none(report("OBS-2022-000001").finding("Las urnas llegaron sin sellos.").build()));
        lucene.replace(ReviewedReport.none(report("OBS-2022-000002").finding("Nadie selló las urnas al abrir.").build()));
        lucene.commit();
        return lucene;
    }

    /** The cluster's ranking of «urnas» (ten findings) when its searches count {@code counted}. */
    private OpenSearchBackend.Ranking rankingCounting(String counted) throws Exception {
        FoldingSpanishAnalyzer analyzer = new FoldingSpanishAnalyzer();
        try (FindingIndex embedded = FindingIndex.open(tmp.resolve("index"), analyzer, new IndexSchema());
             OpenSearchBackend cluster3 = cluster(lexicon(embedded, analyzer), counted)) {
            return cluster3.ranking(SearchRequest.of("urnas"), 10, null);
        }
    }

    @Test
    void theCountOfWhatMatchesComesWithTheFirstPageInOneRequest() throws Exception {
        OpenSearchBackend.Ranking ranking = rankingCounting(countOf(2));

        assertThat(ranking.total()).isEqualTo(2);
        assertThat(ranking.folios()).containsExactly("OBS-2022-000002", "OBS-2022-000001");
        assertThat(counts.get()).as("no count of its own").isZero();
        assertThat(searches).as("one request").hasSize(1);
        JsonNode count = searches.get(0).at("/aggs/contados");
        assertThat(count.path("global").isObject()).as("counted among every finding, not the page's: %s", count).isTrue();
        assertThat(count.at("/aggs/coinciden/filter").isObject()).as("what matches, filtered: %s", count).isTrue();
    }

    @Test
    void aCountOfZeroIsARankingWithoutFindings() throws Exception {
        OpenSearchBackend.Ranking ranking = rankingCounting(countOf(0));

        assertThat(ranking.total()).isZero();
        assertThat(ranking.folios()).as("whatever the page held").isEmpty();
        assertThat(searches).hasSize(1);
    }

    @Test
    void anAnswerWithoutTheCountIsNeverReadAsNone() {
        assertThatThrownBy(() -> rankingCounting("")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no contó");
    }
}
