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
 * Whether understanding (with the detection of personal data in it) stays linear when a text reveals many names: a
 * text of capitalised invented words — what a stranger can paste into the public form, whose text cap is 500,000
 * characters — makes every run of capitalised words a name, and every name found becomes forms looked for again over
 * the whole text. For each shape and length the CPU time and the bytes allocated per character are compared with those of ordinary lower-case
 * prose of the same length, measured in the same run (the baseline): a pipeline linear in the text keeps the ratio
 * flat as the length grows; a step that looks for every name over the whole text makes it grow with the length.
 * Every shape is written in ordinary lines of about {@value LongLines#ORDINARY} characters, so this measures the number
 * of names, not the length of a line ({@link LongLines}).
 *
 * <p>A developer's tool, run by hand (it reads the learnt models of {@code observa.understand.cache}):
 * {@code java -Dobserva.understand.cache=target/aprendido -cp target/classes:target/test-classes:DEPENDENCIES
 * mx.observa.bench.ManyNames [LENGTHS] [SHAPES]} — LENGTHS in characters, comma-separated (default
 * 10000,100000,500000); SHAPES by name (default all; see bench/README.md for figures). A measurement that takes more
 * than {@value #BUDGET_S} s of CPU stops the shape's longer lengths.
 */
public final class ManyNames {

    /** CPU seconds past which a shape's longer lengths are not measured. */
    static final int BUDGET_S = 120;

    private ManyNames() {
    }

    /** The shapes: each a generator of a text of about the given length, in sentences. */
    static Map<String, IntFunction<String>> shapes() {
        Map<String, IntFunction<String>> shapes = new LinkedHashMap<>();
        shapes.put("prosa", n -> prose(n));
        shapes.put("inventadas", n -> invented(n));
        shapes.put("pares", n -> namePairs(n));
        shapes.put("senor", n -> titled(n));
        shapes.put("rotulos", n -> labelled(n));
        return shapes;
    }

    private static final String[] SYLLABLES = ("ba be bi bo bu ca ce ci co cu da de di do du fa fe fi fo ga go gu ja je"
            + " jo ju la le li lo lu ma me mi mo mu na ne ni no nu pa pe pi po pu ra re ri ro ru sa se si so su ta te ti to"
            + " tu va ve vi vo xa xo ya yo za zo tla tli chi cha hue hua").split(" ");

    /** A capitalised word of two to four random syllables: almost never the same word twice in a text. */
    static String inventedWord(Random random) {
        StringBuilder w = new StringBuilder();
        int syllables = 2 + random.nextInt(3);
        for (int i = 0; i < syllables; i++) {
            w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        if (random.nextInt(3) == 0) {
            w.append("n");
        }
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    private static final String[] WORDS = ("la mesa receptora abrió tarde y faltaron boletas para las personas que "
            + "llegaron temprano a opinar sobre el proyecto del parque en la colonia según dijo el funcionario de casilla "
            + "nadie revisó la urna hasta las diez de la mañana cuando se acabó el material").split(" ");

    /** The baseline: ordinary lower-case prose, sentences of twelve words. */
    static String prose(int n) {
        Random random = new Random(1);
        return sentences(n, () -> {
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < 12; i++) {
                String w = WORDS[random.nextInt(WORDS.length)];
                s.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w).append(i == 11 ? "." : " ");
            }
            return s.toString();
        });
    }

    /** Sentences of twelve capitalised invented words: the text that held the ingest. */
    static String invented(int n) {
        Random random = new Random(2);
        return sentences(n, () -> {
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < 12; i++) {
                s.append(inventedWord(random)).append(i == 11 ? "." : " ");
            }
            return s.toString();
        });
    }

    /** Every item a different name pair, listed: «Vi a Xoba Tumelo, Rila Pochen y Zaque Mibo.» */
    static String namePairs(int n) {
        Random random = new Random(3);
        return sentences(n, () -> "Vi a " + inventedWord(random) + " " + inventedWord(random) + ", " + inventedWord(random)
                + " " + inventedWord(random) + " y " + inventedWord(random) + " " + inventedWord(random) + ".");
    }

    /** A title before a different invented name in every sentence: «El Sr. Xoba Tumelo llegó a la mesa.» */
    static String titled(int n) {
        Random random = new Random(4);
        return sentences(n, () -> "El Sr. " + inventedWord(random) + " " + inventedWord(random) + " llegó a la mesa.");
    }

    /** A label on every line: «Nombre: Xoba Tumelo». */
    static String labelled(int n) {
        Random random = new Random(5);
        StringBuilder text = new StringBuilder(n + 64);
        while (text.length() < n) {
            text.append("Nombre: ").append(inventedWord(random)).append(' ').append(inventedWord(random)).append('\n');
        }
        return text.substring(0, n).strip();
    }

    private static String sentences(int n, java.util.function.Supplier<String> sentence) {
        StringBuilder text = new StringBuilder(n + 128);
        while (text.length() < n) {
            text.append(sentence.get()).append(' ');
        }
        return LongLines.cut(text.substring(0, n).strip());
    }

    public static void main(String[] args) {
        List<Integer> lengths = new ArrayList<>();
        for (String s : (args.length > 0 ? args[0] : "10000,100000,500000").split(",")) {
            lengths.add(Integer.parseInt(s.strip()));
        }
        Map<String, IntFunction<String>> shapes = shapes();
        IntFunction<String> baseline = shapes.remove("prosa");
        if (args.length > 1) {
            shapes.keySet().retainAll(List.of(args[1].split(",")));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        ReportUnderstander understander = new ReportUnderstander(ObservaConfig.load(), new FoldingSpanishAnalyzer());
        // warm-up: the JIT compiles the rules' code on small texts of every shape first
        for (int i = 0; i < 3; i++) {
            understander.understand(baseline.apply(10_000), "calentamiento");
            for (IntFunction<String> shape : shapes.values()) {
                understander.understand(shape.apply(3_000), "calentamiento");
            }
        }
        System.out.println("forma        longitud   prosa µs/car   forma µs/car   razón   prosa B/car   forma B/car   razón");
        Map<Integer, UnderstandingCpu.Measured> prose = new LinkedHashMap<>();
        for (var shape : shapes.entrySet()) {
            for (int length : lengths) {
                String text = shape.getValue().apply(length);
                UnderstandingCpu.Measured base = prose.computeIfAbsent(length,
                        l -> UnderstandingCpu.measure(threads, understander, baseline.apply(l), "muchos-nombres", BUDGET_S));
                UnderstandingCpu.Measured measured = UnderstandingCpu.measure(threads, understander, text, "muchos-nombres", BUDGET_S);
                long baseNanos = base.cpuNanos();
                long nanos = measured.cpuNanos();
                // bytes allocated per character, against prose's: what the text makes the understanding allocate
                System.out.println(String.format(Locale.ROOT, "%-12s %8d   %12.2f   %12.2f   %6.1f   %11.0f   %11.0f   %5.1f",
                        shape.getKey(), text.length(), baseNanos / 1e3 / length, nanos / 1e3 / text.length(),
                        (double) nanos / Math.max(1, baseNanos) * length / text.length(),
                        (double) base.allocatedBytes() / length, (double) measured.allocatedBytes() / text.length(),
                        (double) measured.allocatedBytes() / Math.max(1, base.allocatedBytes()) * length / text.length()));
                if (nanos > BUDGET_S * 1_000_000_000L) {
                    System.out.println(String.format(Locale.ROOT, "%-12s (más largas no se miden: más de %d s de CPU)",
                            shape.getKey(), BUDGET_S));
                    break;
                }
            }
        }
    }
}
