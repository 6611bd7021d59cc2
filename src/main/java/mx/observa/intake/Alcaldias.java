package mx.observa.intake;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import mx.observa.text.Folding;

/**
 * The 16 alcaldías as declared in forms and CSV columns: canonical name with accents from a name or variant typed
 * with or without accents ({@code config/geografia/alcaldias.csv}: clave, nombre, variantes separated by |).
 * Only exact names and listed variants are recognized; finding alcaldías inside free text is the understand stage's
 * job (its gazetteer may replace this class).
 */
public final class Alcaldias {

    /** An alcaldía: two-digit clave (first digits of its unidades territoriales) and canonical name. */
    public record Alcaldia(String clave, String nombre) {
    }

    private final List<Alcaldia> all = new ArrayList<>();
    private final Map<String, Alcaldia> byKey = new LinkedHashMap<>();

    private Alcaldias() {
    }

    /** The catalogue in {@code config/geografia/alcaldias.csv}. */
    public static Alcaldias configured(mx.observa.config.ObservaConfig config) {
        return load(config.configDir().resolve("geografia").resolve("alcaldias.csv"));
    }

    public static Alcaldias load(Path csv) {
        Alcaldias a = new Alcaldias();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
            for (CSVRecord r : format.parse(in)) {
                Alcaldia alcaldia = new Alcaldia(r.get("clave").strip(), r.get("nombre").strip());
                a.all.add(alcaldia);
                a.byKey.put(key(alcaldia.nombre()), alcaldia);
                for (String variant : r.get("variantes").split("\\|")) {
                    if (!variant.isBlank()) {
                        a.byKey.putIfAbsent(key(variant), alcaldia);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo leer el catálogo de alcaldías " + csv, e);
        }
        return a;
    }

    /** The alcaldía a person meant, from its name or a known variant, with or without accents, any case. */
    public Optional<Alcaldia> find(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String k = key(typed);
        Alcaldia exact = byKey.get(k);
        if (exact != null) {
            return Optional.of(exact);
        }
        // "Alcaldía Iztapalapa", "Iztapalapa, CDMX": one canonical name inside a short answer
        List<Alcaldia> inside = all.stream().filter(a -> (" " + k + " ").contains(" " + key(a.nombre()) + " ")).toList();
        return inside.size() == 1 ? Optional.of(inside.get(0)) : Optional.empty();
    }

    public Optional<Alcaldia> byClave(String clave) {
        return all.stream().filter(a -> a.clave().equals(clave)).findFirst();
    }

    /** Canonical names in Spanish alphabetical order (for the form's list). */
    public List<String> names() {
        return all.stream().map(Alcaldia::nombre).sorted(java.text.Collator.getInstance(java.util.Locale.forLanguageTag("es-MX"))).toList();
    }

    private static String key(String s) {
        return Folding.foldLower(s).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
