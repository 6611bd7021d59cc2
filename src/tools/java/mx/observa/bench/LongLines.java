package mx.observa.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;

import mx.observa.config.ObservaConfig;
import mx.observa.text.FoldingSpanishAnalyzer;
import mx.observa.understand.ReportUnderstander;

/**
 * Whether understanding stays linear on one very long line: a page pasted without line breaks, an HTML paragraph of
 * 200 KB, a CSV cell of 100 KB — what anyone can send. For each shape of text (ordinary words, capitalised words,
 * digits and spaces, repeated labels, separators…) and each length, the same characters are understood twice: as one
 * line, and cut at a space into ordinary lines of about {@value #ORDINARY} characters (the baseline, measured in the
 * same run). The figure is the ratio of the two CPU times: a pipeline linear in the length of its lines keeps it flat
 * as the length grows; a pattern that rescans the line from every position makes it grow with the length.
 *
 * <p>A developer's tool, run by hand (it reads the learnt models of {@code observa.understand.cache}):
 * {@code java -Dobserva.understand.cache=target/aprendido -cp target/observa.jar:target/test-classes
 * mx.observa.bench.LongLines [LENGTHS] [SHAPES]} — LENGTHS in characters, comma-separated (default 10000,100000,500000);
 * SHAPES by name (default all; see bench/README.md for figures). A measurement of a long line that takes more than {@value #BUDGET_S} s of CPU stops the
 * shape's longer lengths: they would take hours, and the growth is already shown.
 */
public final class LongLines {

    /** Characters of an ordinary line of a report: the baseline's lines are cut at the first space after this. */
    static final int ORDINARY = 80;

    /** CPU seconds past which a shape's longer lengths are not measured. */
    static final int BUDGET_S = 60;

    private LongLines() {
    }

    /** The shapes: each a generator of one line of about the given length, with no line break. */
    static Map<String, IntFunction<String>> shapes() {
        Map<String, IntFunction<String>> shapes = new LinkedHashMap<>();
        shapes.put("palabras", n -> repeat(n, 1, WORDS, " "));
        shapes.put("mayusculas", n -> repeat(n, 2, CAPITALISED, " "));
        shapes.put("digitos", n -> digits(n));
        shapes.put("rotulos", n -> repeat(n, 3, new String[] {"Observadora:", "Mesa:", "Hora:", "Alcaldía:"}, " "));
        shapes.put("comas", n -> repeat(n, 4, WORDS, ", "));
        shapes.put("puntos", n -> repeat(n, 5, WORDS, ". "));
        shapes.put("mixto", n -> mixed(n));
        return shapes;
    }

    private static final String[] WORDS = ("la mesa receptora abrió tarde y faltaron boletas para las personas que "
            + "llegaron temprano a opinar sobre el proyecto del parque en la colonia según dijo el funcionario de casilla "
            + "nadie revisó la urna hasta las diez de la mañana cuando se acabó el material").split(" ");

    private static final String[] CAPITALISED = ("María Guadalupe Hernández López Juan Carlos Pérez Ramírez Colonia "
            + "Santa Cruz Meyehualco Calle Reforma Norte Iztapalapa Coyoacán Benito Juárez Mesa Receptora Instituto "
            + "Electoral Comisión Parque Hundido").split(" ");

    private static String repeat(int n, long seed, String[] words, String separator) {
        Random random = new Random(seed);
        StringBuilder line = new StringBuilder(n + 32);
        while (line.length() < n) {
            line.append(words[random.nextInt(words.length)]).append(separator);
        }
        return line.substring(0, n).strip();
    }

    private static String digits(int n) {
        Random random = new Random(6);
        StringBuilder line = new StringBuilder(n + 16);
        while (line.length() < n) {
            line.append(random.nextInt(100_000)).append(' ');
        }
        return line.substring(0, n).strip();
    }

    /** What a pasted page looks like: sentences, names, hours, numbers, an address, labels. */
    private static String mixed(int n) {
        String[] sentences = {
                "Observadora: Ana Luisa Martínez Soto.", "La mesa se instaló a las 9:40 en la calle Pino 23, colonia Centro.",
                "Faltaron boletas, mamparas y la urna llegó tarde.", "Votaron 123 personas; 4 boletas anuladas.",
                "El funcionario Jorge Ruiz dijo que no había material.", "Teléfono 55 1234 5678, correo ana@example.org.",
                "Alcaldía Iztapalapa, distrito 24, UT 07-123.", "Todo transcurrió con normalidad hasta el cierre."};
        return repeat(n, 7, sentences, " ");
    }

    /** The same characters as {@code line}, a space every ordinary line's length turned into a line break. */
    static String cut(String line) {
        char[] chars = line.toCharArray();
        int since = 0;
        for (int i = 0; i < chars.length; i++) {
            if (++since > ORDINARY && chars[i] == ' ') {
                chars[i] = '\n';
                since = 0;
            }
        }
        return new String(chars);
    }

    public static void main(String[] args) {
        List<Integer> lengths = new ArrayList<>();
        for (String s : (args.length > 0 ? args[0] : "10000,100000,500000").split(",")) {
            lengths.add(Integer.parseInt(s.strip()));
        }
        Map<String, IntFunction<String>> shapes = shapes();
        if (args.length > 1) {
            shapes.keySet().retainAll(List.of(args[1].split(",")));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        ReportUnderstander understander = new ReportUnderstander(ObservaConfig.load(), new FoldingSpanishAnalyzer());
        // warm-up: the JIT compiles the patterns' code on ordinary text first, so the first shape pays no compilation
        String warm = cut(mixed(20_000));
        for (int i = 0; i < 5; i++) {
            understander.understand(warm, "calentamiento");
        }
        System.out.println("forma        longitud   cortada µs/car   una línea µs/car   razón");
        for (var shape : shapes.entrySet()) {
            for (int length : lengths) {
                String line = shape.getValue().apply(length);
                String lines = cut(line);
                long cutNanos = UnderstandingCpu.of(threads, understander, lines, "linea-larga", BUDGET_S);
                long lineNanos = UnderstandingCpu.of(threads, understander, line, "linea-larga", BUDGET_S);
                System.out.println(String.format(Locale.ROOT, "%-12s %8d   %14.2f   %16.2f   %6.1f", shape.getKey(),
                        line.length(), cutNanos / 1e3 / line.length(), lineNanos / 1e3 / line.length(),
                        (double) lineNanos / Math.max(1, cutNanos)));
                if (lineNanos > BUDGET_S * 1_000_000_000L) {
                    System.out.println(String.format(Locale.ROOT, "%-12s (más largas no se miden: más de %d s de CPU)",
                            shape.getKey(), BUDGET_S));
                    break;
                }
            }
        }
    }
}
