package mx.observa.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.tika.Tika;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import mx.observa.app.ObservaService;
import mx.observa.archive.SubmissionState;
import mx.observa.config.ObservaConfig;
import mx.observa.model.Channel;
import mx.observa.pipeline.Outcome;
import mx.observa.support.PrivacySet;
import mx.observa.support.SearchFixture;
import mx.observa.support.TestHome;
import mx.observa.support.WebSession;
import mx.observa.text.Folding;

/**
 * No planted personal string of the labelled privacy sets appears in anything Observa publishes (the held-out set's
 * are counted, never listed: it must stay blind to whoever tunes the rules): the reports go through a real service (archive, Tika, index), the consolidated report is
 * written (HTML, PDF text, CSV annex, JSON, manifest), and the role {@code comision} reads, over real HTTP, every
 * report page and report API answer, the search page and API (also searching for the planted names), its exports,
 * the edition pages; the public {@code /estado} page and API are read for every folio. The analyst still reads the
 * original, and both views are in the audit log, marked {@code visibles} or {@code testados}.
 *
 * <p>Each subclass ingests half of the sets into a service of its own ({@link PrivacyPublicationFirstHalfIT},
 * {@link PrivacyPublicationSecondHalfIT}): the whole took about 214 s in one class, the longest of the integration
 * tests, so one of the two test JVMs ran it alone at the end of the run; the checks of every page against every planted
 * string also grow with the product of the two, so two halves do less work than the whole. The ceilings are per set and
 * hold in whichever half the set is.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PrivacyPublicationIT {

    /**
     * What the held-out set (privacidad-ciega-44) measured blind, once (2026-12-07, forty-fourth session): 2 planted
     * strings reach what the commission reads (its pages, searches and exports) and 2 the consolidated report — the
     * ceiling is per output group, so 2 — and none of its reports is found through a name the commission cannot read.
     * The previous blind sets measured 2 and 0 (privacidad-ciega-43; 1 more in the consolidated report), 0 and 0
     * (privacidad-ciega-42), 0 and 0 (privacidad-ciega-41), 4 and 0
     * (privacidad-ciega-40; 2 and 1 more in the consolidated report and its searches), 2 and 0 (privacidad-ciega-39), 4 and 0 (privacidad-ciega-38), 4 and 0 (privacidad-ciega-37), 5 and 0 (privacidad-ciega-36), 7 and 0 (privacidad-ciega-35), 6 and 0 (privacidad-ciega-34), 1 and 0 (privacidad-ciega-33), 6 and 0 (privacidad-ciega-32), 8 and 0 (privacidad-ciega-31), 12 and 0 (privacidad-ciega-30), 7 and 0 (privacidad-ciega-29), 9 and 0 (privacidad-ciega-28), 15 and 0 (privacidad-ciega-27), 13 and 1 (privacidad-ciega-26), 7 and 1
     * (privacidad-ciega-25), 10 and 0 (privacidad-ciega-24), 12 and 1 (privacidad-ciega-23), 8 and 0 (privacidad-ciega-22), 15 and 0 (privacidad-ciega-21), 11 and 0
     * (privacidad-ciega-20), 12 and 0 (privacidad-ciega-19; 13 with the names shown in part, counted since the
     * twentieth round), 14 and 0 (privacidad-ciega-18), 12 and 0 (privacidad-ciega-17), 11 and 0
     * (privacidad-ciega-16), 8 and 1 (privacidad-ciega-15), 13 and 0 (privacidad-ciega-14), 6 and 0
     * (privacidad-ciega-13), 4 and 0 (privacidad-ciega-12), 7 and 0 (privacidad-ciega-11) and 21 and 1
     * (privacidad-ciega-10); they are tuning data since.
     */
    private static final int MAX_HELD_OUT_LEAKS = 2;
    private static final int MAX_HELD_OUT_FOUND_BY_HIDDEN_NAME = 0;
    /**
     * Tuning sets held to fewer than zero leaks, at what they reach, by distinct planted string. A search page repeats
     * the word typed in its search box: it is not checked for that word even when the word was planted with quotes,
     * an at sign or periods («"Maquita"», «@chelo.tepepan», «C.B.»), which were privacidad-ciega-5's, -9's and -10's
     * search-page leaks until the twelfth round (the search API's hits, checked for every string, never showed them).
     * privacidad-ciega-5: none since the twelfth round. privacidad-ciega-6: «nica», a nickname in lower case cut from a
     * given name in a chat, that PrivacyQualityTest also lists («tony» of the same chat, a short form known in lower
     * case and in capitals from the sender's address, was published in some runs until the sixteenth round: which of
     * the two forms was kept depended on the order a Set.copyOf drew anew in every JVM; both are kept since).
     * privacidad-ciega-7 (16 in its blind measurement, 7 in the eighth round, 4 in the twelfth): 2 names since the
     * thirteenth round, each a way of writing that no rule reads yet without redacting ordinary words — «EL
     * CHATARRAS», a nickname in capitals with no phrase announcing it; «la Dulce», a given name that is also a word,
     * with an article («Lucha», a nickname in parentheses after a name, is known alone since then, and «CRESCENCIA»
     * is found once «LA SEÑORA …» in capitals addresses a person). privacidad-ciega-8 (16 in its blind measurement): none since the ninth round. privacidad-ciega-9
     * (28 blind): none since the twelfth round. privacidad-ciega-10: 21 blind (20 in the consolidated report); none
     * since the twelfth round («filemon arcos», an unlisted surname that is also a word, in lower case, is found).
     * privacidad-ciega-11: 7 blind; 1 since the twelfth round — «Abril», a given name that is also a month, in an
     * English sentence; the names written bare in running text («Maura Quiroz Nieto no recibió…», «Benigno Salas
     * contra…», «vi a Chabelo Mendiola», «hermana de Moy»), «Notes by Sean Villarreal-McKenzie» (a byline) and
     * «Atendió: agente Y. Cordero» (who attended, in a ticket) are hidden since the twelfth round.
     * privacidad-ciega-12: 4 blind; none since the thirteenth round — «HERMENEGILDA OYARZÚN» of a list after «Asisten:»
     * (and «Hermenegilda» alone below it), «Dante Villegas» of a chat's speaker tag («[moderador Dante Villegas]») and
     * «el Tejón Arriaga» (an article, an unknown capitalised word and a known surname) are hidden.
     * privacidad-ciega-13: 6 blind; 2 since the fourteenth round — «dijo llamarse Sagrario Núñez Peña» (how someone is
     * called), «la familia Ocotitla Rayón» and «la famille Urquiza» (a family named by its surnames) and «eustolio» (a
     * lower-case name after a title) are hidden; the rows of a CSV that is no questionnaire (an inventory) are reports
     * of their own, so «M. Solórzano» and «Solórzano Pichardo» of one row are not known from «Macrina Solórzano
     * Pichardo» of another. 3 since the test also looks at the pages of the other reports of a delivery (a CSV's rows,
     * an e-mail's attachments) for a word written in another report too: «Gumersindo» of the same inventory, which the
     * container's page alone never showed. None since the fifteenth round: the people a CSV names in cells of their own
     * travel with each of its rows, as a message's headers do with its parts, so «M. Solórzano», «Solórzano Pichardo»
     * and «Gumersindo» are known from «Macrina Solórzano Pichardo» and «Gumersindo Tlatelpa» of other rows.
     * privacidad-ciega-14: 13 blind; 6 since the fifteenth round — «Lulú» (another row of the same expenses CSV names
     * Lourdes Anzures), «la seño Salo» (Salomé of a Cc header, whose address spells her name), the observers after
     * «Observaron:» («Nahui Ollin Sarabia», «Amaranta Lozoya», and «AMARANTA L.», a given name with the initial of her
     * surname) and «perpe punto ibarrola en correo punto example» (an address spelt with «en») are hidden; left are
     * nicknames («el Chamuco Ocaranza» and «CHAMUCO», «la Chimuela», «el Tuercas», «MC Chilpayate» after a credit
     * «Letra y voz:») and «Pável Urquidi» after the gender-neutral «Le escrutadore»; with the names room's rules of the
     * same round (police ranks, inclusive role nouns, nicknames after «un tal» or an uncontracted article, «Observaron:»)
     * only «la Chimuela» is left (a nickname in a list of greetings): 1. privacidad-ciega-15: 8 blind; 3 since the sixteenth
     * round, when flats by their number, CSV name columns read as text and nicknames in parentheses are found —
     * «MONCHO» after «pagarle a», «el Gocho Urdaneta» after «mi pana» and «Yusleidy Parra» (an unknown given name
     * before a surname). privacidad-ciega-16: 11 blind; 10 since the seventeenth round — «M. I. Z., mi hija» (the initials
     * of a given name and of the two surnames of the known Leobardo Iturriaga Zamudio) is hidden as someone of his
     * family; the ten left are names and addresses no rule finds yet in the whole text either (PrivacyQualityTest lists
     * them: «Osmar Tepox», «Yoshua», «calle Tizoc 54», «el flaco jimenez», «la güera Olvera», «hna. Dorcas Villalobos»,
     * «Chucho el de las flores», «los Ríos de la casa 4», «callejón del Nopal sin número», «Yunuen»); 2 with the names
     * room's rules of the same round (titles of congregations, trait nicknames before a surname, epithets, families by
     * their dwelling, «sin número»): «Yoshua» and «Osmar Tepox», announced only by a copula. privacidad-ciega-15: none
     * since the seventeenth round («MONCHO», «el Gocho Urdaneta» and «Yusleidy Parra» found). privacidad-ciega-17: 12
     * blind; 9 since the eighteenth round — the parents of a CSV list cell («ULLOA BECERRIL, ROGELIO; PERALTA, MARISOL»,
     * whose row is a report of its own: the names of a list cell now travel with every row, each as a person) and «55
     * 5555 72l0» (a fax's OCR wrote l for 1; the safety net reads O, o, l and I among digits as digits) are hidden; the
     * nine left are names no rule finds in the whole text either (PrivacyQualityTest lists them): «Chente» (a chat
     * sender with the flat he lives in, «Chente F-204:»), «Nélida Sauceda» and «Nélida» (an apposition after a role,
     * «observadora de la red vecinal, Nélida Sauceda»), «chabela» (lower case after «mi vecina»), «Jhovany» («(Jhovany,
     * hijo de la señora Zepeda)»), «Moisés Caballero» (a surname that is also a word, in «riña entre … y …»),
     * «Atenógenes Toledano» and «Atenógenes» (after «Voluntarios del módulo:»), «yeudiel» (lower case, dictated, after
     * «el muchacho»); 3 with the names room's rules of the same round (a chat speaker signing with a flat, given names
     * the lists lacked): «chabela», «Moisés Caballero», «yeudiel». privacidad-ciega-18: 14 blind (13 in the
     * consolidated report), 14 in the nineteenth round before its rules: every one a string no rule finds in the whole
     * text either (PrivacyQualityTest lists them), none a known name's other form lost on the way to a page —
     * «Mauro Peniche» («pleito entre … y …»), «Axayácatl», «Quirina», «Gelasio», «Kenneth» (given names the lists lack,
     * bare in running text), «el brayan», «el compa rigo», «el guero», «profe anastacio» (lower case after an article
     * or a familiar title), «Gumersinda Paz» (after «la del mandil:»), «Cuauhtli Meza» and «Efigenio Chavarría»
     * (appositions after a role), «Norte 15 #203» (a street by its number) and a phone spelt in glued words
     * («cincuentaycinco …»). A given name written right before a known surname now goes with it («yo me yamo
     * epifanio» beside a known «mayra coyotl», «Julio C. Benavides» of privacidad-ciega-17 beside a known «C.
     * Benavides»), which the whole-string check here did not count: the surname was hidden, the given name shown.
     * With the names room's rules of the same round: 5 on the commission's pages («profe anastacio», «el compa rigo»,
     * «el guero», «Quirina» and the phone in glued words), 4 in the consolidated report; privacidad-ciega-17: 2
     * («chabela», «yeudiel»). privacidad-ciega-19: 12 blind, by the whole string: eleven strings no rule finds in
     * the whole text either (PrivacyQualityTest lists them; the names room's to find) — «el Tacho», «Sandy», «Dorian»,
     * «el Rigoletto», «Chacal», «Maia», «el Ajolote», «la Pecas», «Abdénago», «Oriente 85 esquina Norte 52» and
     * «5555-76-14» — and «Yazmín del Río», a known mention's name lost on the way («@Yazmín» was known only as an
     * address, and «del Río» after a known given name was read by nothing). Since the twentieth round a name is also
     * counted when part of it is readable beside the rest hidden ({@link ReadableNameParts}: «[dato personal]
     * RUVALCABA» of «KARLA JANETH RUVALCABA», whose capitalized surname no rule finds after the given names); it
     * counted 13 on privacidad-ciega-19 and, while it did not yet look only at a name's own pages when a word of it is
     * written in another report, 1 on privacidad-ciega-2 («Andrés» beside a hidden span of another report, where San
     * Andrés is a colonia) and 1 on each of privacidad-ciega-11, -13, -17 and -18 (a «Ruvalcaba» of theirs beside
     * privacidad-ciega-19's hidden given names); with the name a mention spells known (2026-12-05 run): 13 on the
     * commission's pages, 11 in the consolidated report — by the whole string 11, as «Yazmín» is now hidden in both
     * places, but «[dato personal] del Río» is still a name shown in part («río» is a place word, so no surname rule
     * takes it after a particle) and so is «[dato personal] RUVALCABA». Held at 13 by the stricter check. With the
     * names room's rules of the same round (nicknames after a relation, vocatives, an age after a name, devices named
     * after their owner, phones in series and pairs): 4 on the commission's pages — «Oriente 85 esquina Norte 52»,
     * «Abdénago» («él es …»), «Yazmín del Río» and «KARLA JANETH RUVALCABA» shown in part —, 2 in the consolidated
     * report; privacidad-ciega-17: 1 («yeudiel»; «chabela» after «mi vecina» is found). privacidad-ciega-20: 11 blind
     * (4 of them shown only in part), 7 in the consolidated report; 8 since the twenty-first round, when three of the
     * names shown in part keep their known half's company — «darian_olguin#4417» (a known name written as a user name,
     * in lower case, with the number after its hash), «"Pato" Gallardo» (a surname after a known nickname in quotes),
     * «Yahel Olguín» (a given name no list knows, inside a sentence, before a known surname). The seven whole strings
     * and «[dato personal] Buendía» of «Benilde Buendía» are strings no rule finds in the whole text either
     * (PrivacyQualityTest lists them: «el Vikingo», «el Nene», «JAIRO», «Wilberth Canul», «Ahuehuetes 77, Prados del
     * Rosario», «Cantera 118, Puente de Piedra», «esquina de Tekal y Chemax, casa azul»; «Buendía», a surname the
     * lists lack after a known given name, where a capitalized word is no surname by its capital alone: «Efrén
     * Recibió»). 6 with the names room's rules of the same round (nicknames by age or size find «el Vikingo» and «el
     * Nene»), 1 in the consolidated report («esquina de Tekal y Chemax, casa azul»). privacidad-ciega-21: 15 blind (3
     * of them shown only in part), 12 in the consolidated report; 10 in both since the twenty-second round, when five
     * strings lost on the way to a page are kept — «LUCINA PORTILLO» and «N.G.R.» of a CSV whose rows are reports of
     * their own (the people listed beside a known full name are names too; «Q.F.B.» before «Nayeli Grajales Ruíz» is
     * a degree, so her initials are looked for), «bram_lzm#2022» (a user name a known name is glued into is hidden
     * whole), and «Cmdte. …» and «Madame …», whose readable title beside the hidden name names no one. The ten left
     * are strings no rule finds in the whole text either (PrivacyQualityTest lists them): «Pachis», «el Tlacoyo
     * Mendiola», «la Pinolilla», «el Cubeta», «Zureya», «KARIME ESPINO», «Flavio», «Marisabel», «H-12, entrada B,
     * depto. 304, Unidad Hornos de Aragón» and «Edificio Guanajuato, entrada 2, depto. 1204, Tlatelolco». The
     * consolidated report showed 12 of 15 where privacidad-ciega-20 showed 1 of 6 because its annex quotes every
     * finding, and these strings sit in findings' text, not in headers or lines that are no finding; it goes through
     * the same redaction, with the same known personal data, as the commission's pages. 7 in both with the names
     * room's rules of the same round («KARIME ESPINO», «Zureya» and «Flavio» found). privacidad-ciega-22: 8 blind on
     * the commission's pages (2 of them shown only in part), 5 in the consolidated report. In the twenty-third round
     * each was read as a detection miss (a string no rule finds in the whole text either) or a propagation miss (found,
     * lost on the way to a page): none was a propagation miss. «Edificio 4, entrada B, departamento 101, U.H. Pino» (a
     * flat down its estate's building and entrance) is found since that round, as are privacidad-ciega-21's two flat
     * addresses («H-12, entrada B, depto. 304, Unidad Hornos de Aragón», «Edificio Guanajuato, entrada 2, depto. 1204,
     * Tlatelolco») and privacidad-ciega-20's two streets without «calle» before a colonia («Ahuehuetes 77, Prados del
     * Rosario», «Cantera 118, Puente de Piedra»); «Act. Leopoldo Zárate Mijangos», shown as «Act. [dato personal]»,
     * was a title beside the hidden name, which names no one ({@link ReadableNameParts}). Left, for the names room:
     * «Librada Cervantes» (after «La señora del arroz:»), «Sinforoso» (after «El señor del bote de basura:»),
     * «Nayelli» («Mija Nayelli:»), «Chuchín», «Iván» (a CSV cell «PRES. … / SRIA. … / ESC. Iván», whose parts are
     * parted by slashes and titled in capitals) and «Lupita Caja» (a chat sender, «[dato personal] Caja» shown: her
     * till, written as a surname). 3 with the names room's rules of the same round («Librada Cervantes», «Sinforoso»
     * and «Nayelli» found), 1 in the consolidated report («Chuchín»). privacidad-ciega-23: 12 blind on the commission's
     * pages (1 of them shown only in part), 11 in the consolidated report. In the twenty-fourth round, read one by one:
     * four were addresses no rule found in the whole text — «edificio 7 entrada B, U.H. Legaria» (a line opening with a
     * capital was read as the wrap of the line above, whose «Familia Mesa» made it a mesa's place), «edificio D-201 del
     * Conjunto Pedregal 2» (an estate's building without its flat), «Av. Tlahuac-Chalco esquina Jazmin, lote 9» (a
     * corner narrowed down by its lot) and, cut at a semicolon, «edificio 12, depto. 8, Unidad Habitacional Santa María»
     * — found since; «Crispin Ahumada junior», shown as «[dato personal] junior», was a generation's suffix beside the
     * hidden name, which names no one ({@link ReadableNameParts}). None was a propagation miss. 8 since, on the
     * commission's pages and in the consolidated report alike. Left, for the names
     * room, names no rule finds in the whole text either (PrivacyQualityTest lists them): «Isauro Peñaloza», «Modesto»
     * and «el Relámpago» (a horse race's jockeys and horse), «Wistano», «Dimas» and «el Alberca» (a family tree),
     * «Alfonsina Chavira» and «Yeraldin» (a dictionary's entries). privacidad-ciega-24: 10 blind on the commission's
     * pages (2 of them shown only in part), 8 in the consolidated report. In the twenty-fifth round, read one by one:
     * two were lost on the way to a page — «H. G. Y.», a signature's initials in a row of a CSV whose rows are reports
     * of their own, two rows below «Profra. Hortensia Galván Yáñez» (the title, longer than the CSV's title rule read,
     * kept the whole cell from being a person, so her name did not travel to the other rows), and «Wara Condori» with
     * «Wara Condori Mamani» shown in part, the sender's display name, which no list knows and whose mailbox
     * («wara.condori.m») spells it with one initial more; and one a detection miss of an address («Cerrada Tabasco 5»,
     * a house named right before it at a corner). All four are hidden since; 6 on the commission's pages, 4 in the
     * consolidated report. Left, for the names room, names no rule finds in the whole text either (PrivacyQualityTest
     * lists them): «Mayra Lizbeth Olvera», «Abril Sotomayor», «Dagmar», «Nazaria Quintero», «Próspero» and «ZENAIDA
     * PORRAS ALCOCER» (shown in part). With the names room's rules of the same round 4 on the commission's pages
     * («Dagmar», «Próspero», «Abril Sotomayor», «ZENAIDA PORRAS ALCOCER» in part), 2 in the consolidated report.
     * privacidad-ciega-23: 4 since the twenty-fifth round (the dictionary's and the family tree's names).
     * privacidad-ciega-25: 7 blind on the commission's pages (1 of them in part), 6 in the consolidated report; read one
     * by one in the twenty-sixth round, every one a name no rule finds in the whole text either (PrivacyQualityTest lists
     * them), none lost on the way: «ANTÍA BREIXO SOUTO» and her initials «A. B. S.», «el Colocho», «Fausta», «ERASTO
     * VILLANUEVA PONCE», «Yulieth», and «M. en C. Hortensia Villarreal», shown in part as «en [dato personal]» because
     * the degree «M. en C.» is read as no title; for the names room. With the names room's rules of the same round 4 on
     * the commission's pages («el Colocho», «Fausta», «ERASTO VILLANUEVA PONCE», «M. en C. Hortensia Villarreal» in
     * part), 3 in the consolidated report: «Fausta» and «el Colocho», which PrivacyQualityTest finds in the whole file
     * now, are both in CSV files, whose rows the pipeline reads as reports of their own (PrivacyQualityTest splits a
     * mail message as the pipeline does, not yet a CSV). privacidad-ciega-26: 13 blind on the commission's pages (1 of
     * them in part), 12 in the consolidated report. Read one by one in the twenty-seventh round, with PrivacyQualityTest
     * now reading a questionnaire export row by row as the pipeline does: none is lost on the way to a page, every one
     * is a string the detector misses in the report the pipeline reads (PrivacyQualityTest lists each visible), so all
     * are for the names room. This round's addresses (a dwelling part on a wrapped line, a street named after a school,
     * «vivienda») and the phone spelt between middle dots no longer reach a page: 11 on the commission's pages
     * («SOTO LUVIANO/HERMENEGILDA» in part, «el Tinacos», four teachers of a syllabus, «Ciriaco Menchaca», «el
     * Pinacate», «el Chispas» — a nickname alone in its row of a form exported sideways, its label «Apodo (opcional)» in
     * the cell before —, «Taurino», «la Madrina»), 10 in the consolidated report. privacidad-ciega-25's «Fausta» and
     * «el Colocho» are such rows too: PrivacyQualityTest, reading the rows, lists them visible since this round. With
     * the names room's rules of the same round 5 on the commission's pages and 1 in the consolidated report («Ciriaco
     * Menchaca», «el Pinacate», «el Chispas», «Taurino», «la Madrina»; the syllabus's teachers, the boarding pass's
     * name and «el Tinacos» are found since). privacidad-ciega-27: 15 blind on the commission's pages (4 of them in
     * part), 10 in the consolidated report. Twenty-eighth round: a form exported sideways is one report
     * ({@code SidewaysForm}), so a row's value keeps its label and the form's other rows — «el Colocho», «Fausta» (-25)
     * and «el Chispas» (-26) no longer reach a page, nor -27's «C.M.T.H.» (the initials of the applicant named two rows
     * above) and its address after «Domicilio»: 13 of -27's on the commission's pages (all detection misses but «Nacho
     * Pollería», whose «[dato personal] pollería» is the business word after his hidden full name), 8 in the report.
     * privacidad-ciega-28: 9 blind on the commission's pages (2 of them in part), 7 in the consolidated report.
     * Twenty-ninth round, read one by one: 7 on the commission's pages are names the detector misses in the whole text
     * (PrivacyQualityTest lists each visible: «el Chirris», «Mendiola, Tránsito» and «Abril Yamileth Hurtado» in part,
     * «Hortencia Zubiría», «Eudocia», «el Fierrero», «Ane»), for the names room; the other 2 were addresses the
     * detector missed too («calle Aldana esquina con Camino Real, frente al puesto 14 del mercado», «República de
     * Brasil 37, vivienda 9, Centro»), found since: 7 on the commission's pages, 5 in the consolidated report. The
     * search page's «Seo-yeon» in part was the word typed, repeated as «seo yeon»: no longer counted. With the names
     * room's rules of the same round (priest titles, a month's name as a given name, surname-first entries): 3 on the
     * commission's pages and 3 in the report; privacidad-ciega-27 10 and 8. privacidad-ciega-29: 7 blind on the
     * commission's pages (none in part), 7 in the consolidated report, 1 in each of two commission searches. Thirtieth
     * round, read one by one: all 7 are strings the detector misses in the whole text, none a miss of the publication;
     * the two searches showed a hit quoting one of them («GUARDIA» the residence's address, «hermano» «los Ocotlán»).
     * The two addresses («Monte Líbano 1340» after «la residencia de», «Mesones 127, Centro») are found since: 5 on the
     * commission's pages and 5 in the report, 1 in one search. Left for the names room: «el Cuije», «el Jarocho
     * Villafaña», «los Ocotlán», «TEODULO BARRAGAN» and «M. v. d. B. L.», the initials of an observer whose name is
     * found only in part («Maarten» of «Maarten van der Berg Lozoya»), which PrivacyQualityTest cannot see (no piece of
     * two letters or more). With the names room's rules of the same round (a wrapped last surname, nicknames with a
     * complement, capitals after a described person, name particles): only «M. v. d. B. L.» on the commission's pages;
     * privacidad-ciega-28 2 («el Chirris», «Eudocia»), privacidad-ciega-27 9. privacidad-ciega-30: 12 blind on the
     * commission's pages (2 in part), 9 in the consolidated report, 1 in one commission search. Thirty-first round: a
     * name found in part runs on over the capitalized words right after it (NameTails: «[dato personal] Nieblas» and
     * «[dato personal] Mesa» of -30 are hidden whole) and a numbered office after an untyped street is an address
     * («República de Venezuela 22, despacho 14, Centro»): -30 9 on the commission's pages, 8 in the report;
     * privacidad-ciega-19 and -24 3 each on the commission's pages (4 before). With the names room's rules of the same
     * round (a described person's name after a colon or comma, a nickname set apart after a name): -30 5 on the
     * commission's pages, 4 in the report and 1 in each of three searches («el Flash», «el payaso Chimuelín», «el
     * Chapo Rosendo», «Yayo», «Abril Cuautle»: second names of a person already named, and a month as a given name). privacidad-ciega-31: 8 blind on the
     * commission's pages, 6 in the consolidated report, 1 in each of six commission searches. Thirty-second round: its two
     * phones are found — «5555 94 O7» (a letter for a digit beside the number's other groups, {@code OcrLetters}) and «5 5 5
     * 5 - 9 4 1 8» (figures one at a time, a dash between the halves): 6 on the commission's pages, 4 in the report, 1 in
     * each of five searches; the six left are names, for the names room. With the names room's rules of the same round (a person described then
     * named between commas, a word opening a list of names, a quoted nickname with its origin): 3 on the commission's
     * pages («Aminata», «Chendo», «Inocencio»), 2 in the report, «Inocencio» in three searches. privacidad-ciega-32: 6
     * blind on the commission's pages (1 in part), 5 in the consolidated report, none in its searches. Thirty-third
     * round, read one by one: 5 of the 6 are names the detector misses in the whole text (PrivacyQualityTest lists each
     * visible), for the names room; the sixth, «Efrén Calzada Robles» shown in part as «[dato personal] Calzada
     * Robles», was found as «secretario Efrén» — a name found with its role in lower case now runs on over the
     * capitalized words after it as a bare one does (NameTails): 5 on the commission's pages, 5 in the report. With
     * every room of that round merged (the names room: a relation said after a name…): -32 1 on the commission's pages
     * («Santino Rebollar»), -31 2 («Chendo», «Inocencio»). privacidad-ciega-33: 1 blind on the commission's pages, 1 in the
     * consolidated report, none in its searches. Thirty-fourth round, every set measured with every room of the
     * thirty-third merged (both halves, 2026-12-06): the ceilings come down to what each set reaches — -6, -11, -14, -19,
     * -24, -29 and -30 none; -18 4, -21 4, -22 1, -26 1, -27 5, -28 1 — so a merge that publishes one string more of any
     * set fails here instead of hiding under an old allowance. Of the studied sets' 4 (-31 «Chendo» and «Inocencio»,
     * -32 «Santino Rebollar», -33 «el Relámpago Azul»), each is written once in its report and found nowhere in it:
     * detection misses, none a found name lost on the way to a page. With the names room of the same round merged
     * (a quoted nickname in parentheses after a name), -33 none. privacidad-ciega-34: 6 blind on the commission's pages (2 in
     * part), 4 in the consolidated report, 1 in each of two searches; 4 on the commission's pages (1 in part), 3 in the
     * report and 1 search once it joined the tuning sets with the models learnt from it. Thirty-fifth round, read one by
     * one: none is a found name lost on the way to a page. The one shown in part, «el Sonido Chuy» as «el sonido [dato
     * personal]», is a capitalized word right before a hidden name in the middle of a sentence, which now goes with the
     * name ({@code NameHeads}: «Levan [dato personal]», the given name no list knows before found surnames, is hidden
     * whole too, though no page of this set counted it); 3 on the commission's pages, 3 in the report — «el Chanate» (a
     * nickname before a full name set apart by dashes), «Kamande Mwangi» (an apposition after «Mi entrenador,») and
     * «Prudencia Olivos Tapia» (after «fue», a described person's copula), each written once and found nowhere in its
     * report: detection misses, for the names room. Each sits in the very sentence its finding quotes as evidence, so a
     * shorter quote in the consolidated report would publish it all the same. With the names room of the same round
     * merged (a nickname set apart before a name, a trainer as a relation, a given name that is also a word), none.
     * privacidad-ciega-35: 7 blind on the commission's pages (1 in part), 5 in the consolidated report, none in its
     * searches. Thirty-sixth round: privacidad-ciega-34 1 again — «Nino Beridze» shown in part («nino [dato
     * personal]»: a given name that folds to a word) once the models also learn from ciega 35's passages, already on
     * the branch every room started from (no rule of that round changed it); a detection lead for the names room.
     * privacidad-ciega-36: 5 blind on the commission's pages (1 in part), 3 in the consolidated report, none in its
     * searches. Thirty-seventh round: capitalized words where a finding has just named a person the detector hid are
     * hidden with the report ({@code NamesBesideHidden}: another member of a list of people, a name taken back for
     * another, a second name in parentheses, quotes, after «alias» or before «, que … se llama»): -21 3, -23 3, -27 3,
     * -35 2, -36 3 and -26 none on the commission's pages («Taurino», «Hermógenes», «Alfonsina Chavira», «Arcelia», «el
     * Profeta», «Magaly», «Herculano» hidden). privacidad-ciega-37: 4 blind on the commission's pages (none in part), 3
     * in the consolidated report, 1 in its searches; 5 on the commission's pages once it joined the tuning sets with
     * the models learnt from it («el Compadre», hidden in the whole text after «alias», shown on its report's page).
     * Thirty-eighth round: a list's member introduced by the role it holds («el secretario como [nombre] y la
     * escrutadora como …»), the list's last member going on with the verb («[nombre], [nombre] y … me acompañaron»)
     * and a nickname made of a relation in a second name's position («…, que en realidad se llama [nombre]», after
     * «alias», quoted) are hidden with the report ({@code NamesBesideHidden}): -36 3 → 2 and -37 5 → 4 on the
     * commission's pages; the check sets (-2 … -22) unchanged. With every room of that round merged (the detector
     * also reads a naming «como» repeated without its verb, a list's last item, a relation after a name): -23 2, -25
     * 1, -35 1 and -37 2 at most in any output. privacidad-ciega-38: 4 blind on the commission's pages (1 in part), 3
     * in the consolidated report, 1 in its searches. Thirty-ninth round ({@code NamesBesideHidden}): a hidden
     * nickname's «de» complement («[la Güera] de las tortas», «[la Güera] del Puente», the parts left readable), a
     * parenthesis that opens with a name after a hidden one («(Palomita para ti)»), a label repeated before a hidden
     * name («usuario=»), a hidden given name before another surname («Fidencio Castro» beside «Fidencio Castrejón»),
     * also in illegible passages: -27 3 → 1, -36 2 → 1 and -38 4 → 3 on the commission's pages, -27 2 → 1 in the
     * consolidated report; the check sets (-1 … -23) and every set's decoys unchanged. With every room of that round
     * merged: -32 none in any output. privacidad-ciega-39: 2 blind on the commission's pages (both in part), none in
     * the consolidated report or its searches. Fortieth round, with the models that also learn from ciega 39's passages
     * and before any rule of the round: -33 1 and -35 2 on the commission's pages. -33's «Dany Mesera» was no name of
     * its report's findings: the page quoted, as the passage a finding's kind is like, a learnt passage of
     * evaluacion-ciega-33 (a chat whose sender is the same persona, kept in lower case), another report's text whose
     * names this report's redaction does not know; since this round the commission reads no quote of another report
     * ({@code RoleView#ownQuotes}), so none. -35's «Belem», in «La de la ambulancia Belem no, [nombre]», is a name
     * taken back for a hidden one that a barrio of the catalogue is also named, which keeps it readable (a finding of
     * its own since the new models; also in the consolidated report). Also this round ({@code
     * NamesBesideHidden#inWholeText}): a cell in a table's column where two rows or more hid a name, and a labelled
     * name wrapped onto the next line, are hidden with the report — -27 1 → 0 («PRESIDENTA DE MESA — ROMELIA CASTAÑÓN
     * DE LA GARZA — …» among cards whose other names were hidden), in every output; the check sets (-1 … -24) and
     * every set's decoys unchanged. -39's two, both in part: «[dato personal] viudo de Peña» (the detector reads a
     * widow's «viuda de», not a widower's «viudo de») and «la contadora [dato personal]» (the role planted with the
     * name, which the count reads as a word that identifies); with every room of the round merged (the detector
     * reads «viudo de …»), -39 1. privacidad-ciega-40: 4 blind on the commission's pages (2 in part), 2 in the
     * consolidated report, 1 in its searches. Forty-first round, read one by one: «Yuridiana Pastrana» (after «la
     * señora embarazada era», a described person's copula) and «[dato personal] del Río» (a surname's particle and a
     * place word after the hidden name) are detection misses; «Piedad Camarena» was the list's member after «Eudosia»,
     * whom {@code NamesBesideHidden} itself read, so the net never read beside her — it now reads again beside what it
     * read — and «Amador [dato personal]» a given name that is also a word right before a surname hidden alone, which
     * it now reads as the same person's given name: -40 2 on the commission's pages, 1 in the report, none in its
     * searches; the check sets' (-1 … -25) figures and every set's decoys unchanged. -37's «el Compadre» is in the words
     * that explain a finding's kind («palabras: …, el compadre»): withholding there a word the finding's redacted text
     * hides made -11 show a name in part (a word kept readable beside the mark), so it was dropped.
     * privacidad-ciega-43: 2 blind on the commission's pages (1 in part), 1 in the consolidated report.
     */
    private static final Map<String, Integer> MAX_TUNING_LEAKS_BY_SET = Map.ofEntries(
            Map.entry("privacidad-ciega-7", 2), Map.entry("privacidad-ciega-16", 2), Map.entry("privacidad-ciega-17", 1),
            Map.entry("privacidad-ciega-18", 4), Map.entry("privacidad-ciega-20", 4),
            Map.entry("privacidad-ciega-21", 3), Map.entry("privacidad-ciega-22", 1),
            Map.entry("privacidad-ciega-23", 2),
            Map.entry("privacidad-ciega-25", 1),
            Map.entry("privacidad-ciega-28", 1),
            Map.entry("privacidad-ciega-31", 2),
            Map.entry("privacidad-ciega-34", 1), Map.entry("privacidad-ciega-35", 2),
            Map.entry("privacidad-ciega-36", 1), Map.entry("privacidad-ciega-37", 2),
            Map.entry("privacidad-ciega-38", 3), Map.entry("privacidad-ciega-39", 1),
            Map.entry("privacidad-ciega-40", 2),
            Map.entry("privacidad-ciega-43", 2));
    /**
     * Tuning sets whose reports the commission still finds through a name it cannot read, at what they reach: none
     * since the twelfth round. privacidad-ciega-8 (4 blind) and -9 (3 blind): none since the tenth round.
     * privacidad-ciega-10 (1 blind): «Ramiro» found its letter through «Ramos», a readable decoy and a similar word
     * (as «Ramero» does), which the test counted until the twelfth round; a report is now counted only when a hit of
     * it marks no word the commission reads. privacidad-ciega-11, -12, -13 and -14: none blind.
     * privacidad-ciega-15: 1 blind («MTRO. EUSEBIO CANTÚ LARIOS» was hidden by a title the report's stored personal
     * data did not hold, so a search for «Eusebio» still found its finding); none since the sixteenth round's rules find the
     * name under its heading, and since the seventeenth what the redaction hides where a title or a label announces a
     * person is stored with the report's personal data, so no view finds what another hides. privacidad-ciega-16, -17, -18 and
     * -19: none blind; -24 none blind. privacidad-ciega-23: 1 blind, still 1 in the twenty-fourth round — «Drenajes» of «el que le
     * dicen el Drenajes»: the PDF's text breaks the line after «el», the detector reads no nickname across that break in
     * the whole text (PrivacyQualityTest lists «el Drenajes» visible), so the report's stored personal data lacks it
     * while its finding, its lines joined, reads the announcement whole; a detection miss, for the names room. privacidad-ciega-25: 1 blind
     * — «Sinforosa» of «[01/05/22, 8:49:03] Tobi Globos: Sinforosa Medellín Arce, y el secretario…»: the finding, cut from
     * its time stamp and sender, opens with the name and its page hid it, but the whole text read no name there, so the
     * report's stored personal data lacked it and the search, which checks a hit's visible text only for the words of
     * that data, found the report by it; none since the twenty-sixth round, when what a finding read on its own hides is
     * stored with the report ({@code ReportUnderstander#withWhatFindingsShow}). privacidad-ciega-26: 1 blind, still 1
     * in the twenty-seventh round — «Sargento» of «el Sargento», a nickname the detector reads nowhere in the report
     * (PrivacyQualityTest lists it visible); a detection miss, for the names room. Thirty-fourth round, every set
     * measured with every room of the thirty-third merged: none in any set, so no set is allowed one any longer.
     */
    private static final Map<String, Integer> MAX_TUNING_FOUND_BY_HIDDEN_NAME_BY_SET = Map.of();
    /**
     * Tuning sets' decoys that a finding of their report writes and no commission page of that report shows
     * ({@link PublishedDecoys}), at what they reached when first counted (thirty-fourth round, 7 of 616 written in
     * findings of the check sets, 2 of 84 of the studied ones); every other set none. Thirty-fifth round:
     * privacidad-ciega-25 1 once the models also learn from ciega 34's passages (no rule changed between the two
     * measurements; a check set, so which decoy was not read). privacidad-ciega-35: 1 of 11 blind. privacidad-ciega-36: 1 of 7 blind. privacidad-ciega-37: none of 16 blind. privacidad-ciega-38: none of 10 blind. privacidad-ciega-39: 3 of 17 blind.
     * Thirty-ninth round, with every room merged: -22, -23, -25, -27, -31, -33 and -36 none. Fortieth round, -39 as a
     * tuning set with the models that also learn from its passages: 2 of 15 («Mariano Bárcena», «Carlos Carsolio»,
     * both hidden by the detector in the whole text), before and after the round's rules; 1 with every room of the
     * round merged. privacidad-ciega-40: 2 of 14 blind, none since the forty-first round. privacidad-ciega-41: 1 of 14
     * blind. privacidad-ciega-42: 1 of 14 blind. privacidad-ciega-43: 3 of 25 blind.
     */
    private static final Map<String, Integer> MAX_TUNING_DECOYS_HIDDEN_BY_SET = Map.of("privacidad-ciega-8", 3,
            "privacidad-ciega-12", 1, "privacidad-ciega-35", 1, "privacidad-ciega-39", 1,
            "privacidad-ciega-41", 1,
            "privacidad-ciega-42", 1,
            "privacidad-ciega-43", 3);

    private ObservaService service;
    private String base;
    /** Every set present: a planted string written in a report of the other half is still told apart by its text. */
    private final List<PrivacySet> allSets = PrivacySet.present();
    /** The sets this class ingests and checks. */
    private final List<PrivacySet> sets;
    /** Folio of every submission, container or report, by the name it was delivered with. */
    private final Map<String, String> folios = new LinkedHashMap<>();
    private final List<String> reportFolios = new ArrayList<>();
    private Path out;

    /**
     * @param firstHalf the first half of the sets in their order (the first when their number is odd), which holds
     *                  the sets the specific tests name ({@code privacidad}, {@code privacidad-ciega}); else the rest,
     *                  which holds the newest sets and the held-out one
     */
    PrivacyPublicationIT(boolean firstHalf) {
        int cut = (allSets.size() + 1) / 2;
        sets = firstHalf ? allSets.subList(0, cut) : allSets.subList(cut, allSets.size());
    }

    @BeforeAll
    void ingestThePrivacySetsAndWriteTheReport(@TempDir Path tmp) throws Exception {
        ObservaConfig config = TestHome.config(tmp);
        service = ObservaService.start(config, ObservaService.Mode.SERVICE);
        base = "http://127.0.0.1:" + config.get("observa.port");
        for (PrivacySet set : sets) {
            Path dir = Files.createDirectories(tmp.resolve("entrantes").resolve(set.name()));
            for (Map.Entry<String, byte[]> f : set.files().entrySet()) {
                Path file = Files.write(dir.resolve(f.getKey()), f.getValue());
                Outcome outcome = service.submit(file, f.getKey(), Channel.CARPETA);
                assertThat(outcome.kind()).as(f.getKey() + ": " + outcome.reason()).isNotEqualTo(Outcome.Kind.QUARANTINED);
                folios.put(set.name() + "/" + f.getKey(), outcome.folio());
            }
        }
        Awaitility.await().atMost(Duration.ofMinutes(3)).until(() -> service.journal().view().submissions().stream()
                .allMatch(s -> s.isIndexed() || s.isQuarantined() || s.isContainer() && !s.isUnpackingUnfinished()));
        service.journal().view().submissions().stream().filter(SubmissionState::isIndexed)
                .forEach(s -> reportFolios.add(s.folio()));
        out = config.outDir();
        // as the service's scheduled editions are written: with its redactor, which its pages read again
        ReportWriter.write(config, service.publishing(), out, null);
    }

    @AfterAll
    void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void theConsolidatedReportInEveryFormatNamesNoOne() throws Exception {
        assertThat(reportFolios).hasSizeGreaterThanOrEqualTo(20 * sets.size());
        Map<String, String> published = new LinkedHashMap<>();
        for (String file : List.of(ReportWriter.HTML, ReportWriter.JSON, ReportWriter.ANNEX, ReportWriter.MANIFEST)) {
            published.put(file, Files.readString(out.resolve(file), StandardCharsets.UTF_8));
        }
        try (InputStream in = Files.newInputStream(out.resolve(ReportWriter.PDF))) {
            Tika tika = new Tika();
            tika.setMaxStringLength(-1);
            org.apache.tika.metadata.Metadata metadata = new org.apache.tika.metadata.Metadata();
            published.put(ReportWriter.PDF + " (texto)", tika.parseToString(in, metadata));
            // what a reader's PDF viewer shows besides the pages: title, author, subject, keywords (its document
            // properties), which the page text does not hold
            StringBuilder properties = new StringBuilder();
            for (String name : metadata.names()) {
                for (String value : metadata.getValues(name)) {
                    properties.append(name).append(": ").append(value).append('\n');
                }
            }
            published.put(ReportWriter.PDF + " (metadatos)", properties.toString());
        }
        // any other file the report writes beside these (a new format, a chart's data) is published as well
        try (java.util.stream.Stream<Path> files = Files.list(out)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                if (!published.containsKey(name) && !name.equals(ReportWriter.PDF)) {
                    published.put(name, new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
                }
            }
        }
        // the annex lists findings, never illegible text: a report whose every passage is illegible (a table the
        // segmenter could not read) has no row there, and must not be required to
        List<String> withLegibleFindings = reportFolios.stream().filter(folio -> service.store().get(folio)
                .map(report -> report.findings().stream().anyMatch(finding -> !finding.illegible())).orElse(false)).toList();
        assertThat(withLegibleFindings).as("reports with a legible finding").hasSizeGreaterThanOrEqualTo(reportFolios.size() * 95 / 100);
        assertThat(published.get(ReportWriter.ANNEX)).as("the annex lists the privacy sets' reports").contains(withLegibleFindings);
        assertThat(published.get(ReportWriter.HTML)).contains(Redactor.MARK);
        assertNoPlantedString(published);
    }

    @Test
    void theCommissionReadsRedactedTextEverywhereItCanGo() {
        WebSession comision = signedIn("comision");
        Map<String, String> published = new LinkedHashMap<>();
        // each report's API answer, kept: the searches below read it again to tell whether a word is readable in the
        // report, and asking again redacted the whole report again (the commission's views redact on every request)
        Map<String, HttpResponse<String>> reportAnswers = new HashMap<>();
        for (String folio : reportFolios) {
            published.put("/informes/" + folio, ok(comision.get("/informes/" + folio)));
            HttpResponse<String> report = comision.get("/api/v1/informes/" + folio);
            reportAnswers.put(folio, report);
            published.put("/api/v1/informes/" + folio, ok(report));
        }
        for (int page = 1; page <= 60; page++) {
            String api = ok(comision.get("/api/v1/hallazgos?pagina=" + page));
            published.put("/api/v1/hallazgos?pagina=" + page, api);
            published.put("/?pagina=" + page, ok(comision.get("/?pagina=" + page)));
            if (!api.contains("\"folio\"")) {
                break;
            }
        }
        // searching for the planted names themselves: the hits (snippets, file names) must not give them away, and the
        // report a name is planted in is a hit only if the commission can read that word in it; the page repeats the
        // words typed, which are the user's own, so the page is checked for every other planted string
        // (a word planted in several reports is searched once; each report it is planted in is still checked)
        Map<String, String> searched = new LinkedHashMap<>();
        Map<String, HttpResponse<String>> answers = new HashMap<>();
        Map<String, String> readable = new HashMap<>();
        java.util.Set<String> heldOutFoundBy = new java.util.HashSet<>();
        Map<String, java.util.Set<String>> tuningFoundBy = new LinkedHashMap<>();
        for (PrivacySet set : sets) {
            for (PrivacySet.Row row : set.rows()) {
                String word = firstNameWord(row.text());
                // an initial alone ("P.") is no name to search for: as in PrivacyQualityTest, pieces have two letters
                if (row.personal() && row.kind().equals("nombre") && word.replaceAll("\\P{L}", "").length() >= 2) {
                    HttpResponse<String> api = answers.computeIfAbsent(word,
                            w -> comision.get("/api/v1/hallazgos?q=" + WebSession.enc(w)));
                    if (api.statusCode() == 400) {
                        assertThat(api.body()).as(word).contains("dato personal");
                    } else {
                        published.put("hits of /api/v1/hallazgos?q=" + word, hitsOf(ok(api)));
                        String folio = folios.get(set.name() + "/" + row.file());
                        String read = readable.computeIfAbsent(folio, f -> {
                            HttpResponse<String> answer = reportAnswers.computeIfAbsent(f,
                                    container -> comision.get("/api/v1/informes/" + container));
                            return answer.statusCode() == 200 ? answer.body() : null;
                        });
                        if (read != null && !words(read).contains(Folding.fold(word).toLowerCase())) {
                            boolean found = foundUnexplained(api.body(), folio);
                            if (found && !set.heldOut()) {
                                tuningFoundBy.computeIfAbsent(set.name(), s -> new java.util.TreeSet<>()).add(word + " in " + row.file());
                            } else if (found) {
                                heldOutFoundBy.add(folio + "\u0000" + word); // counted, not described: the set stays blind
                            }
                        }
                    }
                    if (!searched.containsKey(word)) {
                        HttpResponse<String> page = comision.get("/?q=" + WebSession.enc(word));
                        assertThat(page.statusCode()).as(word).isIn(200, 400);
                        searched.put(word, page.body());
                    }
                }
            }
        }
        for (String format : List.of("csv", "json")) {
            published.put("exportar " + format, ok(comision.get("/api/v1/hallazgos/exportar?formato=" + format)));
        }
        published.put("/informe", ok(comision.get("/informe")));
        published.put("/informe/ultima/ver", ok(comision.get("/informe/ultima/ver")));
        published.put("/tablero", ok(comision.get("/tablero")));
        Map<String, List<String>> hiddenDecoys = decoysHiddenFromTheCommission(published);
        System.out.println("Informes del conjunto a ciegas que la comisión encuentra por un nombre que no lee: "
                + heldOutFoundBy.size());
        // tuning sets: listed, to raise their allowances to what they reach
        tuningFoundBy.forEach((set, found) -> System.out.println("Informes de " + set + " hallados por un nombre oculto: " + found));
        tuningFoundBy.forEach((set, found) -> assertThat(found).as("informes de " + set + " hallados por un nombre oculto")
                .hasSizeLessThanOrEqualTo(MAX_TUNING_FOUND_BY_HIDDEN_NAME_BY_SET.getOrDefault(set, 0)));
        assertThat(heldOutFoundBy.size()).as("informes del conjunto a ciegas hallados por un nombre oculto (no se detallan)")
                .isLessThanOrEqualTo(MAX_HELD_OUT_FOUND_BY_HIDDEN_NAME);
        assertThat(String.join("\n", published.values())).contains(Redactor.MARK);
        assertNoPlantedString(published);
        // each search page on its own, as the word typed in its box is its own
        List<Checked> searchPages = new ArrayList<>();
        searched.forEach((word, page) -> searchPages.add(new Checked(Map.of("/?q=" + word, page), word)));
        assertNoPlantedString(searchPages);
        // last, so that a decoy's ceiling never hides a leak: readability is weighed against privacy, never before it
        hiddenDecoys.forEach((set, hidden) -> assertThat(hidden).as("señuelos de " + set + " que la comisión ya no lee")
                .hasSizeLessThanOrEqualTo(MAX_TUNING_DECOYS_HIDDEN_BY_SET.getOrDefault(set, 0)));
    }

    /**
     * The decoys of each set (places, institutions and public figures named like people) that a finding of their report
     * writes and that no commission page of that report shows ({@link PublishedDecoys}): what the redaction costs the
     * reader, after every layer. Printed per set, the held-out set's counted only; the tuning sets' returned, listed,
     * to be held to their ceilings.
     */
    private Map<String, List<String>> decoysHiddenFromTheCommission(Map<String, String> published) {
        Map<String, List<String>> reportsOf = new HashMap<>();
        for (String folio : reportFolios) {
            reportsOf.computeIfAbsent(deliveryOf(folio), d -> new ArrayList<>()).add(folio);
        }
        Map<String, List<String>> hiddenBySet = new java.util.TreeMap<>();
        for (PrivacySet set : sets) {
            List<String> hidden = new ArrayList<>();
            int written = 0;
            for (PrivacySet.Row row : set.rows()) {
                String delivered = folios.get(set.name() + "/" + row.file());
                if (row.personal() || delivered == null) {
                    continue;
                }
                List<String> reports = reportsOf.getOrDefault(deliveryOf(delivered), List.of());
                List<String> findings = reports.stream().flatMap(f -> service.store().get(f).stream())
                        .flatMap(r -> r.findings().stream()).filter(f -> !f.illegible()).map(mx.observa.model.Finding::text).toList();
                List<String> pages = reports.stream().map(f -> published.getOrDefault("/informes/" + f, "")).toList();
                List<String> personal = set.rows().stream().filter(r -> r.personal() && r.file().equals(row.file()))
                        .map(PrivacySet.Row::text).toList();
                PublishedDecoys.Shown shown = PublishedDecoys.shown(row.text(), findings, pages, personal);
                if (shown != PublishedDecoys.Shown.NOT_IN_FINDINGS) {
                    written++;
                }
                if (shown == PublishedDecoys.Shown.HIDDEN) {
                    hidden.add(row.file() + " «" + row.text() + "»");
                }
            }
            // counted, not described, for the held-out set: it must stay blind to whoever tunes the rules
            System.out.println("Señuelos de " + set.name() + " en hallazgos que la comisión ya no lee: " + hidden.size() + " de "
                    + written + (set.heldOut() ? "" : " " + hidden));
            if (!set.heldOut()) {
                hiddenBySet.put(set.name(), hidden);
            }
        }
        return hiddenBySet;
    }

    /**
     * A courtesy or professional title planted with a name («LIC. ROSALBA …», «CC. Anselmo …») names no one, and the
     * commission may read it wherever it is not redacted with the name: the word searched for is the first after it.
     */
    private static final Pattern TITLE = Pattern.compile("(?iu)(?:lic|licda|ing|sr|sra|srta|srita|dr|dra|mtro|mtra|prof|profa|profr|profra|c|cc|don|doña"
            + "|señor|señora|señorita|licenciad[oa]|ingenier[oa]|profesor|profesora|profe|joven)\\.?");

    /** Quotes and brackets around a nickname («"el Chino"», «(Lupita)») are no part of the word searched. */
    private static final Pattern AROUND = Pattern.compile("^[\\p{Ps}\\p{Pi}\\p{Pf}\"'«]+|[\\p{Pe}\\p{Pi}\\p{Pf}\"'»,;:]+$");
    /** An article before a nickname («el Chino», «la Güera») names no one either. */
    private static final Pattern ARTICLE = Pattern.compile("(?iu)el|la|los|las");

    private static String firstNameWord(String planted) {
        String[] words = planted.split("[\\s_]+");
        for (int i = 0; i < words.length; i++) {
            words[i] = AROUND.matcher(words[i]).replaceAll("");
        }
        int k = 0;
        while (k + 1 < words.length && (TITLE.matcher(words[k]).matches() || ARTICLE.matcher(words[k]).matches()
                || words[k].isEmpty())) {
            k++;
        }
        return words[k];
    }

    private static final Pattern MARKED = Pattern.compile("<mark>(.*?)</mark>");

    /**
     * Whether a hit of the report {@code folio} marks no word the commission reads: then only a word it cannot read
     * can have found it. A hit whose snippet marks a readable word matched that word (a searched «Ramiro» finds «Ramos»
     * in a decoy as the similar word it is, exactly as «Ramero» does), which says nothing of the hidden one.
     */
    private static boolean foundUnexplained(String searchApiAnswer, String folio) {
        try {
            for (com.fasterxml.jackson.databind.JsonNode hit : mx.observa.archive.Json.MAPPER.readTree(searchApiAnswer).path("hits")) {
                if (folio.equals(hit.path("folio").asText())) {
                    java.util.regex.Matcher m = MARKED.matcher(unescape(hit.path("snippet").asText()));
                    boolean readable = false;
                    while (m.find()) {
                        readable |= !m.group(1).contains("dato personal") && m.group(1).chars().anyMatch(Character::isLetter);
                    }
                    if (!readable) {
                        return true;
                    }
                }
            }
            return false;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String hitsOf(String searchApiAnswer) {
        try {
            return mx.observa.archive.Json.MAPPER.readTree(searchApiAnswer).path("hits").toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Run by the half that holds {@code privacidad-ciega}, whose reports it names. */
    void theCommissionsSearchesMatchOnlyTheTextItReads() throws Exception {
        // "Benavides" is in one tuning report, only as the surname of an official
        String folio = folios.get("privacidad-ciega/17_funcionarios_sin_titulo.pdf");
        WebSession analista = signedIn("analista");
        WebSession comision = signedIn("comision");
        assertThat(ok(analista.get("/api/v1/hallazgos?q=Benavides"))).contains(folio);

        for (String q : List.of("Benavides", "benavides", "BENAVIDES", "Benav*", "Benavids~", "Ben?vides", "Saúl Benavides",
                "\"Saúl Benavides\"", "+mesa +Benavides", "Benavides OR Benavides")) {
            HttpResponse<String> api = comision.get("/api/v1/hallazgos?q=" + WebSession.enc(q));
            assertThat(api.statusCode()).as(q).isIn(200, 400);
            assertThat(api.body()).as(q).doesNotContain(folio);
            if (api.statusCode() == 200) {
                assertThat(api.body()).as(q).contains("\"aviso\"");
            }
            HttpResponse<String> page = comision.get("/?q=" + WebSession.enc(q));
            assertThat(page.statusCode()).as(q).isEqualTo(api.statusCode());
            assertThat(page.body()).as(q).doesNotContain(folio).contains("dato");
            HttpResponse<String> export = comision.get("/api/v1/hallazgos/exportar?formato=csv&q=" + WebSession.enc(q));
            assertThat(export.statusCode()).as(q).isEqualTo(api.statusCode());
            assertThat(export.body()).as(q).doesNotContain(folio);
        }
        // a natural query ranks by the words it shares with a finding: the hidden name adds and takes away nothing
        assertThat(total(comision, "mesa Benavides")).isEqualTo(total(comision, "mesa"));
        // a name hidden in a finding is, for the commission, not there: NOT leaves that finding in, as for any other
        assertThat(total(comision, "demora NOT Benavides")).isEqualTo(total(comision, "demora"))
                .isGreaterThan(total(analista, "demora NOT Benavides"));
        // a word that is also written where it is not personal data is found there, and only there: the surname of
        // Samanta Ortiz (minutes) and the school Josefa Ortiz de Domínguez (a letter)
        String minutes = folios.get("privacidad-ciega/14_minuta_nombres_dos_puntos.rtf");
        String letter = folios.get("privacidad-ciega/01_carta_yo_tlalpan.txt");
        assertThat(ok(analista.get("/api/v1/hallazgos?q=Ortiz"))).contains(minutes, letter);
        assertThat(ok(comision.get("/api/v1/hallazgos?q=Ortiz"))).contains(letter).doesNotContain(minutes);
        assertThat(ok(comision.get("/api/v1/hallazgos?q=mesa"))).contains("\"folio\"");
        assertThat(Files.readAllLines(service.config().dataDir().resolve("audit").resolve("audit.jsonl")))
                .as("the commission's searches are in the audit log")
                .anySatisfy(l -> assertThat(l).contains("\"comision\"", "buscar", "Ortiz"));
        // a query that is itself personal data is refused whatever the reports contain, with the reason
        for (String q : List.of("5512345678", "ana.lopez@correo.example", "GOPL850312HDFRRS09")) {
            HttpResponse<String> api = comision.get("/api/v1/hallazgos?q=" + WebSession.enc(q));
            assertThat(api.statusCode()).as(q).isEqualTo(400);
            assertThat(api.body()).as(q).contains("dato personal");
            assertThat(analista.get("/api/v1/hallazgos?q=" + WebSession.enc(q)).statusCode()).as(q).isEqualTo(200);
        }
    }

    /** The folded words of a text. */
    private static java.util.Set<String> words(String text) {
        return java.util.Arrays.stream(Folding.fold(text).toLowerCase().split("[^\\p{L}\\d]+"))
                .collect(java.util.stream.Collectors.toSet());
    }

    private static long total(WebSession session, String q) {
        String body = ok(session.get("/api/v1/hallazgos?q=" + WebSession.enc(q)));
        java.util.regex.Matcher m = Pattern.compile("\"total\"\\s*:\\s*(\\d+)").matcher(body);
        assertThat(m.find()).as(body).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void thePublicStatusOfEveryFolioNamesNoOne() {
        WebSession visitor = new WebSession(base);
        Map<String, String> published = new LinkedHashMap<>();
        for (String folio : folios.values()) {
            published.put("/estado?folio=" + folio, ok(visitor.get("/estado?folio=" + folio)));
            published.put("/api/v1/informes/" + folio + "/estado", ok(visitor.get("/api/v1/informes/" + folio + "/estado")));
        }
        assertNoPlantedString(published);
    }

    /** Run by the half that holds {@code privacidad}, whose first report it reads. */
    void theAnalystReadsTheOriginalAndEveryViewIsAudited() throws Exception {
        PrivacySet tuning = sets.get(0);
        // the names planted in the first report's findings (its self-introduction is the document's frame, no finding)
        List<String> planted = tuning.rows().stream()
                .filter(r -> r.file().startsWith("01_") && r.kind().equals("nombre")).map(PrivacySet.Row::text).toList();
        String folio = folios.get(tuning.name() + "/" + tuning.rows().stream()
                .filter(r -> r.file().startsWith("01_")).findFirst().orElseThrow().file());
        WebSession analista = signedIn("analista");
        String page = analista.get("/informes/" + folio).body();
        List<String> read = planted.stream().filter(page::contains).toList();
        assertThat(read).as("the analyst reads the names in the findings").isNotEmpty();
        assertThat(analista.get("/api/v1/informes/" + folio).body()).contains(read);
        assertThat(signedIn("comision").get("/informes/" + folio).body()).doesNotContain(planted);

        List<String> audit = Files.readAllLines(service.config().dataDir().resolve("audit").resolve("audit.jsonl"));
        assertThat(audit).anySatisfy(l -> assertThat(l).contains("\"analista\"", "ver_informe", folio,
                "\"datos_personales\":\"visibles\""));
        assertThat(audit).anySatisfy(l -> assertThat(l).contains("\"comision\"", "ver_informe", folio,
                "\"datos_personales\":\"testados\""));
    }

    private WebSession signedIn(String role) {
        WebSession web = new WebSession(base);
        assertThat(web.signIn(role, SearchFixture.PASSWORDS.get(role)).statusCode()).isEqualTo(303);
        return web;
    }

    private static String ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.uri().toString()).isIn(200, 404);
        return response.body();
    }

    /**
     * A planted string of several words is looked for without accents, case or spacing differences; one word, with
     * its capital as planted and whole (so "Izquierdo" the surname, not "izquierdo" the side).
     */
    private void assertNoPlantedString(Map<String, String> published) {
        assertNoPlantedString(List.of(new Checked(published, null)));
    }

    /**
     * Pages checked together and held to the ceilings together.
     *
     * @param typed what the user typed in the search box (the page repeats it); null when nothing was typed
     */
    private record Checked(Map<String, String> published, String typed) {
    }

    /** What one {@link Checked} group showed: the strings shown whole and in part, tuning and held-out apart. */
    private static final class Shown {
        /** Which outputs the group is: printed with each set's count, so that a run's figures read apart. */
        final String label;
        final List<String> leaks = new ArrayList<>();
        final java.util.Set<String> heldOutLeaks = new java.util.HashSet<>();
        final Map<String, String> partly = new java.util.TreeMap<>();
        final java.util.Set<String> heldOutPartly = new java.util.HashSet<>();
        /** What the first page that shows each tuning leak writes around it, to tell which of its texts shows it. */
        final Map<String, String> around = new java.util.HashMap<>();

        Shown(Checked group) {
            label = group.typed() != null ? "página de búsqueda «" + group.typed() + "»"
                    : group.published().containsKey(ReportWriter.HTML) ? "informe consolidado" : "páginas de la comisión";
        }
    }

    /**
     * Each group checked and held to the ceilings on its own, exactly as if each were checked alone, in one pass over
     * the planted strings: the search pages, one group each (the word typed is each page's own), were hundreds of
     * passes over the thousands of planted strings, a fifth of the test JVM's main thread (JFR, 2026-12-06).
     */
    private void assertNoPlantedString(List<Checked> groups) {
        List<String> wheres = new ArrayList<>();
        List<Integer> groupOf = new ArrayList<>();
        List<String> normalized = new ArrayList<>();
        List<String> lowered = new ArrayList<>();
        List<ReadableNameParts.Page> pages = new ArrayList<>();
        String[] typedBare = new String[groups.size()];
        String[] typedFolded = new String[groups.size()];
        for (int g = 0; g < groups.size(); g++) {
            Checked group = groups.get(g);
            typedBare[g] = group.typed() == null ? null : bare(normalize(group.typed()));
            typedFolded[g] = typedBare[g] == null ? null : Folding.foldLower(typedBare[g]);
            for (Map.Entry<String, String> page : group.published().entrySet()) {
                // each page unescaped and folded once: the whole-string check reads it with its blanks collapsed
                // ({@link #normalize}), the check of names shown in part as it is (a mark a PDF's text wraps over two
                // lines is no mark there); folding each page twice was 8 % of the test JVM's main thread, once 5 %
                // (JFR, 2026-12-07)
                String folded = Folding.fold(unescape(page.getValue()));
                String text = BLANKS.matcher(folded).replaceAll(" ");
                wheres.add(page.getKey());
                groupOf.add(g);
                normalized.add(text);
                lowered.add(text.toLowerCase(java.util.Locale.ROOT));
                pages.add(ReadableNameParts.Page.ofFolded(folded));
            }
        }
        // the pages that hold a string's words, looked up instead of scanning every page for each of the thousands of
        // planted strings (that product was two fifths of the test JVM's main thread, JFR, 2026-12-06)
        PagesByWord byNormalizedWord = new PagesByWord(normalized.stream().map(PrivacyPublicationIT::wordsAsWritten).toList());
        PagesByWord byLoweredWord = new PagesByWord(lowered.stream().map(PrivacyPublicationIT::wordsAsWritten).toList());
        PagesByWord byToken = new PagesByWord(pages.stream().map(ReadableNameParts.Page::words).toList());
        List<Shown> shown = new ArrayList<>();
        groups.forEach(g -> shown.add(new Shown(g)));
        for (Planted planted : planted()) {
            partlyShown(planted, wheres, groupOf, pages, byToken, typedFolded, shown);
            List<String> texts = planted.oneWord() ? normalized : lowered;
            // the pages that hold every word of the string (a page that lacks one cannot hold it), then the string
            // itself as a whole word (WholeWord: what the string's look-around pattern finds, without the regex engine)
            for (int page : (planted.oneWord() ? byNormalizedWord : byLoweredWord).holdingAll(planted.words())) {
                int g = groupOf.get(page);
                // the word as typed, without the punctuation it was planted or typed with ("Cisneros," of "Cisneros, T.";
                // «"Maquita"», «@chelo.tepepan», «C.B.»): the page repeats it in its search box, quotes and all
                if (typedBare[g] != null && planted.bare().equalsIgnoreCase(typedBare[g])) {
                    continue;
                }
                String where = wheres.get(page);
                String text = texts.get(page);
                if (planted.onlyInOwnPages() != null
                        && !planted.onlyInOwnPages().equals(deliveryOf(where.substring(where.lastIndexOf('/') + 1)))) {
                    continue;
                }
                if (WholeWord.in(text, planted.needle())) {
                    PrivacySet.Row row = planted.row();
                    if (planted.set().heldOut()) {
                        // counted, not described: the set must stay blind to whoever tunes the rules
                        shown.get(g).heldOutLeaks.add(row.file() + "\u0000" + row.text());
                    } else {
                        String leak = planted.set().name() + "/" + row.file() + " · " + row.kind() + " «" + row.text() + "»";
                        shown.get(g).leaks.add(leak + " en " + where);
                        int at = text.indexOf(planted.needle());
                        shown.get(g).around.putIfAbsent(leak, at < 0 ? "" : text.substring(Math.max(0, at - 80),
                                Math.min(text.length(), at + planted.needle().length() + 80)).replace('\n', ' '));
                    }
                }
            }
        }
        shown.forEach(this::assertWithinCeilings);
    }

    /** One group's leaks listed and held to the per-set ceilings (the held-out set's counted only). */
    private void assertWithinCeilings(Shown shown) {
        List<String> leaks = shown.leaks;
        java.util.Set<String> heldOutLeaks = shown.heldOutLeaks;
        // what the whole-string check did not see, listed and counted with it
        java.util.Set<String> whole = new java.util.HashSet<>();
        leaks.forEach(leak -> whole.add(leak.substring(0, leak.indexOf("» en ") + 1)));
        shown.partly.forEach((row, how) -> {
            if (!whole.contains(row)) {
                System.out.println("Nombre publicado en parte: " + row + " " + how);
                leaks.add(row + " en " + how.substring(how.indexOf("» en ") + 5));
            }
        });
        int heldOutOnlyPartly = (int) shown.heldOutPartly.stream().filter(k -> !heldOutLeaks.contains(k)).count();
        heldOutLeaks.addAll(shown.heldOutPartly);
        Map<String, java.util.Set<String>> leakedBySet = new java.util.TreeMap<>();
        for (String leak : leaks) {
            leakedBySet.computeIfAbsent(leak.substring(0, leak.indexOf('/')), k -> new java.util.HashSet<>())
                    .add(leak.substring(0, leak.indexOf("» en ") + 1));
        }
        leakedBySet.forEach((set, rows) -> System.out.println("Datos personales publicados de " + set + " (" + shown.label + "): "
                + rows.size() + " " + rows));
        // where each tuning leak was read (the first page or file per string), to find the output that shows it
        Map<String, String> firstWhere = new java.util.TreeMap<>();
        leaks.forEach(leak -> firstWhere.putIfAbsent(leak.substring(0, leak.indexOf("» en ") + 1), leak.substring(leak.indexOf("» en ") + 5)));
        firstWhere.forEach((row, where) -> System.out.println("  " + row + " en " + where
                + (shown.around.containsKey(row) ? " · «…" + shown.around.get(row) + "…»" : "")));
        leakedBySet.forEach((set, rows) -> assertThat(rows.size()).as("datos personales publicados de " + set + ": " + leaks)
                .isLessThanOrEqualTo(MAX_TUNING_LEAKS_BY_SET.getOrDefault(set, 0)));
        if (!heldOutLeaks.isEmpty()) {
            System.out.println("Datos personales del conjunto a ciegas publicados: " + heldOutLeaks.size()
                    + " (en parte, que la comparación de la cadena entera no vio: " + heldOutOnlyPartly + ")");
        }
        assertThat(heldOutLeaks.size()).as("datos personales del conjunto a ciegas publicados (no se detallan)")
                .isLessThanOrEqualTo(MAX_HELD_OUT_LEAKS);
    }

    /**
     * Whether a planted name is shown in part on a page ({@link ReadableNameParts}): a given name readable beside its
     * hidden surname, which the whole-string check does not see. Noted by row, with the first page of each group it is
     * read on. On a search page, a name whose readable word is the one typed in the search box is left to the search
     * API's hits, checked for every string (the page repeats the word typed).
     */
    private void partlyShown(Planted planted, List<String> wheres, List<Integer> groupOf, List<ReadableNameParts.Page> pages,
                             PagesByWord byToken, String[] typedFolded, List<Shown> shown) {
        if (planted.parts() == null) {
            return;
        }
        java.util.Set<Integer> noted = new java.util.HashSet<>();
        // only the pages that hold one of the words that identify it can show it in part
        for (int page : byToken.holdingAny(planted.parts().identifyingWords())) {
            int g = groupOf.get(page);
            // a word typed with a hyphen («Seo-yeon») is repeated as its parts («seo yeon»): each is a word typed
            if (noted.contains(g) || typedFolded[g] != null && java.util.Arrays.stream(typedFolded[g].split("[^\\p{L}\\d]+"))
                    .anyMatch(planted.parts().identifyingWords()::contains)) {
                continue;
            }
            String where = wheres.get(page);
            if (planted.partsOnlyInOwnPages() != null
                    && !planted.partsOnlyInOwnPages().equals(deliveryOf(where.substring(where.lastIndexOf('/') + 1)))) {
                continue;
            }
            String readable = planted.parts().shownIn(pages.get(page));
            if (readable != null) {
                PrivacySet.Row row = planted.row();
                if (planted.set().heldOut()) {
                    shown.get(g).heldOutPartly.add(row.file() + "\u0000" + row.text()); // counted, not described: the set stays blind
                } else {
                    shown.get(g).partly.put(planted.set().name() + "/" + row.file() + " · " + row.kind() + " «" + row.text() + "»",
                            "«" + readable + "» en " + where);
                }
                noted.add(g);
            }
        }
    }

    /**
     * A planted personal string, normalized, with what a page must hold to show it: {@code needle} as a whole word
     * ({@link WholeWord}), in a page's text as normalized ({@code oneWord}) or also lower-cased.
     *
     * @param onlyInOwnPages the folio of its delivery when the word is also written, not as personal data, in another
     *                       report of the sets (the surname Moctezuma here, the colonia Moctezuma there): pages that mix
     *                       reports cannot tell the two apart, so it is checked in the pages of the reports delivered
     *                       with it (an e-mail's body and attachments); else null
     * @param bare           its text without the punctuation around it, compared with the word typed in a search box
     * @param words          the runs of letters and digits of what its pattern looks for ({@link #wordsAsWritten})
     * @param parts          a name's words, to find it shown in part ({@link ReadableNameParts}); null for other kinds
     * @param partsOnlyInOwnPages as {@code onlyInOwnPages}, for the name shown in part: its delivery's folio when a word
     *                       that identifies it is written in another report ({@link #anyWordWrittenElsewhere})
     */
    private record Planted(PrivacySet set, PrivacySet.Row row, String text, boolean oneWord, String needle,
                           String onlyInOwnPages, String bare, java.util.Set<String> words,
                           ReadableNameParts parts, String partsOnlyInOwnPages) {
    }

    /**
     * The maximal runs of letters and digits of a text, as its characters are written ({@code [\p{L}\d]} as the
     * planted strings' patterns read them: a letter by {@link Character#isLetter(int)}, a digit 0–9). A planted string's
     * pattern is its literal between two characters that are neither, so each of its runs is a whole run of any text
     * the pattern finds: a page that lacks one cannot hold the string.
     */
    static java.util.Set<String> wordsAsWritten(String text) {
        java.util.Set<String> words = new java.util.HashSet<>();
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean inWord = Character.isLetter(c) || c >= '0' && c <= '9';
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(c);
        }
        if (start >= 0) {
            words.add(text.substring(start));
        }
        return words;
    }

    private List<Planted> planted;

    /** A planted row and the set whose report holds it. */
    private record PlantedIn(PrivacySet set, PrivacySet.Row row) {
    }

    private List<Planted> planted() {
        if (planted == null) {
            planted = new ArrayList<>();
            for (PrivacySet set : sets) {
                for (PrivacySet.Row row : set.rows()) {
                    if (row.personal()) {
                        String text = normalize(row.text());
                        boolean oneWord = !text.contains(" ") && text.chars().allMatch(Character::isLetter);
                        String needle = oneWord ? text : text.toLowerCase(java.util.Locale.ROOT);
                        String own = writtenElsewhere(new PlantedIn(set, row), oneWord) ? folios.get(set.name() + "/" + row.file()) : null;
                        ReadableNameParts parts = row.kind().equals("nombre") ? ReadableNameParts.of(text) : null;
                        String partsOwn = own != null || parts != null && anyWordWrittenElsewhere(new PlantedIn(set, row), parts)
                                ? folios.get(set.name() + "/" + row.file()) : null;
                        planted.add(new Planted(set, row, text, oneWord, needle, own, bare(text), wordsAsWritten(needle), parts,
                                partsOwn));
                    }
                }
            }
        }
        return planted;
    }

    private final Map<PrivacySet, Map<String, String>> sourceTexts = new HashMap<>();

    /**
     * Whether a planted string is written in another report of the sets: there it is not personal data (a colonia,
     * an ordinary word) or it is part of another person's name («Genoveva» alone in one report, «Genoveva Tlapale»
     * in another); either way a page that mixes reports cannot tell whose it is. A string of several words is looked
     * for without case, as in the pages.
     */
    private boolean writtenElsewhere(PlantedIn plantedIn, boolean oneWord) {
        return writtenElsewhere(plantedIn, plantedIn.row().text(), oneWord);
    }

    /**
     * Whether a name shown in part may be another person's: one of the words that identify it is written in another
     * report («Ruvalcaba» of two people, «Andrés» of a person here and of the colonia San Andrés there), and a page
     * that mixes reports, or another report's page, cannot tell whose the readable word is.
     */
    private boolean anyWordWrittenElsewhere(PlantedIn plantedIn, ReadableNameParts parts) {
        return parts.identifyingWords().stream().anyMatch(w -> writtenElsewhere(plantedIn, w, false));
    }

    /** Whether {@code text} (a planted string or a word of it) is written in another report of the sets. */
    private boolean writtenElsewhere(PlantedIn plantedIn, String text, boolean oneWord) {
        PrivacySet.Row planted = plantedIn.row();
        String literal = oneWord ? normalize(text) : caseFold(normalize(text));
        String ownDelivery = folios.get(plantedIn.set().name() + "/" + planted.file());
        Pattern word = null;
        TextsElsewhere texts = textsElsewhere();
        // only the texts that hold every word of the literal (as written, or case-folded) can hold it; then the
        // literal as a whole word: WholeWord is exactly the case-sensitive pattern, the case-insensitive one is run
        for (int i : (oneWord ? texts.byWord() : texts.byFoldedWord()).holdingAll(wordsAsWritten(literal))) {
            TextElsewhere other = texts.all().get(i);
            boolean own = other.folio() == null ? other.set() == plantedIn.set() && other.file().equals(planted.file())
                    // the files' bytes do not show what an e-mail carries encoded (a base64 attachment,
                    // quoted-printable accents): the text the pipeline read from each report delivered with another
                    // file is looked at too
                    : ownDelivery.equals(deliveryOf(other.folio()));
            if (own) {
                continue;
            }
            if (oneWord) {
                if (WholeWord.in(other.text(), literal)) {
                    return true;
                }
            } else if (mayHold(other.text(), literal)) {
                word = word != null ? word : Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(normalize(text)) + "(?![\\p{L}\\d])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
                if (word.matcher(other.text()).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A text a planted string may be written in: a source file of a set ({@code folio} null), or the text the pipeline
     * stored for a report ({@code set} and {@code file} null).
     */
    private record TextElsewhere(PrivacySet set, String file, String folio, String text) {
    }

    /**
     * Every source and stored text, and which of them hold each word, as written and case-folded: each planted string
     * and each word of a planted name was looked for in all of them (thousands of strings, over a thousand texts, a
     * twelfth of the test JVM's samples; JFR, 2026-12-06). A text that holds the literal as a whole word holds each of
     * its runs of letters and digits as a whole run ({@link #wordsAsWritten}; case-folding, {@link #caseFold}, keeps
     * each code point a letter or not in these texts, whose combining marks {@link Folding#fold} removed), so a text
     * that lacks one is skipped without changing any answer.
     */
    private record TextsElsewhere(List<TextElsewhere> all, PagesByWord byWord, PagesByWord byFoldedWord) {
    }

    private TextsElsewhere textsElsewhere;

    private TextsElsewhere textsElsewhere() {
        if (textsElsewhere == null) {
            List<TextElsewhere> all = new ArrayList<>();
            for (PrivacySet set : allSets) {
                sourceTexts.computeIfAbsent(set, PrivacyPublicationIT::normalizedTexts)
                        .forEach((file, text) -> all.add(new TextElsewhere(set, file, null, text)));
            }
            storedTexts().forEach((folio, text) -> all.add(new TextElsewhere(null, null, folio, text)));
            textsElsewhere = new TextsElsewhere(all,
                    new PagesByWord(all.stream().map(t -> wordsAsWritten(t.text())).toList()),
                    new PagesByWord(all.stream().map(t -> wordsAsWritten(caseFolded.computeIfAbsent(t.text(),
                            PrivacyPublicationIT::caseFold))).toList()));
        }
        return textsElsewhere;
    }

    /** Every source and stored text folded by {@link #caseFold}, by the text itself (each is one string, kept). */
    private final Map<String, String> caseFolded = new java.util.IdentityHashMap<>();

    /**
     * Whether a text holds, case-folded, the case-folded literal a case-insensitive pattern looks for: a necessary
     * condition, checked before the pattern, which starts with a look-behind that no fast scan skips to (without this
     * check the patterns were half the test JVM's main thread, JFR, 2026-12-05).
     */
    private boolean mayHold(String text, String foldedLiteral) {
        return caseFolded.computeIfAbsent(text, PrivacyPublicationIT::caseFold).contains(foldedLiteral);
    }

    /**
     * Each code point as {@code Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE} compares a literal's: the lower case of
     * its upper case. Two strings equal under that pattern are equal folded.
     */
    private static String caseFold(String s) {
        StringBuilder folded = new StringBuilder(s.length());
        s.codePoints().forEach(c -> folded.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c))));
        return folded.toString();
    }

    private Map<String, String> storedTexts;
    private final Map<String, String> deliveries = new HashMap<>();

    /** The extracted text of every indexed report, normalized, by folio. */
    private Map<String, String> storedTexts() {
        if (storedTexts == null) {
            storedTexts = new LinkedHashMap<>();
            for (String folio : reportFolios) {
                service.store().get(folio).ifPresent(report -> storedTexts.put(folio, normalize(report.text())));
            }
        }
        return storedTexts;
    }

    /** The folio a submission was delivered with: its own, or its outermost container's (an e-mail, a CSV export). */
    private String deliveryOf(String folio) {
        if (deliveries.isEmpty()) {
            Map<String, String> parents = new HashMap<>();
            service.journal().view().submissions().forEach(s -> parents.put(s.folio(), s.parent()));
            for (String f : parents.keySet()) {
                String at = f;
                while (parents.get(at) != null) {
                    at = parents.get(at);
                }
                deliveries.put(f, at);
            }
        }
        return deliveries.getOrDefault(folio, folio);
    }

    private static Map<String, String> normalizedTexts(PrivacySet set) {
        Map<String, String> texts = new LinkedHashMap<>();
        set.texts().forEach((file, text) -> texts.put(file, normalize(text)));
        return texts;
    }

    private static String bare(String s) {
        return s.replaceAll("^[^\\p{L}\\d]+|[^\\p{L}\\d]+$", "");
    }

    /** A run of blanks, which {@link #normalize} writes as one space. */
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    private static String normalize(String s) {
        return BLANKS.matcher(Folding.fold(s)).replaceAll(" ");
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&#x27;", "'").replace("&#x2F;", "/").replace("&amp;", "&").replace("\\u00f1", "ñ");
    }
}
