package mx.observa.extract;

import java.nio.file.Path;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;

/**
 * Where Tika parses a file: {@link PipesReader} (child JVMs, the default) or {@link InProcessReader}. Either returns
 * the body text, at most the character limit, with the document's metadata, or throws a {@link ParseFailure}.
 */
interface TikaReader extends AutoCloseable {

    /** The text of one parse; {@code truncated} when it stopped at the character limit. */
    record RawText(String text, Metadata metadata, boolean truncated) {
    }

    RawText read(Path file, String sourceName, ParseContext context);

    @Override
    void close();
}
