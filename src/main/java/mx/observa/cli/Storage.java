package mx.observa.cli;

import java.nio.file.Path;

import mx.observa.config.ObservaConfig;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** Where data and the index live; options of the top command, inherited by every subcommand. */
final class Storage {

    @Option(names = "--data", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Carpeta de datos (bandeja, archivo, cuarentena, bitácora). Predeterminada: ./data u OBSERVA_DATA.")
    Path data;

    @Option(names = "--index", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Carpeta del índice de búsqueda. Predeterminada: ./index u OBSERVA_INDEX.")
    Path index;

    ObservaConfig config() {
        ObservaConfig config = ObservaConfig.load();
        if (data != null) {
            config = config.with("observa.data", data.toAbsolutePath().toString());
        }
        if (index != null) {
            config = config.with("observa.index", index.toAbsolutePath().toString());
        }
        return config;
    }
}
