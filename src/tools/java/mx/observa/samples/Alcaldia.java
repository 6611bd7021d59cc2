package mx.observa.samples;

import java.util.List;

/**
 * The 16 alcaldías with their clave (first two digits of a unidad territorial clave), some of the ways people write
 * them, plausible distritos locales and a few real colonia names used to invent unidades territoriales.
 * The distrito assignment is approximate: the samples are fictional.
 */
public enum Alcaldia {
    AZCAPOTZALCO("02", "Azcapotzalco", List.of("Azcapo", "AZCAPOTZALCO", "Alc. Azcapotzalco"), List.of(3, 5),
            List.of("San Juan Tlihuaca", "Pro Hogar", "Clavería", "Santa Bárbara", "U.H. El Rosario")),
    COYOACAN("03", "Coyoacán", List.of("Coyoacan", "Alc. Coyoacán", "COYOACÁN"), List.of(26, 30, 32),
            List.of("Pedregal de Santo Domingo", "Ajusco", "Santa Úrsula Coapa", "CTM Culhuacán", "Ciudad Jardín")),
    CUAJIMALPA("04", "Cuajimalpa de Morelos", List.of("Cuajimalpa", "Cuajimalpa de Morelos"), List.of(20),
            List.of("San Mateo Tlaltenango", "Contadero", "San Pablo Chimalpa", "Cuajimalpa Centro")),
    GAM("05", "Gustavo A. Madero", List.of("GAM", "G.A.M.", "Gustavo A Madero", "Gustavo A. Madero"),
            List.of(1, 2, 4, 6, 7),
            List.of("Cuautepec Barrio Alto", "San Felipe de Jesús", "Lindavista", "La Pastora", "Gertrudis Sánchez")),
    IZTACALCO("06", "Iztacalco", List.of("Iztacalco", "Alc. Iztacalco"), List.of(15, 16),
            List.of("Agrícola Oriental", "Infonavit Iztacalco", "Santa Anita", "Gabriel Ramos Millán")),
    IZTAPALAPA("07", "Iztapalapa", List.of("Iztapalapa", "Iztapa", "IZTAPALAPA"), List.of(21, 22, 24, 27, 28, 29),
            List.of("San Lorenzo Tezonco", "Santa Cruz Meyehualco", "Desarrollo Urbano Quetzalcóatl",
                    "Santa Martha Acatitla", "U.H. Vicente Guerrero", "Lomas de San Lorenzo")),
    MAGDALENA_CONTRERAS("08", "La Magdalena Contreras", List.of("Magdalena Contreras", "Contreras", "MC"), List.of(33),
            List.of("San Jerónimo Lídice", "El Tanque", "San Bernabé Ocotepec", "Barranca Seca")),
    MILPA_ALTA("09", "Milpa Alta", List.of("Milpa Alta", "MILPA ALTA"), List.of(8),
            List.of("Villa Milpa Alta", "San Pedro Atocpan", "San Antonio Tecómitl", "San Salvador Cuauhtenco")),
    ALVARO_OBREGON("10", "Álvaro Obregón", List.of("Alvaro Obregon", "AO", "Álvaro Obregón"), List.of(18, 23),
            List.of("Olivar del Conde", "Jalalpa el Grande", "Santa Fe", "Tetelpan", "Las Águilas")),
    TLAHUAC("11", "Tláhuac", List.of("Tlahuac", "Tláhuac"), List.of(31),
            List.of("San Francisco Tlaltenco", "Zapotitla", "Santa Catarina Yecahuízotl", "La Nopalera", "Del Mar")),
    TLALPAN("12", "Tlalpan", List.of("Tlalpan", "TLALPAN"), List.of(14),
            List.of("San Andrés Totoltepec", "Pedregal de San Nicolás", "Isidro Fabela", "Tlalcoligia")),
    XOCHIMILCO("13", "Xochimilco", List.of("Xochi", "Xochimilco"), List.of(19, 25),
            List.of("San Gregorio Atlapulco", "Santa Cruz Acalpixca", "Barrio Huichapan", "Ampliación Tepepan")),
    BENITO_JUAREZ("14", "Benito Juárez", List.of("BJ", "Benito Juarez", "Benito Juárez"), List.of(17),
            List.of("Narvarte Poniente", "Portales Norte", "Del Valle Centro", "Santa Cruz Atoyac", "Letrán Valle")),
    CUAUHTEMOC("15", "Cuauhtémoc", List.of("Alc. Cuauhtémoc", "Cuauhtemoc", "Cuauhtémoc"), List.of(9, 12),
            List.of("Doctores", "Santa María la Ribera", "Guerrero", "Roma Norte", "Tránsito")),
    MIGUEL_HIDALGO("16", "Miguel Hidalgo", List.of("MH", "Miguel Hidalgo"), List.of(13),
            List.of("Tacuba", "Pensil Norte", "Anáhuac", "Escandón", "América")),
    VENUSTIANO_CARRANZA("17", "Venustiano Carranza", List.of("V. Carranza", "VC", "Venustiano Carranza"),
            List.of(10, 11),
            List.of("Jardín Balbuena", "Moctezuma 2a Sección", "Romero Rubio", "Peñón de los Baños"));

    private final String clave;
    private final String canonicalName;
    private final List<String> writtenForms;
    private final List<Integer> distritos;
    private final List<String> colonias;

    Alcaldia(String clave, String canonicalName, List<String> writtenForms, List<Integer> distritos,
             List<String> colonias) {
        this.clave = clave;
        this.canonicalName = canonicalName;
        this.writtenForms = writtenForms;
        this.distritos = distritos;
        this.colonias = colonias;
    }

    /** Two-digit clave, e.g. {@code "07"}. */
    public String clave() {
        return clave;
    }

    /** Canonical name with accents, as in shared/geography/alcaldias.csv. */
    public String canonicalName() {
        return canonicalName;
    }

    /** Ways observers write this alcaldía (abbreviations, without accents, upper case). */
    public List<String> writtenForms() {
        return writtenForms;
    }

    public List<Integer> distritos() {
        return distritos;
    }

    public List<String> colonias() {
        return colonias;
    }
}
