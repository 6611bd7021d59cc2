package mx.observa.index;

import org.apache.lucene.document.Document;

/**
 * A finding's text as one reader sees it: the commission reads it redacted. A search given one matches only what that
 * reader sees, so a hit never tells which finding hides a word ({@link VisibleMatches}).
 */
@FunctionalInterface
public interface VisibleText {

    /** The text of the finding stored in {@code doc} ({@link IndexSchema#TEXT}, {@link IndexSchema#PERSONAL_DATA}, …) as seen. */
    String of(Document doc);
}
