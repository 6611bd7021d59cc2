package mx.observa.index;

import java.util.List;

/** @param total how many findings match in all (hits is one page of them) */
public record SearchResult(long total, List<SearchHit> hits) {
}
