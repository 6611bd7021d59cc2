package mx.observa.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/** Tika in this JVM, without isolation: for tools, the bench's ceiling, and when no child JVM can be started. */
final class InProcessReader implements TikaReader {

    private final Parser parser;
    private final int maxChars;

    InProcessReader(TikaConfig tika, int maxChars) {
        this.parser = new AutoDetectParser(tika);
        this.maxChars = maxChars;
    }

    @Override
    public RawText read(Path file, String sourceName, ParseContext context) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, sourceName);
        BodyContentHandler body = new BodyContentHandler(maxChars);
        context.set(Parser.class, parser); // parse attachments and embedded documents too
        boolean truncated = false;
        try (InputStream in = TikaInputStream.get(file)) {
            parser.parse(in, body, metadata, context);
        } catch (EncryptedDocumentException e) {
            throw new ParseFailure(ParseFailure.Kind.ENCRYPTED, sourceName, e);
        } catch (ZeroByteFileException e) {
            throw new ParseFailure(ParseFailure.Kind.EMPTY, sourceName, e);
        } catch (SAXException e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new ParseFailure(ParseFailure.Kind.DAMAGED, sourceName, e);
            }
            truncated = true;
        } catch (IOException | TikaException | RuntimeException e) {
            throw new ParseFailure(ParseFailure.Kind.DAMAGED, sourceName, e);
        }
        return new RawText(body.toString(), metadata, truncated);
    }

    @Override
    public void close() {
        // nothing held
    }
}
