package mx.observa.samples;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes varied, reproducible random reports for synthetic corpora: the same seed and index always give the same
 * report. Each report gets a unique distinctive phrase "{street} número {NNNN}" (injective in the index, fixed width
 * so no phrase is a prefix of another).
 */
public final class RandomReportFactory {

    /** How many reports a factory can make before distinctive phrases would repeat. */
    public static final int MAX_REPORTS = PhraseBank.STREETS.size() * 9000;

    private static final Pattern SLOT = Pattern.compile("<([a-z0-9_]+)>");
    private static final DistritoFormat[] DISTRITO_FORMATS = DistritoFormat.values();

    private final long seed;

    public RandomReportFactory(long seed) {
        this.seed = seed;
    }

    /** The report number {@code index} (0-based) of this factory's sequence. */
    public SampleReport report(int index) {
        if (index < 0 || index >= MAX_REPORTS) {
            throw new IllegalArgumentException("index must be in [0, " + MAX_REPORTS + "): " + index);
        }
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        Alcaldia alcaldia = pick(random, List.of(Alcaldia.values()));
        boolean remote = random.nextInt(100) < 15;
        Spelling spelling = random.nextInt(100) < 80 ? Spelling.NORMAL
                : random.nextBoolean() ? Spelling.UPPER_CASE : Spelling.NO_ACCENTS;
        ReportStyle style = pick(random, List.of(ReportStyle.LETTER, ReportStyle.LETTER, ReportStyle.QUESTIONNAIRE,
                ReportStyle.QUESTIONNAIRE, ReportStyle.BULLETS, ReportStyle.FREE_TEXT, ReportStyle.FORM));
        LocalDate date = remote ? LocalDate.of(2022, 4, 24 + random.nextInt(4)) : CuratedReports.JORNADA;
        LocalDateTime submitted = date.plusDays(random.nextInt(10)).atTime(7 + random.nextInt(16),
                random.nextInt(60), random.nextInt(60));

        SampleReport.Builder b = SampleReport.builder(String.format(Locale.ROOT, "rnd-%06d", index + 1))
                .style(style)
                .spelling(spelling)
                .observer(observer(random))
                .organization(random.nextInt(100) < 40 ? pick(random, PhraseBank.ORGANIZATIONS) : null)
                .alcaldia(alcaldia, pick(random, withCanonical(alcaldia)))
                .ut(String.format(Locale.ROOT, "%s-%03d", alcaldia.clave(), 1 + random.nextInt(350)),
                        pick(random, alcaldia.colonias()))
                .date(date)
                .submittedAt(submitted)
                .hours(String.format(Locale.ROOT, "%d:%02d a %d:%02d", 8 + random.nextInt(2), 15 * random.nextInt(4),
                        16 + random.nextInt(3), 15 * random.nextInt(4)));
        if (random.nextInt(100) < 85) {
            int distrito = pick(random, alcaldia.distritos());
            b.distrito(distrito, DISTRITO_FORMATS[random.nextInt(DISTRITO_FORMATS.length)]);
        }
        if (!remote) {
            int mesa = 1 + random.nextInt(9);
            b.mro(pick(random, List.of(String.format(Locale.ROOT, "MRO-%02d", mesa), "mesa " + mesa,
                    "MRO " + mesa, "casilla " + mesa)));
            b.installedAt(String.format(Locale.ROOT, "%d:%02d", 8 + random.nextInt(3), random.nextInt(60)));
        }
        if (style == ReportStyle.LETTER && random.nextBoolean()) {
            b.title("Asunto: Informe de observación");
        }

        String phrase = distinctivePhrase(index);
        List<Topic> topics = topics(random, remote, style == ReportStyle.FORM ? 4 : 8);
        boolean labelled = style == ReportStyle.QUESTIONNAIRE || (style == ReportStyle.LETTER && random.nextBoolean());
        boolean typos = spelling == Spelling.NO_ACCENTS || random.nextInt(100) < 15;
        int phraseAt = random.nextInt(topics.size() + 1);
        for (int i = 0; i <= topics.size(); i++) {
            if (i == phraseAt) {
                b.finding("Mi punto de observación estuvo en la calle " + phrase + ".");
            }
            if (i == topics.size()) {
                break;
            }
            Topic topic = topics.get(i);
            String text = fill(pick(random, PhraseBank.SENTENCES.get(topic)), random);
            if (typos) {
                text = Typos.apply(text, random);
            }
            String label = labelled ? (style == ReportStyle.QUESTIONNAIRE ? PhraseBank.QUESTIONS.get(topic)
                    : topic.label()) : null;
            b.finding(new SampleFinding(label, text, List.of(topic)));
        }
        return b.distinctivePhrase(phrase).build();
    }

    /** {@code count} consecutive reports from index 0. */
    public List<SampleReport> reports(int count) {
        List<SampleReport> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(report(i));
        }
        return out;
    }

    /**
     * "Fresnos número 4821": an affine permutation of [0, MAX_REPORTS) (7919 is prime and does not divide
     * MAX_REPORTS) spread over street and 4-digit house number, so different indexes never share a phrase.
     */
    String distinctivePhrase(int index) {
        int streets = PhraseBank.STREETS.size();
        long k = Math.floorMod(index * 7919L + seed, (long) MAX_REPORTS);
        return PhraseBank.STREETS.get((int) (k % streets)) + " número " + (1000 + k / streets);
    }

    private static List<Topic> topics(SplittableRandom random, boolean remote, int max) {
        Set<Topic> chosen = EnumSet.noneOf(Topic.class);
        if (remote) {
            chosen.add(Topic.REMOTA);
        }
        List<Topic> candidates = new ArrayList<>(List.of(Topic.values()));
        candidates.remove(Topic.RECOMENDACION);
        candidates.remove(Topic.REMOTA);
        int n = 2 + random.nextInt(max - 1);
        while (chosen.size() < n) {
            chosen.add(candidates.get(random.nextInt(candidates.size())));
        }
        List<Topic> ordered = new ArrayList<>(chosen);
        if (random.nextInt(100) < 65) {
            ordered.add(Topic.RECOMENDACION);
        }
        return ordered;
    }

    private static String fill(String template, SplittableRandom random) {
        Matcher m = SLOT.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String value = switch (m.group(1)) {
                case "hora_tarde" -> String.format(Locale.ROOT, "%d:%02d", 9 + random.nextInt(2), random.nextInt(60));
                case "hora_temprana" -> String.format(Locale.ROOT, "8:%02d", 40 + random.nextInt(20));
                case "hora_pm" -> String.format(Locale.ROOT, "%d:%02d", 14 + random.nextInt(3), random.nextInt(60));
                case "hora_noche" -> String.format(Locale.ROOT, "19:%02d", random.nextInt(60));
                case "mm" -> String.format(Locale.ROOT, "%02d", random.nextInt(40));
                case "n" -> Integer.toString(3 + random.nextInt(38));
                case "n2" -> Integer.toString(25 + random.nextInt(130));
                case "n3" -> Integer.toString(50 * (6 + random.nextInt(9)));
                case "mamparas" -> Integer.toString(1 + random.nextInt(3));
                case "causa_retraso" -> pick(random, PhraseBank.DELAY_CAUSES);
                case "lugar" -> pick(random, PhraseBank.PLACES);
                case "lugar_pub" -> pick(random, PhraseBank.RESULT_PLACES);
                case "proyecto" -> pick(random, PhraseBank.PROJECTS);
                default -> throw new IllegalStateException("Unknown slot " + m.group());
            };
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static Observer observer(SplittableRandom random) {
        String first = pick(random, PhraseBank.FIRST_NAMES);
        String last1 = pick(random, PhraseBank.SURNAMES);
        String last2 = pick(random, PhraseBank.SURNAMES);
        String name = first + " " + last1 + " " + last2;
        String phone = String.format(Locale.ROOT, "55 5555 01%02d", random.nextInt(100));
        String email = ascii(first.split(" ")[0] + "." + last1).toLowerCase(Locale.ROOT) + random.nextInt(100)
                + "@correo.example";
        String curp = random.nextInt(100) < 30 ? curp(first, last1, last2, random) : null;
        String address = random.nextInt(100) < 20
                ? "Calle " + pick(random, PhraseBank.STREETS) + " " + (1 + random.nextInt(300)) : null;
        String accreditation = random.nextBoolean()
                ? String.format(Locale.ROOT, "OBS-%02d-%04d", 2 + random.nextInt(16), random.nextInt(1000)) : null;
        return new Observer(name, phone, email, curp, address, accreditation);
    }

    /** A CURP-shaped string (18 characters) built from the invented name; not a real CURP. */
    private static String curp(String first, String last1, String last2, SplittableRandom random) {
        String a = ascii(last1).toUpperCase(Locale.ROOT);
        String b = ascii(last2).toUpperCase(Locale.ROOT);
        String n = ascii(first).toUpperCase(Locale.ROOT);
        char vowel = a.substring(1).chars().filter(c -> "AEIOU".indexOf(c) >= 0).mapToObj(c -> (char) c)
                .findFirst().orElse('X');
        String date = String.format(Locale.ROOT, "%02d%02d%02d", 50 + random.nextInt(50), 1 + random.nextInt(12),
                1 + random.nextInt(28));
        return "" + a.charAt(0) + vowel + b.charAt(0) + n.charAt(0) + date + (random.nextBoolean() ? "H" : "M")
                + "DF" + consonant(a) + consonant(b) + consonant(n) + "0" + random.nextInt(10);
    }

    private static char consonant(String s) {
        for (int i = 1; i < s.length(); i++) {
            if ("BCDFGHJKLMNPQRSTVWXYZ".indexOf(s.charAt(i)) >= 0) {
                return s.charAt(i);
            }
        }
        return 'X';
    }

    private static String ascii(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").replace(" ", "");
    }

    private static List<String> withCanonical(Alcaldia a) {
        List<String> forms = new ArrayList<>(a.writtenForms());
        forms.add(a.canonicalName());
        return forms;
    }

    private static <T> T pick(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
