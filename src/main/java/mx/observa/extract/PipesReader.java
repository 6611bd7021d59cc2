package mx.observa.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.pipes.FetchEmitTuple;
import org.apache.tika.pipes.HandlerConfig;
import org.apache.tika.pipes.PipesClient;
import org.apache.tika.pipes.PipesConfigBase;
import org.apache.tika.pipes.PipesResult;
import org.apache.tika.pipes.emitter.EmitKey;
import org.apache.tika.pipes.fetcher.FetchKey;
import org.apache.tika.sax.BasicContentHandlerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tika in a pool of child JVMs through Tika Pipes: each {@link PipesClient} owns one {@code PipesServer} process that
 * stays warm between files and answers each file once, with its text and metadata, or with a typed outcome (time
 * limit, out of memory, crash). A child that dies is started again on the next file; each is also replaced after
 * {@code filesPerWorker} files, warmed up before it takes work, so slow leaks in parsers do not accumulate.
 *
 * <p>A caller waits for an idle worker; as many files are parsed at once as there are workers.
 */
final class PipesReader implements TikaReader {

    private static final Logger LOG = LoggerFactory.getLogger(PipesReader.class);

    /** The file-system fetcher the children read archived files with (declared in their Tika config). */
    static final String FETCHER = "fs";

    /** One child JVM and how many files it has read. */
    private static final class Worker {
        final PipesClient client;
        int files;

        Worker(PipesConfigBase config) {
            this.client = new PipesClient(config);
        }
    }

    private final PipesConfigBase config;
    private final int workers;
    private final int maxChars;
    private final int filesPerWorker;
    private final Path warmUpFile;
    private final BlockingQueue<Worker> idle = new LinkedBlockingQueue<>();
    private final List<Worker> all = new ArrayList<>();
    private boolean started;
    private volatile boolean closed;

    /**
     * No child JVM starts until the first file comes (a command or a test that reads no file through Tika starts
     * none); then all of them start at once and stay warm.
     *
     * @param warmUpFile a small document each new worker reads before it takes work, so its JVM and parsers are
     *                   loaded when the first real file comes
     */
    PipesReader(PipesConfigBase config, int workers, int maxChars, int filesPerWorker, Path warmUpFile) {
        this.config = config;
        this.workers = workers;
        this.maxChars = maxChars;
        this.filesPerWorker = filesPerWorker;
        this.warmUpFile = warmUpFile;
    }

    private synchronized void startOnce() {
        if (!started && !closed) {
            started = true;
            for (int i = 0; i < workers; i++) {
                startWorker();
            }
        }
    }

    private void startWorker() {
        Worker worker = new Worker(config);
        synchronized (all) {
            all.add(worker);
        }
        Thread.ofVirtual().name("tika-warm-up").start(() -> {
            try {
                worker.client.process(tuple(warmUpFile, "warm-up", new ParseContext()));
            } catch (IOException | RuntimeException e) {
                LOG.debug("A Tika worker did not warm up; it starts again with the first file", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (closed) {
                close(worker); // closed while it was starting: its JVM may have started after close() looked
            } else {
                idle.add(worker);
            }
        });
    }

    @Override
    public RawText read(Path file, String sourceName, ParseContext context) {
        startOnce();
        Worker worker;
        try {
            worker = idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ParseFailure(ParseFailure.Kind.WORKERS_DOWN, "interrupted waiting for a worker", e);
        }
        PipesResult result;
        try {
            result = worker.client.process(tuple(file, sourceName, context));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ParseFailure(ParseFailure.Kind.WORKERS_DOWN, "interrupted", e);
        } catch (IOException | RuntimeException e) {
            // PipesClient throws when its child JVM cannot be (re)started.
            throw new ParseFailure(ParseFailure.Kind.WORKERS_DOWN, "worker did not start", e);
        } finally {
            giveBack(worker);
        }
        return outcome(result, sourceName);
    }

    private void giveBack(Worker worker) {
        if (closed) {
            return;
        }
        if (++worker.files < filesPerWorker) {
            idle.add(worker);
            return;
        }
        synchronized (all) {
            all.remove(worker);
        }
        close(worker);
        startWorker();
    }

    private FetchEmitTuple tuple(Path file, String id, ParseContext context) {
        context.set(HandlerConfig.class, new HandlerConfig(BasicContentHandlerFactory.HANDLER_TYPE.BODY,
                HandlerConfig.PARSE_MODE.CONCATENATE, maxChars, -1, true));
        return new FetchEmitTuple(id, new FetchKey(FETCHER, file.toAbsolutePath().toString()), EmitKey.NO_EMIT,
                new Metadata(), context, FetchEmitTuple.ON_PARSE_EXCEPTION.EMIT);
    }

    /** Tika's typed result as text, or as the {@link ParseFailure} it stands for. */
    private static RawText outcome(PipesResult result, String sourceName) {
        switch (result.getStatus()) {
            case PARSE_SUCCESS, PARSE_SUCCESS_WITH_EXCEPTION -> {
                Metadata metadata = result.getEmitData().getMetadataList().get(0);
                String text = metadata.get(TikaCoreProperties.TIKA_CONTENT);
                metadata.remove(TikaCoreProperties.TIKA_CONTENT.getName());
                return withException(new RawText(text == null ? "" : text, metadata, false), result.getMessage(),
                        sourceName);
            }
            case TIMEOUT -> throw new ParseFailure(ParseFailure.Kind.TIMEOUT, sourceName);
            case OOM -> throw new ParseFailure(ParseFailure.Kind.OUT_OF_MEMORY, sourceName);
            case UNSPECIFIED_CRASH -> throw new ParseFailure(ParseFailure.Kind.WORKER_LOST, sourceName);
            case EMPTY_OUTPUT -> throw new ParseFailure(ParseFailure.Kind.DAMAGED, sourceName + ": no output");
            default -> throw new ParseFailure(ParseFailure.Kind.WORKERS_DOWN,
                    sourceName + ": " + result.getStatus() + " " + result.getMessage());
        }
    }

    /** The parser threw in the child: its stack trace says what, as text (the exception itself stays there). */
    private static RawText withException(RawText parsed, String stackTrace, String sourceName) {
        if (stackTrace == null || stackTrace.isBlank()) {
            return parsed;
        }
        if (stackTrace.contains("WriteLimitReachedException")) {
            return new RawText(parsed.text(), parsed.metadata(), true);
        }
        if (stackTrace.contains("EncryptedDocumentException")) {
            throw new ParseFailure(ParseFailure.Kind.ENCRYPTED, sourceName);
        }
        if (stackTrace.contains("ZeroByteFileException")) {
            throw new ParseFailure(ParseFailure.Kind.EMPTY, sourceName);
        }
        throw new ParseFailure(ParseFailure.Kind.DAMAGED, sourceName + ": " + firstLine(stackTrace));
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end).strip();
    }

    @Override
    public void close() {
        closed = true;
        List<Worker> running;
        synchronized (all) {
            running = new ArrayList<>(all);
            all.clear();
        }
        running.forEach(PipesReader::close);
        try {
            Files.deleteIfExists(config.getTikaConfig());
        } catch (IOException e) {
            LOG.warn("No se pudo borrar {}", config.getTikaConfig(), e);
        }
    }

    private static void close(Worker worker) {
        try {
            worker.client.close();
        } catch (IOException e) {
            LOG.warn("No se pudo detener un proceso lector de Tika", e);
        }
    }
}
