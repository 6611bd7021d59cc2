package mx.observa.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;

/**
 * The media type of a received file, as the archive records it and as every later step reads it (a container to
 * unpack, a document to extract). One place, so a test that measures what the pipeline publishes takes each file the
 * way the pipeline takes it.
 */
public final class MediaTypeDetection {

    private final TikaConfig tika;

    public MediaTypeDetection(TikaConfig tika) {
        this.tika = tika;
    }

    /** With Tika's default configuration, as the pipeline's extractor uses it. */
    public static MediaTypeDetection standard() {
        return new MediaTypeDetection(TikaConfig.getDefaultConfig());
    }

    /** Media type from the bytes, with the name as a hint only. */
    public String of(Path file, String sourceName) {
        Detector detector = tika.getDetector();
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, sourceName);
        try (InputStream in = TikaInputStream.get(file)) {
            return asPlainTextWhenItIs(detector.detect(in, metadata)).toString();
        } catch (IOException e) {
            return "application/octet-stream";
        }
    }

    /**
     * Text formats Tika names on their own but files of plain text all the same (subtitles copied into a .txt, a
     * markdown note) are read as plain text: what an observer writes in them is the report. XML is left as it is
     * (its markup is not the report, and it is no format observers send).
     */
    private MediaType asPlainTextWhenItIs(MediaType detected) {
        MediaTypeRegistry types = tika.getMediaTypeRegistry();
        MediaType base = detected.getBaseType();
        if (AcceptedTypes.accepts(base.toString()) || !types.isSpecializationOf(base, MediaType.TEXT_PLAIN)
                || base.equals(MediaType.APPLICATION_XML) || types.isSpecializationOf(base, MediaType.APPLICATION_XML)) {
            return detected;
        }
        return MediaType.TEXT_PLAIN;
    }
}
