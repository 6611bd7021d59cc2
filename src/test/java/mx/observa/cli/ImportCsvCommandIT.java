package mx.observa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** {@code observa import-csv} as a person runs it: the real command line, a batch Observa on a temporary data folder. */
class ImportCsvCommandIT {

    @TempDir
    Path tmp;

    private String run(String... args) {
        CommandLine cli = ObservaCli.commandLine();
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        String[] all = new String[args.length + 4];
        all[0] = "--data";
        all[1] = tmp.resolve("data").toString();
        all[2] = "--index";
        all[3] = tmp.resolve("index").toString();
        System.arraycopy(args, 0, all, 4, args.length);
        assertThat(cli.execute(all)).isZero();
        return out.toString();
    }

    @Test
    void importsEachRowOnceWhateverTheFileIsCalled() throws Exception {
        Path export = Files.writeString(tmp.resolve("respuestas kobo.txt"),
                "Nombre;Alcaldía;Distrito;Observaciones\n"
                        + "Ana;Iztapalapa;24;La mesa abrió tarde por falta de papeletas.\n"
                        + "Luis;Tlalpan;99;Todo en orden.\n"
                        + "Sin respuestas;;;\n", StandardCharsets.UTF_8);

        String first = run("import-csv", export.toString());
        String again = run("import-csv", export.toString());

        assertThat(first).startsWith("respuestas kobo.txt (folio OBS-2022-000001)")
                .contains("Aceptados: 1 · Duplicados: 0 · En cuarentena: 2")
                .contains("respuestas kobo.txt, fila 3 — Fila 3: El distrito local debe ser un número del 1 al 33 (se recibió «99»).")
                .contains("respuestas kobo.txt, fila 4 — Fila 4: La fila no tiene respuestas ni texto del informe.");
        assertThat(again).isEqualTo("respuestas kobo.txt (folio OBS-2022-000001): este archivo ya se había importado; no se agregó nada.\n");
        assertThat(run("status")).contains("Informes: 1").contains("En cuarentena: 2").contains("Duplicados: 0");
    }
}
