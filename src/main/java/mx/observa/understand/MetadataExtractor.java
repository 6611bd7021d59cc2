package mx.observa.understand;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import mx.observa.model.ReportMetadata;

/**
 * Where, when and who of a report, put together from the single-purpose parsers, plus the offsets of every
 * mention so that the segmenter can leave header lines out of the findings and the personal-data detector can
 * reuse the names. Resolution order: the alcaldía the text names after a cue; else the one of the UT clave;
 * else the one named most often; else, if the distrito lies in a single alcaldía, that one. The distrito the
 * text states; else the UT's. The UT from a clave or a catalogue name (see {@link UtFinder}).
 */
final class MetadataExtractor {

    /**
     * @param placeNames the places the report names (unidad territorial, colonia, alcaldía) as written: names,
     *                   not words about the consultation ("Portales IV" says nothing of a portal)
     */
    record Result(ReportMetadata metadata, List<int[]> mentionSpans, List<Mention<String>> names, List<String> placeNames) {
    }

    private final Gazetteer gazetteer;
    private final AlcaldiaFinder alcaldias;
    private final DistritoParser distritos;
    private final UtFinder uts;
    private final DateParser dates;
    private final PersonNames personNames;
    private final ObserverFinder observers = new ObserverFinder();
    private final MroParser mros = new MroParser();
    private final ChannelHintDetector channels = new ChannelHintDetector();

    MetadataExtractor(Gazetteer gazetteer, PrivacyVocabulary vocabulary, int consultationYear) {
        this(gazetteer, vocabulary, consultationYear, DateParser.ConsultaDays.NONE);
    }

    /** @param consulta the consultation's days: a report that describes a mesa at work without a date is of that day */
    MetadataExtractor(Gazetteer gazetteer, PrivacyVocabulary vocabulary, int consultationYear, DateParser.ConsultaDays consulta) {
        this.gazetteer = gazetteer;
        this.personNames = new PersonNames(vocabulary, gazetteer);
        this.alcaldias = new AlcaldiaFinder(gazetteer);
        this.uts = new UtFinder(gazetteer);
        this.distritos = new DistritoParser(gazetteer.vocabulary());
        this.dates = new DateParser(consultationYear, consulta, gazetteer.vocabulary().dates());
    }

    /** The alcaldía a distrito lies in, when it lies in only one. */
    private String onlyAlcaldiaOf(Integer distrito) {
        if (distrito == null) {
            return null;
        }
        Set<String> spanned = gazetteer.alcaldiasOfDistrito(distrito);
        return spanned.size() == 1 ? spanned.iterator().next() : null;
    }

    /** The person names of a text, as {@link #extract} finds them, without the rest of the metadata. */
    List<Mention<String>> names(String text) {
        return personNames.find(text);
    }

    Result extract(String text) {
        return extract(text, this::names);
    }

    /**
     * @param namesOf the person names of a text, as {@link #names} reads them: the understander's are kept
     *                ({@link NamesOfTexts}), so a redaction that later reads the same whole text finds them read
     */
    Result extract(String text, java.util.function.Function<String, List<Mention<String>>> namesOf) {
        String read = ScanDigits.asLetters(text);
        List<DateParser.Candidate> dateCandidates = dates.find(read);
        List<Mention<String>> alcaldiaMentions = alcaldias.find(read);
        List<Mention<Integer>> distritoMentions = distritos.find(read);
        List<UtFinder.UtMention> utMentions = new ArrayList<>(uts.find(read));
        uts.namesAround(read, alcaldiaMentions).stream()
                .filter(n -> utMentions.stream().noneMatch(m -> m.start() <= n.start() && n.end() <= m.end()))
                .forEach(utMentions::add);
        // "Mesa del 1 de mayo de 2022" dates the mesa; the UT "1o DE MAYO" is named only after a place cue ("colonia 1o
        // de Mayo"), where the date parser finds no date
        utMentions.removeIf(m -> m.strength() < UtFinder.UT_CUE_STRENGTH
                && dateCandidates.stream().anyMatch(c -> c.start() < m.end() && m.start() < c.end()));
        List<int[]> utSpans = new ArrayList<>();
        utMentions.forEach(m -> utSpans.add(new int[] {m.start(), m.end()}));

        Integer statedDistrito = DistritoParser.choose(distritoMentions).map(Mention::value).orElse(null);
        Optional<Mention<String>> alcaldiaMention = AlcaldiaFinder.choose(alcaldiaMentions, utSpans);
        if (statedDistrito != null && alcaldiaMention.filter(m -> m.strength() < AlcaldiaFinder.CUED).isPresent()) {
            // an alcaldía named in passing that the stated distrito does not reach is another place told about ("estuve
            // en Tlalpan, distrito 14; dicen que en Coyoacán y en Coyoacán…"): the one the distrito reaches wins
            Set<String> reached = gazetteer.alcaldiasOfDistrito(statedDistrito);
            if (!reached.contains(alcaldiaMention.get().value())) {
                alcaldiaMention = AlcaldiaFinder.choose(alcaldiaMentions.stream().filter(m -> reached.contains(m.value())).toList(), utSpans)
                        .or(() -> AlcaldiaFinder.choose(alcaldiaMentions, utSpans));
            }
        }
        String alcaldiaClave = alcaldiaMention.map(Mention::value).orElse(null);
        // a distrito that lies in one alcaldía says which alcaldía the place names belong to
        String namesAlcaldia = alcaldiaClave != null ? alcaldiaClave : onlyAlcaldiaOf(statedDistrito);
        List<int[]> placeSpans = new ArrayList<>();
        alcaldiaMentions.forEach(m -> placeSpans.add(new int[] {m.start(), m.end()}));
        distritoMentions.forEach(m -> placeSpans.add(new int[] {m.start(), m.end()}));
        Optional<Gazetteer.UnidadTerritorial> ut = UtFinder.choose(utMentions, namesAlcaldia, statedDistrito, read, placeSpans);
        if (ut.isEmpty() && namesAlcaldia != null && utMentions.stream().noneMatch(m -> m.strength() == UtFinder.CLAVE_STRENGTH)) {
            List<int[]> headerSpans = new ArrayList<>();
            alcaldiaMentions.forEach(m -> headerSpans.add(new int[] {m.start(), m.end()}));
            distritoMentions.forEach(m -> headerSpans.add(new int[] {m.start(), m.end()}));
            dateCandidates.forEach(c -> headerSpans.add(new int[] {c.start(), c.end()})); // "hoy primero de mayo" is no place
            List<UtFinder.UtMention> inHeaders = uts.findInHeaderLines(read, namesAlcaldia, headerSpans);
            utMentions.addAll(inHeaders);
            ut = UtFinder.choose(inHeaders, namesAlcaldia, statedDistrito, read, placeSpans);
        } else if (ut.isEmpty() && namesAlcaldia == null && statedDistrito != null
                && utMentions.stream().noneMatch(m -> m.strength() == UtFinder.CLAVE_STRENGTH)) {
            // no alcaldía written: a place named beside the distrito, among that distrito's UTs, says both
            List<int[]> headerSpans = new ArrayList<>();
            distritoMentions.forEach(m -> headerSpans.add(new int[] {m.start(), m.end()}));
            dateCandidates.forEach(c -> headerSpans.add(new int[] {c.start(), c.end()}));
            List<UtFinder.UtMention> inHeaders = uts.findInHeaderLines(read, null, statedDistrito, headerSpans);
            utMentions.addAll(inHeaders);
            // a chat dates every line, so every line is a header: of two places of the distrito, the one named beside it
            // ("ya estoy en la mesa de Coltongo, V distrito" … "un señor de la Clavería") is where the observer was
            ut = UtFinder.choose(inHeaders, null, statedDistrito, read, placeSpans);
        }
        if (ut.isEmpty() && (namesAlcaldia != null || statedDistrito != null)
                && utMentions.stream().noneMatch(m -> m.strength() == UtFinder.CLAVE_STRENGTH)) {
            // the place written loosely (shortened, its numeral moved, spelled by ear), read among the UTs of the alcaldía
            // or distrito the report states
            List<int[]> metadataSpans = new ArrayList<>(placeSpans);
            dateCandidates.forEach(c -> metadataSpans.add(new int[] {c.start(), c.end()}));
            List<UtFinder.UtMention> loose = uts.looselyWritten(read, namesAlcaldia, statedDistrito, metadataSpans);
            utMentions.addAll(loose);
            ut = UtFinder.choose(loose, namesAlcaldia, statedDistrito, read, placeSpans);
        }
        if (ut.isEmpty() && (namesAlcaldia != null || statedDistrito != null) && utMentions.stream().noneMatch(m -> m.strength() > 0)) {
            // no place cue anywhere: a catalogue name written capitalized in the text ("vecino de San Salvador Xochimanca",
            // "la mesa estuvo en la plaza, en Chimalistac"), when it is the only UT of the stated alcaldía and distrito the
            // report names; a name several UTs share there, or two places, say nothing
            List<UtFinder.UtMention> named = uts.capitalizedNames(read).stream()
                    .filter(m -> dateCandidates.stream().noneMatch(c -> c.start() < m.end() && m.start() < c.end())
                            && placeSpans.stream().noneMatch(s -> s[0] < m.end() && m.start() < s[1]))
                    .toList();
            Optional<Gazetteer.UnidadTerritorial> inPassing = UtFinder.choose(named, namesAlcaldia, statedDistrito, read, placeSpans);
            if (inPassing.isPresent()) {
                utMentions.addAll(named);
                ut = inPassing;
            }
        }
        if (ut.isEmpty() && namesAlcaldia == null && statedDistrito == null && utMentions.isEmpty()) {
            // nothing else tells the place: capitalized catalogue names, when they all lie in one alcaldía
            List<UtFinder.UtMention> named = uts.capitalizedNames(read).stream()
                    .filter(m -> dateCandidates.stream().noneMatch(c -> c.start() < m.end() && m.start() < c.end())).toList();
            Set<String> spanned = new java.util.TreeSet<>();
            named.forEach(m -> m.candidates().forEach(c -> spanned.add(c.alcaldiaClave())));
            if (spanned.size() == 1) {
                utMentions.addAll(named);
                alcaldiaClave = spanned.iterator().next();
                ut = UtFinder.choose(named, alcaldiaClave, null, read, placeSpans);
            }
        }
        boolean cued = alcaldiaMention.map(m -> m.strength() >= AlcaldiaFinder.CUED).orElse(false);
        if (ut.isPresent() && !cued) {
            alcaldiaClave = ut.get().alcaldiaClave();
        }

        Integer distrito = statedDistrito != null ? statedDistrito
                : ut.map(Gazetteer.UnidadTerritorial::distrito).filter(d -> d > 0).orElse(null);
        if (alcaldiaClave == null) {
            alcaldiaClave = onlyAlcaldiaOf(distrito);
        }

        LocalDate date = dates.activityOrConsultaDay(read, dateCandidates, channels.detect(read)).orElse(null);
        List<Mention<String>> names = namesOf.apply(text);
        Optional<Mention<String>> observer = observers.observer(names);
        String organization = observers.organization(text, observer).orElse(null);

        String alcaldiaName = alcaldiaClave == null ? null
                : gazetteer.alcaldia(alcaldiaClave).map(Gazetteer.Alcaldia::name).orElse(null);
        ReportMetadata metadata = new ReportMetadata(
                observer.map(Mention::value).orElse(null), organization, alcaldiaName, distrito,
                ut.map(Gazetteer.UnidadTerritorial::clave).orElse(null), ut.map(Gazetteer.UnidadTerritorial::name).orElse(null),
                mros.find(text).orElse(null), date, channels.detect(text).orElse(null));

        List<int[]> spans = new ArrayList<>(utSpans);
        utMentions.forEach(m -> spans.add(new int[] {m.start(), m.end()}));
        alcaldiaMentions.forEach(m -> spans.add(new int[] {m.start(), m.end()}));
        distritoMentions.forEach(m -> spans.add(new int[] {m.start(), m.end()}));
        dateCandidates.forEach(c -> spans.add(new int[] {c.start(), c.end()}));
        names.stream().filter(n -> n.strength() >= PersonNames.SIGNATURE).forEach(n -> spans.add(new int[] {n.start(), n.end()}));
        List<String> places = new ArrayList<>();
        utMentions.forEach(m -> places.add(text.substring(m.start(), m.end())));
        alcaldiaMentions.forEach(m -> places.add(text.substring(m.start(), m.end())));
        return new Result(metadata, spans, names, places.stream().map(String::strip).distinct().toList());
    }
}
