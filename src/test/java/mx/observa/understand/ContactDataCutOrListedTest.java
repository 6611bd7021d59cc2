package mx.observa.understand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import mx.observa.model.PersonalData;

/**
 * Contact data told by what stands beside it rather than by its own shape: figures listed next to an e-mail address,
 * an address a scan cut with a hole or a writer left without its ending, an address or a number a wrapped line parted,
 * a local part spelled with its joiners, a housing estate on the line below the flat, a shop's premises after its
 * street and number, a colonia of one word the catalogue knows; and a street named after a numbered colonia, which no
 * house number follows. Every sentence invented; each kind with a case it must not fire on.
 */
class ContactDataCutOrListedTest {

    private final PersonalDataDetector detector = new PersonalDataDetector(Fixtures.PRIVACY, Fixtures.GAZETTEER);

    private List<String> texts(String text, String kind) {
        return detector.detect(text, new PersonNames(Fixtures.PRIVACY, Fixtures.GAZETTEER).find(text), KnownPersonalData.NONE)
                .stream().filter(p -> p.kind().equals(kind)).map(PersonalData::text).toList();
    }

    @Test
    void figuresListedBesideAnEmailAreANumber() {
        assertThat(texts("Dudas con la tesorera: tesoreria.barrio@correo.example · 5 6 2 1 8 4 0 3", "telefono"))
                .containsExactly("5 6 2 1 8 4 0 3");
        assertThat(texts("Pedidos al 5 6 8 0 3 3 1 2 / don.ramon@abarrotes.example, de lunes a sábado.", "telefono"))
                .containsExactly("5 6 8 0 3 3 1 2");
        assertThat(texts("Me escriben a lucha.vera@bordados.example o al 5621 8403 si urge.", "telefono"))
                .containsExactly("5621 8403");
        // counts in a row with an address elsewhere in the sentence are no number
        assertThat(texts("El acta se mandó a mesa7@correo.example el día 1; conteo por hora 3 5 2 0 1 4 2 6.", "telefono")).isEmpty();
        assertThat(texts("Votos por hora: 3 5 2 0 1 4 2 6 en total.", "telefono")).isEmpty();
    }

    @Test
    void anAddressAScanCutWithAHoleOrAWriterLeftWithoutItsEnding() {
        assertThat(texts("correo rosaura.pliego@costur [ilegible] .example para dudas", "correo"))
                .containsExactly("rosaura.pliego@costur [ilegible] .example");
        assertThat(texts("Mándenlo a lupe.mtz@hotmail y yo se lo paso.", "correo")).containsExactly("lupe.mtz@hotmail");
        assertThat(texts("o a lupe.mtz@hotmail .com si no contesto", "correo")).containsExactly("lupe.mtz@hotmail .com");
        // the hole is followed by a sentence, not by the rest of the address
        assertThat(texts("Avisó beto_r@tianguis (borroso) llegó tarde.", "correo")).containsExactly("beto_r@tianguis");
        // both genders written with an at sign are no address
        assertThat(texts("Bienvenid@s tod@s l@s vecin@s y niñ@s a la consulta.", "correo")).isEmpty();
    }

    @Test
    void anAddressOrANumberAWrappedLineParted() {
        assertThat(texts("escríbanle a chayo.bernal\n@huertos.example para el acta", "correo"))
                .containsExactly("chayo.bernal\n@huertos.example");
        assertThat(texts("Correo: lalo guion bajo paz arroba barrio punto example", "correo"))
                .containsExactly("lalo guion bajo paz arroba barrio punto example");
        assertThat(texts("Cel. 56 2184\n0377, después de las seis.", "telefono")).containsExactly("56 2184\n0377");
        // a word of a sentence before a handle on its own line; two rows of a tally
        assertThat(texts("sígueme en instagram\n@flores.xochimilco", "correo")).isEmpty();
        assertThat(texts("Boletas recibidas 1200\n1199 usadas al cierre", "telefono")).isEmpty();
        assertThat(texts("Teléfono de la sede: ninguno. Folio 2022\n0501 del acta", "telefono")).isEmpty();
    }

    @Test
    void aHousingEstateOnTheLineBelowTheFlat() {
        assertThat(texts("Domicilio: Torre 3, entrada A, departamento 504,\nUnidad Los Fresnos del Valle, Coyoacán\nTeléfono: ninguno",
                "domicilio")).containsExactly("Torre 3, entrada A, departamento 504,\nUnidad Los Fresnos del Valle, Coyoacán");
        assertThat(texts("Vive en edificio B-7, depto. 12,\nConjunto Arboledas, Tláhuac.", "domicilio"))
                .containsExactly("edificio B-7, depto. 12,\nConjunto Arboledas, Tláhuac");
        // the consultation's territorial unit on the next line is not where anyone lives
        assertThat(texts("Domicilio: edificio 2, departamento 101,\nUnidad Territorial Santa Cruz abrió tarde.", "domicilio"))
                .containsExactly("edificio 2, departamento 101");
    }

    @Test
    void aColoniaOfOneWordTheCatalogueKnowsAndAStreetNamedAfterOne() {
        assertThat(texts("Dejen los recibos con mi hermana, Fresno 23, Olímpica.", "domicilio")).containsExactly("Fresno 23, Olímpica");
        // one capitalized word the catalogue does not know as a place is no colonia
        assertThat(texts("Dejen los recibos con mi hermana, Fresno 23, Rubén.", "domicilio")).isEmpty();
        // a colonia's name with its number names the street after it, no house in it
        assertThat(texts("El proyecto ganador fue el de la calle Escuadrón 201, el de las luminarias.", "domicilio")).isEmpty();
        assertThat(texts("Vive en calle Escuadrón 201 número 45, con su abuela.", "domicilio"))
                .containsExactly("calle Escuadrón 201 número 45");
    }

    @Test
    void aShopsPremisesAfterItsStreetAndNumber() {
        assertThat(texts("Atiende la papelería, Mar Caspio 73, local 2, Anáhuac.", "domicilio"))
                .containsExactly("Mar Caspio 73, local 2, Anáhuac");
        // a market's premises with no street and number, and where the mesa stood, stay readable
        assertThat(texts("El local 3 del Mercado Sonora estaba cerrado.", "domicilio")).isEmpty();
        assertThat(texts("La mesa estuvo en Plaza Juárez 12, local 4, junto al kiosco.", "domicilio")).isEmpty();
    }
}
