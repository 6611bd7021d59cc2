package mx.observa.cli;

import picocli.CommandLine.Option;

/** -h/--help with a Spanish description (picocli's standard mixin is English). */
final class SpanishHelp {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Muestra esta ayuda y termina.")
    boolean help;
}
