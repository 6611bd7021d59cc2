package mx.observa.extract;

/**
 * Why a parse gave no text, as the parser side knows it; {@link TextExtractor} turns it into the Spanish reason the
 * sender reads, or into Observa's own failure when the workers are to blame.
 */
final class ParseFailure extends RuntimeException {

    enum Kind {
        /** Password-protected. */
        ENCRYPTED,
        /** No bytes. */
        EMPTY,
        /** The parser threw: a damaged, truncated or malformed file. */
        DAMAGED,
        /** The parse ran past the time limit and its worker was stopped. */
        TIMEOUT,
        /** The worker ran out of memory on this file. */
        OUT_OF_MEMORY,
        /** The worker died under the file before the time limit: the file, or something else (see TextExtractor). */
        WORKER_LOST,
        /** The workers could not start or are misconfigured: Observa's fault, never the file's. */
        WORKERS_DOWN
    }

    private final Kind kind;

    ParseFailure(Kind kind, String detail, Throwable cause) {
        super(kind + ": " + detail, cause);
        this.kind = kind;
    }

    ParseFailure(Kind kind, String detail) {
        this(kind, detail, null);
    }

    Kind kind() {
        return kind;
    }
}
