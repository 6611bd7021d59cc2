package mx.observa.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An edition's JSON and its findings' annex as written, read back one item at a time as the report's templates
 * iterate them: where the HTML and the PDF take their long listings from, so they can only list what the published
 * data says, and never hold a listing in memory. Each iteration opens its file and closes it after the last item;
 * {@link #close} closes what a rendering cut short left open.
 */
final class EditionFiles implements AutoCloseable {

    private final Path json;
    private final Path annex;
    private final List<ItemReader<?>> opened = new ArrayList<>();

    EditionFiles(Path json, Path annex) {
        this.json = json;
        this.annex = annex;
    }

    /** The first {@code limit} items of the JSON's array at {@code pointer}. */
    Iterable<JsonNode> items(String pointer, long limit) {
        return () -> opened(EditionJson.items(json, pointer, limit));
    }

    /** The first {@code limit} rows of the findings' annex. */
    Iterable<AnnexCsv.Row> findings(long limit) {
        return () -> opened(AnnexCsv.rows(annex, limit));
    }

    private <T> Iterator<T> opened(ItemReader<T> reader) {
        opened.add(reader);
        return reader;
    }

    @Override
    public void close() {
        opened.forEach(ItemReader::close);
        opened.clear();
    }
}
