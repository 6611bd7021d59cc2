package mx.observa.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import mx.observa.archive.Json;

/**
 * {@code observa evaluar-busqueda} on the project's judged queries: the corpus through the real pipeline, every query
 * through the search and through plain Lucene. The tuning part must never leave a first page empty and must stay well
 * above plain Lucene; the two blind parts (the first seen once, the second never used to tune) must beat plain Lucene
 * on every measure with no empty first page. The absolute targets are reported, not asserted, for them.
 */
class SearchEvaluationIT {

    @TempDir
    Path tmp;

    @Test
    void theJudgedQueriesAreMeasuredBesidePlainLuceneAndBothBlindPartsBeatIt() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cli = EvaluateSearchCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute("--json", "--work", tmp.resolve("trabajo").toString());
        assertThat(code).as(err.toString()).isZero();
        JsonNode result = Json.MAPPER.readTree(out.toString());

        assertThat(result.get("files").asInt()).isGreaterThanOrEqualTo(90);
        assertThat(result.get("quarantined")).isEmpty();
        JsonNode tuning = part(result, "ajuste");
        assertThat(tuning.get("queries").asInt()).isGreaterThanOrEqualTo(40);
        assertThat(tuning.get("empty_first_pages").asInt()).isZero();
        for (String measure : new String[] {"recall", "ndcg", "mrr"}) {
            assertThat(tuning.at("/observa/" + measure).asDouble()).as("tuning " + measure)
                    .isGreaterThanOrEqualTo(Math.min(1.0, tuning.at("/baseline/" + measure).asDouble() + 0.15));
        }
        assertThat(tuning.get("per_query")).allSatisfy(q -> assertThat(q.get("topFiles")).isNotEmpty());

        // The blind parts: the first two were evaluated blind once and tuned on since; the third, never used to write
        // the rules, is what docs/busqueda.md publishes. Their
        // absolute targets are reported in missed_targets (and in the docs); what must hold is the gain over plain
        // Lucene and that no query with relevant reports gets an empty first page.
        for (String name : new String[] {SearchEvaluation.SEEN, SearchEvaluation.SEEN_2, SearchEvaluation.HELD_OUT}) {
            JsonNode blind = part(result, name);
            assertThat(blind).as(name).isNotNull();
            assertThat(blind.get("queries").asInt()).as(name).isGreaterThanOrEqualTo(20);
            assertThat(blind.get("empty_first_pages").asInt()).as(name).isZero();
            for (String measure : new String[] {"recall", "ndcg", "mrr"}) {
                assertThat(blind.at("/observa/" + measure).asDouble()).as(name + " " + measure)
                        .isGreaterThan(blind.at("/baseline/" + measure).asDouble());
            }
        }
    }

    private static JsonNode part(JsonNode result, String name) {
        for (JsonNode p : result.get("parts")) {
            if (p.get("part").asText().equals(name)) {
                return p;
            }
        }
        return null;
    }
}
