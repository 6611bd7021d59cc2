package mx.observa.index.opensearch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import mx.observa.archive.Json;

/**
 * How many findings each copy of each shard of an index answers with, each copy asked on its own (a search pinned to
 * that shard on that node): a copy that missed writes, or has not made them visible, tells itself apart here, where a
 * search of the whole index is answered by one copy of each shard, whichever the cluster picks.
 *
 * @param counts shard number → the count of each of its started copies
 * @param moving copies not started (initializing, or relocating away): not yet settled
 */
record ShardCopies(Map<Integer, List<Long>> counts, int moving) {

    static ShardCopies of(OpenSearchHttp http, String index) {
        JsonNode shards = http.call("GET", "/_cat/shards/" + index, null,
                Map.of("format", "json", "h", "shard,prirep,state,id"));
        Map<Integer, List<Long>> counts = new TreeMap<>();
        int moving = 0;
        for (JsonNode copy : shards) {
            if (!"STARTED".equals(copy.path("state").asText())) {
                moving++;
                continue;
            }
            int shard = copy.path("shard").asInt();
            ObjectNode body = Json.MAPPER.createObjectNode().put("size", 0).put("track_total_hits", true);
            JsonNode answer = http.onEveryShard("POST", "/" + index + "/_search", body,
                    Map.of("preference", "_shards:" + shard + "|_only_nodes:" + copy.path("id").asText()));
            counts.computeIfAbsent(shard, s -> new ArrayList<>()).add(answer.path("hits").path("total").path("value").asLong());
        }
        return new ShardCopies(counts, moving);
    }

    /** Every copy started. */
    boolean settled() {
        return moving == 0;
    }

    /** Every copy of each shard answers with as many findings as the others. */
    boolean agree() {
        return counts.values().stream().allMatch(c -> c.stream().distinct().count() <= 1);
    }

    /** The findings of the index: one copy of each shard (the largest, where copies disagree). */
    long total() {
        return counts.values().stream().mapToLong(c -> c.stream().mapToLong(Long::longValue).max().orElse(0)).sum();
    }

    @Override
    public String toString() {
        return "copias por fragmento " + counts + (moving > 0 ? ", " + moving + " sin iniciar" : "");
    }
}
