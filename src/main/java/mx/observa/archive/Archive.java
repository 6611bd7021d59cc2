package mx.observa.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

import mx.observa.archive.JournalEntry.Event;
import mx.observa.model.Channel;
import mx.observa.model.Submission;

/**
 * The source of truth: every delivery is stored here exactly as received, under its SHA-256
 * ({@code archive/ab/abcdef…} plus {@code abcdef….json} with its metadata), and journaled before anything else
 * happens to it. The content hash is the idempotency key: the same bytes are one submission with one folio.
 */
public final class Archive {

    private final Path dir;
    private final Journal journal;
    private final String folioPrefix;
    private final BiFunction<Path, String, String> typeDetector;
    private final Clock clock;
    private final Set<String> inFlight = new HashSet<>();
    private long lastFolio;

    /**
     * @param typeDetector (received bytes, original name) → media type detected from the bytes
     */
    public Archive(Path dir, Journal journal, String folioPrefix, BiFunction<Path, String, String> typeDetector, Clock clock) {
        this.dir = dir;
        this.journal = journal;
        this.folioPrefix = folioPrefix;
        this.typeDetector = typeDetector;
        this.clock = clock;
        this.lastFolio = journal.highestFolioNumber();
        try {
            Files.createDirectories(dir.resolve("tmp"));
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo crear el archivo en " + dir, e);
        }
    }

    /** Archives one delivery that came on its own; the stream is read to the end but not closed. */
    public Receipt receive(InputStream content, String sourceName, Channel channel, String sender) {
        return receive(content, Delivery.single(sourceName, channel, sender));
    }

    /** Archives one delivery; the stream is read to the end but not closed. */
    public Receipt receive(InputStream content, Delivery delivery) {
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir.resolve("tmp"), "recibido-", ".part");
            MessageDigest sha = Sha256.digest();
            long size;
            try (OutputStream out = Files.newOutputStream(tmp)) {
                size = new DigestInputStream(content, sha).transferTo(out);
            }
            String hash = Sha256.hex(sha);
            String source = SourceNames.clean(delivery.sourceName());
            // Detected outside the lock: detection opens containers and is the costliest part of archiving.
            String mediaType = typeDetector.apply(tmp, source);
            Registered registered = register(tmp, hash, size, source, mediaType, delivery);
            // The journal's order is fixed under the lock; the wait for the disk happens outside it, so concurrent
            // deliveries share one flush. Nothing happens to this delivery before its entry is on disk.
            journal.awaitDurable(registered.journalTicket());
            return registered.receipt();
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo archivar el envío", e);
        } finally {
            deleteQuietly(tmp);
        }
    }

    private record Registered(Receipt receipt, long journalTicket) {
    }

    private synchronized Registered register(Path tmp, String hash, long size, String source, String mediaType,
                                             Delivery delivery) throws IOException {
        Channel channel = delivery.channel();
        Optional<SubmissionState> known = journal.bySha256(hash);
        if (known.isPresent()) {
            SubmissionState first = known.get();
            if (first.isSettled() || inFlight.contains(hash)) {
                // A container unpacked again (after a crash, or delivered twice) meets its own parts: not a repeat.
                boolean sameContainer = delivery.parent() != null && delivery.parent().equals(first.parent());
                long ticket = sameContainer ? 0 : journal.write(List.of(new JournalEntry(clock.instant(),
                        Event.DUPLICATE.id(), null, hash, channel.id(), source, null, first.folio(), null, delivery.parent())));
                return new Registered(new Receipt(submissionOf(first), Receipt.Kind.DUPLICATE), ticket);
            }
            inFlight.add(hash);
            return new Registered(new Receipt(submissionOf(first), Receipt.Kind.RESUMED), 0);
        }
        Path stored = pathOf(hash);
        Files.createDirectories(stored.getParent());
        moveAtomically(tmp, stored);
        String folio = Folios.format(folioPrefix, ++lastFolio);
        Instant now = clock.instant();
        Submission submission = new Submission(folio, hash, channel, now, source, size, mediaType, delivery.sender(),
                delivery.parent(), delivery.declared());
        Path meta = stored.resolveSibling(hash + ".json");
        Path metaTmp = stored.resolveSibling(hash + ".json.part");
        Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(metaTmp.toFile(), submission);
        moveAtomically(metaTmp, meta);
        // A container's first and only state says so, so that resuming after a crash never processes it as a report.
        Event event = delivery.container().test(submission.mediaType()) ? Event.CONTAINER : Event.ARCHIVED;
        long ticket = journal.write(List.of(new JournalEntry(now, event.id(), folio, hash, channel.id(), source, null,
                null, null, delivery.parent())));
        if (event == Event.ARCHIVED) {
            inFlight.add(hash);
        }
        return new Registered(new Receipt(submission, Receipt.Kind.NEW), ticket);
    }

    /**
     * Claims an archived submission for processing again (resume after a crash, reindex), so a delivery of the same
     * bytes arriving meanwhile is a duplicate instead of a second concurrent processing.
     *
     * @return false when it is already being processed
     */
    public synchronized boolean claim(String sha256) {
        return inFlight.add(sha256);
    }

    /** Marks the end of processing of a submission (indexed or quarantined), so the same bytes are now duplicates. */
    public synchronized void settle(String sha256) {
        inFlight.remove(sha256);
    }

    /** The archived bytes of a submission. */
    public Path pathOf(String sha256) {
        return dir.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    /** The metadata written when the submission was archived. */
    public Submission submission(String sha256) {
        try {
            return Json.MAPPER.readValue(pathOf(sha256).resolveSibling(sha256 + ".json").toFile(), Submission.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Metadatos del archivo ilegibles para " + sha256, e);
        }
    }

    private Submission submissionOf(SubmissionState state) {
        return submission(state.sha256());
    }

    static void moveAtomically(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path p) {
        if (p == null) {
            return;
        }
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // A leftover .part file in archive/tmp is harmless: it is never read, and the next start may clean it.
        }
    }
}
