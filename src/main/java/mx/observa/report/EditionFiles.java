package mx.observa.report;

import java.nio.file.Path;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An edition's JSON and its findings' annex as written, read back one item at a time: where the HTML and the PDF take
 * their long listings from, so they can only list what the published data says.
 */
record EditionFiles(Path json, Path annex) {

    /** The first {@code limit} items of the JSON's array at {@code pointer}. */
    void each(String pointer, long limit, Consumer<JsonNode> action) {
        EditionJson.each(json, pointer, limit, action);
    }

    /** The first {@code limit} rows of the findings' annex. */
    void findings(long limit, Consumer<AnnexCsv.Row> action) {
        AnnexCsv.read(annex, limit, action);
    }
}
