package mx.observa.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import mx.observa.support.Fixtures;

/**
 * The evaluation-like corpus: the reports people wrote for the labelled sets (every {@code evaluacion*} and
 * {@code privacidad*} set on this branch: letters, questionnaires, chats, notes, e-mails with attachments, HTML forms,
 * RTF, Latin-1 text, OCR noise, broken encodings; the DOCX, ODT and PDF ones built from their text as the quality
 * tests build them), the curated {@code sample-reports/} (with its questionnaire export and its photo and scan), and
 * printed forms photographed (PNG) or scanned (image-only PDF) by the sample generator, so that about
 * {@link #SCAN_SHARE} of the files need OCR. Unlike the synthetic corpus, its files differ widely in length and
 * format, and a tenth of them cost seconds of OCR each.
 *
 * <p>Only the sets named in {@link #SETS} are read: every set already measured once and since used for tuning
 * (through {@code -7} from the seventh session; through {@code -6} before). A blind set
 * being written ({@code -8}) is never read, even once it lands on main, until it is added here after its single
 * measurement.
 */
final class RealisticCorpus {

    /** Share of the files that are images of paper (photos or scans) and need OCR. */
    static final double SCAN_SHARE = 0.10;
    private static final String DONE = ".archivos";
    private static final String SCANS = "escaneos";
    /** The labelled sets read, by folder under {@code src/test/resources}. */
    static final List<String> SETS = List.of("evaluacion", "evaluacion-ciega", "evaluacion-ciega-2",
            "evaluacion-ciega-3", "evaluacion-ciega-4", "evaluacion-ciega-5", "evaluacion-ciega-6",
            "evaluacion-ciega-7", "evaluacion-ciega-8", "evaluacion-ciega-9", "evaluacion-ciega-10", "evaluacion-ciega-11", "evaluacion-ciega-12", "evaluacion-ciega-13", "evaluacion-ciega-14", "evaluacion-ciega-15", "evaluacion-ciega-16", "evaluacion-ciega-17", "evaluacion-ciega-18", "evaluacion-ciega-19", "evaluacion-ciega-20", "evaluacion-ciega-21", "evaluacion-ciega-22", "evaluacion-ciega-23", "evaluacion-ciega-24", "evaluacion-ciega-25", "evaluacion-ciega-26", "evaluacion-ciega-27", "evaluacion-ciega-28", "evaluacion-ciega-29", "evaluacion-ciega-30", "evaluacion-ciega-31", "evaluacion-ciega-32", "evaluacion-ciega-33", "evaluacion-ciega-34", "evaluacion-ciega-35", "evaluacion-ciega-36", "evaluacion-ciega-37", "evaluacion-ciega-38", "evaluacion-ciega-39", "evaluacion-ciega-40", "evaluacion-ciega-41", "evaluacion-ciega-42", "evaluacion-ciega-43", "privacidad", "privacidad-ciega", "privacidad-ciega-2", "privacidad-ciega-3", "privacidad-ciega-4",
            "privacidad-ciega-5", "privacidad-ciega-6", "privacidad-ciega-7", "privacidad-ciega-8", "privacidad-ciega-9", "privacidad-ciega-10", "privacidad-ciega-11", "privacidad-ciega-12", "privacidad-ciega-13", "privacidad-ciega-14",
            "privacidad-ciega-15", "privacidad-ciega-16", "privacidad-ciega-17", "privacidad-ciega-18", "privacidad-ciega-19", "privacidad-ciega-20", "privacidad-ciega-21", "privacidad-ciega-22", "privacidad-ciega-23", "privacidad-ciega-24", "privacidad-ciega-25", "privacidad-ciega-26", "privacidad-ciega-27", "privacidad-ciega-28", "privacidad-ciega-29", "privacidad-ciega-30", "privacidad-ciega-31", "privacidad-ciega-32", "privacidad-ciega-33", "privacidad-ciega-34", "privacidad-ciega-35", "privacidad-ciega-36", "privacidad-ciega-37", "privacidad-ciega-38", "privacidad-ciega-39", "privacidad-ciega-40", "privacidad-ciega-41", "privacidad-ciega-42", "privacidad-ciega-43");

    private RealisticCorpus() {
    }

    /** The corpus's files, building it in {@code workDir} the first time. */
    static List<Path> corpus(Path home, Path workDir, long seed) {
        // the number of sets in the name: a corpus built from other sets is never taken for this one
        Path dir = workDir.resolve("corpus-realista-" + SETS.size() + "-conjuntos-" + seed);
        Path done = dir.resolve(DONE);
        try {
            if (!Files.exists(done)) {
                Benchmark.deleteTree(dir);
                Files.createDirectories(dir);
                List<String> names = new ArrayList<>();
                for (String name : SETS) {
                    Path set = home.resolve("src/test/resources").resolve(name);
                    for (Path f : reportFiles(set)) {
                        names.add(write(dir, set.getFileName() + "-" + f.getFileName(), bytesOf(f)));
                    }
                }
                for (Path f : reportFiles(home.resolve("sample-reports"))) {
                    names.add(write(dir, "muestras-" + f.getFileName(), Files.readAllBytes(f)));
                }
                int scans = (int) Math.round(names.size() * SCAN_SHARE / (1 - SCAN_SHARE)) - 2; // sample-reports has 2
                for (Path scan : OcrPhase.images(dir.resolve(SCANS), Math.max(0, scans), seed)) {
                    names.add(SCANS + "/" + scan.getFileName());
                }
                Files.write(done, names);
            }
            return Files.readAllLines(done).stream().map(dir::resolve).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo preparar el corpus realista en " + dir, e);
        }
    }

    /** How many of the corpus's files are images of paper. */
    static long scans(List<Path> files) {
        return files.stream().filter(RealisticCorpus::isScan).count();
    }

    static boolean isScan(Path f) {
        return f.getParent().endsWith(SCANS) || f.getFileName().toString().matches("muestras-\\d+-(foto|escaneo)-.*");
    }

    /**
     * About {@code size} of the corpus's files, taken at even steps through its (sorted, so mixed-set) list, as many
     * images of paper among them as the whole corpus has in proportion: the same formats, lengths and OCR share in a
     * run short enough to finish. The same corpus and size give the same files.
     */
    static List<Path> sample(List<Path> files, int size) {
        if (size >= files.size()) {
            return files;
        }
        List<Path> scans = files.stream().filter(RealisticCorpus::isScan).toList();
        List<Path> others = files.stream().filter(f -> !isScan(f)).toList();
        int scanCount = (int) Math.round((double) size * scans.size() / files.size());
        List<Path> sample = new ArrayList<>(evenly(others, size - scanCount));
        sample.addAll(evenly(scans, scanCount));
        return List.copyOf(sample);
    }

    /** The corpus's files that are not in {@code taken}, in the corpus's order. */
    static List<Path> rest(List<Path> files, List<Path> taken) {
        Set<Path> out = new HashSet<>(taken);
        return files.stream().filter(f -> !out.contains(f)).toList();
    }

    private static List<Path> evenly(List<Path> files, int count) {
        List<Path> taken = new ArrayList<>();
        for (int i = 0; i < count && !files.isEmpty(); i++) {
            taken.add(files.get((int) ((long) i * files.size() / count)));
        }
        return taken;
    }

    /** The report files of a folder: not its labels (CSV beside the reports), catalogue or README. */
    private static List<Path> reportFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().equals("README.md"))
                    .filter(f -> !f.getFileName().toString().equals("catalogo.csv"))
                    .filter(f -> !(f.getFileName().toString().endsWith(".csv") && !dir.endsWith("sample-reports")))
                    .sorted().toList();
        }
    }

    /** A labelled report's bytes: {@code name.docx.txt}, {@code .odt.txt}, {@code .pdf.txt} are built from the text. */
    private static byte[] bytesOf(Path f) throws IOException {
        String name = f.getFileName().toString();
        if (name.endsWith(".docx.txt")) {
            return Fixtures.docx(Files.readString(f, StandardCharsets.UTF_8));
        } else if (name.endsWith(".odt.txt")) {
            return Fixtures.odt(Files.readString(f, StandardCharsets.UTF_8));
        } else if (name.endsWith(".pdf.txt")) {
            return Fixtures.pdf(Files.readString(f, StandardCharsets.UTF_8));
        }
        return Files.readAllBytes(f);
    }

    private static String write(Path dir, String name, byte[] bytes) throws IOException {
        String fileName = name.replaceAll("\\.(docx|odt|pdf)\\.txt$", ".$1");
        Files.write(dir.resolve(fileName), bytes);
        return fileName;
    }

}
