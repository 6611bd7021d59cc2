package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Capitalized words where the text has just named a person the detector hid: a member of a list of people, a name
 * taken back for another, a second name of the hidden person. Sentences invented for this test, in genres of their
 * own (a rowing club's minutes, a bakery's shift notes, a choir's roll); a catalogue's word, an acronym and a run in
 * a list of things stay readable.
 */
class NamesBesideHiddenTest {

    private static final NamesBesideHidden NET = new NamesBesideHidden(Fixtures.PRIVACY, Fixtures.GAZETTEER);

    /** The runs the net reads in {@code marked}, whose «[[…]]» are the names already hidden. */
    private static List<String> read(String marked) {
        return read(marked, Boolean.FALSE);
    }

    /** The cells a table's column of people holds in {@code marked}, read as {@link #read(String)} reads. */
    private static List<String> cells(String marked) {
        return read(marked, Boolean.TRUE);
    }

    /** The runs a form's wrapped name values hold in {@code marked}, read as {@link #read(String)} reads. */
    private static List<String> wrapped(String marked) {
        return read(marked, null);
    }

    /** @param columns whether the table's columns are read, the sentence's positions, or (null) the wrapped values */
    private static List<String> read(String marked, Boolean columns) {
        StringBuilder text = new StringBuilder();
        List<int[]> hidden = new ArrayList<>();
        int at = 0;
        while (true) {
            int open = marked.indexOf("[[", at);
            if (open < 0) {
                text.append(marked.substring(at));
                break;
            }
            int close = marked.indexOf("]]", open);
            text.append(marked, at, open);
            int start = text.length();
            text.append(marked, open + 2, close);
            hidden.add(new int[] {start, text.length()});
            at = close + 2;
        }
        String t = text.toString();
        List<int[]> spans = columns == null ? NET.wrappedValues(t, hidden) : columns ? NET.columnCells(t, hidden) : NET.spans(t, hidden);
        return spans.stream().map(s -> t.substring(s[0], s[1])).toList();
    }

    @Test
    void aListOfPeopleSaysItsUnknownMembersArePeopleToo() {
        assertThat(read("Remeros del turno: [[Ofelia Marrón]] (proa), [[Tadeo Linares]] (popa), Zósimo"))
                .containsExactly("Zósimo");
        assertThat(read("Panaderos de la mañana: [[Irma Vela]] (hornos), Anselmo Quiroga (caja), [[Tito Lemus]] (reparto)"))
                .containsExactly("Anselmo Quiroga");
        assertThat(read("Los que cantaron eran [[Rufina Meza]], Adalgisa y una señora que le dicen [[la Tuza]]."))
                .containsExactly("Adalgisa");
        assertThat(read("El pan se le dio a [[doña Clara]], a Pánfilo Ureña y al [[señor Lucio Bravo]]."))
                .containsExactly("Pánfilo Ureña");
        assertThat(read("La que cerró la bodega: la [[maestra Inés Soto]]; el que se llevó la llave: Gumaro."))
                .containsExactly("Gumaro");
        assertThat(read("Por el Tecolote, el que tocaba el órgano, y por [[Amado Pinzón]], rezamos."))
                .containsExactly("Tecolote");
    }

    @Test
    void aListOfThingsPlacesOrRolesStaysReadable() {
        assertThat(read("Firmaron [[Ofelia Marrón]], Presidenta, y [[Tadeo Linares]], Secretario.")).isEmpty();
        assertThat(read("Vinieron [[Ofelia Marrón]] y [[Tadeo Linares]] de Coyoacán, Tlalpan y Xochimilco.")).isEmpty();
        assertThat(read("Apoyaron [[Ofelia Marrón]], el IECM y la UNAM.")).as("acronyms").isEmpty();
        assertThat(read("Ayer llegó Zósimo a la mesa. Después abrió [[Ofelia Marrón]].")).as("another sentence").isEmpty();
        assertThat(read("Remeros del turno: Zósimo, Anselmo y Pánfilo.")).as("no hidden name: the detector's to read").isEmpty();
        assertThat(read("Observadora: [[Ofelia Marrón]], Agrupación: Remeros Unidos, Mesa: 4")).as("labels and their values")
                .isEmpty();
        assertThat(read("Me presento: soy [[Ofelia Marrón]], de Zacatecas, y remo los domingos.")).as("where she is from")
                .isEmpty();
        assertThat(read("Lo firmó [[Ofelia Marrón]], nacida en Villa Alta, Oaxaca.")).as("a place's larger place").isEmpty();
        assertThat(read("Cronometraje y arbitraje: [[Ofelia Marrón]].")).as("a capital opening the sentence").isEmpty();
        assertThat(read("Nos prestó [[Ofelia Marrón]] la lancha del Club Náutico Cuemanco, nueva y grande.")).isEmpty();
    }

    @Test
    void aMemberIntroducedByItsRoleIsAPersonToo() {
        assertThat(read("En el acta firmó la presidenta como [[Ofelia Marrón]] y el secretario como Rosalbo Iturbe."))
                .containsExactly("Rosalbo Iturbe");
        assertThat(read("Del coro se anotaron [[Tadeo Linares]] y su cuñada Filomena.")).containsExactly("Filomena");
        assertThat(read("El timonel se anotó como [[Ofelia Marrón]] y la regata como Copa Cuemanco."))
                .as("a thing's name after a lead that names no role").isEmpty();
        assertThat(read("Quedó [[Tadeo Linares]] y la secretaria de Xochimilco.")).as("where she is from").isEmpty();
    }

    @Test
    void theLastMemberOfAListMayGoOnWithTheVerb() {
        assertThat(read("Mis vecinas [[Ofelia Marrón]], [[la Chata Linares]] y Maclovia me ayudaron a barrer."))
                .containsExactly("Maclovia");
        assertThat(read("Cantaron [[Rufina Meza]] y Evodio se quedó con el atril.")).containsExactly("Evodio");
        assertThat(read("Cantaron [[Rufina Meza]] y Coyoacán aplaudió de pie.")).as("a place").isEmpty();
        assertThat(read("Cantaron [[Rufina Meza]] y el IECM tomó fotos.")).as("an acronym after an article").isEmpty();
        assertThat(read("Cantó [[Rufina Meza]], Evodio se quedó con el atril y llovió.")).as("not the list's last member")
                .isEmpty();
        assertThat(read("Cantó [[Rufina Meza]] con su hermana. Luego Evodio se quedó con el atril."))
                .as("another sentence").isEmpty();
    }


    @Test
    void aWordRightBeforeAHiddenSurnameIsItsGivenNameEvenWhenItIsAlsoAWord() {
        // a ferry's deck log and a bakery's till notes: the hidden surname after it, not the word, says a person
        assertThat(read("en la proa iba Rosario [[Quintanar]] con su hermano [[el Güero Quintanar]]"))
                .containsExactly("Rosario");
        assertThat(read("la caja la cerró Amparo [[Tlatelpa]] a las diez")).containsExactly("Amparo");
        assertThat(read("la caja la cerró la maestra [[Tlatelpa]] a las diez")).as("a title before").isEmpty();
        assertThat(read("Amparo [[Tlatelpa]] cerró la caja")).as("a capital that opens the sentence").isEmpty();
        assertThat(read("el pan llegó de Coyoacán [[Tlatelpa]] trajo la cuenta")).as("a place").isEmpty();
        assertThat(read("la caja la cerró Amparo [[Rosa Tlatelpa]] a las diez")).as("a hidden name of two words: the detector's")
                .isEmpty();
    }

    @Test
    void aMemberReadBesideAHiddenNameLetsTheListGoOnBesideIt() {
        // the beekeepers' log: «Casimiro» is two items from the hidden name, «Eleuterio Bravo» three, beside «Casimiro»
        assertThat(read("La que abrió las colmenas fue [[Ofelia Marrón]]; los primos que llegaron tarde, Casimiro y Eleuterio Bravo."))
                .containsExactly("Casimiro", "Eleuterio Bravo");
        // a card tournament's table, four members long after the hidden one
        assertThat(read("Jugaron [[Tadeo Linares]], Rosaura, Filiberto, Anacleta y Primitivo Soto."))
                .containsExactly("Rosaura", "Filiberto", "Anacleta", "Primitivo Soto");
        assertThat(read("La que abrió las colmenas fue [[Ofelia Marrón]]; los pueblos que visitamos, Tlalpan y Milpa Alta."))
                .as("places stay places however far the list goes").isEmpty();
        assertThat(read("Jugaron [[Tadeo Linares]] y Rosaura. Las fichas eran de Filiberto, Anacleta y Primitivo Soto."))
                .as("the next sentence is no member of the list").containsExactly("Rosaura");
        assertThat(read("Jugaron [[Tadeo Linares]], Rosaura, el IECM, la UNAM y Milpa Alta."))
                .as("an acronym or a place stops nothing, but is never read").containsExactly("Rosaura");
    }
    @Test
    void aNameTakenBackIsANameAndSoIsTheOneThatCorrectsIt() {
        assertThat(read("La que barrió fue Eufemia... perdón, [[Dora Quintana]], la de la tintorería."))
                .containsExactly("Eufemia");
        assertThat(read("El del silbato Leandro no, perdón, [[Marcos Ayala]]")).containsExactly("Leandro");
        assertThat(read("Nos atendió [[la secretaria Ana Ruiz]]. La de la camioneta Yolotl no, Casilda Ferrer."))
                .containsExactly("Yolotl", "Casilda Ferrer");
        assertThat(read("Nos atendió [[Ana Ruiz]] en Tlalpan no, en Coyoacán.")).as("a place corrected").isEmpty();
    }

    @Test
    void aSecondNameOfAHiddenPersonIsHidden() {
        assertThat(read("Al del tambor le decían [[el Grillo]] (Fermín Oropeza).")).containsExactly("Fermín Oropeza");
        assertThat(read("La porra la dirigía [[la señora Chela Ruiz]], «la Generala».")).containsExactly("la Generala");
        assertThat(read("El cartel lo pegó [[Rutilo Vega]], alias el Pelícano.")).containsExactly("el Pelícano");
        assertThat(read("La lona la colgó el Tlacuache Mayor, que en realidad se llama [[Abundio Paz]]."))
                .containsExactly("el Tlacuache Mayor");
        assertThat(read("En la kermés el de los dardos era el Compadre Tejón, que de verdad se llama [[Abundio Paz]]."))
                .as("a nickname of ordinary words").containsExactly("el Compadre Tejón");
        assertThat(read("Las rifas las vendía [[doña Chela Ruiz]], «la Madrina», desde temprano."))
                .containsExactly("la Madrina");
        assertThat(read("El puesto lo atendía [[Rutilo Vega]], alias el Sobrino.")).containsExactly("el Sobrino");
        assertThat(read("La rifa la organizó [[Chela Ruiz]], «Tlalpan Unido».")).as("a place's name quoted").isEmpty();
        assertThat(read("Nos habló [[Abundio Paz]] (Presidente) del proyecto.")).as("a role in parentheses").isEmpty();
        assertThat(read("Nos habló [[Abundio Paz]] (Tlalpan) del proyecto.")).as("a place in parentheses").isEmpty();
        assertThat(read("Nos habló [[Abundio Paz]] (IECM) del proyecto.")).as("an acronym").isEmpty();
    }

    @Test
    void aNicknamesComplementGoesWithTheHiddenNickname() {
        assertThat(read("Las llaves las tenía [[la Chata]] de la papelería, que abrió tarde."))
                .containsExactly("la Chata de la papelería");
        assertThat(read("El pizarrón lo borró [[el Flaco]] del taller.")).containsExactly("el Flaco del taller");
        assertThat(read("La lista la pasó la [[Pelona]] de los tamales.")).containsExactly("la Pelona de los tamales");
        assertThat(read("Vino [[el Güero]] del Tianguis con su hermano.")).containsExactly("el Güero del Tianguis");
        assertThat(read("Vino [[el Güero]] de Tlalpan con su hermano.")).as("where he is from").isEmpty();
        assertThat(read("Nos ayudó [[la Chata]] de la que te conté.")).as("a clause, not a complement").isEmpty();
        assertThat(read("Firmó [[Ofelia Marrón]] de la directiva.")).as("a name, not an epithet").isEmpty();
        assertThat(read("[[la Chata]] dijo que todo estaba bien.")).isEmpty();
    }

    @Test
    void aNameInParenthesesMayCarryWhoCallsItSo() {
        assertThat(read("Firma esta carta [[Eduviges Uribe Coss]] (Vicky para los del barrio), tu compañera."))
                .containsExactly("Vicky");
        assertThat(read("Recogió las actas [[Evaristo Lemus]] (Chato, de cariño).")).containsExactly("Chato");
        assertThat(read("Recogió las actas [[Evaristo Lemus]] (Presidente de casilla).")).as("a role").isEmpty();
        assertThat(read("Recogió las actas [[Evaristo Lemus]] (Tlalpan, distrito 14).")).as("a place").isEmpty();
        assertThat(read("Recogió las actas [[Evaristo Lemus]] (con ayuda de Mateo).")).as("a parenthesis that opens with no run")
                .isEmpty();
    }

    @Test
    void aRepeatedLabelOfAHiddenNameLabelsNamesEverywhereInThePassage() {
        assertThat(read("turno: cajero=Rosendo Ibáñez cajero=[[Matilde Orozco]] cajero=[[Rutilo Vega]]"))
                .containsExactly("Rosendo Ibáñez");
        assertThat(read("2022 INFO registro.ok: usuario=Amador Quintanilla usuario=[[Leticia Ugalde Robles]]"))
                .containsExactly("Amador Quintanilla");
        assertThat(read("Recibió: Genoveva Lima; Entregó: [[Abundio Paz]]; Recibió: [[Dora Quintana]]"))
                .containsExactly("Genoveva Lima");
        assertThat(read("Atendió: [[Abundio Paz]] | Sucursal: Mixcoac | Atendió: Lucrecia")).containsExactly("Lucrecia");
        assertThat(read("cajero=[[Matilde Orozco]] sucursal=Bodega Central")).as("a label not repeated").isEmpty();
        assertThat(read("cajero=[[Matilde Orozco]] cajero=Supervisora cajero=Coyoacán")).as("a role, a place").isEmpty();
        assertThat(read("cajero=[[Matilde Orozco]] cajero=Rosario Dulce")).as("words that are also words, where a name stands")
                .containsExactly("Rosario Dulce");
        assertThat(read("Atendió: [[Abundio Paz]]. Atendió: Todo bien con la mesa.")).as("a sentence, not a value").isEmpty();
    }

    @Test
    void aHiddenGivenNameBeforeAnotherSurnameNamesAPersonAgain() {
        assertThat(read("Errata: donde dice Leobardo Quiroga debe decir [[Leobardo Quintero Ruiz]].")).containsExactly("Leobardo Quiroga");
        assertThat(read("Pasaron lista [[Aurelia Tinoco]] y, más tarde, su prima Aurelia Bastida.")).containsExactly("Aurelia Bastida");
        assertThat(read("[[Benito Ruelas]] estudió en la escuela Benito Juárez.")).as("a public figure").isEmpty();
        assertThat(read("Abrió [[Leobardo Quintero]] a las ocho. Leobardo dijo que no llegaba el paquete.")).as("no surname after it")
                .isEmpty();
        assertThat(read("Abrió [[Aurelia Tinoco]] en la escuela Aurelia Tlalpan.")).as("a place after it").isEmpty();
    }

    @Test
    void aTablesColumnOfPeopleSaysItsOtherCellsArePeopleToo() {
        // a rowing club's boats, parted by long dashes; the first crew's name is written in capitals
        assertThat(cells("""
                Tripulaciones del domingo
                PROA — EUDOXIA VALLARTA DE LA PEÑA — bote 3
                POPA — [[Tadeo Linares]] — bote 3
                TIMÓN — [[Ofelia Marrón]], suplente — bote 4
                REMO LIBRE — sin asignar — bote 5
                """)).containsExactly("EUDOXIA VALLARTA DE LA PEÑA");
        // a bakery's shifts pasted from a sheet: tabs
        assertThat(cells("turno\tpanadero\thorno\n6:00\t[[Irma Vela]]\tgrande\n9:00\tAnselmo Quiroga\tchico\n"
                + "12:00\t[[Tito Lemus]]\tgrande\n")).containsExactly("Anselmo Quiroga");
        // a choir's roll with bars, a given name alone and a word that is also a word where the column says a person
        assertThat(cells("soprano | [[Rufina Meza]]\ncontralto | Adalgisa\ntenor | [[Amado Pinzón]]\nbajo | Rosalba Garza\n"))
                .containsExactly("Adalgisa", "Rosalba Garza");
    }

    @Test
    void aColumnOfPlacesOrOneNameAloneStaysReadable() {
        assertThat(cells("""
                PROA — [[Tadeo Linares]] — Cuemanco
                POPA — [[Ofelia Marrón]] — Xochimilco
                TIMÓN — [[Irma Vela]] — Coyoacán
                """)).as("the column of places beside the column of people").isEmpty();
        assertThat(cells("""
                PROA — [[Tadeo Linares]] — bote 3
                POPA — Anselmo Quiroga — bote 3
                TIMÓN — Rufina Meza — bote 4
                """)).as("one name hidden in the column: the detector's to read the rest").isEmpty();
        assertThat(cells("""
                Nombre | Colonia
                [[Tadeo Linares]] | Del Valle
                [[Ofelia Marrón]] | Narvarte
                Escuela Benito Juárez | Portales
                SSC | Centro
                """)).as("a heading, a school named after a public figure, an acronym").isEmpty();
        assertThat(cells("""
                Llegó [[Tadeo Linares]] — tarde, como siempre — y abrió la bodega.
                Luego [[Ofelia Marrón]] — la de la caja — contó los votos.
                Después Anselmo — el del gas — ni se asomó.
                """)).as("dashes that set a clause apart in prose: no cell is a name alone").isEmpty();
    }

    @Test
    void aFormsNameWrappedOntoTheNextLineIsTheRestOfTheName() {
        // a gym's sign-up sheet, a blood bank's slip in capitals
        assertThat(wrapped("Socio: [[Wulfrano]]\nTepetlán Izquierdo\nCuota: pagada\n")).containsExactly("Tepetlán Izquierdo");
        assertThat(wrapped("DONANTE / DONOR: [[HERMELINDA]]\nROSAS DE LA TAPIA\nTIPO: O+\n")).containsExactly("ROSAS DE LA TAPIA");
    }

    @Test
    void aLineAfterAHiddenNameThatIsNoWrappedValueStaysReadable() {
        assertThat(wrapped("Responsable: [[Wulfrano Tepetlán]]\nCoyoacán\n")).as("a place").isEmpty();
        assertThat(wrapped("Responsable: [[Wulfrano]]\nObservaciones\nTodo en orden.\n")).as("a heading").isEmpty();
        assertThat(wrapped("Responsable: [[Wulfrano]], socio\nTepetlán Izquierdo\n")).as("words after the name on its line").isEmpty();
        assertThat(wrapped("Le pagó la cuota a [[Wulfrano]]\nTepetlán Izquierdo cerró.\n")).as("no label").isEmpty();
        assertThat(wrapped("Socio: [[Wulfrano]]\nColonia: Tepetlán\n")).as("the next field").isEmpty();
        assertThat(wrapped("Socio: [[Wulfrano]]\nPresidenta de la mesa\n")).as("a role").isEmpty();
    }
}
