package mx.observa.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;

import mx.observa.config.ObservaConfig;
import mx.observa.model.Channel;

/**
 * One-off ingestion of files and folders ({@code observa ingest}, {@code observa demo}): every file is archived in
 * name order and processed, and the run ends once each has been; the originals stay where they are. When a service already owns the data folder,
 * the files are handed to it through its inbox instead, so nothing is written twice or corrupted.
 */
public final class Ingestion {

    private Ingestion() {
    }

    public static IngestSummary run(ObservaConfig config, List<Path> paths) throws Exception {
        return run(config, paths, f -> true);
    }

    /** @param include which files found under the folders are reports (the demo leaves out the samples' README) */
    public static IngestSummary run(ObservaConfig config, List<Path> paths, Predicate<Path> include) throws Exception {
        List<Path> files = expand(paths).stream().filter(include).toList();
        IngestSummary summary = new IngestSummary();
        ObservaService service;
        try {
            service = ObservaService.start(config, ObservaService.Mode.BATCH);
        } catch (DataBusyException busy) {
            summary.handedOver(handOver(config.inboxDir(), files));
            return summary;
        }
        try (service) {
            summary.resumed(service.resumeUnfinished());
            // every file archived first, then processed from the journal by the pool while the next ones are archived
            List<ObservaService.Submitted> received = new ArrayList<>();
            for (Path file : files) {
                received.add(service.receive(file, file.getFileName().toString(), Channel.CARPETA, null));
            }
            for (ObservaService.Submitted r : received) {
                // an e-mail file or a questionnaire export counts as the reports it holds
                service.processed(r).reports().forEach(summary::add);
            }
        }
        return summary;
    }

    /** Files under the given paths, hidden ones skipped, in a stable order. */
    static List<Path> expand(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new IllegalArgumentException("No existe: " + p);
            }
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> !p.relativize(f).toString().startsWith(".") && !f.getFileName().toString().startsWith("."))
                            .sorted()
                            .forEach(files::add);
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }

    /** Copies files into the running service's inbox under a dot-name, then renames, so it never sees half a file. */
    static int handOver(Path inbox, List<Path> files) {
        Path batch = inbox.resolve("entrega-" + UUID.randomUUID().toString().substring(0, 8));
        try {
            Files.createDirectories(batch);
            for (Path f : files) {
                Path tmp = batch.resolve("." + f.getFileName() + ".part");
                Files.copy(f, tmp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(tmp, uniqueName(batch, f.getFileName().toString()), StandardCopyOption.ATOMIC_MOVE);
            }
            return files.size();
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudieron entregar los archivos a la bandeja " + inbox, e);
        }
    }

    private static Path uniqueName(Path dir, String name) {
        Path target = dir.resolve(name);
        for (int i = 2; Files.exists(target); i++) {
            target = dir.resolve(i + "-" + name);
        }
        return target;
    }
}
