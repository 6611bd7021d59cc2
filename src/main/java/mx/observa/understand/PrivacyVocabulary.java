package mx.observa.understand;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.es.SpanishAnalyzer;

import mx.observa.text.Folding;

/**
 * The words personal-data detection relies on, read from {@code config/privacidad/}: given names and surnames
 * (every {@code nombres*.txt} and {@code apellidos*.txt}: a hand-written list and larger ones with their source
 * stated in the file; and {@code pila-con-apellido.txt}, given names that count only before a known surname), the
 * short forms of given names ({@code hipocoristicos.txt}: «Lupe» for Guadalupe), and in {@code vocabulario.yaml}
 * titles, role nouns and phrases that announce a name, labels, self-introductions, closings, place words and names of
 * public figures that are place names. Everything is kept folded (lower case, no
 * accents), as it is compared. Loading fails with the file and the reason.
 */
final class PrivacyVocabulary {

    static final String DIR = "privacidad";

    final Set<String> givenNames;
    /** Given names that count only right before a known surname ({@link #GIVEN_NAMES_BESIDE_SURNAMES}), folded. */
    final Set<String> givenNamesBesideSurnames;
    final Set<String> surnames;
    /** Given name → its short forms ("patricia" → "paty", "pati", "patty"), folded. */
    final Map<String, Set<String>> nicknames;
    final Set<String> titles;
    /** Titles redacted with the name they precede: abbreviations and forms of address, not professions or ranks. */
    final Set<String> courtesyTitles;
    final List<String> roles;
    /** Kinship words redacted with the name they follow in parentheses ("Zenaida Solórzano (hermana)"). */
    final Set<String> kinship;
    /**
     * Kinship and relationship words a person is known by before a given name ("su yerno Efrén", "mi compadre Chema"):
     * every one-word {@code parentescos} and {@code relaciones}.
     */
    final Set<String> relations;
    /**
     * Offices and tasks written right before a name that go with it ("la operadora Xiadani", "la Concejala Yadira
     * …"): {@code cargos_con_nombre}.
     */
    final Set<String> officeRoles;
    final List<String> observerLabels;
    final List<String> personLabels;
    /** Labels of a field that asks for surnames only ({@code etiquetas_de_apellido}), longest first. */
    final List<String> surnameLabels;
    final List<String> mailHeaders;
    final List<String> introductions;
    final List<String> closings;
    final List<String> greetings;
    final List<String> authorship;
    final List<String> personVerbs;
    /** Phrases that announce a nickname ("apodado", "le dicen", "alias"): the nickname follows, quoted or capitalized. */
    final List<String> nicknameCues;
    /** Nicknames by a trait ("güero", "flaca"): with an article and a capital they name a person, nothing else needed. */
    final Set<String> commonNicknames;
    /** Phrases that say the words before them were a nickname ("así le dicen", "como le decimos"). */
    final List<String> nicknameAfterCues;
    /** Devices named after their owner in a meeting's or a chat's list ("iPhone de Oziel"): {@code aparatos_de}. */
    final List<String> ownedDevices;
    /** Things given a name in quotes ("el proyecto", "la fonda"): a quoted nickname after one names the thing. */
    final Set<String> namedThings;
    /** Given names that are also common words ("rosa", "luz"): in lower case they are read as the word. */
    final Set<String> wordLikeNames;
    /** Offices held by public figures known worldwide by their name ("el Papa Francisco"): the name stays readable. */
    final Set<String> publicOffices;
    /** Epithets that make the given name before them a saint's ("Santiago Apóstol", "Miguel Arcángel"): a devotion. */
    final Set<String> saintEpithets;
    /**
     * Elected offices and the heads of the electoral bodies ("alcaldesa", "diputado local", "consejera presidenta"):
     * whoever is named right after one, in that role, is a public figure the commission reads.
     */
    final List<String> electedOffices;
    /**
     * Words that make a locution of place with «a» ("junto a", "rumbo a", "frente a"): the «a» after them leads to a
     * place, never to a person as object.
     */
    final Set<String> placeLocutions;
    final List<String> places;
    /** Phrases that liken someone to a figure or dress them as one ("parecía", "disfrazado de"): {@code semejanzas}. */
    final List<String> likenings;
    /** Phrases that quote an authority for what they taught ("como enseñó"): {@code citas_de_autoridad}. */
    final List<String> authorityQuotes;
    /**
     * Phrases that name someone by their work, their style or what they once owned ("como las de", "al estilo de",
     * "perteneció a"): {@code referencias_a_figura}.
     */
    final List<String> figureReferences;
    /** Media a public figure is seen or heard on ("en la tele", "en el radio"): {@code medios}. */
    final List<String> media;
    /** Phrases that say something was inspired by a figure or honours one ("inspirado en"): {@code inspiraciones}. */
    final List<String> inspirations;
    /** Verbs of what sounds ("sonaba"): the name right after is a singer or a song, {@code sonidos}. */
    final List<String> sounds;
    /** Garments and posters that carry a figure one admires ("playera", "gorra"): {@code prendas_de_figura}. */
    final List<String> figureGarments;
    /** The mesa's roles abbreviated with a period ("pres", "srio"): {@code cargos_de_mesa_abreviados}. */
    final List<String> lineupRoles;
    /** Abbreviations of a place that are a mesa's role among such roles ("esc"): {@code cargos_de_mesa_ambiguos}. */
    final List<String> ambiguousLineupRoles;
    /**
     * Words a Spanish line never ends in unless the sentence goes on, the articles and the prepositions before a name:
     * {@code no_terminan_renglon}.
     */
    final Set<String> cannotEndLine;
    /** Works named by their author («Obertura de …», «las películas de …»): {@code obras_de_autor}. */
    final List<String> authoredWorks;
    /** Verbs of making a building or a work («el templo que levantó …»), decoys39's: {@code verbos_de_obra}. */
    final List<String> makingVerbs;
    /** Labels of what a text cites («Marco teórico:», «Bibliografía:»): the names after them are authors. */
    final List<String> workLabels;
    /** Stems of the verbs that name someone right before «como» («lo identifican como …»): no likening follows. */
    final List<String> namingBeforeComo;
    /** Words that make the names before them a firm's or a brand's ("hnos", "bros"): {@code sufijos_de_empresa}. */
    final List<String> firmSuffixes;
    /**
     * Words that, capitalized inside a sentence right before a surname, make it a group's or a firm's name («los Hermanos
     * Gómez», «Hnos. Ruiz»): {@code grupos_por_apellido}.
     */
    final Set<String> groupWords;
    /** Endings of nouns of a person who does something («ciclista», «repartidor»): {@code sufijos_de_agente}. */
    final List<String> agentSuffixes;
    /** Animals, which people name as they name persons ("el perro … le dicen el Sultán"): {@code animales}. */
    final Set<String> animals;
    final Set<String> publicFigures;
    final Set<String> notNameWords;
    /** The role nouns of one word that are also given names' short forms ("chava", Salvador's): a name with a capital. */
    final Set<String> rolesThatAreGivenNames;
    /** The particles inside a name in lower case ({@code particulas_de_nombre}: «de la», «van der»). */
    final Set<String> nameParticles;
    /** What a writer says to correct a name just said («perdón», «digo»): {@code correcciones}. */
    final List<String> corrections;
    /** The words that say a number is a telephone's ({@code palabras_de_telefono}: «tel», «celular»), folded. */
    final List<String> phoneWords;
    /** Where a person lives, known by the address's parts: {@code domicilios.yaml}. */
    final PrivateAddresses addresses;
    /** Spanish function words (Lucene's stop list): never a name on their own. */
    final CharArraySet functionWords = SpanishAnalyzer.getDefaultStopSet();

    private PrivacyVocabulary(Set<String> givenNames, Set<String> surnames, Set<String> givenNamesBesideSurnames,
                              Map<String, Set<String>> nicknames, Map<String, List<String>> lists, PrivateAddresses addresses) {
        this.addresses = addresses;
        this.givenNamesBesideSurnames = givenNamesBesideSurnames;
        Set<String> given = new HashSet<>(givenNames);
        nicknames.values().forEach(given::addAll);
        this.givenNames = Set.copyOf(given);
        this.surnames = surnames;
        this.nicknames = Map.copyOf(nicknames);
        // longest first, in a fixed order (not Set.copyOf's, drawn anew by every JVM): the titles become alternations
        this.titles = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(longestFirst(lists.get("tratamientos"))));
        this.courtesyTitles = Set.copyOf(lists.get("tratamientos_de_cortesia"));
        // a role noun ("el funcionario …") and a phrase that announces a name ("un tal …") work the same way
        List<String> roles = new ArrayList<>(withInclusiveForms(lists.get("funciones")));
        roles.addAll(lists.get("anuncios"));
        this.roles = longestFirst(roles);
        this.kinship = Set.copyOf(lists.get("parentescos"));
        Set<String> relations = new HashSet<>(lists.get("relaciones"));
        lists.get("parentescos").stream().filter(k -> !k.contains(" ")).forEach(relations::add);
        this.relations = Set.copyOf(relations);
        this.officeRoles = Set.copyOf(withInclusiveForms(lists.get("cargos_con_nombre")));
        this.observerLabels = longestFirst(lists.get("etiquetas_observador"));
        this.personLabels = longestFirst(lists.get("etiquetas_persona"));
        this.surnameLabels = longestFirst(lists.get("etiquetas_de_apellido"));
        this.mailHeaders = longestFirst(lists.get("encabezados_correo"));
        this.introductions = longestFirst(withPhoneticSpellings(lists.get("presentaciones")));
        this.closings = longestFirst(lists.get("despedidas"));
        this.greetings = longestFirst(lists.get("saludos_iniciales"));
        this.authorship = longestFirst(lists.get("autoria"));
        this.personVerbs = longestFirst(lists.get("verbos_de_persona"));
        this.nicknameCues = longestFirst(withPhoneticSpellings(lists.get("anuncios_de_apodo")));
        this.commonNicknames = Set.copyOf(lists.get("apodos_comunes"));
        this.nicknameAfterCues = longestFirst(lists.get("apodo_despues"));
        this.ownedDevices = longestFirst(lists.get("aparatos_de"));
        this.namedThings = Set.copyOf(lists.get("nombres_de_cosas"));
        this.wordLikeNames = Set.copyOf(lists.get("nombres_que_son_palabras"));
        this.publicOffices = Set.copyOf(lists.get("cargos_publicos"));
        this.saintEpithets = Set.copyOf(lists.get("epitetos_de_santos"));
        this.electedOffices = longestFirst(lists.get("cargos_de_eleccion"));
        this.placeLocutions = Set.copyOf(lists.get("locuciones_de_lugar"));
        this.places = longestFirst(lists.get("lugares"));
        this.likenings = longestFirst(lists.get("semejanzas"));
        this.authorityQuotes = longestFirst(lists.get("citas_de_autoridad"));
        this.figureReferences = longestFirst(lists.get("referencias_a_figura"));
        this.media = longestFirst(lists.get("medios"));
        this.inspirations = longestFirst(lists.get("inspiraciones"));
        this.sounds = longestFirst(lists.get("sonidos"));
        this.figureGarments = longestFirst(lists.get("prendas_de_figura"));
        this.lineupRoles = longestFirst(lists.get("cargos_de_mesa_abreviados"));
        this.ambiguousLineupRoles = longestFirst(lists.get("cargos_de_mesa_ambiguos"));
        this.workLabels = longestFirst(lists.get("etiquetas_de_obras"));
        this.authoredWorks = longestFirst(lists.get("obras_de_autor"));
        this.makingVerbs = longestFirst(lists.get("verbos_de_obra"));
        this.cannotEndLine = Set.copyOf(lists.get("no_terminan_renglon"));
        this.corrections = longestFirst(lists.get("correcciones"));
        this.namingBeforeComo = longestFirst(lists.get("nombran_con_como"));
        this.firmSuffixes = longestFirst(lists.get("sufijos_de_empresa"));
        this.groupWords = Set.copyOf(lists.get("grupos_por_apellido"));
        this.agentSuffixes = longestFirst(lists.get("sufijos_de_agente"));
        this.animals = Set.copyOf(lists.get("animales"));
        Set<String> figures = new HashSet<>();
        lists.get("personajes").forEach(p -> figures.addAll(figureForms(Folding.normalizeName(p), given, surnames)));
        this.publicFigures = Set.copyOf(figures);
        Set<String> notName = new HashSet<>(lists.get("no_nombre"));
        // a role noun is not part of a name, unless it is also a surname ("Bernardo Silva Nieto", "el nieto Juan")
        this.roles.stream().filter(r -> !r.contains(" ") && !surnames.contains(r)).forEach(notName::add);
        this.notNameWords = Set.copyOf(notName);
        this.nameParticles = Set.copyOf(lists.get("particulas_de_nombre"));
        this.phoneWords = longestFirst(lists.get("palabras_de_telefono"));
        this.rolesThatAreGivenNames = this.roles.stream().filter(r -> !r.contains(" ") && this.givenNames.contains(r))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /**
     * A public figure as listed and, when the listing opens with an honorific that is no name ("Sor Juana Inés de la
     * Cruz", "Fray Servando Teresa de Mier", "Dr. Manuel Gea González"), also without it: people quote the figure
     * either way, and a given name and more words after the honorific still say who it is.
     */
    static List<String> figureForms(String normalized, Set<String> givenNames, Set<String> surnames) {
        String[] words = normalized.split(" ");
        if (words.length >= 3 && !givenNames.contains(words[0]) && !surnames.contains(words[0]) && givenNames.contains(words[1])) {
            return List.of(normalized, normalized.substring(words[0].length() + 1));
        }
        return List.of(normalized);
    }

    /**
     * The role nouns as listed plus their gender-inclusive form, which a collective's report writes the same way
     * ("le escrutadore …", "le funcionarie …"): «-or»/«-ora» become «-ore», a final «-o»/«-a» becomes «-e».
     */
    static Set<String> withInclusiveForms(List<String> roles) {
        Set<String> out = new LinkedHashSet<>(roles);
        for (String r : roles) {
            if (r.contains(" ") || r.length() < 4) {
                continue;
            }
            if (r.endsWith("or")) {
                out.add(r + "e");
            } else if (r.endsWith("ora")) {
                out.add(r.substring(0, r.length() - 1) + "e");
            } else if (r.endsWith("o") || r.endsWith("a")) {
                out.add(r.substring(0, r.length() - 1) + "e");
            }
        }
        return out;
    }

    private static final String[] LISTS = {"tratamientos", "tratamientos_de_cortesia", "funciones", "parentescos", "relaciones", "cargos_con_nombre", "anuncios", "etiquetas_observador", "etiquetas_persona", "etiquetas_de_apellido",
            "encabezados_correo", "presentaciones", "despedidas", "saludos_iniciales", "autoria", "verbos_de_persona", "anuncios_de_apodo", "apodo_despues", "aparatos_de", "apodos_comunes", "nombres_de_cosas", "nombres_que_son_palabras", "lugares", "semejanzas", "citas_de_autoridad", "referencias_a_figura", "prendas_de_figura", "medios", "inspiraciones", "sonidos", "cargos_de_mesa_abreviados", "cargos_de_mesa_ambiguos", "obras_de_autor", "verbos_de_obra", "nombran_con_como", "etiquetas_de_obras", "sufijos_de_empresa", "grupos_por_apellido", "sufijos_de_agente", "animales", "personajes", "cargos_publicos", "epitetos_de_santos", "cargos_de_eleccion", "locuciones_de_lugar", "no_nombre", "no_terminan_renglon", "correcciones", "particulas_de_nombre", "palabras_de_telefono"};

    /**
     * Whether {@code folded} is a noun of a person who does something by its ending («ciclista», «repartidor»,
     * «vendedora»), at least three letters before the ending; not a thing that is given a name.
     */
    boolean isAgentNoun(String folded) {
        return !namedThings.contains(folded)
                && agentSuffixes.stream().anyMatch(x -> folded.endsWith(x) && folded.length() >= x.length() + 3);
    }

    static PrivacyVocabulary load(Path dir) {
        Path yaml = dir.resolve("vocabulario.yaml");
        Map<String, List<String>> lists = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(yaml)) {
            Map<?, ?> root = new ObjectMapper(new YAMLFactory()).readValue(in, Map.class);
            for (String key : LISTS) {
                Object value = root == null ? null : root.get(key);
                if (!(value instanceof List<?> items)) {
                    throw new IllegalStateException(yaml + ": falta la lista '" + key + "'");
                }
                List<String> folded = new ArrayList<>();
                for (Object item : items) {
                    String s = item == null ? "" : item.toString().strip();
                    if (!s.isEmpty()) {
                        folded.add(key.equals("personajes") ? s : Folding.foldLower(s));
                    }
                }
                lists.put(key, folded);
            }
        } catch (IOException e) {
            throw new IllegalStateException("No se pudo leer el vocabulario de datos personales " + yaml + ": "
                    + e.getMessage(), e);
        }
        return new PrivacyVocabulary(names(dir, "nombres"), names(dir, "apellidos"), words(dir.resolve(GIVEN_NAMES_BESIDE_SURNAMES)),
                nicknames(dir.resolve("hipocoristicos.txt")), lists, PrivateAddresses.load(dir, lists.get("funciones")));
    }

    /**
     * Given names from a larger list of another country ({@code pila-con-apellido.txt}): many are also foreign figures'
     * («Marcel», «Nikola»), so they count only before a surname the lists know, as Mexicans are named.
     */
    static final String GIVEN_NAMES_BESIDE_SURNAMES = "pila-con-apellido.txt";

    /** Every {@code <prefix>*.txt} of the folder ({@code nombres.txt} must be there), one name per line. */
    private static Set<String> names(Path dir, String prefix) {
        Set<String> out = new HashSet<>(words(dir.resolve(prefix + ".txt")));
        try (var files = Files.list(dir)) {
            for (Path p : files.sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(prefix + "-") && name.endsWith(".txt")) {
                    out.addAll(words(p));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("No se pudo leer " + dir + ": " + e.getMessage(), e);
        }
        return Set.copyOf(out);
    }

    /** One name per line, '#' starts a comment; a name of several words ("Del Ángel") counts by each word. */
    private static Set<String> words(Path file) {
        Set<String> out = new HashSet<>();
        for (String s : lines(file)) {
            out.add(Folding.foldLower(s).replace(".", ""));
        }
        if (out.isEmpty()) {
            throw new IllegalStateException(file + " está vacío");
        }
        return Set.copyOf(out);
    }

    /** "Guadalupe: Lupe, Lupita" per line. */
    private static Map<String, Set<String>> nicknames(Path file) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (String s : lines(file)) {
            int colon = s.indexOf(':');
            if (colon <= 0) {
                throw new IllegalStateException(file + ": falta «:» en «" + s + "» (se escribe «Nombre: apodo, apodo»)");
            }
            Set<String> shortForms = new HashSet<>();
            for (String n : s.substring(colon + 1).split(",")) {
                if (!n.isBlank()) {
                    shortForms.add(Folding.foldLower(n.strip()));
                }
            }
            out.merge(Folding.foldLower(s.substring(0, colon).strip()), shortForms, (a, b) -> {
                Set<String> both = new HashSet<>(a);
                both.addAll(b);
                return both;
            });
        }
        // sorted, not Set.copyOf's order (drawn anew by every JVM): a name's short forms are compiled in this order
        out.replaceAll((k, v) -> java.util.Collections.unmodifiableSet(new java.util.TreeSet<>(v)));
        return out;
    }

    /** The lines of a list file that are not blank or a '#' comment, stripped. */
    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
                    .filter(s -> !s.isEmpty() && !s.startsWith("#")).toList();
        } catch (IOException e) {
            throw new IllegalStateException("No se pudo leer " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The phrases as listed plus their spelling by ear, as someone who writes as they speak spells them ("me yamo",
     * "le disen", "le desian"): «ll» as «y» (yeísmo), «ce»/«ci» and «z» as «s» (seseo), «v» as «b». Folded phrases.
     */
    static List<String> withPhoneticSpellings(List<String> phrases) {
        Set<String> out = new LinkedHashSet<>(phrases);
        for (String p : phrases) {
            out.add(p.replace("ll", "y").replaceAll("c(?=[ei])", "s").replace('z', 's').replace('v', 'b'));
        }
        return List.copyOf(out);
    }

    private static List<String> longestFirst(List<String> phrases) {
        List<String> sorted = new ArrayList<>(phrases);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(sorted);
    }

    /**
     * An alternation of the phrases for a regex on folded text (longest first, spaces flexible). Written as a prefix
     * tree ("sr(?:a|ta)?" rather than "srta|sra|sr") when the list puts every phrase before those that are its
     * prefixes, as the lists sorted longest first do: the same matches, tried in the same order — the phrases that
     * can match at one place are prefixes of each other — but a single branch is tried per character instead of every
     * phrase at every position of the text, which was most of the time names took to find.
     */
    static String alternation(List<String> phrases) {
        String known = ALTERNATIONS.get(phrases);
        if (known == null) {
            known = PhraseTrie.of(phrases).map(PhraseTrie::regex).orElseGet(() -> plainAlternation(phrases));
            if (ALTERNATIONS.size() >= MAX_ALTERNATIONS) {
                ALTERNATIONS.clear();
            }
            ALTERNATIONS.put(List.copyOf(phrases), known);
        }
        return known;
    }

    /** Built once per list: the known names' patterns of every report ask again for the titles and roles. */
    private static final java.util.Map<List<String>, String> ALTERNATIONS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_ALTERNATIONS = 256;

    /** The alternation as written, one branch per phrase. */
    static String plainAlternation(List<String> phrases) {
        StringBuilder sb = new StringBuilder("(?:");
        for (int i = 0; i < phrases.size(); i++) {
            if (i > 0) {
                sb.append('|');
            }
            String[] parts = phrases.get(i).split("\\s+");
            for (int j = 0; j < parts.length; j++) {
                if (j > 0) {
                    sb.append("[ \\t]+");
                }
                sb.append(Pattern.quote(parts[j]));
            }
        }
        return sb.append(')').toString();
    }

    /**
     * Of the strings a message's headers give (display names, addresses, the local part of an address as words), those
     * that name a person: an address, or words that include a given name (or two surnames) and no word that is never
     * part of a name ("Consulta IECM", "observacion", "coord lomasunidas" are not people). A display name of words
     * no list knows ("Nahui Ollin Sarabia") is a person too when a mailbox of the same headers is spelled from its
     * words, each word of the mailbox one of the name's or its start ("nahui.sarabia", "itza.coronado"): people name
     * their mailbox after themselves.
     */
    List<String> people(java.util.Collection<String> candidates) {
        List<String> people = new ArrayList<>();
        List<List<String>> mailboxes = mailboxWords(candidates);
        for (String candidate : candidates) {
            if (candidate.contains("@")) {
                people.add(candidate);
                continue;
            }
            List<String> words = new ArrayList<>();
            for (String w : Folding.foldLower(candidate).split("[^\\p{L}]+")) {
                if (!w.isEmpty() && !List.of("de", "del", "la", "las", "los", "y").contains(w)) {
                    words.add(w);
                }
            }
            boolean notAName = words.isEmpty() || words.size() > 6 || words.stream().anyMatch(w -> notNameWords.contains(w)
                    || isTitle(w) || w.length() > 2 && isFunctionWord(w));
            boolean given = words.stream().anyMatch(w -> w.length() >= 3 && isGivenName(w));
            boolean surnames = words.size() >= 2 && words.stream().allMatch(this::isSurname);
            if (!notAName && (given || surnames || spellsAMailbox(candidate, words, mailboxes)
                    || spelled(words, candidates, mailboxes))) {
                people.add(candidate);
            }
        }
        return people;
    }

    /** The local part of each address among the candidates, as folded words of letters ("itza.coronado" → itza, coronado). */
    private static List<List<String>> mailboxWords(java.util.Collection<String> candidates) {
        List<List<String>> mailboxes = new ArrayList<>();
        for (String candidate : candidates) {
            int at = candidate.indexOf('@');
            if (at > 0) {
                List<String> words = new ArrayList<>();
                for (String w : Folding.foldLower(candidate.substring(0, at)).split("[^\\p{L}]+")) {
                    if (w.length() > 1) { // an initial ("wara.condori.m") may be of a surname the display name leaves out
                        words.add(w);
                    }
                }
                mailboxes.add(words);
            }
        }
        return mailboxes;
    }

    /**
     * The words of a mailbox some display name of the same headers spells ("tlanextli zamudio" beside "Tlanextli
     * Ocelotl Zamudio &lt;tlanextli.zamudio@…&gt;"): the short form its owner goes by.
     */
    private boolean spelled(List<String> words, java.util.Collection<String> candidates, List<List<String>> mailboxes) {
        List<List<String>> own = mailboxes.stream().filter(words::equals).toList();
        if (own.isEmpty()) {
            return false;
        }
        for (String display : candidates) {
            if (display.contains("@")) {
                continue;
            }
            List<String> displayWords = new ArrayList<>();
            for (String w : Folding.foldLower(display).split("[^\\p{L}]+")) {
                if (!w.isEmpty() && !List.of("de", "del", "la", "las", "los", "y").contains(w)) {
                    displayWords.add(w);
                }
            }
            boolean notAName = displayWords.stream().anyMatch(w -> notNameWords.contains(w) || isTitle(w)
                    || w.length() > 2 && isFunctionWord(w));
            if (!notAName && !displayWords.equals(words) && spellsAMailbox(display, displayWords, own)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A display name written as a name (two to five words, each capitalised) whose words spell a mailbox of at least two
     * words: every mailbox word is one of the name's words or, from three letters, the start of one.
     */
    private static boolean spellsAMailbox(String candidate, List<String> words, List<List<String>> mailboxes) {
        if (words.size() < 2 || words.size() > 5) {
            return false;
        }
        for (String w : candidate.split("[^\\p{L}]+")) {
            if (!w.isEmpty() && !List.of("de", "del", "la", "las", "los", "y").contains(w) && !Character.isUpperCase(w.codePointAt(0))) {
                return false;
            }
        }
        return mailboxes.stream().anyMatch(box -> {
            if (box.size() < 2) {
                return false;
            }
            boolean spelt = true;
            boolean byInitials = false;
            for (String b : box) {
                if (words.stream().noneMatch(w -> w.equals(b) || b.length() >= 3 && w.startsWith(b))) {
                    spelt &= initialsOf(b, words);
                    byInitials = true;
                }
            }
            // initials alone match too much by chance: a word of the name spelt whole beside them
            return spelt && (!byInitials || box.stream().anyMatch(b -> b.length() >= 3 && words.contains(b)));
        });
    }

    /**
     * A mailbox word made of the initials of consecutive words of the name ("jb" in "jb.desrosiers" for Jean-Baptiste
     * Desrosiers, "ml" for María Luisa): people shorten their given names so, beside a word the name spells whole.
     */
    private static boolean initialsOf(String b, List<String> words) {
        if (b.length() < 2 || b.length() > 3) {
            return false;
        }
        for (int k = 0; k + b.length() <= words.size(); k++) {
            boolean all = true;
            for (int i = 0; i < b.length() && all; i++) {
                all = words.get(k + i).charAt(0) == b.charAt(i);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** A given name, a short form of one, or a diminutive of either ("Toñita", "Lupita", "Juanito", "Carmencita"). */
    boolean isGivenName(String folded) {
        return givenNames.contains(folded) || diminutiveOfGivenName(folded);
    }

    private static final String[][] DIMINUTIVES = {
        // ending → what stands before it in the name: "carmencita" → carmen, "paquito" → paco, "lupita" → lupe
        {"cita", ""}, {"cito", ""}, {"quita", "ca"}, {"quito", "co"}, {"guita", "ga"}, {"guito", "go"},
        // "eustolita" → eustolia, "nemesito" → nemesio
        {"ita", "a"}, {"ita", "ia"}, {"ita", "e"}, {"ita", ""}, {"ito", "o"}, {"ito", "io"}, {"ito", "e"}, {"ito", ""}};

    private boolean diminutiveOfGivenName(String folded) {
        if (folded.length() < 5 || !(folded.endsWith("ita") || folded.endsWith("ito"))) {
            return false;
        }
        for (String[] d : DIMINUTIVES) {
            if (folded.endsWith(d[0]) && folded.length() - d[0].length() >= 2) {
                String base = folded.substring(0, folded.length() - d[0].length()) + d[1];
                if (base.length() >= 3 && givenNames.contains(base)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A given name that in lower case can only be the name: known, four letters or more, not a common word too
     * ("sebastiana", "filemon"; not "rosa", "luz"), nor a function word or a word never part of a name.
     */
    boolean isLowerCaseGivenName(String folded) {
        return folded.length() >= 4 && isGivenName(folded) && !wordLikeNames.contains(folded) && !notNameWords.contains(folded)
                && !isFunctionWord(folded) && !isTitle(folded) && !places.contains(folded);
    }

    boolean isSurname(String folded) {
        return surnames.contains(folded);
    }

    boolean isKnownName(String folded) {
        return givenNames.contains(folded) || surnames.contains(folded);
    }

    /** The short forms of a given name ("guadalupe" → "lupe", "lupita"…), folded; empty when none. */
    Set<String> nicknamesOf(String foldedGivenName) {
        return nicknames.getOrDefault(foldedGivenName, Set.of());
    }

    /** The phrases that name someone: a nickname's cues and the self-introductions («le dicen», «me llamo»). */
    List<String> namingPhrases() {
        List<String> naming = new ArrayList<>(nicknameCues);
        naming.addAll(introductions);
        return naming;
    }

    boolean isTitle(String folded) {
        return titles.contains(folded);
    }

    boolean isFunctionWord(String folded) {
        return functionWords.contains(folded);
    }
}
