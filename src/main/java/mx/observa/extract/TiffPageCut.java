package mx.observa.extract;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/**
 * The first pages of a multi-page TIFF (a fax or a scanner's output), which Tesseract would otherwise OCR to the last
 * page. Nothing is decoded: a copy of the bytes whose chain of pages (IFDs) ends after the allowed number, so this is
 * as cheap and safe in this JVM as copying the file. BigTIFF and anything unusual are left whole (the parse timeout
 * still applies).
 */
final class TiffPageCut {

    /** Pages counted at most, so a looping or absurd chain of pages cannot keep this busy. */
    private static final int MAX_COUNTED = 100_000;

    /** A copy that ends after {@code keptPages} of the original's {@code pages}. */
    record Cut(Path copy, int keptPages, int pages) {
    }

    private TiffPageCut() {
    }

    /** @return the cut copy in {@code tempDir} (the caller deletes it), or null when the file has no more than {@code maxPages} */
    static Cut firstPages(Path tiff, int maxPages, Path tempDir) throws IOException {
        long lastKeptIfd = -1;
        int pages = 0;
        try (FileChannel in = FileChannel.open(tiff, StandardOpenOption.READ)) {
            ByteBuffer header = read(in, 0, 8, ByteOrder.BIG_ENDIAN);
            if (header == null) {
                return null;
            }
            ByteOrder order = switch (header.getShort(0)) {
                case 0x4949 -> ByteOrder.LITTLE_ENDIAN; // "II"
                case 0x4D4D -> ByteOrder.BIG_ENDIAN; // "MM"
                default -> null;
            };
            if (order == null || header.order(order).getShort(2) != 42) {
                return null; // not a classic TIFF (BigTIFF is 43)
            }
            Set<Long> seen = new HashSet<>();
            long ifd = Integer.toUnsignedLong(header.getInt(4));
            while (ifd != 0 && pages < MAX_COUNTED && seen.add(ifd)) {
                ByteBuffer count = read(in, ifd, 2, order);
                if (count == null) {
                    break;
                }
                pages++;
                long nextField = ifd + 2 + 12L * Short.toUnsignedInt(count.getShort(0));
                if (pages == maxPages) {
                    lastKeptIfd = nextField;
                }
                ByteBuffer next = read(in, nextField, 4, order);
                ifd = next == null ? 0 : Integer.toUnsignedLong(next.getInt(0));
            }
            if (pages <= maxPages) {
                return null;
            }
            Files.createDirectories(tempDir);
            Path copy = Files.createTempFile(tempDir, "ocr-", ".tif");
            try {
                Files.copy(tiff, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                try (FileChannel out = FileChannel.open(copy, StandardOpenOption.WRITE)) {
                    out.write(ByteBuffer.allocate(4), lastKeptIfd); // the last kept page points to no next page
                }
                return new Cut(copy, maxPages, pages);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(copy);
                throw e;
            }
        }
    }

    private static ByteBuffer read(FileChannel in, long position, int length, ByteOrder order) throws IOException {
        if (position < 0 || position + length > in.size()) {
            return null;
        }
        ByteBuffer buffer = ByteBuffer.allocate(length).order(order);
        while (buffer.hasRemaining()) {
            if (in.read(buffer, position + buffer.position()) < 0) {
                return null;
            }
        }
        return buffer.flip();
    }
}
