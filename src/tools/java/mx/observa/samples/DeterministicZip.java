package mx.observa.samples;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Writes zip containers (DOCX, ODT) whose bytes depend only on their content: entries in a fixed order, every entry
 * time set to one fixed local date-time (time-zone independent), no comments or extra fields.
 */
final class DeterministicZip {

    /** The entry time of every zip entry the generator writes. */
    static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2022, 5, 1, 0, 0, 0);

    private final Map<String, byte[]> entries = new LinkedHashMap<>();
    private final Map<String, Boolean> stored = new LinkedHashMap<>();

    DeterministicZip add(String name, byte[] content, boolean storeUncompressed) {
        entries.put(name, content);
        stored.put(name, storeUncompressed);
        return this;
    }

    DeterministicZip add(String name, String utf8) {
        return add(name, utf8.getBytes(java.nio.charset.StandardCharsets.UTF_8), false);
    }

    byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(9);
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setTimeLocal(ENTRY_TIME);
                if (stored.get(e.getKey())) {
                    CRC32 crc = new CRC32();
                    crc.update(e.getValue());
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(e.getValue().length);
                    entry.setCompressedSize(e.getValue().length);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Re-packs a zip written by a library (e.g. POI) with the same entries in the same order and fixed times. */
    static byte[] normalize(byte[] zipBytes) {
        DeterministicZip out = new DeterministicZip();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zipBytes))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.add(e.getName(), in.readAllBytes(), false);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toBytes();
    }
}
