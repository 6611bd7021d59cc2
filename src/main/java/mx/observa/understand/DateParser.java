package mx.observa.understand;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import mx.observa.text.Folding;

/**
 * Finds the date of the observed activity among the dates of a report. Understands Spanish forms ("1 de mayo de
 * 2022", "1° de mayo", "1ro de mayo 2022", "domingo primero de mayo", "01/05/2022", "1/5/22", "01.05.2022", "1/V/2022",
 * "1ero. de mayo", "1-may-2022", "1/mayo/2022", "2022-05-01", "del 25 al 28 de abril" → the first day, and a weekday with a day
 * but no month, "el domingo 1°", when only one date of the year fits). Day first, as in Mexico. A missing year is
 * the consultation's year.
 *
 * <p>Each date gets a score: +3 after a date label ("Fecha:", "Fecha de la jornada:", "Día:", "Jornada del"),
 * +2 with a word about the activity on the same line (observé, jornada, consulta, mesa, seguimiento…), −4 for the
 * date a letter or a mail was written ("Ciudad de México, a 4 de mayo de 2022", "Enviado: …", "… escribió:").
 * The best score wins (the earliest on a tie); when even the best is negative there is no activity date.
 *
 * <p>How people date a report: the date that counts is the day of the activity observed, not the day the text was
 * written, recorded, transcribed, broadcast or sent. Only the consultation's days ({@code calendario-consulta.csv})
 * can be observed: the in-person day at the mesas and the internet vote's period. So a report about a mesa at work
 * that writes a later day of the same year ("Entrevista grabada el 3 de mayo sobre la jornada del domingo", a letter
 * dated the 9th) is of the jornada day; one that writes no date is of that day too when it names the mesa, its urna or
 * mampara, or the day; a day told from the day of writing ("el domingo", "ayer") is counted back from that date.
 */
final class DateParser {

    /** A day of the month in digits as people write it ("1", "1°", "1o.", "1ro", "1ero."), or a scan's "l°", "0l". */
    private static final String DAY_DIGITS = "\\d{1,2}(?:\\s?[°º]|o\\.?|ro\\.?|ero\\.?|er\\.?)?|l\\s?[°º]|ol";
    /** A year after "de"/","/space must have four digits ("1 de mayo 15 personas" is not 2015); after "-" or "/" two will do. */
    private static final String YEAR = "(?:\\s*(?:de|del|,)?\\s*(\\d{4})|\\s*[-/]\\s*(\\d{4}|\\d{2}))(?!\\d)";

    /** Day and month may carry a scan's "O" for a zero ("01/O5/2022"); at least one digit each. */
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\p{L}\\d/.\\-])(\\d{1,2}|o\\d|\\do)([/.\\-])(\\d{1,2}|o\\d|\\do)\\2(\\d{4}|\\d{2})(?![\\d/\\-])");
    /** A chat or log line's time stamp without a year: "[01/05 08:31]", "01/05, 10:12 -", "SMS 1/5 9:03". */
    private static final Pattern DAY_MONTH_STAMP = Pattern.compile(
            "(?m)^\\s*(?:\\p{L}{2,12}\\s+)?\\[?(\\d{1,2})/(\\d{1,2}),?\\s+\\d{1,2}:\\d{2}");
    /** "01 / 05 / 2022", as a scan or a form spaces it: four-digit year only. */
    private static final Pattern NUMERIC_SPACED = Pattern.compile("(?<![\\d/])(\\d{1,2})\\s+/\\s+(\\d{1,2})\\s+/\\s+(\\d{4})(?![\\d/])");
    private static final Pattern ROMAN_MONTH = Pattern.compile(
            "(?<![\\d/.\\-])(\\d{1,2})\\s?[/.\\-]\\s?(xii|xi|x|ix|viii|vii|vi|v|iv|iii|ii|i)\\s?[/.\\-]\\s?(\\d{4}|\\d{2})(?![\\d/\\-])");
    private static final Pattern ISO = Pattern.compile("(?<![\\d\\-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d\\-])");
    /** The year first with slashes, as a form's time stamp writes it: "2022/05/01 12:41:10 p. m.". */
    private static final Pattern YEAR_FIRST = Pattern.compile("(?<![\\d/.\\-])(20\\d{2})/(\\d{1,2})/(\\d{1,2})(?![\\d/])");
    private static final Pattern ACTIVITY = Pattern.compile(
            "observ|jornada|consulta|acudi|estuve|seguimiento|mesa|opinion|votacion|monitoreo|periodo|domingo|recorri");
    private static final Pattern MAIL_HEADER = Pattern.compile(
            "^\\s*(?:enviado|sent|date|fecha de envio|recibido)\\s*:|escribio\\s*:|wrote\\s*:|^\\s*>");
    /** The date a report was written, exported or sent, not observed: "Fecha de elaboración:", "exportado el". */
    private static final Pattern WRITTEN = Pattern.compile(
            "(?:fecha\\s+(?:de|del)\\s+(?:elaboracion|entrega|envio|redaccion|emision|informe|reporte)|elaborad[oa]|exportad[oa]"
                    + "|redactad[oa]|entregad[oa]|enviad[oa]|publicad[oa]|(?:llamada|entrevista|emision|publicacion)\\s+del?)(?![\\p{L}])[^\\n]{0,25}$");
    /** The line that introduces a quoted message in a reply. */
    private static final Pattern QUOTE_ATTRIBUTION = Pattern.compile("(?:escribio|wrote)\\s*:\\s*$|^\\s*>");
    /** A header line of a mail (forwarded or quoted): a date beside it is when the mail was sent. */
    private static final Pattern MAIL_FIELD = Pattern.compile("^\\s*>?\\s*(?:de|para|asunto|from|to|subject|cc|enviado|sent)\\s*:");
    /** The score of a letter's place-and-date line: written, but kept when the report tells no other day. */
    private static final int PLACE_DATE_SCORE = -1;

    record Candidate(LocalDate date, int start, int end, int score) {
    }

    /**
     * The days of the consultation ({@code config/calendario-consulta.csv}): the in-person day at the mesas and the
     * period of the internet vote (SEI). {@link #NONE} when unknown: then no date is inferred.
     */
    record ConsultaDays(LocalDate mesaDay, LocalDate seiFrom, LocalDate seiTo) {

        static final ConsultaDays NONE = new ConsultaDays(null, null, null);
        static final String FILE = "calendario-consulta.csv";

        /** Whether opinions were given on {@code day}: the mesas' day or a day of the internet vote. */
        boolean heldOn(LocalDate day) {
            return day.equals(mesaDay) || seiFrom != null && seiTo != null && !day.isBefore(seiFrom) && !day.isAfter(seiTo);
        }

        /** Reads {@code modalidad,desde,hasta} rows (modalidad {@code mesa} or {@code sei}); an absent file is {@link #NONE}. */
        static ConsultaDays load(Path file) {
            if (!Files.isRegularFile(file)) {
                return NONE;
            }
            CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true)
                    .setIgnoreEmptyLines(true).setTrim(true).get();
            LocalDate mesa = null;
            LocalDate seiFrom = null;
            LocalDate seiTo = null;
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                for (CSVRecord row : format.parse(in)) {
                    try {
                        LocalDate from = LocalDate.parse(row.get("desde"));
                        LocalDate to = row.get("hasta").isEmpty() ? from : LocalDate.parse(row.get("hasta"));
                        switch (row.get("modalidad").toLowerCase(java.util.Locale.ROOT)) {
                            case "mesa" -> mesa = from;
                            case "sei" -> {
                                seiFrom = from;
                                seiTo = to;
                            }
                            default -> throw new IllegalArgumentException("modalidad '" + row.get("modalidad")
                                    + "' desconocida (mesa o sei)");
                        }
                    } catch (DateTimeException | IllegalArgumentException e) {
                        throw new IllegalStateException(file + ", línea " + row.getRecordNumber() + ": " + e.getMessage()
                                + " (fechas en formato AAAA-MM-DD)", e);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("No se pudo leer el calendario de la consulta " + file, e);
            }
            return new ConsultaDays(mesa, seiFrom, seiTo);
        }
    }

    /**
     * What tells that a report is about the in-person day at a mesa: the mesa itself (MRO, casilla, "la mesa", a heading's
     * "— MESA EL TORO"), the things only a mesa has (urna, mampara; not papeletas, which a report may name without a mesa)
     * or the day named as the consultation's ("la jornada", "el domingo", "el día de la consulta").
     */
    private static final Pattern MESA_DAY = Pattern.compile(
            "(?<![\\p{L}])(?:mro|mesas? receptoras?|(?:la|una|esta|nuestra|cada|de|otra) mesa|mesa (?:unica|de|del|\\d)|casillas?"
                    + "|(?<=^|[.:;!?—–|\\-]\\s)mesa(?! de ayuda)|escrutador(?:a|es|as)?|urnas?|mamparas?"
                    + "|jornada|(?:el|este|del|ese|aquel) domingo|dia de la (?:consulta|opinion|votacion))(?![\\p{L}])", Pattern.MULTILINE);

    private final int defaultYear;
    private final ConsultaDays consulta;
    private final PlaceVocabulary.DateWords words;

    /** "del 25 al 28 de abril", "lunes 25 a miércoles 27 de abril", "lunes 25, martes 26 y miércoles 27 de abril". */
    private final Pattern range;
    /** "del sábado 30 de abril al domingo 1 de mayo de 2022": two whole dates, each with its month, as a span. */
    private final Pattern span;
    private final Pattern textual;
    private final Pattern monthFirst;
    private final Pattern weekdayDay;
    private final Pattern label;
    private final Pattern jornadaDel;
    private final Pattern letterPlace;
    /**
     * What makes a date a place's name: a place word of the vocabulary's {@code fechas.lugares_antes} ("colonia 10 de
     * Mayo"), or the feminine article of the colonia left unsaid ("la MRO de la 10 de Mayo", "ya estoy en la 20 de
     * noviembre"); a day takes "el" ("el 1 de mayo", "la mesa del 1 de mayo").
     */
    private final Pattern nameCue;
    /** "Cuajimalpa de Morelos, 3 de mayo de 2022." on a line of its own: the place and date a letter was written. */
    private final Pattern placeDateLine;
    /** A day told from the day of writing: "el pasado domingo", "el domingo", "ayer", "antier". */
    private final Pattern relativeDay;

    private static String uncaptured(String group) {
        return group.replace("(", "(?:").replace("(?:?:", "(?:").replace("(?:?", "(?");
    }

    /**
     * @param words the names of months, weekdays and days and the words that tell a day from the day of writing (the
     *              table {@code fechas} of config/geografia/vocabulario.yaml); this class keeps only how they combine
     */
    DateParser(int defaultYear, ConsultaDays consulta, PlaceVocabulary.DateWords words) {
        this.defaultYear = defaultYear;
        this.consulta = consulta;
        this.words = words;
        String month = "(" + PlaceVocabulary.anyPhrase(words.months().keySet()) + ")\\.?(?![\\p{L}])";
        String day = "(" + DAY_DIGITS + "|" + PlaceVocabulary.anyPhrase(words.days().keySet()) + ")";
        String weekday = "(" + PlaceVocabulary.anyPhrase(words.weekdays().keySet()) + ")";
        this.range = Pattern.compile(
                "(?<![\\p{L}\\p{N}])(?:del?\\s+|entre el\\s+)?(?:" + weekday + ",?\\s+)?" + day
                        + "(?:\\s*,\\s*(?:" + uncaptured(weekday) + ",?\\s+)?" + uncaptured(day) + ")*"
                        + "\\s+(?:al|a|y el|y)\\s+(?:" + weekday + ",?\\s+)?" + day + "\\s+de\\s+" + month + "(?:" + YEAR + ")?");
        this.span = Pattern.compile(
                "(?<![\\p{L}\\p{N}])(?:del?|desde el)\\s+(?:" + uncaptured(weekday) + ",?\\s+)?" + day + "\\s+de\\s+" + month + "(?:" + YEAR + ")?"
                        + "\\s+(?:al|a|hasta el)\\s+(?:" + uncaptured(weekday) + ",?\\s+)?" + day + "\\s+de\\s+" + month + "(?:" + YEAR + ")?");
        this.textual = Pattern.compile(
                "(?<![\\p{L}\\p{N}])" + day + "\\s*(?:de\\s+|del\\s+|-|/|\\s)\\s*" + month + "(?:" + YEAR + ")?");
        this.monthFirst = Pattern.compile("(?<![\\p{L}\\p{N}])" + month + "\\s+(\\d{1,2}),?\\s+(\\d{4})(?!\\d)");
        this.weekdayDay = Pattern.compile(
                "(?<![\\p{L}])" + weekday + ",?\\s+" + day + "(?![\\p{L}\\p{N}])(?!\\s*(?:de\\s+)?" + month + ")");
        this.label = Pattern.compile(
                "(?<![\\p{L}])(?:fecha|dia|jornada|periodo)[\\p{L} ]{0,40}[:\\t]\\s*(?:" + weekday + ",?\\s+)?$");
        this.jornadaDel = Pattern.compile("(?:jornada|consulta|observacion)\\s+del?\\s+(?:" + weekday + ",?\\s+)?$");
        this.letterPlace = Pattern.compile(
                PlaceVocabulary.anyPhrase(words.letterPlaces()) + "\\s*,?\\s*(?:a\\s+)?(?:los\\s+)?(?:" + weekday + ",?\\s+)?$");
        this.nameCue = Pattern.compile("(?:(?<![\\p{L}\\p{N}])" + PlaceVocabulary.anyPhrase(words.placeCues())
                + "|(?<![\\p{L}])la\\s)\\s*[:\\-]?\\s*$");
        this.placeDateLine = Pattern.compile("^\\s*(?!(?:el\\s+)?" + weekday + "\\s*,)[\\p{L}][\\p{L} .]{2,60},\\s*(?:a\\s+)?(?:los\\s+)?(?:"
                + weekday + ",?\\s+)?$");
        String past = PlaceVocabulary.anyPhrase(words.past());
        // "el domingo primero" dates the day; "el domingo dos personas…" may still tell it from the day of writing
        List<String> ordinalDays = words.days().keySet().stream()
                .filter(w -> NumberWords.parse(w).filter(NumberWords.Parsed::ordinal).isPresent()).toList();
        this.relativeDay = Pattern.compile("(?<![\\p{L}])(?:(?:el|este|del)\\s+(" + past + "\\s+)?" + weekday
                + "(?!\\s*,?\\s*(?:\\d|" + PlaceVocabulary.anyPhrase(ordinalDays) + "))(?!\\s+"
                + PlaceVocabulary.anyPhrase(words.coming()) + ")(\\s+" + past + ")?|("
                + PlaceVocabulary.anyPhrase(words.daysBefore().keySet()) + "))(?![\\p{L}])");
    }

    /**
     * The date of a report that writes none of its own, from the consultation's calendar, when what it tells can only
     * have happened on one day: a mesa at work (in person: the consultation's day). A report about the internet vote
     * gets a date only if the vote lasted one day; a report that is about neither, or about both as much, gets none.
     *
     * @param channel what {@link ChannelHintDetector#detect} says the report is about
     */
    Optional<LocalDate> consultaDay(String text, Optional<String> channel) {
        if (channel.isEmpty()) {
            return Optional.empty();
        }
        if (channel.get().equals(ChannelHintDetector.SEI)) {
            return consulta.seiFrom() != null && consulta.seiFrom().equals(consulta.seiTo())
                    ? Optional.of(consulta.seiFrom()) : Optional.empty();
        }
        return consulta.mesaDay() != null && MESA_DAY.matcher(Folding.foldPreservingLength(text)).find()
                ? Optional.of(consulta.mesaDay()) : Optional.empty();
    }

    /**
     * The activity date a report writes or tells; else, when the report describes the consultation's day without
     * writing it ({@link #consultaDay}), that day. A date of writing ("Ciudad de México, 4 de mayo") after that day
     * does not date what was observed.
     */
    Optional<LocalDate> activityOrConsultaDay(String text, List<Candidate> all, Optional<String> channel) {
        Optional<Candidate> written = activityDate(text, all);
        Optional<LocalDate> inferred = consultaDay(text, channel);
        if (written.isPresent() && written.get().score() >= 0) {
            // the mesas worked on one day only: a later day of the same year in a report about a mesa at work is when
            // it was written, recorded, broadcast or sent ("grabado el lunes 2 de mayo sobre la jornada del domingo")
            if (inferred.isPresent() && channel.filter(ChannelHintDetector.MRO::equals).isPresent()
                    && written.get().date().isAfter(inferred.get()) && written.get().date().getYear() == inferred.get().getYear()) {
                return inferred;
            }
            return written.map(Candidate::date);
        }
        if (inferred.isPresent() && (written.isEmpty() || !written.get().date().isBefore(inferred.get()))) {
            return inferred;
        }
        return written.map(Candidate::date);
    }

    List<Candidate> find(String text) {
        String folded = Folding.foldPreservingLength(text);
        List<int[]> taken = new ArrayList<>();
        List<Candidate> found = new ArrayList<>();
        Matcher m = range.matcher(folded);
        while (m.find()) {
            add(found, taken, folded, m.start(), m.end(), date(m.group(2), m.group(5), firstNonNull(m.group(6), m.group(7))));
        }
        m = span.matcher(folded);
        while (m.find()) {
            Optional<LocalDate> from = date(m.group(1), m.group(2), firstNonNull(m.group(3), m.group(4)));
            Optional<LocalDate> to = date(m.group(5), m.group(6), firstNonNull(m.group(7), m.group(8)));
            boolean yearAtEnd = m.group(3) == null && m.group(4) == null && (m.group(7) != null || m.group(8) != null);
            add(found, taken, folded, m.start(), m.end(),
                    from.isPresent() && to.isPresent() ? spanDay(from.get(), to.get(), yearAtEnd) : Optional.empty());
        }
        m = textual.matcher(folded);
        while (m.find()) {
            add(found, taken, folded, m.start(), m.end(), date(m.group(1), m.group(2), firstNonNull(m.group(3), m.group(4))));
        }
        m = monthFirst.matcher(folded);
        while (m.find()) {
            add(found, taken, folded, m.start(), m.end(), date(m.group(2), m.group(1), m.group(3)));
        }
        m = YEAR_FIRST.matcher(folded);
        while (m.find()) {
            add(found, taken, folded, m.start(), m.end(), numeric(m.group(3), m.group(2), m.group(1)));
        }
        m = NUMERIC.matcher(folded);
        while (m.find()) {
            add(found, taken, folded, m.start(), m.end(), numeric(m.group(1), m.group(3), m.group(4)));
        }
        m = DAY_MONTH_STAMP.matcher(folded);
        while (m.find()) {
            add(found, taken, folded, m.start(1), m.end(2), numeric(m.group(1), m.group(2), null));
        }
        m = NUMERIC_SPACED.matcher(folded);
        while (m.find()) {
            add(found, taken, folded, m.start(), m.end(), numeric(m.group(1), m.group(2), m.group(3)));
        }
        m = ROMAN_MONTH.matcher(folded);
        while (m.find()) {
            int month = RomanNumerals.parse(m.group(2)).orElse(0);
            add(found, taken, folded, m.start(), m.end(), numeric(m.group(1), Integer.toString(month), m.group(3)));
        }
        m = ISO.matcher(folded);
        while (m.find()) {
            add(found, taken, folded, m.start(), m.end(), numeric(m.group(3), m.group(2), m.group(1)));
        }
        m = weekdayDay.matcher(folded);
        while (m.find()) {
            add(found, taken, folded, m.start(), m.end(), uniqueWeekdayDate(m.group(1), m.group(2)));
        }
        found.sort(Comparator.comparingInt(Candidate::start));
        return found;
    }

    /**
     * The best-scored date; when the report dates only its writing ("Cuajimalpa, 3 de mayo de 2022 … el pasado
     * domingo"), the day it tells counted back from that date; else a letter's place-and-date line.
     */
    Optional<Candidate> activityDate(String text) {
        return activityDate(text, find(text));
    }

    /** {@link #activityDate(String)} from the candidates {@link #find} already gave for {@code text}. */
    Optional<Candidate> activityDate(String text, List<Candidate> all) {
        Optional<Candidate> best = all.stream()
                .max(Comparator.comparingInt(Candidate::score)
                        // a report tells a day of the consultation: of two dates as likely, one the consultation was
                        // held on ("la boda del sábado 30 de abril … Domingo 1 de mayo de 2022, mesa del jardín")
                        .thenComparing((Candidate c) -> consulta.heldOn(c.date()))
                        // a report is written after what it tells: of two dates as likely, the earlier day
                        .thenComparing(Candidate::date, Comparator.reverseOrder())
                        .thenComparing(Candidate::start, Comparator.reverseOrder()));
        String folded = Folding.foldPreservingLength(text);
        if (best.isPresent() && best.get().score() >= 0) {
            // a date nothing marks as the day observed, after "el domingo" that is the consultation's day: the day the
            // report was written or told ("entrevista realizada el 3 de mayo … ¿dónde le tocó observar el domingo?")
            if (best.get().score() == 0 && consulta.mesaDay() != null && best.get().date().isAfter(consulta.mesaDay())) {
                Optional<LocalDate> told = toldFrom(folded, best.get().date());
                if (told.isPresent() && told.get().equals(consulta.mesaDay())) {
                    return Optional.of(new Candidate(told.get(), best.get().start(), best.get().end(), 0));
                }
            }
            return best;
        }
        // a quoted message's date ("El dom, 1 may 2022 … escribió:") is when the message answered was written
        Optional<Candidate> written = all.stream().filter(c -> c.score() < 0)
                .filter(c -> !QUOTE_ATTRIBUTION.matcher(Lines.lineAt(folded, c.start())).find()).findFirst();
        if (written.isPresent()) {
            Optional<LocalDate> told = toldFrom(folded, written.get().date());
            if (told.isPresent()) {
                return Optional.of(new Candidate(told.get(), written.get().start(), written.get().end(), 0));
            }
        }
        return best.filter(c -> c.score() >= PLACE_DATE_SCORE);
    }

    /** The first day told relative to the day of writing, if the report tells one. */
    private Optional<LocalDate> toldFrom(String folded, LocalDate written) {
        Matcher m = relativeDay.matcher(folded);
        if (!m.find()) {
            return Optional.empty();
        }
        if (m.group(4) != null) {
            return Optional.of(written.minusDays(words.daysBefore().get(m.group(4))));
        }
        boolean past = m.group(1) != null || m.group(3) != null;
        LocalDate day = past ? written.minusDays(1) : written;
        while (day.getDayOfWeek() != words.weekdays().get(spaced(m.group(2)))) {
            day = day.minusDays(1);
        }
        return Optional.of(day);
    }

    private void add(List<Candidate> found, List<int[]> taken, String folded, int start, int end, Optional<LocalDate> date) {
        if (date.isEmpty() || taken.stream().anyMatch(t -> start < t[1] && t[0] < end)) {
            return;
        }
        String before = Lines.before(folded, start);
        if (nameCue.matcher(before).find()) {
            return; // "Unidad Territorial 1o de Mayo" is a place, not a date
        }
        taken.add(new int[] {start, end});
        found.add(new Candidate(date.get(), start, end, score(folded, start, end)));
    }

    private int score(String folded, int start, int end) {
        String before = Lines.before(folded, start);
        String line = Lines.lineAt(folded, start);
        int score = 0;
        if (label.matcher(before).find() || jornadaDel.matcher(before).find()) {
            score += 3;
        }
        if (ACTIVITY.matcher(line).find()) {
            score += 2;
        }
        if (WRITTEN.matcher(before).find()) {
            score = Math.min(score, 0) - 4;
        }
        if (MAIL_HEADER.matcher(line).find() || letterPlace.matcher(before).find() || besideMailField(folded, start)) {
            score -= 4;
        } else if (score == 0 && placeDateLine.matcher(before).find() && Lines.after(folded, end).matches("[\\s.]*")) {
            score = PLACE_DATE_SCORE;
        }
        return score;
    }

    /** The most words of a mail header's date line ("El dom, 1 may 2022 a las 19:40"): a longer line is a sentence. */
    private static final int MAIL_DATE_LINE_WORDS = 10;

    /**
     * Whether the date's line is a mail header's, a short line beside a header field ("De:", "Asunto:"): a sentence
     * after a letter's "Asunto:" ("el domingo 1 de mayo observé la mesa…") is the letter's body.
     */
    private static boolean besideMailField(String folded, int start) {
        int lineStart = Lines.start(folded, start);
        int lineEnd = Lines.end(folded, start);
        if (folded.substring(lineStart, lineEnd).strip().split("\\s+").length > MAIL_DATE_LINE_WORDS) {
            return false;
        }
        return lineStart > 0 && MAIL_FIELD.matcher(Lines.lineAt(folded, lineStart - 1)).find()
                || lineEnd < folded.length() && MAIL_FIELD.matcher(Lines.lineAt(folded, lineEnd + 1)).find();
    }

    private Optional<LocalDate> date(String day, String month, String year) {
        Integer d = day(day);
        Integer mo = words.months().get(month);
        if (d == null || mo == null) {
            return Optional.empty();
        }
        return of(year(year), mo, d);
    }

    /**
     * The day a span of two dates tells ("la noche del sábado 30 de abril al domingo 1 de mayo"): the consultation's day
     * when the span holds it, since a report is about that day; else the span's first day, as for "del 25 al 28 de
     * abril". A year written only at the end is the first date's too.
     */
    private Optional<LocalDate> spanDay(LocalDate from, LocalDate to, boolean yearAtEnd) {
        LocalDate start = yearAtEnd ? from.withYear(to.getYear()) : from;
        if (to.isBefore(start)) {
            return Optional.empty();
        }
        LocalDate mesa = consulta.mesaDay();
        return Optional.of(mesa != null && !mesa.isBefore(start) && !mesa.isAfter(to) ? mesa : start);
    }

    private Optional<LocalDate> numeric(String day, String month, String year) {
        return of(year(year), Integer.parseInt(month.replace('o', '0')), Integer.parseInt(day.replace('o', '0')));
    }

    /** "domingo 1°" without a month: the only date of the consultation's year with that weekday and day. */
    private Optional<LocalDate> uniqueWeekdayDate(String weekday, String day) {
        Integer d = day(day);
        if (d == null) {
            return Optional.empty();
        }
        List<LocalDate> fits = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            of(defaultYear, month, d).filter(x -> x.getDayOfWeek() == words.weekdays().get(spaced(weekday))).ifPresent(fits::add);
        }
        return fits.size() == 1 ? Optional.of(fits.get(0)) : Optional.empty();
    }

    private int year(String year) {
        if (year == null) {
            return defaultYear;
        }
        int y = Integer.parseInt(year);
        return year.length() == 2 ? 2000 + y : y;
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }

    private Integer day(String day) {
        if (day.startsWith("l") || day.equals("ol")) {
            return 1; // "l° de mayo", "0l - mayo": a scan read the 1 as an l
        }
        String digits = day.replaceAll("\\D", "");
        if (!digits.isEmpty()) {
            return Integer.parseInt(digits);
        }
        return words.days().get(spaced(day));
    }

    /** A word as the vocabulary spells it: its words apart by one space ("treinta  y uno"). */
    private static String spaced(String written) {
        return written.strip().replaceAll("\\s+", " ");
    }

    private static Optional<LocalDate> of(int year, int month, int day) {
        if (year < 2000 || year > 2099) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
