package mx.observa.index;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import mx.observa.understand.QueryReader;

/**
 * The filters of a search. Values of one dimension are alternatives (OR); dimensions combine with AND.
 * Alcaldías may be written with or without accents, in any case. The date range is inclusive and applies to the
 * day observed ({@code fecha}); reports without a date are left out while a range is set. {@code kinds} are finding
 * kind ids ({@code tipo}: incidencia, conforme, buena_practica, recomendacion, contexto). Unidades territoriales
 * ({@code AA-NNN}) and mesas ({@code MRO-NN}) come from places named in a query.
 */
public record SearchFilters(List<String> topics, List<String> alcaldias, List<Integer> distritos,
                            List<String> channels, LocalDate from, LocalDate to, List<String> kinds, List<String> uts,
                            List<String> mros, List<String> tags) {

    public static final SearchFilters NONE = new SearchFilters(List.of(), List.of(), List.of(), List.of(), null, null);

    public SearchFilters {
        topics = clean(topics);
        alcaldias = clean(alcaldias);
        distritos = distritos == null ? List.of() : distritos.stream().filter(Objects::nonNull).distinct().toList();
        channels = clean(channels);
        kinds = clean(kinds);
        uts = clean(uts);
        mros = clean(mros);
        tags = clean(tags);
    }

    /** Filters without tags. */
    public SearchFilters(List<String> topics, List<String> alcaldias, List<Integer> distritos, List<String> channels,
                         LocalDate from, LocalDate to, List<String> kinds, List<String> uts, List<String> mros) {
        this(topics, alcaldias, distritos, channels, from, to, kinds, uts, mros, List.of());
    }

    /** These filters, and findings with one of these tags (people gave them, see mx.observa.review). */
    public SearchFilters withTags(List<String> tags) {
        return new SearchFilters(topics, alcaldias, distritos, channels, from, to, kinds, uts, mros, tags);
    }

    public SearchFilters(List<String> topics, List<String> alcaldias, List<Integer> distritos, List<String> channels,
                         LocalDate from, LocalDate to) {
        this(topics, alcaldias, distritos, channels, from, to, List.of());
    }

    /** Filters without places named in a query. */
    public SearchFilters(List<String> topics, List<String> alcaldias, List<Integer> distritos, List<String> channels,
                         LocalDate from, LocalDate to, List<String> kinds) {
        this(topics, alcaldias, distritos, channels, from, to, kinds, List.of(), List.of());
    }

    static SearchFilters single(String topic, String alcaldia, Integer distrito, String channel) {
        return new SearchFilters(listOf(topic), listOf(alcaldia), distrito == null ? List.of() : List.of(distrito),
                listOf(channel), null, null);
    }

    public boolean isEmpty() {
        return topics.isEmpty() && alcaldias.isEmpty() && distritos.isEmpty() && channels.isEmpty()
                && from == null && to == null && kinds.isEmpty() && uts.isEmpty() && mros.isEmpty() && tags.isEmpty();
    }

    /** These filters with the places a query names added to theirs. */
    SearchFilters withPlaces(List<AppliedFilter> places) {
        List<String> a = new ArrayList<>(alcaldias);
        List<Integer> d = new ArrayList<>(distritos);
        List<String> u = new ArrayList<>(uts);
        List<String> m = new ArrayList<>(mros);
        for (AppliedFilter p : places) {
            switch (p.dimension()) {
                case AppliedFilter.ALCALDIA -> a.add(p.value());
                case AppliedFilter.DISTRITO -> d.add(Integer.valueOf(p.value()));
                case AppliedFilter.UT -> u.addAll(List.of(p.value().split(QueryReader.UT_SEPARATOR)));
                case AppliedFilter.MRO -> m.add(p.value());
                default -> throw new IllegalArgumentException("dimensión desconocida " + p.dimension());
            }
        }
        return new SearchFilters(topics, a, d, channels, from, to, kinds, u, m, tags);
    }

    private static List<String> clean(List<String> values) {
        if (values == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String v : values) {
            if (v != null && !v.isBlank() && !out.contains(v.strip())) {
                out.add(v.strip());
            }
        }
        return List.copyOf(out);
    }

    private static List<String> listOf(String value) {
        return value == null || value.isBlank() ? List.of() : List.of(value);
    }
}
