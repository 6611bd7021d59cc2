package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IllegibleTextTest {

    private final IllegibleText illegible = new IllegibleText();

    @ParameterizedTest
    @ValueSource(strings = {
            "2, qee tuerce asin seo pea 'ii l1 ,,; rnm tn0 aee eeu -- ~~ lI1 Wo . ae rr1 oeo",
            "iii ;; .,. 'l . ¡ooe rr1 mw `` | I! oa0 eee ss—a nnn tlf ,, ii1 ;a",
            "Ã‚Â¿Ã‚Â¿ Ã¢â‚¬Å“ÃƒÂ±ÃƒÂ³Ã¢â‚¬Â Ã‚Â¡ ÃƒÂ©ÃƒÂ¡ Ã¢â‚¬â€ ÃƒÂº",
            "����� ���� �� ������ ��� ���� ����� �� ����",
            "La boleta [rota] ... la mam... ... [manchado] ... de la fila ... y ya",
            "Ã‰l vecino dijo Â«Â¿dÃ³nde estÃ¡ la urna?Â» y se fue por la calle",
            "鍦ㄥ畨瑁呰繃绋嬩腑 鍙戠幇 閲嶅ぇ闂 鏂版柟娉 鍙互 鐢ㄦ潵",
            "Obs'. p4p3l3t4s r3c1b1d4s ,, t0d0 ~ qve tuerce asln pca m1ll",
            "h q baja k w alta z j media f",
            "(ininteligible) … [ruido de tráfico] … (se corta)",
            "[inaudible] [inaudible] no se escucha",
            "R: Y después la señora [inaudible] con los [inaudible] y la de la mesa [inaudible].",
            "10:15 | Unidad 3 | Central | ...krrr... el paquete ...ksshh... no ...shh... Cambio.",
            // a scan the copy itself calls illegible, a quarter of it debris
            "RESUL TADO DE LA ME SA DEL BARRIO ~~ pr0y 1 .. 6l ilegible",
            // a damaged page copied as far as it could be read: stubs and rests of words around the damage
            "vino la se... [roto] ...ñora del com ... no se distingue",
            "el pa qu... [mancha] ...ete lle go ab ierto no se ve",
            // a recording's label before two marks with only scraps between them
            "Nota 6 (0:14): [ruido de la licuadora] ... y la ... ya no ... [se corta]",
            // what was lost named before how it was lost, beside a scan's debris
            "9. c0mentari0s finales: ..... ~~~ (renglon borrado por la copiadora) .....",
            // letters a scan read as symbols, and a word cut off, beside a mark of what could not be read
            "7. Cerca de las 12 l1eg0 un se#or c@n una b0lsa de ...pas [ilegible]",
            // two marks that each took a phrase's head: who did it and what was done are both lost
            "Al mediodía la vecina del [ilegible] le gritó que [borroso] y se metió a su casa.",
            "Luego el joven de la [mancha] avisó a la [ilegible] antes de irse.",
            // a line the copy lost on both sides: a noun missing after its article, the end cut in the middle of a word
            "A las 4 el presidente se llevó la ... y ya no volvió porque la ca",
            // two spots of a short handwritten line that could not be read, each where a verb should be
            "el secretario [ilegible] y la vecina le [ilegible] por la ventana",
            "[mancha] como a las 11 de la mañana [ilegible] muchos chavos",
            // a mark of the copy in a line that also stops on a word no phrase ends on: its end was lost too
            "como a las 12 vino el señor [ilegible] con su [mancha] y le dijo a la",
            "el escrutador se [ilegible] y luego dijo que",
            "(borroso) la presidenta le habló a los de",
            // one mark where a phrase or a clause begins in a short line: only pieces are left on either side of it
            "trajeron la lista del [ilegible] y se fueron",
            "ya no le [ilegible] la credencial",
            "la quitaron pero [borroso] ya estaba ahí",
            "el de la tienda [mancha] la lona pero [ilegible] la dejaron"})
    void noiseAndBrokenEncodingsAreNotLanguage(String passage) {
        assertThat(illegible.isIllegible(passage)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Material: ok",
            // the shorthand a gamer signs off with is words, not a scan's debris
            "gg wp, fin de la partida",
            "ya cerraron la mesa, gg, nos vemos xq tmb me voy",
            "Cierre: 17:00, 118 opiniones, acta sin errores",
            "Fila: larga de 11 a 13 h, hasta 45 min de espera",
            "EL MOBILIARIO LLEGO TARDE Y LA MESA SE INSTALO HASTA LAS 9:50",
            "la instalaron como a las 10 porque los funsionarios no encontraban el lugar",
            "Alcaldía Tláhuac, Distrito VIII, UT 11-041, MRO-02, 1º de mayo",
            "P R E S E N T E",
            "A T E N T A M E N T E.",
            "La mesa se instalÃ³ a las 9:00 y todo transcurriÃ³ con normalidad en la colonia",
            "Observación: la página del SEI no cargaba en mi celular 10am 2a vuelta",
            "P3. ¿Hubo propaganda? R: no, y la 2da fila avanzó rápido, unas 40 personas en 1hr",
            "Responsable | Eréndira Zamudio Pacheco | llegó 8:30",
            "Escrutadora | C. Modesta Ayala | —",
            "afluencia: 9-12 h baja, 12-15 h alta, 15-17 h media. total 131.",
            "0845 MRO INSTALADA. FX COMPLETOS. SIN PROPAGANDA.",
            "q mal xq el fx no dejo pasar a la sra c/ bebe",
            "abrio 9:10 c/ 2 fx, tdo ok, mro en la esq.",
            "la urna venía sellada [inaudible] y luego la abrieron enfrente de todos",
            // a mark beside a whole sentence, and an end cut off without a mark of the copy (a wrapped line, a note)
            "la secretaria [ilegible] llegó tarde y abrieron a las diez",
            "la urna [mancha] venía sellada y la abrieron frente a la fila.",
            "el presidente se fue a comer y lo cubrió la",
            "Nota: dijo que no se oye bien la bocina de la",
            "no se oye nada de lo que dice el responsable por el ruido de la feria",
            "pues... la mesa... abrió tarde... como a las diez... y ya",
            "la lona [rota] la cambiaron a las once... y ya no se cayó en toda la tarde",
            "la urna [inaudible] llegó sellada y la abrieron enfrente de todos los que estaban formados [inaudible] y luego [inaudible]",
            // a mark of what could not be read beside a sentence that says what happened, with hesitations
            "eh... la mesa [inaudible] ...y luego abrieron a las diez, todo bien",
            "Foto 2 (borrosa): el cartel de resultados pegado en la reja a las 17:40",
            // a symbol inside a word on purpose: inclusive endings and an address are not a scan's misreadings
            "Gracias a tod@s l@s vecin@s que escribieron a mesa.norte@correo.example por la fila larga",
            "Audio 2 (0:40): [ruido de la calle] la mesa abrió a las nueve y ya había fila de quince personas",
            // one phrase lost to a mark, the rest of the sentence still says what happened
            "El vecino de la [ilegible] llegó tarde y votó sin problema.",
            // a mark after a whole word of a short line, one that closes it, and one with a whole clause beside it
            "la mesa estaba lista [inaudible] y la abrieron puntual",
            "abrieron la mesa a las nueve con los tres de la [ilegible]",
            "la señora del [ilegible] estuvo gritando toda la mañana frente a la fila",
            // what someone said about the sound is no transcriber's mark, after "que" or not
            "La secretaria dijo que no se oye bien el altavoz y que no se entiende lo que anuncian",
            // a pause after an article, or an end without a stop, each alone is how people write
            "fue con el... este... presidente de la mesa, y le dijo que ya",
            "la mesa se quedó con el ... pues con el mismo señor toda la tarde.",
            "ya cerraron y nos vamos a la tienda por un re",
            // two marks in a long sentence: what happened is still said around them
            "La mesa abrió a las nueve en punto con sus tres funcionarios [inaudible] y la fila avanzó sin problema toda la mañana [ruido]",
            // two marks in a short line whose stretches keep their verbs: who did what is still there
            "el presidente llegó tarde [inaudible] y la secretaria abrió la urna [ruido]",
            // what was struck out is shown beside its correction: it was read, not lost
            "La mesa abrió a las [tachado: 9:40] 9:10 y cerró a las [tachado: 4] 5."})
    void whatObserversWriteIsLanguageHoweverTerseOrMisspelled(String passage) {
        assertThat(illegible.isIllegible(passage)).isFalse();
    }
}
