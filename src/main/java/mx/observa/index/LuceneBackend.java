package mx.observa.index;

import java.util.Map;

import mx.observa.model.Report;

/**
 * The embedded index ({@code observa.index.backend=lucene}, the default): {@link FindingIndex} and its search. The
 * index is its opener's to close.
 */
public final class LuceneBackend implements SearchBackend {

    private final FindingIndex index;
    private final FindingSearch search;

    public LuceneBackend(FindingIndex index, FindingSearch search) {
        this.index = index;
        this.search = search;
    }

    public FindingIndex index() {
        return index;
    }

    @Override
    public FindingSearch findingSearch() {
        return search;
    }

    @Override
    public void replace(ReviewedReport reviewed) {
        index.replace(reviewed);
    }

    @Override
    public void deleteAll() {
        index.deleteAll();
    }

    @Override
    public void commit() {
        index.commit();
    }

    @Override
    public void refresh() {
        index.refresh();
    }

    @Override
    public long size() {
        return index.size();
    }

    @Override
    public SearchResult search(SearchRequest request, VisibleText visible) {
        return search.search(request, visible);
    }

    @Override
    public FindingSearch.Export export(SearchRequest request, int max, VisibleText visible) {
        return search.export(request, max, visible);
    }

    @Override
    public IndexedReport report(String folio) {
        return FindingReader.report(index, folio);
    }

    @Override
    public Map<Integer, String> highlightReport(String folio, String query) {
        return search.highlightReport(folio, query);
    }

    @Override
    public Dashboard dashboard() {
        return search.dashboard();
    }

    @Override
    public void close() {
        // the index is its opener's to close
    }
}
