package mx.observa.index.opensearch;

import static mx.observa.support.ReportFixtures.report;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import mx.observa.app.Ingestion;
import mx.observa.archive.Json;
import mx.observa.evaluation.EvaluateSearchCommand;
import mx.observa.evaluation.SearchEvaluation;
import mx.observa.app.Reindex;
import mx.observa.config.ObservaConfig;
import mx.observa.index.FindingIndex;
import mx.observa.index.IndexSchema;
import mx.observa.index.LuceneBackend;
import mx.observa.index.SearchBackend;
import mx.observa.index.SearchBackends;
import mx.observa.index.SearchFilters;
import mx.observa.index.SearchRequest;
import mx.observa.index.SearchResult;
import mx.observa.index.VisibleText;
import mx.observa.support.ReportFixtures;
import mx.observa.support.TestCluster;
import mx.observa.support.TestHome;
import mx.observa.testcluster.OpenSearchTestCluster;
import mx.observa.text.FoldingSpanishAnalyzer;

/**
 * Observa on the tests' real three-node OpenSearch cluster (3 shards, 1 replica each, spread over the nodes),
 * chosen with {@code observa.index.backend=opensearch}: the pipeline indexes into the cluster, searches answer from it
 * with the same results as the embedded index, search still answers and nothing indexed is lost when a node is killed,
 * and {@code observa reindex} fills an emptied cluster from the report store; the search quality evaluation gives the
 * same figures on both backends. Every test on the cluster is in this one class, so that one integration-test JVM
 * starts the cluster and the other runs the rest of the suite meanwhile. The test that kills a node runs last (the
 * others would start it again first: a node's start and the wait for a green cluster), and the cluster stops with the
 * class, not with the JVM that goes on with the rest of the suite.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpenSearchClusterIT {

    @TempDir
    Path tmp;

    private final FoldingSpanishAnalyzer analyzer = new FoldingSpanishAnalyzer();

    @AfterAll
    static void stopTheCluster() {
        TestCluster.stop();
    }

    @Test
    @Order(Integer.MAX_VALUE) // it kills a node: last
    void thePipelineIndexesIntoTheClusterWhichAnswersAsTheEmbeddedIndexSurvivesANodeAndIsRefilledFromTheStore()
            throws Exception {
        OpenSearchTestCluster cluster = TestCluster.cluster();
        ObservaConfig config = TestHome.config(tmp)
                .with("observa.index.backend", "opensearch")
                .with("observa.opensearch.hosts", String.join(",", cluster.httpHosts()))
                .with("observa.opensearch.index", "prueba-tuberia");
        Path reports = Files.createDirectories(tmp.resolve("informes"));
        Files.writeString(reports.resolve("tlalpan.txt"), "Informe de observación, alcaldía Tlalpan.\n\n"
                + "La mesa abrió a las 10:30 porque faltaban las boletas.\n\n"
                + "Se observó propaganda de un proyecto junto a la mesa.", StandardCharsets.UTF_8);
        Files.writeString(reports.resolve("coyoacan.txt"), "Informe de la MRO en Coyoacán.\n\n"
                + "La difusión de la consulta fue escasa; recomiendo más carteles.\n\n"
                + "No había rampa y una persona en silla de ruedas no pudo entrar a votar.", StandardCharsets.UTF_8);
        Files.writeString(reports.resolve("iztapalapa.txt"), "Informe de Iztapalapa.\n\n"
                + "Faltaron papeletas a mediodía y la gente esperó una hora.\n\n"
                + "El funcionario de mesa pidió la credencial a cada persona.", StandardCharsets.UTF_8);
        assertThat(Ingestion.run(config, List.of(reports)).accepted()).isEqualTo(3);

        try (FindingIndex embedded = FindingIndex.open(config.indexDir(), analyzer, new IndexSchema());
             SearchBackend cluster3 = SearchBackends.of(config, embedded, analyzer)) {
            assertThat(cluster3).isInstanceOf(OpenSearchBackend.class);
            LuceneBackend lucene = new LuceneBackend(embedded, mx.observa.index.FindingSearch.configured(config, embedded, analyzer));
            long findings = embedded.size();
            assertThat(findings).isGreaterThanOrEqualTo(6);
            assertThat(cluster3.size()).as("every finding the pipeline indexed is on the cluster").isEqualTo(findings);
            assertThat(shardsOnEveryNode(cluster)).isTrue();

            for (String q : List.of("faltaron boletas", "propaganda", "\"silla de ruedas\"", "credencial para votar",
                    "incidencias en Iztapalapa", "")) {
                assertSameAnswers(lucene, cluster3, q, SearchFilters.NONE);
            }
            assertSameAnswers(lucene, cluster3, "mesa", new SearchFilters(List.of(), List.of("Tlalpan"), List.of(),
                    List.of(), null, null));
            assertThat(cluster3.dashboard()).isEqualTo(lucene.dashboard());
            // the report page reads the report from the cluster, as the embedded index has it
            for (var hit : lucene.search(SearchRequest.of(""), null).hits()) {
                assertThat(cluster3.findingSearch().report(hit.folio())).as(hit.folio())
                        .isNotNull().isEqualTo(lucene.report(hit.folio()));
            }

            cluster.kill(1);
            assertThat(cluster3.size()).as("nothing indexed is lost with a node gone").isEqualTo(findings);
            assertSameAnswers(lucene, cluster3, "faltaron boletas", SearchFilters.NONE);
        }

        // The cluster emptied: observa reindex fills it again from the report store.
        try (OpenSearchHttp http = new OpenSearchHttp(OpenSearchSettings.of(config))) {
            http.call("DELETE", "/prueba-tuberia", null);
        }
        try (FindingIndex embedded = FindingIndex.open(config.indexDir(), analyzer, new IndexSchema());
             SearchBackend emptied = SearchBackends.of(config, embedded, analyzer)) {
            assertThat(emptied.findingSearch().search(SearchRequest.of("propaganda")).total())
                    .as("the search the web app holds asks the cluster, now empty").isZero();
            mx.observa.index.FindingSearch local = mx.observa.index.FindingSearch.configured(config, embedded, analyzer);
            assertThat(local.search(SearchRequest.of("propaganda")).total()).isEqualTo(1);
            String folio = local.search(SearchRequest.of("propaganda")).hits().get(0).folio();
            assertThat(emptied.findingSearch().report(folio)).as("the report page asks the cluster").isNull();
            long fromSearchCommand = SearchBackends.reading(config, local,
                    s -> s.search(SearchRequest.of("propaganda")).total());
            assertThat(fromSearchCommand).as("observa search asks the cluster").isZero();
        }
        Reindex.Result rebuilt = Reindex.fromStore(config);
        assertThat(rebuilt.reports()).isEqualTo(3);
        try (FindingIndex embedded = FindingIndex.open(config.indexDir(), analyzer, new IndexSchema());
             SearchBackend cluster3 = SearchBackends.of(config, embedded, analyzer)) {
            assertThat(cluster3.size()).isEqualTo(rebuilt.findings()).isEqualTo(embedded.size());
            assertThat(cluster3.search(SearchRequest.of("propaganda"), null).total()).isEqualTo(1);
        }
    }

    @Test
    void theCommissionMatchesOnTheClusterOnlyWhatItReadsAsOnTheEmbeddedIndex() throws Exception {
        VisibleText redacted = doc -> {
            String text = doc.get(IndexSchema.TEXT);
            for (String personal : doc.getValues(IndexSchema.PERSONAL_DATA)) {
                text = text.replace(personal, "[dato personal]");
            }
            return text;
        };
        try (FindingIndex embedded = FindingIndex.open(tmp.resolve("index"), analyzer, new IndexSchema())) {
            LuceneBackend lucene = new LuceneBackend(embedded, new mx.observa.index.FindingSearch(embedded, analyzer));
            try (OpenSearchBackend cluster3 = OpenSearchBackend.open(TestCluster.settings(getClass()).withIndex("prueba-comision"),
                    lucene, null)) {
                cluster3.deleteAll();
                cluster3.replace(report("OBS-2022-910001").personal("Saúl Benavides Cota")
                        .finding("El funcionario Saúl Benavides Cota no dejó votar a dos personas en la mesa.", "acceso", "votar")
                        .finding("La mesa cerró a las 17:00 sin incidentes.", "cierre", "cerró")
                        .build());
                cluster3.replace(report("OBS-2022-910002").personal("Samanta Ortiz")
                        .finding("Samanta Ortiz: faltaron boletas en la mesa.", "material", "boletas")
                        .build());
                cluster3.replace(report("OBS-2022-910003")
                        .finding("La mesa estaba en la Escuela Josefa Ortiz de Domínguez y abrió tarde.", "instalacion", "abrió")
                        .build());
                cluster3.replace(report("OBS-2022-910004").personal("Samanta Ortiz").duplicateOf("OBS-2022-910002")
                        .source("reenvio.txt").finding("Samanta Ortiz: faltaron boletas en la mesa.", "material", "boletas")
                        .build());
                cluster3.commit();

                for (String q : List.of("boletas", "mesa", "")) {
                    SearchRequest byReport = new SearchRequest(q, SearchFilters.NONE, SearchRequest.Order.RELEVANCE, 0, 20)
                            .groupedBy(SearchRequest.Grouping.REPORT);
                    SearchResult grouped = cluster3.search(byReport, redacted);
                    SearchResult expected = lucene.search(byReport, redacted);
                    assertThat(grouped.totalReports()).as(q).isEqualTo(expected.totalReports()).isEqualTo(q.equals("boletas") ? 1 : 3);
                    assertThat(grouped.reports()).as(q)
                            .extracting(r -> r.best().folio() + "#" + r.best().finding(), r -> r.moreFindings(), r -> r.alsoSentAs())
                            .isEqualTo(expected.reports().stream().map(r -> org.assertj.core.groups.Tuple.tuple(
                                    r.best().folio() + "#" + r.best().finding(), r.moreFindings(), r.alsoSentAs())).toList());
                }
                assertThat(cluster3.search(SearchRequest.of("boletas").groupedBy(SearchRequest.Grouping.REPORT), null)
                        .reports().get(0).alsoSentAs()).as("the near-duplicate shown under its original")
                        .containsExactly(new SearchResult.Delivery("OBS-2022-910004", "reenvio.txt"));
                for (String q : List.of("Benavides", "Benav*", "\"Saúl Benavides\"", "mesa Benavides", "Ortiz", "mesa")) {
                    SearchRequest request = new SearchRequest(q, SearchFilters.NONE, SearchRequest.Order.RELEVANCE, 0, 20);
                    assertThat(ids(cluster3.search(request, redacted))).as(q).isEqualTo(ids(lucene.search(request, redacted)));
                    assertThat(ids(cluster3.search(request, null))).as(q).isEqualTo(ids(lucene.search(request, null)));
                }
                SearchRequest hidden = SearchRequest.of("Benavides");
                assertThat(cluster3.search(hidden, redacted).total()).as("a word the commission does not read").isZero();
                assertThat(ids(cluster3.search(hidden, null))).containsExactly("OBS-2022-910001#1");
                assertThat(ids(cluster3.search(SearchRequest.of("Ortiz"), redacted))).containsExactly("OBS-2022-910003#1");
            }
        }
    }

    /**
     * Filling an empty index in bulk ({@link BulkLoad}, as the benchmark loads a million findings): while it runs the
     * index has no replicas and no refresh, requests go several at a time; once closed the index has its replicas back
     * on every node (green), refreshes again, every copy of every shard, asked on its own, answers with every finding
     * loaded, and the index answers as the embedded copy written beside it. The index is emptied and loaded again, as
     * {@code observa reindex} refills it, and answers are compared after that second load: there the cluster's first
     * page of an empty query (date order, every finding undated) lacked findings of the last reports and chose other
     * best findings when its sort put the undated last ({@code "missing": "_last"}), every copy whole. Requests of
     * {@value #BULK_REQUEST} findings, three per load, two at a time: requests of the shipped size
     * ({@value BulkLoad#BATCH}) made each load 15,000 findings for the same assertions.
     */
    @Test
    void aBulkLoadFillsAnEmptyIndexWithoutReplicasThenGivesThemBackAndAnswersAsTheEmbeddedIndex() throws Exception {
        String[] alcaldias = {"Tlalpan", "Coyoacán", "Iztapalapa", "Gustavo A. Madero"};
        String[] sentences = {"Faltaron boletas en la mesa %d y la gente esperó.",
                "La mesa %d abrió tarde porque no llegó el mobiliario.",
                "Se observó propaganda de un proyecto junto a la mesa %d.",
                "Una persona en silla de ruedas no pudo entrar a la mesa %d."};
        OpenSearchSettings settings = TestCluster.settings(getClass()).withIndex("prueba-carga");
        try (FindingIndex embedded = FindingIndex.open(tmp.resolve("index"), analyzer, new IndexSchema())) {
            LuceneBackend lucene = new LuceneBackend(embedded, new mx.observa.index.FindingSearch(embedded, analyzer));
            try (OpenSearchBackend cluster3 = OpenSearchBackend.open(settings, lucene, null);
                 OpenSearchHttp http = new OpenSearchHttp(settings)) {
                int reports = 3 * BULK_REQUEST / sentences.length; // three full requests' worth of findings
                for (int load = 1; load <= 2; load++) {
                    cluster3.deleteAll();
                    try (BulkLoad bulk = cluster3.bulkLoad(2, BULK_REQUEST)) {
                        assertThat(indexSetting(http, "number_of_replicas")).as("no replicas while loading").isEqualTo("0");
                        assertThat(indexSetting(http, "refresh_interval")).as("no refresh while loading").isEqualTo("-1");
                        for (int i = 0; i < reports; i++) {
                            ReportFixtures r = report("OBS-2022-%06d".formatted(800_000 + i))
                                    .in(alcaldias[i % alcaldias.length], 1 + i % 33);
                            for (int k = 0; k < sentences.length; k++) {
                                r.finding(sentences[(i + k) % sentences.length].formatted(i % 500 + 1));
                            }
                            bulk.add(mx.observa.index.ReviewedReport.none(r.build()));
                        }
                        assertThat(bulk.findings()).isEqualTo((long) reports * sentences.length);
                    }
                    assertThat(indexSetting(http, "number_of_replicas")).as("the replicas given back").isEqualTo("1");
                    assertThat(indexSetting(http, "refresh_interval")).as("the refresh given back").isNotEqualTo("-1");
                    JsonNode shards = http.call("GET", "/_cat/shards/prueba-carga", null, java.util.Map.of("format", "json"));
                    assertThat(shards).as("every copy of every shard started").hasSize(6)
                            .allSatisfy(shard -> assertThat(shard.path("state").asText()).isEqualTo("STARTED"));
                    ShardCopies copies = ShardCopies.of(http, "prueba-carga");
                    assertThat(copies.counts()).as("every copy of every shard, asked on its own").hasSize(3)
                            .allSatisfy((shard, counts) -> assertThat(counts).hasSize(2));
                    assertThat(copies.agree()).as("the copies of each shard answer alike: %s", copies).isTrue();
                    assertThat(copies.total()).isEqualTo((long) reports * sentences.length);
                    assertThat(cluster3.size()).isEqualTo((long) reports * sentences.length).isEqualTo(embedded.size());
                }
                for (String q : List.of("faltaron boletas", "\"silla de ruedas\"", "mobiliario Iztapalapa", "")) {
                    assertSameAnswers(lucene, cluster3, q, SearchFilters.NONE);
                }
                assertSameAnswers(lucene, cluster3, "propaganda", new SearchFilters(List.of(), List.of("Coyoacán"),
                        List.of(), List.of(), null, null));
            }
        }
    }

    /** Findings per request of the bulk test's load. */
    private static final int BULK_REQUEST = 400;

    /** A setting of the bulk test's index as the cluster has it (defaults included), e.g. {@code number_of_replicas}. */
    private static String indexSetting(OpenSearchHttp http, String name) {
        JsonNode index = http.call("GET", "/prueba-carga/_settings", null, java.util.Map.of("include_defaults", "true"))
                .path("prueba-carga");
        JsonNode set = index.path("settings").path("index").path(name);
        return set.isMissingNode() ? index.path("defaults").path("index").path(name).asText() : set.asText();
    }

    /**
     * Empty first pages of the held-out queries (consultas-ciegas-44), measured blind once (2026-12-07, forty-fourth
     * session): none, as the ninth to forty-third parts. (The eighth part measured one, a colonia written «col» whose catalogue name has a suffix; it is held to zero
     * since, as every seen part.) A ceiling, not a target: once the part is seen ({@link SearchEvaluation#SEEN_PARTS}) it
     * is held to zero like the others, whatever {@link SearchEvaluation#HELD_OUT} still names.
     */
    private static final int MAX_HELD_OUT_EMPTY_FIRST_PAGES = 0;

    /** The held-out part keeps its allowance only while it is unseen: a part among the seen ones is held to zero. */
    private static boolean heldOutStillBlind(String part) {
        return part.equals(SearchEvaluation.HELD_OUT) && !SearchEvaluation.SEEN_PARTS.contains(part);
    }

    /**
     * {@code observa evaluar-busqueda --opensearch} on the judged queries, over one ingest of their corpus: the tuning
     * part never leaves a first page empty and stays well above plain Lucene; every blind part (the held-out one is what
     * docs/busqueda.md publishes; the issue's absolute targets are reported in {@code missed_targets}, not asserted)
     * beats plain Lucene on every measure with no empty first page (the held-out one: no more than it measured blind;
     * since the thirty-fourth session every seen part's recall too, as before the thirty-third: ciega-32's recall
     * fell under plain Lucene's when the document's frame left the findings and is over it again, 0.502 to 0.487, with
     * everyday words people search with — «festejo», «mica», «cel», «le habló feo» — in the synonyms);
     * and the cluster gives the embedded index's figures on every part (within 0.02).
     */
    @Test
    void theSearchEvaluationBeatsPlainLuceneAndGivesTheSameFiguresOnTheCluster() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cli = EvaluateSearchCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute("--json", "--work", tmp.resolve("evaluacion").toString(),
                "--opensearch", String.join(",", TestCluster.cluster().httpHosts()));
        assertThat(code).as(err.toString()).isZero();
        JsonNode lucene = Json.MAPPER.readTree(out.toString());
        JsonNode cluster = lucene.get(SearchBackends.OPENSEARCH);

        assertThat(lucene.get("files").asInt()).isGreaterThanOrEqualTo(90);
        assertThat(lucene.get("findings").asInt()).isGreaterThan(100);
        assertThat(lucene.get("quarantined")).isEmpty();
        JsonNode tuning = part(lucene, SearchEvaluation.TUNING);
        assertThat(tuning.get("queries").asInt()).isGreaterThanOrEqualTo(40);
        assertThat(tuning.get("empty_first_pages").asInt()).isZero();
        for (String measure : MEASURES) {
            assertThat(tuning.at("/observa/" + measure).asDouble()).as("tuning " + measure)
                    .isGreaterThanOrEqualTo(Math.min(1.0, tuning.at("/baseline/" + measure).asDouble() + 0.15));
        }
        assertThat(tuning.get("per_query")).allSatisfy(q -> assertThat(q.get("topFiles")).isNotEmpty());
        for (String name : SearchEvaluation.blindParts()) {
            JsonNode blind = part(lucene, name);
            assertThat(blind).as(name).isNotNull();
            assertThat(blind.get("queries").asInt()).as(name).isGreaterThanOrEqualTo(20);
            assertThat(blind.get("empty_first_pages").asInt()).as(name)
                    .isLessThanOrEqualTo(heldOutStillBlind(name) ? MAX_HELD_OUT_EMPTY_FIRST_PAGES : 0);
            for (String measure : MEASURES) {
                double baseline = blind.at("/baseline/" + measure).asDouble();
                assertThat(blind.at("/observa/" + measure).asDouble()).as(name + " " + measure).isGreaterThan(baseline);
            }
        }

        assertThat(cluster).as("the same measure on the cluster").isNotNull();
        for (JsonNode embeddedPart : lucene.get("parts")) {
            String name = embeddedPart.get("part").asText();
            JsonNode clusterPart = part(cluster, name);
            System.out.printf("%s: Lucene %s | OpenSearch %s%s%n", name, embeddedPart.get("observa"), clusterPart.get("observa"),
                    differingQueries(embeddedPart, clusterPart));
            for (String measure : MEASURES) {
                assertThat(clusterPart.at("/observa/" + measure).asDouble()).as(name + " " + measure)
                        .isCloseTo(embeddedPart.at("/observa/" + measure).asDouble(), within(PARITY));
            }
            assertThat(clusterPart.get("empty_first_pages")).as(name).isEqualTo(embeddedPart.get("empty_first_pages"));
        }
    }

    private static final double PARITY = 0.02;

    /**
     * The ids of the part's queries the two engines answer with other figures (« | distintas: k07 k08»), or nothing:
     * which queries to read when the parity moves. Main already differs on about twenty queries of the seen parts
     * (2026-12-07: ajuste a05, ciega-40 k07 and k08…), each by swapping two neighbouring results.
     */
    private static String differingQueries(JsonNode embeddedPart, JsonNode clusterPart) {
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < embeddedPart.get("per_query").size(); i++) {
            JsonNode embedded = embeddedPart.get("per_query").get(i);
            JsonNode cluster = clusterPart.get("per_query").get(i);
            if (MEASURES.stream().anyMatch(m -> Math.abs(embedded.at("/observa/" + m).asDouble()
                    - cluster.at("/observa/" + m).asDouble()) > 1e-9)) {
                ids.add(embedded.get("id").asText());
            }
        }
        return ids.isEmpty() ? "" : " | distintas: " + String.join(" ", ids);
    }
    private static final List<String> MEASURES = List.of("recall", "ndcg", "mrr");

    private static JsonNode part(JsonNode result, String name) {
        for (JsonNode p : result.get("parts")) {
            if (p.get("part").asText().equals(name)) {
                return p;
            }
        }
        return null;
    }

    private static List<String> ids(SearchResult r) {
        return r.hits().stream().map(h -> h.folio() + "#" + h.finding()).toList();
    }

    private static void assertSameAnswers(SearchBackend lucene, SearchBackend cluster, String q, SearchFilters f) {
        SearchRequest request = new SearchRequest(q, f, SearchRequest.Order.RELEVANCE, 0, 20);
        SearchResult expected = lucene.search(request, null);
        SearchResult actual = cluster.search(request, null);
        assertThat(actual.total()).as("total of «%s»", q).isEqualTo(expected.total());
        assertThat(actual.hits()).as("hits of «%s»", q)
                .extracting(h -> h.folio() + "#" + h.finding(), h -> marks(h.snippet()), h -> h.kind(), h -> h.topics())
                .isEqualTo(expected.hits().stream()
                        .map(h -> org.assertj.core.groups.Tuple.tuple(h.folio() + "#" + h.finding(), marks(h.snippet()),
                                h.kind(), h.topics()))
                        .toList());
        assertThat(actual.facets()).as("facets of «%s»", q).isEqualTo(expected.facets());
        assertThat(actual.dates()).as("dates of «%s»", q).isEqualTo(expected.dates());
        assertThat(actual.appliedFilters()).isEqualTo(expected.appliedFilters());
        assertThat(cluster.export(request, 100, null).findings()).as("export of «%s»", q)
                .isEqualTo(lucene.export(request, 100, null).findings());
        SearchRequest byReport = request.groupedBy(SearchRequest.Grouping.REPORT);
        SearchResult reports = cluster.search(byReport, null);
        SearchResult expectedReports = lucene.search(byReport, null);
        assertThat(reports.totalReports()).as("reports of «%s»", q).isEqualTo(expectedReports.totalReports());
        assertThat(reports.reports()).as("reports of «%s»", q)
                .extracting(r -> r.best().folio() + "#" + r.best().finding(), r -> r.moreFindings(), r -> r.alsoSentAs())
                .isEqualTo(expectedReports.reports().stream().map(r -> org.assertj.core.groups.Tuple.tuple(
                        r.best().folio() + "#" + r.best().finding(), r.moreFindings(), r.alsoSentAs())).toList());
    }

    /**
     * A snippet with consecutive marked words as one mark: the embedded highlighter marks a phrase whole
     * ({@code <mark>silla de ruedas</mark>}), OpenSearch's word by word; the words marked are the same.
     */
    private static String marks(String snippet) {
        return snippet.replace("</mark> <mark>", " ");
    }

    /** Whether the index's shard copies sit on all three nodes. */
    private static boolean shardsOnEveryNode(OpenSearchTestCluster cluster) throws Exception {
        var client = java.net.http.HttpClient.newHttpClient();
        String body = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(cluster.httpHosts().get(0)
                + "/_cat/shards/prueba-tuberia?h=node")).build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        return body.lines().map(String::strip).filter(l -> !l.isEmpty()).distinct().count() == 3
                && body.lines().filter(l -> !l.isBlank()).count() == 6;
    }
}
