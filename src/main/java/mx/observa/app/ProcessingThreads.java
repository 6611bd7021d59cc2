package mx.observa.app;

import mx.observa.config.ObservaConfig;
import mx.observa.extract.TextExtractor;

/**
 * How many reports are processed at once ({@code observa.process.threads}). {@code auto}: two per Tika child JVM
 * ({@code observa.extract.workers}, itself one per core by default). A processing thread spends part of a report
 * waiting for its child to parse it and part on its own CPU work (understanding, store, index); with two per child, one
 * is parsing while the other works, so neither the children nor the cores wait for the other side. More threads only
 * queue for a child and hold more reports in memory.
 */
public final class ProcessingThreads {

    static final String KEY = "observa.process.threads";

    private ProcessingThreads() {
    }

    public static int of(ObservaConfig config) {
        return (int) Math.max(1, config.getLong(KEY, () -> 2L * TextExtractor.workers(config)));
    }
}
