package mx.observa.index.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The query types of a search plan, written as OpenSearch DSL with the terms exactly as Observa analyzed them. */
class LuceneQueryTranslationTest {

    @Test
    void weightedConceptsKeepTheirBoostsAndAConstantScoreStaysConstant() {
        Query rank = new BooleanQuery.Builder()
                .add(new BoostQuery(new TermQuery(new Term("text", "boleta")), 0.4f), BooleanClause.Occur.MUST)
                .add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term("tema", "material"))), 0.15f),
                        BooleanClause.Occur.SHOULD)
                .build();

        JsonNode bool = LuceneQueryTranslation.toDsl(rank).path("bool");

        JsonNode word = bool.path("must").get(0).path("bool");
        assertThat(word.path("boost").floatValue()).isEqualTo(0.4f);
        assertThat(word.path("must").get(0).path("term").path("text").path("value").asText()).isEqualTo("boleta");
        JsonNode topic = bool.path("should").get(0).path("bool");
        assertThat(topic.path("boost").floatValue()).isEqualTo(0.15f);
        assertThat(topic.path("must").get(0).path("constant_score").path("filter").path("term").path("tema")
                .path("value").asText()).isEqualTo("material");
        assertThat(bool.path("minimum_should_match").asInt()).as("the SHOULD only adds to the score").isZero();
    }

    @Test
    void theFormsOfAWordAreOneConceptAndTheIdsAReaderSeesDifferentlyAreASet() {
        Query forms = new SynonymQuery.Builder("text").addTerm(new Term("text", "rob")).addTerm(new Term("text", "robaron")).build();
        JsonNode match = LuceneQueryTranslation.toDsl(forms).path("match").path("text");
        assertThat(match.path("query").asText().split(" ")).containsExactlyInAnyOrder("rob", "robaron");
        assertThat(match.path("analyzer").asText()).isEqualTo("observa_formas");

        Query ids = new TermInSetQuery("id", List.of(new BytesRef("OBS-1#2"), new BytesRef("OBS-3#1")));
        assertThat(LuceneQueryTranslation.toDsl(ids).path("constant_score").path("filter").path("terms").path("id"))
                .extracting(JsonNode::asText).containsExactlyInAnyOrder("OBS-1#2", "OBS-3#1");
    }

    @Test
    void aQueryWithNoTranslationIsRefusedRatherThanSearchingForSomethingElse() {
        Query range = TermRangeQuery.newStringRange("text", "a", "b", true, true);

        assertThatThrownBy(() -> LuceneQueryTranslation.toDsl(range))
                .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("TermRangeQuery");
    }
}
