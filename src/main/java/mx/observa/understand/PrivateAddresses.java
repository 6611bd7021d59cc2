package mx.observa.understand;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import mx.observa.model.PersonalData;
import mx.observa.text.Folding;

/**
 * Where a person lives: the value of "Domicilio:", "Dirección particular:", "Domicilio para oír y recibir
 * notificaciones:" or "Mis datos:", what follows "vivo en", "domiciliada en", "con
 * domicilio en", "domicilio particular en", "señala como domicilio el ubicado en" or "radico en" when it is an
 * address, a street with a number (and number or interior, apartment, building, manzana and lote, colonia and
 * postal code) unless the sentence is about where the mesa was, a "Mz. 12 Lt. 5" without a street, a flat down its
 * estate's building and entrance ("edificio H-12, entrada B, depto. 304"), a street named without its type when a
 * colonia follows its number ("Tabachines 48, Lomas de Plateros"), and postal codes. A sentence that says the address is someone's ("domicilio", "vivo", "particular", "mi casa") is private
 * even when it also mentions the mesa. A street without a number, or the corner where the mesa stood, is a public
 * place and stays.
 */
public final class PrivateAddresses {

    private static final Pattern LABELLED = Pattern.compile(
            "(?<![\\p{L}])(?:(?:domicilio|direccion)(?:[ \\t]+\\p{L}+){0,6}?|dom\\.|mis[ \\t]+datos(?:[ \\t]+de[ \\t]+contacto)?)"
                    + "[ \\t]*:[ \\t]*([^\\n]+)");
    /**
     * A definition list or a form printed as label and value on two lines: "Domicilio" and, below, the address; a
     * questionnaire's export asks for it and answers below ("Pregunta: Domicilio" / "Respuesta: …"), blank lines between.
     */
    private static final Pattern LABEL_LINE = Pattern.compile(
            "(?m)^[ \\t]*(?:(?:" + QuestionAnswer.QUESTION_MARKER + ")[ \\t]*)?(?:domicilio|direccion)(?:[ \\t]+(?:particular|completo|completa|actual))?"
                    + "[ \\t]*:?[ \\t]*(?:\\n(?:[ \\t]*\\n)*[ \\t]*(?:respuesta|resp|r)[ \\t]*[:.\\-][ \\t]*|\\n[ \\t]*)([^\\n]+)");
    /**
     * A comma and a word in lower case: "…, Tlalpan Centro, manifestó que…" — the sentence may go on after the address
     * there, unless the word is a part of an address ({@link #partOfAnAddress}).
     */
    private static final Pattern COMMA_BEFORE_LOWER_CASE = Pattern.compile("[ \\t]*,[ \\t]+(?=\\p{Ll})");
    /**
     * The words that go on with an address after a comma ("…, int. 4", "…, amp. Jalalpa", "…, entre …"): the dwelling's
     * parts, the kinds of settlement and of housing estate, and {@code sigue_el_domicilio}; folded.
     */
    private final Pattern partOfAnAddress;
    /**
     * "vivo en …", "domiciliada en …", "con domicilio en …" ({@code verbos_de_residencia}); also "mi domicilio es …",
     * "su dirección es …": what the address is, said instead of where one lives.
     */
    private final Pattern livesAt;
    private static final String NUMBER = "(?:[ \\t](?:no\\.?(?:[ \\t]*ext\\.?)?|num\\.?|numero|#|n[°º])[ \\t]*\\d{1,5}|[ \\t]\\d{1,5}|[ \\t]s/n(?![\\p{L}])|[ \\t]sin[ \\t]+(?:numero|num\\.|no\\.)(?![\\p{L}]))(?![\\d:])";
    /**
     * Interior, apartment, building, manzana, lote…: "int. 4", "departamento 5", "Mz. 12 Lt. 5", "edif. B"; the office
     * of a firm or a practice in a building ("despacho 3", "consultorio 12", "oficina 204"): where someone is found.
     */
    private final String unit;
    /** {@link #unit} compiled: the dwelling's parts after a house number. */
    private final Pattern unitsAfter;
    /** A letter after the house number: "41-B", "12b", "12 B" (not "12 y 14", "5 a las 10"). */
    private static final String LETTER = "(?:(?:-?[a-z]|[ \\t][b-df-xz](?![ \\t.]+h(?:ab)?(?![\\p{L}])))(?![\\p{L}\\d]))?";
    /** The colonia, barrio, pueblo or unidad after the street: "…, Col. Agrícola Oriental", "…, Pueblo de San Andrés". */
    // "…, U. H. …", "… u hab el paraiso": the unidad habitacional, abbreviated, may follow the house without a comma; so
    // may the colonia or the barrio, in a message written without punctuation ("calle nezahualcoyotl 14 barrio san mateo")
    // the unidad named without «habitacional» ("…, depto. 304, Unidad Hornos de Aragón"), not a territorial unit; its name
    // ends at a comma, a semicolon, a period or the line's end ("…, Unidad Habitacional Santa María; le copio a…"); after
    // a flat the unidad may be abbreviated to its initial ("…, depto. 202, U. Lindavista Vallejo")
    private static final String TAIL = "(?:[ \\t]*,?[ \\t]*(?:col(?:onia|\\.)?|barrio|pueblo|unidad(?:[ \\t]+habitacional|(?![ \\t]+territorial))|u\\.[ \\t]?h\\.|u\\.(?=[ \\t])(?![ \\t]*h(?:ab)?\\.)|fracc(?:ionamiento|\\.)?)"
            + "[ \\t]+[\\p{L} .]{2,40}?(?=[,;]|$|\\n|\\.)|[ \\t]*,?[ \\t]*(?:u\\.?[ \\t]?hab\\.?|unidad[ \\t]+habitacional)"
            + "[ \\t]+[\\p{L} .]{2,40}?(?=[,;]|$|\\n|\\.))?"
            + "(?:[ \\t]*,?[ \\t]*(?:c\\.[ \\t]?p\\.|cp|codigo[ \\t]+postal)[ \\t]*\\d{5})?";
    /** A street by its type ({@code tipos_de_calle}), its name and its house number, with the dwelling's parts. */
    private final Pattern street;
    /**
     * A street named by its number alone, as a unidad's andadores are ("andador 4, edificio B, depto 12", "cerrada 3
     * casa 7"; {@code calles_por_numero}): the number is its name, so a unit or a house number must follow.
     */
    private final Pattern numberedStreet;
    /**
     * A street named without its type, as whole neighbourhoods name theirs ("Playa Caleta", "Oriente 158", "Norte
     * 17"), known for an address by what follows the house number: a second number ("Norte 17 número 5210") or the
     * unit of a dwelling ("Playa Caleta 318, edificio 2, departamento 104", "Alfarería 52, vecindad 3"). A school's
     * or a mesa's number ("Secundaria 215", "Consejo Distrital 31") has neither.
     */
    private final Pattern untypedStreet;
    /**
     * Units of one dwelling without a street, down to its flat: "Edificio B-12, depto. 302", "torre 3 departamento
     * 101", "edificio H-12, entrada B, depto. 304", "Edificio Guanajuato, entrada 2, depto. 1204". The flat that
     * closes the chain makes it a home, so a building may be named by a word of any length.
     */
    private final Pattern buildingAndFlat;
    /**
     * A building of a housing estate named with the estate ({@code conjuntos_habitacionales}), without its flat:
     * "edificio 7 entrada B, U.H. Legaria", "edificio D-201 del Conjunto Pedregal 2". The estate's name says the
     * building is where people live; a building with no estate after it ("el edificio 3 de la alcaldía") is an office.
     */
    private final Pattern estateBuilding;
    /**
     * A corner narrowed down to a house by its lot or number: "Av. Tláhuac esquina Jazmín, lote 9", "calle Rosal esq.
     * Olivo, casa 3". A corner alone is a public place (where a mesa stands); the lot after it is someone's.
     */
    private final Pattern cornerAndLot;
    /** What faces or stands by a thing ({@code junto_a}): "frente al", "junto a la", "a un lado del"; folded. */
    private final String nextTo;
    /** What a numbered stall is of, in lower case ("… puesto 14 del mercado"); a named market («del Mercado Jamaica») is not. */
    private static final Pattern OF_A_COMMON_PLACE = Pattern.compile("^[ \\t]+(?:de|del)(?:[ \\t]+(?:la|el))?[ \\t]+\\p{Ll}+(?![\\p{L}])");
    /**
     * A stall or premises by its number with the street or the corner it stands on ({@code puestos}: "puesto 14 del
     * tianguis, calle Playa Regatas esq. Playa Pie de la Cuesta", "local 9, Av. Morelos esquina Sur 12"): where whoever
     * keeps it is found, as at an office. The stall alone ("del puesto 114 del mercado") names no street, and a corner
     * alone is where a mesa may stand: both stay readable. Words between the stall and its street are in lower case
     * («del tianguis»), so a market named after a person («Mercado Benito Juárez») never becomes part of it.
     */
    private final Pattern stallOnAStreet;
    /** A word written with a capital and then lower case: a proper name («Mercado Beethoven»), not a line in capitals. */
    private static final Pattern TITLE_CASE_WORD = Pattern.compile("(?<![\\p{L}])\\p{Lu}\\p{Ll}");
    /**
     * A flat by its number, with or without its tower or building ("condómina del depto. 502 de la torre B", "la señora
     * del departamento 14"): in a condominium's minute or a neighbour's note the number alone says where someone lives.
     * "Jefe de Departamento de Participación" has no number and is an office.
     */
    private final Pattern flat;
    /**
     * The street of a building written after its flat with a comma, its type and its name but no number ("edificio 4,
     * departamento 302, calle Nueva Tenochtitlan"): the number was the building's, so the street is part of the address.
     */
    private final Pattern streetAfterUnit;
    /**
     * A street named without its type and its house number, then the colonia after a comma, with neither «calle» nor
     * «col.» written ("Ahuehuetes 77, Prados del Rosario", "Cantera 118, Puente de Piedra"): capitalized words, a
     * number, a comma and a colonia of two capitalized words or more. Run on the text as written, as the capitals
     * are the cue. A numbered thing that is no street, by any word of its name ("Sección 4521, Santa Cruz", "del Distrito 31, Tlalpan Centro",
     * "Secundaria 215, …", a date, a year) is no address: {@link #notAStreetName}.
     */
    // a colonia of one word that names an institution too ({@code colonias_de_una_palabra}: "Mesones 127, Centro") is one
    // when it is the whole name, closing the clause
    private final Pattern namedStreetAndColonia;
    /**
     * The same with a colonia of one word, closing its clause ("Fresno 23, Olímpica."): one word is as often something else
     * («Carta 1, Luna»), so it counts only when the catalogue of places knows it.
     */
    private final Pattern namedStreetAndOneWord;
    /** A street's type and the rest of its name: what {@link #onlyAPlacesName} reads. */
    private final Pattern typeAndName;
    /**
     * A street named without its type, by capitalized words and its house number ("Monte Líbano 1340", "Fresno 12"),
     * wherever it is: an address only where a house names it right before ({@link #namedAsAHouse}: "la residencia de
     * Monte Líbano 1340", "la casa de mi tía en Fresno 12"). Run on the text as written.
     */
    private final Pattern capitalizedStreet;
    /**
     * Numbered things whose name opens like a street's but that are none ({@code no_son_calles}): the consultation's
     * and the school's units, a document's parts, a route, a date.
     */
    private final Set<String> notAStreetName;

    /**
     * Whether the words before a house number are written elsewhere in the text with another number: a list's items
     * numbered in turn ("Carta 1, …", "Carta 2, …", "Escena 3, …"), where a street would keep its one number.
     */
    private static boolean numberedAgain(String text, int nameStart, int numberStart, String number) {
        String name = text.substring(nameStart, numberStart).strip();
        Matcher other = Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(name) + "[ \\t]+(\\d{1,5})(?!\\d)").matcher(text);
        while (other.find()) {
            if (!other.group(1).equals(number)) {
                return true;
            }
        }
        return false;
    }

    /** "Mz. 12 Lt. 5" (manzana and lote), the address of a house where streets have no numbers. */
    private final Pattern blockAndLot;
    /**
     * The house number said before its street, as one says where someone lives: "vecino del número 34 de la calle
     * Oriente 158", "en el #12 de la cerrada Pino", "el 7 de la avenida Sur". The street's type after «de» keeps a date
     * («el 5 de mayo») out; the name is read as far as {@link #STREET_NAME} goes.
     */
    private final Pattern numberBeforeStreet;
    /**
     * A street's name after its type, as written: its first word in any case ("calle pino", "calle Oriente 158"), then
     * capitalized words and numbers with their particles ("cerrada de Los Pinos"); a word in lower case goes on with
     * the sentence ("… Los Pinos y de ahí fuimos"), not with the name.
     */
    private static final Pattern STREET_NAME = Pattern.compile("(?:\\p{L}[\\p{L}'’-]*|\\d{1,5}(?:-?[A-Za-z])?)(?![\\p{L}\\d])"
            + "(?:[ \\t]+(?:(?:de|del|la|las|los|el)[ \\t]+)*(?:\\p{Lu}[\\p{L}'’-]*|\\d{1,5}(?:-?[A-Za-z])?)(?![\\p{L}\\d])){0,4}");

    /** Where the street's name that starts at {@code start} ends ({@link #STREET_NAME}); {@code start} when none does. */
    private static int streetNameEnd(String text, int start) {
        Matcher name = STREET_NAME.matcher(text).region(start, Math.min(text.length(), start + 80));
        return name.lookingAt() ? name.end() : start;
    }
    private static final Pattern POSTAL_CODE = Pattern.compile(
            "(?<![\\p{L}])(?:c\\.[ \\t]?p\\.|cp|codigo[ \\t]+postal)[ \\t]*:?[ \\t]*\\d{5}(?!\\d)");
    /** The sentence says where the mesa or an event was ({@code lugares_publicos}): a public place. */
    private final Pattern publicPlaceCue;
    /**
     * The sentence says the address is someone's ({@code indicios_de_domicilio}; a house named by who lives in it,
     * {@code duenos_de_casa}): private, whatever else it mentions.
     */
    private final Pattern privateCue;
    /**
     * A house named right before its address ({@code casas}: "casa de la esquina de Cerrada Olmo 4", "la casa de Calle
     * Pino 12", "vivienda en Andador 3 casa 2"): whoever lives there is found by it, whatever else the sentence says of
     * a corner or a mesa. A house that is a public place by a word of its name ({@code casas_publicas}: "Casa de la
     * Cultura de …", "casa ejidal en …") is not.
     */
    private final Pattern houseRightBefore;
    /** A number or a street: a colonia alone ("domicilio en la colonia") is a neighbourhood, not an address. */
    private static final Pattern ADDRESS_SHAPE = Pattern.compile("\\d|(?<![\\p{L}])(?:calle|av\\.|avenida|mz|lt|int\\.)(?![\\p{L}])");
    /** A unit or number word ending a line ("…, departamento", "… núm."), before the line break a wrapped text put there. */
    private final Pattern unitWordAtEnd;
    /**
     * A dwelling's part with its number or letter opening the next line, after a line that ended with a comma: a
     * page or a form wrapped the address there ("AV. CENTRAL 380, TORRE B," / "PISO 4 TEL: …").
     */
    private final Pattern unitOnNextLine;
    /**
     * The kind of settlement or of housing estate and its name opening the next line, after a line that ended with a
     * comma: "Edificio 14, entrada B, departamento 201," / "Unidad Los Cedros, Iztapalapa" — a territorial unit
     * ("Unidad Territorial …") is the consultation's, not an estate.
     */
    private final Pattern settlementOnNextLine;

    /** The file of {@code config/privacidad/} this vocabulary is read from. */
    static final String FILE = "domicilios.yaml";
    private static final String[] LISTS = {"tipos_de_calle", "calles_por_numero", "partes_de_vivienda", "partes_de_conjunto",
            "conjuntos_habitacionales", "lugares_publicos", "indicios_de_domicilio", "duenos_de_casa", "verbos_de_residencia",
            "no_son_calles", "casas", "casas_publicas", "tipos_de_asentamiento", "puestos", "partes_que_hacen_casa",
            "sigue_el_domicilio", "abreviaturas", "colonias_de_una_palabra", "antes_de_la_calle", "cierran_la_colonia",
            "particulas_de_nombre", "junto_a", "despachos_con_numero", "titulos_de_calle", "pisos_por_orden"};

    private PrivateAddresses(Map<String, List<String>> lists, List<String> roles) {
        String streetTypes = alternation(lists.get("tipos_de_calle"));
        List<String> particles = lists.get("particulas_de_nombre");
        String particle = alternation(particles);
        this.connectors = Set.copyOf(particles);
        this.nextTo = alternation(lists.get("junto_a")) + "[ \\t]+(?:a|al|de|del)(?:[ \\t]+(?:la|el))?";
        this.landmarkLead = Pattern.compile("^[ \\t]*,?[ \\t]*" + alternation(lists.get("junto_a"))
                + "[ \\t]+(?:a|al|de|del)(?![\\p{L}])(?:[ \\t]+(?:la|las|los|el|un|una)(?![\\p{L}]))?");
        this.landmarkOnly = Pattern.compile("^[ \\t]*" + alternation(lists.get("junto_a")) + "[ \\t]+(?:a|al|de|del)(?![\\p{L}])");
        this.dashedLandmark = Pattern.compile("[ \\t]+[\u2014\u2013-][ \\t]*(?=" + alternation(lists.get("junto_a"))
                + "[ \\t]+(?:a|al|de|del)(?![\\p{L}]))");
        // a form filled in capitals writes the colonia so too ("…, CASA 3, SAN JOSÉ DE LOS CEDROS I"), and a section of a
        // neighbourhood or an estate is told by a Roman numeral ("Infonavit Iztacalco II"): both are still its name; a
        // name may carry an initial, or be cut to one, as alcaldías and colonias named after people are ("Gustavo A.
        // Madero", "V. Carranza", "G. A. Madero"); a word in lower case may close it ({@code cierran_la_colonia}:
        // "Cuajimalpa centro", "Moctezuma norte") when the clause ends there
        // nor is the label of a contact field printed after the address on its line ("…, Tlalpan   Tel.: 55 …")
        this.settlementName = "(?:(?:(?!(?:" + AnnouncedNames.INSTITUTION_WORDS + ")(?![\\p{L}]))" + NOT_A_CONTACT_LABEL
                + "(?:\\p{Lu}\\.[ \\t]*)*\\p{Lu}\\p{Ll}[\\p{L}'’-]*(?:[ \\t]+(?:" + particle + "[ \\t]+)*(?:\\p{Lu}\\.[ \\t]+)*"
                + NOT_A_CONTACT_LABEL + "\\p{Lu}\\p{Ll}[\\p{L}'’-]*){0,4}"
                + "|(?!(?iu:" + AnnouncedNames.INSTITUTION_WORDS + ")(?![\\p{L}]))" + NOT_A_CONTACT_LABEL
                + "\\p{Lu}{2}[\\p{Lu}'’-]*(?:[ \\t]+(?:" + alternation(particles.stream().map(w -> w.toUpperCase(java.util.Locale.ROOT)).toList()) + "[ \\t]+)*"
                + NOT_A_CONTACT_LABEL + "\\p{Lu}{2}[\\p{Lu}'’-]*){0,4})"
                + "(?:[ \\t]+(?:I{1,3}|IV|VI{0,3}|IX|X{1,3}))?(?![\\p{L}\\d])(?![ \\t]*\\d)"
                + "(?:[ \\t]+(?iu:" + alternation(lists.get("cierran_la_colonia")) + ")(?=[ \\t]*(?:[.,;\\n]|$)))?)";
        this.bareSettlement = Pattern.compile("(?u)^[ \\t]+"
                + "(?!(?:" + AnnouncedNames.INSTITUTION_WORDS + ")(?![\\p{L}]))" + NOT_A_CONTACT_LABEL
                + "\\p{Lu}\\p{Ll}[\\p{L}'’-]*(?:[ \\t]+(?:" + particle + "[ \\t]+)*" + NOT_A_CONTACT_LABEL + "\\p{Lu}\\p{Ll}[\\p{L}'’-]*){0,3}"
                + "(?=[ \\t]*(?:[,;]|\\.?[ \\t]*(?:\\n|$)))");
        String capitalizedName = "(?<![\\p{L}\\d.])\\p{Lu}\\p{Ll}+(?:[ \\t]+(?:" + particle + "[ \\t]+)?\\p{Lu}\\p{Ll}+){0,2}"
                + "[ \\t]+(\\d{1,5})(?:-?[A-Z])?(?![\\p{L}\\d]|[.:,/]\\d)";
        this.namedStreetAndColonia = Pattern.compile(capitalizedName
                + "(?=[ \\t]*,[ \\t]+(?:(?!(?:" + AnnouncedNames.INSTITUTION_WORDS + ")(?![\\p{L}]))\\p{Lu}\\p{Ll}+"
                + "(?:[ \\t]+(?:" + particle + "[ \\t]+)*\\p{Lu}\\p{Ll}+){1,4}(?![\\p{L}\\d])(?![ \\t]*\\d)"
                + "|(?iu:" + alternation(lists.get("colonias_de_una_palabra")) + ")(?=[ \\t]*(?:[.,;\\n]|$))))");
        this.namedStreetAndOneWord = Pattern.compile(capitalizedName
                + "(?=[ \\t]*,[ \\t]+(\\p{Lu}\\p{Ll}+)(?=[ \\t]*(?:[.,;\\n]|$)))");
        this.typeAndName = Pattern.compile("(?<![\\p{L}])" + streetTypes + "[ \\t]+(\\p{L}[^\\n,;]*)");
        this.capitalizedStreet = Pattern.compile(capitalizedName);
        String unitWords = alternation(lists.get("partes_de_vivienda"));
        // a unit after the house number: "int. 4", "departamento 5", "Mz. 12 Lt. 5", "edif. B", "despacho 3"; or a
        // second number: "Oriente 158 núm. 42" (the street's own number is part of its name)
        this.unit = "(?:[ \\t]*,?[ \\t]*(?:(?:no\\.?|num\\.?|numero)[ \\t]*)?" + unitWords
                // the whole word before its value: "interior 3" is not "int" + "erior"
                + "(?![a-z])[ \\t]*[\\w-]{1,6}"
                + "|[ \\t]*,?[ \\t]*(?:no\\.?|num\\.?|numero|#|n[°º])[ \\t]*\\d{1,5}[a-z]?(?![\\w])"
                // a floor said by its order, with no number after it: "…, segundo piso", "…, planta alta"
                + "|[ \\t]*,?[ \\t]*" + alternation(lists.get("pisos_por_orden")) + "(?![\\p{L}]))*";
        this.unitsAfter = Pattern.compile(unit);
        this.street = Pattern.compile("(?<![\\p{L}])" + streetTypes
                // a corner has no house number: "Av. Rojo Gómez esq. Sur 20" names two streets, "Sur 20" one of them
                + "[ \\t]+(?:(?!esq\\.|esquina(?![\\p{L}]))[\\p{L}\\d .'-]){2,60}?" + NUMBER + LETTER + unit + TAIL);
        this.numberedStreet = Pattern.compile("(?<![\\p{L}])" + alternation(lists.get("calles_por_numero")) + "[ \\t]+\\d{1,4}(?![\\d:])"
                + "(?=[ \\t]*,?[ \\t]*(?:no\\.?|num\\.?|numero|#|n[°º]|interior|int\\.|departamento|depto|dpto|depa|edificio|edif|casa|manzana|mz|lote|lt)(?![a-z]))"
                + unit + TAIL);
        this.untypedStreet = Pattern.compile("(?<![\\p{L}\\d])\\p{L}[\\p{L}'-]*(?:[ \\t]+\\p{L}[\\p{L}'-]*){0,4}?" + NUMBER + LETTER
                + "(?:[ \\t]*,?[ \\t]*(?:no\\.?|num\\.?|numero|#|n[°º])[ \\t]*\\d{1,5}[a-z]?(?![\\w])" + unit
                + "|[ \\t]*,?[ \\t]*(?:(?:no\\.?|num\\.?|numero)[ \\t]*)?(?:" + alternation(lists.get("partes_que_hacen_casa"))
                + "|(?:manzana|mz\\.?)[ \\t]*\\w{1,4}[ \\t]*,?[ \\t]*(?:lote|lt\\.?))(?![a-z])[ \\t]*[\\w-]{1,6}"
                + unit
                // a numbered office or consulting room of a building: where someone is found, as a flat is
                + "|[ \\t]*,[ \\t]*" + alternation(lists.get("despachos_con_numero"))
                + "(?![a-z])[ \\t]*(?:(?:no\\.?|num\\.?|numero|#)[ \\t]*)?\\d{1,4}(?:-?[a-z])?(?![\\w])" + unit + ")" + TAIL);
        String estatePart = alternation(lists.get("partes_de_conjunto"));
        this.buildingAndFlat = Pattern.compile("(?<![\\p{L}])" + estatePart + "[ \\t]*(?:[\\w-]{1,6}|\\p{L}{2,20})(?![\\w])"
                + "(?:[ \\t]*,?[ \\t]*" + estatePart + "[ \\t]*[\\w-]{1,6}(?![\\w])){0,2}"
                + "[ \\t]*,?[ \\t]*(?:departamento|depto\\.?|dpto\\.?|depa|interior|int\\.)"
                + "[ \\t]*[\\w-]{1,6}(?![\\w])" + unit + TAIL);
        // the estate's name runs to the comma, the period that ends the sentence or the line's end
        this.estateBuilding = Pattern.compile("(?<![\\p{L}])" + estatePart + "[ \\t]*[\\w-]{1,6}(?![\\w])"
                + "(?:[ \\t]*,?[ \\t]*" + estatePart + "[ \\t]*[\\w-]{1,6}(?![\\w])){0,2}"
                + "[ \\t]*,?[ \\t]*(?:(?:de|del|en)[ \\t]+(?:la[ \\t]+|el[ \\t]+)?)?"
                + alternation(lists.get("conjuntos_habitacionales")) + "(?![\\p{L}])"
                + "[ \\t]*[\\p{L}\\d][\\p{L}\\d '-]{0,40}?(?=[ \\t]*(?:[,;\\n]|\\.(?:[ \\t\\n]|$)|$))");
        this.cornerAndLot = Pattern.compile("(?<![\\p{L}])" + streetTypes + "[ \\t]+[\\p{L}\\d .'-]{2,40}?[ \\t]+(?:esquina|esq\\.)(?:[ \\t]+con)?"
                + "[ \\t]+[\\p{L}\\d'-]+(?:[ \\t]+[\\p{L}\\d'-]+){0,3}?[ \\t]*,?[ \\t]*"
                + "(?:lote|lt\\.?|casa|local|no\\.?|num\\.?|numero|#|n[°º]|(?:manzana|mz\\.?)[ \\t]*\\w{1,4}[ \\t]*,?[ \\t]*(?:lote|lt\\.?)"
                // or by a numbered stall or house it faces: "…esquina con Camino Real, frente al puesto 14"
                + "|" + nextTo + "[ \\t]+(?:" + alternation(lists.get("puestos")) + "|" + alternation(lists.get("casas")) + "|lote))"
                + "(?![a-z])[ \\t]*\\d{1,5}[a-z]?(?![\\w])" + unit + TAIL);
        this.stallOnAStreet = Pattern.compile("(?<![\\p{L}])" + alternation(lists.get("puestos"))
                + "[ \\t]*(?:(?:no\\.?|num\\.?|numero|#|n[°º])[ \\t]*)?\\d{1,4}(?:-?[a-z])?(?![\\w])"
                + "((?:[ \\t]+(?:de|del|en)(?:[ \\t]+\\p{L}+){1,5}?)?)[ \\t]*,[ \\t]*" + streetTypes
                + "[ \\t]+(?:(?!esq\\.|esquina(?![\\p{L}]))[\\p{L}\\d .'-]){2,40}?"
                + "(?:[ \\t]+(?:esquina|esq\\.)(?:[ \\t]+con)?[ \\t]+[\\p{L}\\d'-]+(?:[ \\t]+[\\p{L}\\d'-]+){0,4}?)?"
                + "(?=[ \\t]*(?:[,;\\n]|\\.(?:[ \\t\\n]|$)|$))");
        this.streetAfterUnit = Pattern.compile("[ \\t]*,[ \\t]*(?iu:" + streetTypes + ")\\.?[ \\t]+(?:(?:" + particle + ")[ \\t]+)*"
                + "\\p{Lu}\\p{Ll}[\\p{L}'’-]*(?:[ \\t]+(?:(?:" + particle + ")[ \\t]+)*\\p{Lu}\\p{Ll}[\\p{L}'’-]*){0,4}(?=[ \\t]*(?:[.,;\\n]|$))");
        this.flat = Pattern.compile(
                "(?<![\\p{L}])(?:departamento|depto\\.?|dpto\\.?|depa)[ \\t]*(?:(?:no\\.?|num\\.?|numero|#)[ \\t]*)?\\d{1,4}(?:-?[a-z])?(?![\\w])"
                        + "(?:[ \\t]*,?[ \\t]*(?:de|del)[ \\t]+(?:la[ \\t]+|el[ \\t]+)?(?:torre|edificio|edif\\.?|entrada|bloque|modulo)[ \\t]*[\\w-]{1,6}(?![\\w]))?"
                        + unit + TAIL);
        this.numberBeforeStreet = Pattern.compile("(?<![\\p{L}])(?:(?:numero|num\\.?|no\\.|#|n[°º])[ \\t]*|(?<=(?:el|al|del)[ \\t]))"
                + "\\d{1,5}(?:-?[a-z])?(?![\\w])[ \\t]+(?:de|en)[ \\t]+(?:(?:la|el)[ \\t]+)?" + streetTypes + "[ \\t]+(?=[\\p{L}\\d])");
        this.blockAndLot = Pattern.compile(
                "(?<![\\p{L}])(?:mz\\.?|manzana)[ \\t]*\\d{1,4}[a-z]?[ \\t]*,?[ \\t]*(?:lt\\.?|lote)[ \\t]*\\d{1,4}[a-z]?(?![\\w])" + unit + TAIL);
        List<String> publicPlaces = lists.get("lugares_publicos");
        this.publicPlaceCue = Pattern.compile("(?:" + alternation(publicPlaces)
                // the door of a place, not an estate's numbered or lettered entrance ("entrada B, depto. 304")
                + "|entrada(?![ \\t]*(?:\\d|[a-z](?:-\\d+)?[ \\t]*(?:[,;]|$))))");
        this.privateCue = Pattern.compile("(?<![\\p{L}])(?:" + byEar(lists.get("indicios_de_domicilio"))
                // a mesa set up in a family's or a neighbour's house: the address is still their home
                + "|casa[ \\t]+de(?:l|[ \\t]+(?:la|las|los|mi|su|una|un))?[ \\t]+" + byEar(lists.get("duenos_de_casa")) + ")(?![\\p{L}])");
        // up to three words between the house and the «de» or «en» that opens its address: "casa de la esquina de …",
        // "casa azul en …"; none of them a public house's ("casa de la cultura de …")
        this.houseRightBefore = Pattern.compile("(?<![\\p{L}])" + alternation(lists.get("casas"))
                + "(?:[ \\t]+(?!" + alternation(lists.get("casas_publicas")) + "(?![\\p{L}]))\\p{L}+){0,3}?[ \\t]+(?:de|en)[ \\t]*$");
        this.livesAt = Pattern.compile("(?<![\\p{L}])(?:(?:" + byEar(lists.get("verbos_de_residencia"))
                + "|domicilio(?:[ \\t]+\\p{L}+){0,3}?)[ \\t]+en|(?:domicilio|direccion)(?:[ \\t]+\\p{L}+){0,2}?[ \\t]+es)[ \\t]+([^\\n]+)");
        this.unitWordAtEnd = Pattern.compile("(?<![\\p{L}])(?:" + unitWords + "|no\\.|num\\.?|numero|#)[ \\t]*$");
        // the value a figure or a single letter, so a line that opens with «Casa de …» or «Local comercial» is no unit
        this.unitOnNextLine = Pattern.compile("[ \\t]*,?[ \\t]*\\n[ \\t]*" + unitWords + "(?![a-z])[ \\t]*(?:\\d[\\w-]{0,5}|[a-z])(?![\\w])"
                + unit);
        this.notAStreetName = Set.copyOf(lists.get("no_son_calles"));
        this.notAStreet = Set.copyOf(lists.get("antes_de_la_calle"));
        this.titleBeforeStreet = Pattern.compile("(?<![\\p{L}])(?:" + alternation(lists.get("titulos_de_calle").stream()
                .map(t -> t.replaceAll("\\.$", "")).distinct().toList()) + ")\\.?[ \\t]+$");
        List<String> settlementsAndEstates = new ArrayList<>(lists.get("tipos_de_asentamiento"));
        settlementsAndEstates.addAll(lists.get("conjuntos_habitacionales"));
        this.settlementOnNextLine = Pattern.compile("[ \\t]*,?[ \\t]*\\n[ \\t]*(?:" + alternation(settlementsAndEstates)
                + "|unidad(?![ \\t]+territorial))(?![\\p{L}])[ \\t]*\\p{L}[^\\n,;]{1,60}");
        List<String> goesOn = new ArrayList<>();
        for (String key : new String[] {"partes_de_vivienda", "pisos_por_orden", "tipos_de_asentamiento", "conjuntos_habitacionales",
                "sigue_el_domicilio"}) {
            lists.get(key).forEach(w -> goesOn.add(w.replaceAll("\\.$", "")));
        }
        this.partOfAnAddress = Pattern.compile(alternation(goesOn) + "(?![\\p{L}])");
        List<String> abbreviations = lists.get("abreviaturas").stream().map(w -> w.replaceAll("\\.$", "")).toList();
        this.abbreviationAtEnd = Pattern.compile("(?<![\\p{L}])" + alternation(abbreviations) + "\\.$");
        this.settlement = Pattern.compile("(?u)^[ \\t]*,[ \\t]*(?:(?iu:" + alternation(lists.get("tipos_de_asentamiento")) + ")[ \\t]+)?"
                + "(?:" + settlementName + "|(?iu:" + alternation(lists.get("colonias_de_una_palabra")) + ")(?=[ \\t]*(?:[.,;\\n]|$)))"
                // a page wrapped the line after the comma: the colonia on the next line closes it or its clause
                + "|(?u)^[ \\t]*,[ \\t]*\\n[ \\t]*(?:(?iu:" + alternation(lists.get("tipos_de_asentamiento")) + ")[ \\t]+)?"
                + settlementName + "(?=[ \\t]*(?:[,;]|\\.?[ \\t]*(?:\\n|$)))");
        // a role's complement names whose role it is, not where the address after it is: "observadora de la mesa, calle
        // Norte 15 núm. 4712" (the mesa of «la mesa estaba en …» still marks a public place)
        this.roleOfAPlace = roles.isEmpty() ? null : Pattern.compile("(?<![\\p{L}])" + alternation(roles)
                + "[ \\t]+(?:de|del)[ \\t]+(?:(?:la|el|las|los)[ \\t]+)?(?:" + alternation(lists.get("lugares_publicos")) + ")\\p{L}*");
    }

    /** {@link #roleOfAPlace}, as read from the names' vocabulary ({@code funciones}); null when none is given. */
    private final Pattern roleOfAPlace;

    /** A word that is written with a period and does not end a sentence ({@code abreviaturas}: «av.», «col.», «U.», «Lic.»). */
    private final Pattern abbreviationAtEnd;

    /**
     * The sentence without the public places that only complement a person's role ("observadora de la mesa"): what is
     * left says whether an address in it is where the mesa was.
     */
    private String withoutRolesOfAPlace(String sentence) {
        return roleOfAPlace == null ? sentence : roleOfAPlace.matcher(sentence).replaceAll(" ");
    }

    /** The vocabulary of {@code dir/domicilios.yaml}; fails with the file and the reason. */
    static PrivateAddresses load(Path dir) {
        return load(dir, List.of());
    }

    /**
     * The vocabulary of {@code dir/domicilios.yaml}, with the nouns of a person's role ({@code funciones} of the names'
     * vocabulary, folded) whose complement is no place of an address.
     */
    static PrivateAddresses load(Path dir, List<String> roles) {
        Path yaml = dir.resolve(FILE);
        Map<String, List<String>> lists = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(yaml)) {
            Map<?, ?> root = new ObjectMapper(new YAMLFactory()).readValue(in, Map.class);
            for (String key : LISTS) {
                Object value = root == null ? null : root.get(key);
                if (!(value instanceof List<?> items) || items.isEmpty()) {
                    throw new IllegalStateException(yaml + ": falta la lista '" + key + "'");
                }
                List<String> folded = new ArrayList<>();
                for (Object item : items) {
                    String s = item == null ? "" : Folding.foldLower(item.toString().strip());
                    if (!s.isEmpty()) {
                        folded.add(s);
                    }
                }
                lists.put(key, folded);
            }
        } catch (IOException e) {
            throw new IllegalStateException("No se pudo leer el vocabulario de domicilios " + yaml + ": " + e.getMessage(), e);
        }
        return new PrivateAddresses(lists, roles);
    }

    /** The phrases, longest first, each literal but for its spaces, which may be any run of spaces or tabs. */
    private static String alternation(List<String> phrases) {
        return PrivacyVocabulary.plainAlternation(longestFirst(phrases));
    }

    /**
     * As {@link #alternation}, with «v» and «b» for each other as people who write by ear spell them ("bibe", "vibo",
     * "becina").
     */
    private static String byEar(List<String> phrases) {
        StringBuilder sb = new StringBuilder("(?:");
        List<String> sorted = longestFirst(phrases);
        for (int i = 0; i < sorted.size(); i++) {
            if (i > 0) {
                sb.append('|');
            }
            String[] parts = sorted.get(i).split("\\s+");
            for (int j = 0; j < parts.length; j++) {
                if (j > 0) {
                    sb.append("[ \\t]+");
                }
                for (char c : parts[j].toCharArray()) {
                    sb.append(c == 'v' || c == 'b' ? "[vb]" : Pattern.quote(String.valueOf(c)));
                }
            }
        }
        return sb.append(')').toString();
    }

    private static List<String> longestFirst(List<String> phrases) {
        List<String> sorted = new ArrayList<>(new java.util.LinkedHashSet<>(phrases));
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return sorted;
    }

    List<PersonalData> find(String text) {
        return find(text, name -> false);
    }

    /**
     * Whether an address found is only a street's type and a name the catalogue gives a place, its number included
     * ("calle Escuadrón 201"): the number is part of the name, no house's, and a street without one is a public place.
     */
    boolean onlyAPlacesName(String value, java.util.function.Predicate<String> isPlace) {
        Matcher m = typeAndName.matcher(Folding.foldPreservingLength(value));
        return m.matches() && isPlace.test(value.substring(m.start(1)).strip());
    }

    /**
     * @param isPlace whether a word names a place of the catalogue (an alcaldía, a unidad territorial) or a figure places
     *                are named after
     */
    List<PersonalData> find(String text, java.util.function.Predicate<String> isPlace) {
        String folded = Folding.foldPreservingLength(text);
        List<PersonalData> found = new ArrayList<>();
        Matcher m = LABELLED.matcher(folded);
        while (m.find()) {
            if (publicPlaceCue.matcher(folded.substring(m.start(), m.start(1))).find()) {
                continue; // "Dirección de la mesa:", "Domicilio de la escuela sede:": a public place
            }
            int end = sentenceEnd(text, folded, m.start(1), columnEnd(folded, m.start(1), m.end(1)));
            if (landmarkOnly.matcher(folded).region(m.start(1), end).lookingAt() && !ADDRESS_SHAPE.matcher(folded.substring(m.start(1), end)).find()) {
                continue;
            }
            Matcher dash = dashedLandmark.matcher(folded).region(m.start(1), end);
            addValue(found, text, m.start(1), dash.find() ? dash.start() : end);
        }
        m = LABEL_LINE.matcher(folded);
        while (m.find()) {
            if (ADDRESS_SHAPE.matcher(m.group(1)).find()) {
                addValue(found, text, m.start(1), addressEnd(text, folded, m.start(1), sentenceEnd(text, folded, m.start(1), m.end(1))));
            }
        }
        m = livesAt.matcher(folded);
        while (m.find()) {
            if (publicPlaceCue.matcher(folded.substring(m.start(), m.start(1))).find()) {
                continue; // "la dirección de la escuela es …": a public place
            }
            int end = addressEnd(text, folded, m.start(1), sentenceEnd(text, folded, m.start(1), m.end(1)));
            if (ADDRESS_SHAPE.matcher(folded.substring(m.start(1), end)).find()) {
                addValue(found, text, m.start(1), end);
            }
        }
        for (Pattern address : new Pattern[] {street, numberedStreet, blockAndLot, untypedStreet, buildingAndFlat, estateBuilding, flat,
                numberBeforeStreet}) {
            m = address.matcher(folded);
            while (m.find()) {
                int start = address == untypedStreet ? withStreetTitle(text, folded, streetNameStart(text, folded, m.start(), m.end()))
                        : m.start();
                if (start < 0) {
                    continue;
                }
                if (address == numberBeforeStreet) {
                    int nameEnd = streetNameEnd(text, m.end());
                    String sentence = folded.substring(sentenceStart(text, folded, start), nameEnd);
                    if (nameEnd > m.end() && (privateCue.matcher(sentence).find()
                            || !publicPlaceCue.matcher(withoutRolesOfAPlace(sentence)).find())) {
                        addValue(found, text, start, settlementEnd(text, nameEnd));
                    }
                    continue;
                }
                int sentenceStart = sentenceStart(text, folded, start);
                String sentence = folded.substring(sentenceStart, m.end());
                if (privateCue.matcher(sentence).find() || namedAsAHouse(folded, sentenceStart, start)
                        || !publicPlaceCue.matcher(withoutRolesOfAPlace(address == street
                                ? withoutStreetName(folded, sentenceStart, start, m.end()) : sentence)).find()) {
                    int end = settlementEnd(text, m.end());
                    if (address == buildingAndFlat || address == estateBuilding || address == flat) {
                        // "…, edificio 4, departamento 302, calle Nueva Tenochtitlan": the building's street after the flat
                        Matcher buildingStreet = streetAfterUnit.matcher(text).region(end, Math.min(text.length(), end + 80));
                        end = buildingStreet.lookingAt() ? settlementEnd(text, buildingStreet.end()) : end;
                    }
                    addValue(found, text, start, end);
                }
            }
        }
        m = cornerAndLot.matcher(folded);
        while (m.find()) {
            // the corner itself is the cue of a public place: only what the sentence said before it is read
            String before = folded.substring(sentenceStart(text, folded, m.start()), m.start());
            if (privateCue.matcher(before).find() || !publicPlaceCue.matcher(withoutRolesOfAPlace(before)).find()) {
                Matcher of = OF_A_COMMON_PLACE.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 40));
                addValue(found, text, m.start(), of.lookingAt() ? of.end() : settlementEnd(text, m.end()));
            }
        }
        m = stallOnAStreet.matcher(folded);
        while (m.find()) {
            // the stall is no public place by itself: only what the sentence said before it tells where a mesa stood
            String before = folded.substring(sentenceStart(text, folded, m.start()), m.start());
            boolean namedPlace = TITLE_CASE_WORD.matcher(text).region(m.start(1), m.end(1)).find();
            if (!namedPlace && (privateCue.matcher(before).find() || !publicPlaceCue.matcher(before).find())) {
                addValue(found, text, m.start(), m.end());
            }
        }
        m = namedStreetAndColonia.matcher(text);
        while (m.find()) {
            namedStreet(found, text, folded, m);
        }
        m = namedStreetAndOneWord.matcher(text);
        while (m.find()) {
            if (isPlace.test(m.group(2))) {
                namedStreet(found, text, folded, m);
            }
        }
        m = capitalizedStreet.matcher(text);
        while (m.find()) {
            int sentenceStart = sentenceStart(text, folded, m.start());
            if (namedAsAHouse(folded, sentenceStart, m.start()) && !numberedThing(folded, m.start(), m.start(1), m.group(1))) {
                Matcher units = unitsAfter.matcher(folded).region(m.end(), folded.length());
                addValue(found, text, m.start(), settlementEnd(text, units.lookingAt() ? units.end() : m.end()));
            }
        }
        m = POSTAL_CODE.matcher(folded);
        while (m.find()) {
            addValue(found, text, m.start(), m.end());
        }
        return withLowerCaseSettlements(found, text, isPlace);
    }

    /**
     * A colonia the catalogue knows, written in lower case after the address and a comma, as a chat writes it («vive en
     * andador 5 edif 22 depto 101, tablas de san agustin»): it is still the address's, which a capital would have said.
     */
    private static List<PersonalData> withLowerCaseSettlements(List<PersonalData> found, String text, java.util.function.Predicate<String> isPlace) {
        List<PersonalData> out = new ArrayList<>(found.size());
        for (PersonalData address : found) {
            Matcher tail = LOWER_CASE_SETTLEMENT.matcher(text).region(address.end(), Math.min(text.length(), address.end() + 60));
            if (tail.lookingAt() && isPlace.test(tail.group(1))) {
                address = new PersonalData(address.kind(), text.substring(address.start(), tail.end(1)), address.start(), tail.end(1));
            }
            out.add(address);
        }
        return out;
    }

    /** A street named without its type, its number and its colonia ({@link #namedStreetAndColonia}), unless no street or a public place. */
    private void namedStreet(List<PersonalData> found, String text, String folded, Matcher m) {
        String number = m.group(1);
        if (numberedThing(folded, m.start(), m.start(1), number)) {
            return; // "Sección 4521, …", "Participativo 2022, Ciudad de México": no street, a year
        }
        if (numberedAgain(text, m.start(), m.start(1), number)) {
            return; // "Carta 1, El Loco", "Carta 2, La Torre": the items of a list, numbered in turn
        }
        int sentenceStart = sentenceStart(text, folded, m.start());
        String sentence = folded.substring(sentenceStart, m.end());
        if (privateCue.matcher(sentence).find() || namedAsAHouse(folded, sentenceStart, m.start())
                || !publicPlaceCue.matcher(withoutRolesOfAPlace(sentence)).find()) {
            addValue(found, text, withStreetTitle(text, folded, m.start()), settlementEnd(text, m.end()));
        }
    }

    /**
     * The sentence of a typed street without the street's own name, the words between its type and its number: a
     * street named after a place («Calle Ex Escuela de Tiro 23», «Av. del Mercado 12») says nothing of where a mesa
     * stood; what the sentence says before the address, and the dwelling's parts after its number, still do.
     */
    private static String withoutStreetName(String folded, int sentenceStart, int start, int end) {
        Matcher number = FIRST_NUMBER.matcher(folded).region(start, end);
        int nameEnd = number.find() ? number.start() : end;
        return folded.substring(sentenceStart, start) + " " + folded.substring(nameEnd, end);
    }

    /** Whether a name and its number are a numbered thing that is no street ({@link #notAStreetName}) or a year. */
    private boolean numberedThing(String folded, int nameStart, int numberStart, String number) {
        return java.util.Arrays.stream(folded.substring(nameStart, numberStart).strip().split("[ \\t]+")).anyMatch(notAStreetName::contains)
                || number.length() == 4 && (number.startsWith("19") || number.startsWith("20"));
    }

    /** Whether the words of its sentence right before an address at {@code start} name a house ({@link #houseRightBefore}). */
    private boolean namedAsAHouse(String folded, int sentenceStart, int start) {
        return houseRightBefore.matcher(folded).region(Math.max(sentenceStart, start - 60), start).find();
    }

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'-]*");
    private static final Pattern FIRST_NUMBER = Pattern.compile("[ \\t](?:no\\.?|num\\.?|numero|#|n[°º]|\\d|s/n)");
    /** A street's abbreviated title right before its name ({@code titulos_de_calle}): «Gral. », «Dr. ». */
    private final Pattern titleBeforeStreet;

    /**
     * Where a street without its type begins once the title its name opens with is counted: «(Gral. José Morán 57, …)»
     * is the address whole; the title alone would stay readable before the redacted street. {@code start} -1 stays -1.
     */
    private int withStreetTitle(String text, String folded, int start) {
        if (start < 0) {
            return start;
        }
        Matcher title = titleBeforeStreet.matcher(folded).region(Math.max(0, start - 8), start);
        return title.find() && Character.isUpperCase(text.charAt(title.start())) ? title.start() : start;
    }

    /** Words that open a sentence's way to an address and are no part of a street's name ({@code antes_de_la_calle}). */
    private final Set<String> notAStreet;
    /** The particles of a name ({@code particulas_de_nombre}), folded. */
    private final Set<String> connectors;

    /**
     * Where the name of a street without its type begins, among the words before its house number: the capitalized
     * words right before it ("…aclaración, en Playa Caleta 318" → "Playa Caleta"), with their particles ("Lomas de la
     * Era"); in a text without capitals, the words after a word that leads to an address ("en", "vivo"); -1 when
     * no word names a street.
     */
    private int streetNameStart(String text, String folded, int start, int end) {
        Matcher number = FIRST_NUMBER.matcher(folded).region(start, end);
        if (!number.find()) {
            return -1;
        }
        List<int[]> words = new ArrayList<>();
        Matcher w = WORD.matcher(text).region(start, number.start());
        while (w.find()) {
            words.add(new int[] {w.start(), w.end()});
        }
        boolean capitals = words.stream().anyMatch(x -> Character.isUpperCase(text.charAt(x[0])));
        int first = -1;
        for (int i = words.size() - 1; i >= 0; i--) {
            String word = folded.substring(words.get(i)[0], words.get(i)[1]);
            boolean named = capitals ? Character.isUpperCase(text.charAt(words.get(i)[0])) : !notAStreet.contains(word);
            if (named && !notAStreet.contains(word)) {
                first = i;
            } else if (!(capitals && connectors.contains(word) && first >= 0)) {
                break;
            }
        }
        // a particle opens no name: "en el edificio 12" is "edificio 12"
        while (first >= 0 && first < words.size() - 1 && connectors.contains(folded.substring(words.get(first)[0], words.get(first)[1]))) {
            first++;
        }
        return first < 0 ? -1 : words.get(first)[0];
    }

    /**
     * The neighbourhood written after a house's street and number with only a comma, as people write it without
     * «col.» ("Calle Ermita 22, Santa Martha Acatitla Sur", "Callejón del Pozo 7, Tempiluli, junto a…"): one or two
     * runs of capitalized words (with their particles), none opened by the name of a place or an office ("…, Mercado
     * Jamaica") and none followed by a number (another street).
     */
    private final Pattern settlement;
    /** {@link #settlement}'s name, after the kind of settlement ({@code tipos_de_asentamiento}) that may open it. */
    private final String settlementName;

    /**
     * The neighbourhood written right after the house's number without a comma, as a hand-written sheet or a message
     * does ("andador 3 casa 15 Picos Iztacalco", "calle Olmo 4 Santa Úrsula Coapa"): a run of capitalized words that
     * closes the line or the clause (a comma or a semicolon after it). A run that goes on into the sentence ("calle
     * Olmo 4 Juan me abrió") or a place's name ("… 4 Mercado Jamaica") is no part of the address.
     */
    private final Pattern bareSettlement;

    /**
     * The cross streets that narrow a house down ("… 14 entre calles Sur 8 y Sur 10", "…, esquina con Rosales"): up to
     * the comma, period or line end after the last one.
     */
    private static final Pattern CROSS_STREETS = Pattern.compile("^[ \\t]*,?[ \\t]*(?:entre(?:[ \\t]+(?:las[ \\t]+)?calles)?[ \\t]+[^,.;\\n]{2,40}?"
            + "[ \\t]+[ye][ \\t]+|(?:esquina|esq\\.)(?:[ \\t]+con)?[ \\t]+)[\\p{L}\\d'-]+(?:[ \\t]+[\\p{L}\\d'-]+){0,3}?(?=[ \\t]*(?:[,.;\\n]|$))");

    /**
     * A landmark that points at the house ("…, junto al molino", "…, frente a la tortillería", "…, a un lado de la
     * tienda"): common nouns in lower case up to the comma, period or line end. A named place ("frente al Centro de
     * Salud …") is public and stays readable, and so the address ends before it; "cerca del metro" points at a
     * neighbourhood, not at the house.
     */
    private final Pattern landmarkLead;
    /**
     * A labelled value that only points at a place near the house («Referencia del domicilio: a media cuadra de la
     * Escuela …», «Domicilio: frente al mercado»), with no street and no number: the place pointed at is public, and
     * nothing in the value tells which house.
     */
    private final Pattern landmarkOnly;
    /**
     * A dash set apart after a labelled address, then a landmark («…, edificio B — frente a la estatua de …»): the dash
     * closes the address and opens a remark on where it is, which names a public place.
     */
    private final Pattern dashedLandmark;
    /** A comma and words in lower case up to the clause's end: a colonia written without capitals («…, tablas de san agustin»). */
    private static final Pattern LOWER_CASE_SETTLEMENT = Pattern.compile("^[ \\t]*,[ \\t]*(\\p{Ll}[\\p{Ll}'’]*(?:[ \\t]+\\p{Ll}[\\p{Ll}'’]*){0,4})(?=[ \\t]*(?:[,.;\\n]|$))");

    /** The common nouns of a landmark after {@link #landmarkLead}, up to the comma, period or line end. */
    private static final Pattern LANDMARK_NOUNS = Pattern.compile("(?u)^(?:[ \\t]+\\p{Ll}+){1,3}(?=[ \\t]*(?:[,.;\\n]|$))");

    /**
     * Where an address that ends at {@code end} really ends: after its cross streets and the neighbourhoods that
     * follow it with a comma, or right after its number without one ({@link #bareSettlement}).
     */
    private int settlementEnd(String text, int end) {
        String folded = Folding.foldPreservingLength(text);
        Matcher cross = CROSS_STREETS.matcher(folded).region(end, Math.min(text.length(), end + 100));
        if (cross.lookingAt()) {
            end = cross.end();
        }
        Matcher landmark = landmarkLead.matcher(folded).region(end, Math.min(text.length(), end + 80));
        if (landmark.lookingAt()) {
            Matcher nouns = LANDMARK_NOUNS.matcher(text).region(landmark.end(), Math.min(text.length(), landmark.end() + 60));
            if (nouns.lookingAt()) {
                end = nouns.end();
            }
        }
        int k = 0;
        for (; k < 2; k++) {
            Matcher m = settlement.matcher(text).region(end, Math.min(text.length(), end + 80));
            if (!m.lookingAt()) {
                break;
            }
            end = m.end();
        }
        if (k == 0 && end > 0 && Character.isDigit(text.charAt(end - 1))) {
            Matcher bare = bareSettlement.matcher(text).region(end, Math.min(text.length(), end + 60));
            if (bare.lookingAt()) {
                end = bare.end();
            }
        }
        return end;
    }

    /** Its value at the start of the next line: "302", "B-4". */
    private static final Pattern WRAPPED_VALUE = Pattern.compile("\\n[ \\t]*[\\w-]{1,6}(?![\\w])");

    /**
     * Where an address ends when a wrapped line (a PDF's, an e-mail's) parts a unit word from its number: the number
     * on the next line is part of the address ("…, edificio B, departamento" / "302.").
     */
    private int wrappedUnitEnd(String text, int start, int end) {
        String folded = Folding.foldPreservingLength(text);
        int unitEnd = wrappedUnitEndOnly(text, folded, start, end);
        // the colonia after the unit the next line carried: "CERRADA OLMO 14," / "CASA 3, SAN JOSÉ DE LOS CEDROS I"
        end = unitEnd > end ? settlementEnd(text, unitEnd) : end;
        // the colonia on the next line, after a line that ended with a comma: "DOMICILIO: Calle Pino 23," / "Col. …"
        Matcher nextSettlement = settlementOnNextLine.matcher(folded).region(end, Math.min(text.length(), end + 100));
        if (nextSettlement.lookingAt() && endsWithComma(folded, start, folded.indexOf('\n', end))) {
            int lineStart = folded.indexOf('\n', end) + 1;
            end = settlementEnd(text, columnEnd(folded, lineStart, nextSettlement.end()));
        }
        return wrappedNameEnd(text, start, end);
    }

    /** A capitalized word closing a line, with nothing after it: the line stopped inside a name. */
    private static final Pattern CAPITALIZED_AT_LINE_END = Pattern.compile("(?<![\\p{L}])\\p{Lu}\\p{Ll}[\\p{L}'’-]*[ \\t]*$");
    /**
     * The rest of that name opening the next line: capitalized words (particles between them) closed as an address's
     * part is, by a comma and the next capitalized part (the alcaldía, the city) or by the end of the sentence or line
     * — «Villa Lázaro» / «Cárdenas, Tlalpan.»; a comma and a word in lower case go on as something else (an index's
     * «Jardín Hidalgo, kiosco del, 14:00»).
     */
    private static final Pattern NAME_REST_ON_NEXT_LINE = Pattern.compile(
            "[ \\t]*\\n[ \\t]*\\p{Lu}\\p{Ll}[\\p{L}'’-]*(?:[ \\t]+(?:(?:de|del|la|las|los)[ \\t]+)?\\p{Lu}\\p{Ll}[\\p{L}'’-]*){0,2}"
                    + "(?=[ \\t]*(?:[,;][ \\t]*\\p{Lu}|\\.?[ \\t]*(?:\\n|$)|\\.[ \\t]+\\p{Lu}))");

    /**
     * Where an address ends when a page wrapped a long line inside the name of its colonia or street: the address was
     * read to its line's end, past a comma (the street and its number already read), the line is as long as a page's
     * ({@link #WRAPPED_LINE}) and stops on a capitalized word, and the next line opens with the rest of that name
     * («…, calle Pino 19, Villa Lázaro» / «Cárdenas, Tlalpan.»). A short line that ends on a name ended there: a
     * greeting below it is no colonia.
     */
    private int wrappedNameEnd(String text, int start, int end) {
        int lineStart = text.lastIndexOf('\n', end - 1) + 1;
        int lineEnd = text.indexOf('\n', end);
        if (lineEnd < 0 || !text.substring(end, lineEnd).isBlank() || lineEnd - lineStart < WRAPPED_LINE
                || text.lastIndexOf(',', end - 1) < start
                || !CAPITALIZED_AT_LINE_END.matcher(text).region(Math.max(start, lineStart), lineEnd).find()) {
            return end;
        }
        Matcher rest = NAME_REST_ON_NEXT_LINE.matcher(text).region(end, text.length());
        return rest.lookingAt() ? settlementEnd(text, rest.end()) : end;
    }

    private int wrappedUnitEndOnly(String text, String folded, int start, int end) {
        if (!unitWordAtEnd.matcher(folded).region(start, end).find()) {
            Matcher nextUnit = unitOnNextLine.matcher(folded).region(end, Math.min(text.length(), end + 80));
            return nextUnit.lookingAt() && endsWithComma(folded, start, folded.indexOf('\n', end)) ? nextUnit.end() : end;
        }
        int lineEnd = end;
        while (lineEnd < text.length() && (text.charAt(lineEnd) == ' ' || text.charAt(lineEnd) == '\t')) {
            lineEnd++;
        }
        Matcher next = WRAPPED_VALUE.matcher(folded).region(lineEnd, Math.min(text.length(), lineEnd + 12));
        return next.lookingAt() ? next.end() : end;
    }

    /** Whether the line ending at {@code lineEnd} ends, spaces aside, with a comma after {@code start}. */
    private static boolean endsWithComma(String folded, int start, int lineEnd) {
        int i = lineEnd - 1;
        while (i > start && (folded.charAt(i) == ' ' || folded.charAt(i) == '\t')) {
            i--;
        }
        return i > start && folded.charAt(i) == ',';
    }

    private void addValue(List<PersonalData> found, String text, int start, int end) {
        end = wrappedUnitEnd(text, start, end);
        Matcher postalCode = POSTAL_CODE.matcher(Folding.foldPreservingLength(text.substring(start, end)));
        if (postalCode.find()) {
            end = start + postalCode.end(); // the postal code closes an address: "…, C.P. 07460, informa"
        }
        String value = text.substring(start, end).strip().replaceAll("[.;,]+$", "");
        if (!value.isEmpty()) {
            int s = start + text.substring(start, end).indexOf(value);
            found.add(new PersonalData(PersonalDataDetector.DOMICILIO, value, s, s + value.length()));
        }
    }

    /**
     * Where an address announced by "con domicilio en …" ends inside its sentence: where a street with its number
     * and units ends when the sentence goes on without a comma ("CALLE 5 DE FEBRERO MANZANA 12 LOTE 7 HAGO DE SU
     * CONOCIMIENTO…"), or at a comma followed by a word in lower case that is not part of an address ("…, Tlalpan
     * Centro, manifestó que vio…"). What follows the address is the report, which the commission must read.
     */
    private int addressEnd(String text, String folded, int start, int end) {
        for (Pattern address : new Pattern[] {street, blockAndLot}) {
            Matcher street = address.matcher(folded).region(start, end);
            if (street.lookingAt()) {
                int after = Math.min(end, settlementEnd(text, street.end()));
                if (after < end && !folded.substring(after, end).matches("(?s)[ \\t]*[,.;].*")) {
                    return after;
                }
            }
        }
        Matcher clause = COMMA_BEFORE_LOWER_CASE.matcher(text).region(start, end);
        while (clause.find()) {
            if (!partOfAnAddress.matcher(folded).region(clause.end(), end).lookingAt()) {
                return clause.start();
            }
        }
        return end;
    }

    /**
     * No word of a neighbourhood's name: the label of a contact field, which a form prints after the address on its
     * line ("Domicilio: Oriente 110 número 2307, Iztacalco   Tel.: …"), in any case.
     */
    private static final String NOT_A_CONTACT_LABEL = "(?!(?iu:tel|tel[eé]fono|cel|celular|correo|e-?mail|whats[ae]?pp|fax)(?![\\p{L}]))";

    /** A gap of three spaces or a tab: a form's or a scanned page's next column starts there. */
    private static final Pattern COLUMN_GAP = Pattern.compile(" {3,}|\t");

    /**
     * Where a labelled value ends on a line printed in columns ("Domicilio: Oriente 116 No. 208      Tel. de la sede:
     * …"): at the gap before the next column, whose field belongs to someone or something else. {@code folded} is the
     * text folded with {@link Folding#foldPreservingLength}; the redaction's safety net cuts its contact labels here too.
     */
    public static int columnEnd(String folded, int start, int end) {
        Matcher gap = COLUMN_GAP.matcher(folded).region(start, end);
        if (gap.find() && !folded.substring(gap.end(), end).isBlank()) {
            end = gap.start();
        }
        // a text extractor may have closed the gap to one space: the next field's label still ends the value
        Matcher field = NEXT_FIELD.matcher(folded).region(start, end);
        return field.find() ? field.start() : end;
    }

    /**
     * A field's label after an address on the same line ("… 2O8 Tel. de la sede: …", "… No. 31 Responsable: …"): a
     * contact, identity-document or form word, perhaps with its complement (also in parentheses: «Credencial (número
     * OCR):»), and a colon; or a phone's label right before its number, which needs no colon («…, Iztacalco Tel. 55 …»).
     * A separator printed between the fields («… Iztapalapa · Tel. …», «… | Correo: …») goes with the gap.
     */
    private static final Pattern NEXT_FIELD = Pattern.compile("[ \\t]+(?:[·•|/–—-][ \\t]+)?(?:(?:tel|telefono|cel|celular|correo|e-?mail"
            + "|fecha|hora|horario|nombre|firma|responsable|cargo|puesto|secretari[oa]|president[ea]|observador[a]?|recibio|entrego"
            + "|curp|rfc|clave|credencial|ine)\\.?(?:[ \\t]+\\(?[\\p{L}.]+\\)?){0,3}[ \\t]*:"
            + "|(?:tel|telefono|cel|celular|whats[ae]?pp)\\.?[ \\t]*(?=[(+]?\\d))");

    /**
     * End of the sentence in the span: a period followed by a space, or a semicolon, or the span end. A period after
     * an abbreviation ({@code abreviaturas}) ends nothing, nor one after an ordinal number before a word in lower case
     * («colonia Moctezuma 2a. sección», «1er. piso»): a new sentence opens with a capital.
     */
    private int sentenceEnd(String text, String folded, int start, int end) {
        for (int i = start; i < end - 1; i++) {
            if ((folded.charAt(i) == '.' || folded.charAt(i) == ';') && folded.charAt(i + 1) == ' '
                    && !(folded.charAt(i) == '.' && (abbreviationAtEnd.matcher(folded).useTransparentBounds(true).region(Math.max(start, i - 12), i + 1).find()
                            || ordinalBeforeLowerCase(text, start, i)))) {
                return i;
            }
        }
        return end;
    }

    /** An ordinal number abbreviated before the period at {@code dot} («2a.», «1er.», «3ra.»). */
    private static final Pattern ORDINAL_AT_END = Pattern.compile("(?<![\\p{L}\\d])\\d{1,2}(?:a|o|er|ra|da|do|ro|to|vo|va|na|no|ta)$");
    /** A space and a word in lower case: the sentence goes on. */
    private static final Pattern LOWER_CASE_WORD_AFTER = Pattern.compile("^[ \\t]+\\p{Ll}{2}");

    private static boolean ordinalBeforeLowerCase(String text, int start, int dot) {
        return ORDINAL_AT_END.matcher(text).useTransparentBounds(true).region(Math.max(start, dot - 4), dot).find()
                && LOWER_CASE_WORD_AFTER.matcher(text).region(dot + 1, Math.min(text.length(), dot + 4)).lookingAt();
    }

    /**
     * Start of the sentence that holds {@code pos}: after a period and a space, or at a line start, unless the line
     * break only wraps the sentence (a line that ends without punctuation before one that opens in lower case: "…
     * señalando como domicilio para oír y recibir notificaciones el\nubicado en calle …").
     */
    private static int sentenceStart(String text, String folded, int pos) {
        int i = pos - 1;
        int limit = Math.max(0, pos - 160);
        while (i > limit && !(folded.charAt(i) == '\n' && !wrapped(text, folded, i))
                && !(folded.charAt(i) == '.' && i + 1 < folded.length() && folded.charAt(i + 1) == ' ')) {
            i--;
        }
        return Math.max(0, i);
    }

    /**
     * The line break at {@code i} wraps a sentence: a long line (as a page or a mail client wraps them) ending without
     * punctuation, a lower-case word after it. Short lines of notes are items of their own.
     */
    private static boolean wrapped(String text, String folded, int i) {
        int lineStart = folded.lastIndexOf('\n', i - 1) + 1;
        // the case as written: the folded text is all lower case, and a line that opens with a capital is one of its own
        return i > 0 && i + 1 < folded.length() && Character.isLowerCase(text.charAt(i + 1))
                && Character.isLetterOrDigit(folded.charAt(i - 1)) && i - lineStart >= WRAPPED_LINE;
    }

    /** The shortest line a page or a mail client wraps: a shorter one ends where its writer ended it. */
    private static final int WRAPPED_LINE = 50;
}
