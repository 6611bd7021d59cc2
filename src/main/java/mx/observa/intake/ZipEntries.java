package mx.observa.intake;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.zip.UnicodePathExtraField;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

import mx.observa.archive.SourceNames;
import mx.observa.model.Channel;
import mx.observa.model.RejectedSubmission;
import mx.observa.pipeline.LimitedInputStream;

/**
 * The entries of a ZIP archive as reports, one at a time: each entry is unpacked from the archived file into a work
 * folder inside the data folder, goes through the pipeline as a submission of its own, and its copy is deleted before
 * the next entry is unpacked. Folders and the files operating systems add by themselves (__MACOSX, .DS_Store,
 * Thumbs.db) are skipped; an entry's name keeps only its last segment, so "../../x.pdf" or "/etc/x.pdf" is just
 * "x.pdf". An entry that cannot be decompressed (password, unknown method, damaged) is quarantined with the reason.
 * <p>
 * The sizes a ZIP declares are not trusted: bytes are counted as they are decompressed. An entry that unpacks to
 * more than {@code maxRatio} times its compressed size, or an archive whose entries together unpack to more than
 * {@code maxRatio} times the archive's size or {@code maxUnpackedBytes}, is a compression bomb: unpacking stops there
 * and the archive is quarantined; the entries taken before stay taken.
 */
public final class ZipEntries {

    /** Below this, anything may compress well (a short text of repeated lines): no expansion limit applies. */
    private static final long RATIO_FLOOR = 1024 * 1024;
    private static final Set<String> SYSTEM_FILES = Set.of(".DS_Store", "Thumbs.db", "desktop.ini");
    /** What Windows wrote names in before it set the UTF-8 flag (Latin American code page). */
    private static final Charset OEM_NAMES = Charset.forName("IBM850");

    private final Path workDir;
    private final int maxEntries;
    private final long maxRatio;
    private final long maxUnpackedBytes;

    /**
     * @param workDir          where entries are unpacked one at a time (inside the data folder); what an earlier run
     *                         left there is deleted, it was archived already or will be unpacked again
     * @param maxEntries       entries beyond this number are not read; the archive is quarantined with the reason
     * @param maxRatio         bytes an entry, and the whole archive, may unpack to per byte of compressed size
     * @param maxUnpackedBytes bytes all the entries together may unpack to
     */
    public ZipEntries(Path workDir, int maxEntries, long maxRatio, long maxUnpackedBytes) {
        this.workDir = workDir;
        this.maxEntries = maxEntries;
        this.maxRatio = maxRatio;
        this.maxUnpackedBytes = maxUnpackedBytes;
        try {
            Files.createDirectories(workDir);
            try (Stream<Path> left = Files.list(workDir)) {
                for (Path p : left.toList()) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo preparar la carpeta de trabajo " + workDir, e);
        }
    }

    /**
     * The entries, one by one. The split closes it as soon as it knows there is no next entry, before the last one
     * went through the pipeline: {@link #done()} then deletes the last entry's copy.
     */
    public interface Entries extends Iterator<Part>, Closeable {

        void done();
    }

    /**
     * @param declared what the sender declared for the archive (a form's alcaldía, name…): it holds for every entry
     */
    public Entries entries(Path zip, Channel channel, String sender, Map<String, String> declared) {
        try {
            return new EntryIterator(ZipFile.builder().setPath(zip).get(), Files.size(zip), channel, sender, declared);
        } catch (IOException e) {
            throw new RejectedSubmission("No se pudo abrir el archivo comprimido: parece dañado o incompleto.", e);
        }
    }

    private final class EntryIterator implements Entries {
        private final ZipFile zip;
        private final Enumeration<ZipArchiveEntry> all;
        private final long totalLimit;
        private final String totalReason;
        private final Channel channel;
        private final String sender;
        private final Map<String, String> declared;
        private ZipArchiveEntry prepared;
        /** Why the next entry is not read: there are more than allowed. */
        private String tooMany;
        private boolean stopped;
        private Path copy;
        private long unpacked;
        private int taken;

        EntryIterator(ZipFile zip, long archiveBytes, Channel channel, String sender, Map<String, String> declared) {
            this.zip = zip;
            this.all = zip.getEntries();
            long byRatio = Math.max(times(maxRatio, archiveBytes), RATIO_FLOOR);
            this.totalLimit = Math.min(byRatio, maxUnpackedBytes);
            this.totalReason = byRatio <= maxUnpackedBytes ? bomb() : ("El archivo comprimido se expande a más de %d MB,"
                    + " el máximo aceptado; envíe los informes en varios archivos.").formatted(maxUnpackedBytes / (1024 * 1024));
            this.channel = channel;
            this.sender = sender;
            this.declared = declared;
        }

        /** Reads nothing: the split asks ahead, before the part it was just given went through the pipeline. */
        @Override
        public boolean hasNext() {
            if (stopped) {
                return false; // the split drains what is left after a failure
            }
            if (prepared != null || tooMany != null) {
                return true;
            }
            while (all.hasMoreElements()) {
                ZipArchiveEntry e = all.nextElement();
                if (skipped(e)) {
                    continue;
                }
                if (taken == maxEntries) {
                    tooMany = ("El archivo comprimido trae más de %d archivos, el máximo por envío; se recibieron los"
                            + " primeros %d. Envíe los demás en otro archivo comprimido.").formatted(maxEntries, maxEntries);
                } else {
                    prepared = e;
                    taken++;
                }
                return true;
            }
            return false;
        }

        /** Asked for once the part before went through the pipeline, so its copy is no longer needed. */
        @Override
        public Part next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            done();
            if (tooMany != null) {
                throw stopped(tooMany);
            }
            ZipArchiveEntry e = prepared;
            prepared = null;
            String name = SourceNames.clean(nameOf(e));
            try {
                if (!zip.canReadEntryData(e)) {
                    // Its raw bytes are archived like any part, so delivering the archive again adds nothing.
                    return Part.refused(name, unpack(zip.getRawInputStream(e)), channel, sender, declared,
                            unreadable(e, name));
                }
                long entryLimit = Math.max(times(maxRatio, Math.max(e.getCompressedSize(), 0)), RATIO_FLOOR);
                long remaining = totalLimit - unpacked;
                Path unpackedCopy;
                try {
                    unpackedCopy = unpack(new LimitedInputStream(zip.getInputStream(e), Math.min(entryLimit, remaining),
                            entryLimit <= remaining ? bomb() : totalReason));
                } catch (IOException damaged) {
                    done();
                    return Part.refused(name, unpack(zip.getRawInputStream(e)), channel, sender, declared,
                            "No se pudo leer «" + name + "» dentro del archivo comprimido: parece dañado.");
                }
                unpacked += Files.size(unpackedCopy);
                return Part.of(name, unpackedCopy, channel, sender, declared);
            } catch (RejectedSubmission limit) {
                throw stopped(limit.getMessage()
                        + " No se leyeron los archivos que siguen; los anteriores sí se recibieron.");
            } catch (IOException ex) {
                throw new UncheckedIOException("No se pudo desempacar " + name, ex);
            }
        }

        private Path unpack(InputStream in) throws IOException {
            copy = Files.createTempFile(workDir, "entrada-", ".part");
            try (in) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            return copy;
        }

        /** Unpacking stops here: the archive goes to quarantine, the entries before stay taken. */
        private RejectedSubmission stopped(String reason) {
            done();
            stopped = true;
            try {
                zip.close();
            } catch (IOException ignored) {
                // read-only; nothing to lose
            }
            return new RejectedSubmission(reason);
        }

        @Override
        public void done() {
            if (copy != null) {
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                copy = null;
            }
        }

        @Override
        public void close() throws IOException {
            zip.close();
        }
    }

    private static String unreadable(ZipArchiveEntry e, String name) {
        return e.getGeneralPurposeBit().usesEncryption()
                ? "«" + name + "» está protegido con contraseña dentro del archivo comprimido. Envíelo sin contraseña."
                : "«" + name + "» usa un método de compresión que no se puede leer. Comprima el archivo de nuevo con la"
                        + " opción normal (ZIP).";
    }

    private String bomb() {
        return "El archivo comprimido parece una bomba de compresión: se expande más de %d veces su tamaño."
                .formatted(maxRatio);
    }

    private static boolean skipped(ZipArchiveEntry e) {
        String name = e.getName().replace('\\', '/');
        String last = name.substring(name.lastIndexOf('/') + 1);
        return e.isDirectory() || e.isUnixSymlink() || name.startsWith("__MACOSX/") || name.contains("/__MACOSX/")
                || SYSTEM_FILES.contains(last);
    }

    /** The name as the sender saw it: UTF-8 when flagged or valid, else the code page old Windows used. */
    static String nameOf(ZipArchiveEntry e) {
        byte[] raw = e.getRawName();
        if (raw == null || e.getGeneralPurposeBit().usesUTF8ForNames()
                || e.getExtraField(UnicodePathExtraField.UPATH_ID) != null) {
            return e.getName();
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(raw)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(raw, OEM_NAMES);
        }
    }

    private static long times(long a, long b) {
        long high = Math.multiplyHigh(a, b);
        return high != 0 || a * b < 0 ? Long.MAX_VALUE : a * b;
    }
}
