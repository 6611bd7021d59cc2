package mx.observa.samples;

/**
 * A fictional person observer, with the personal data real reports carry (all invented: phone numbers use the
 * 55 5555 01xx pattern, e-mails the reserved {@code .example} domain).
 *
 * @param fullName      as the observer writes it, possibly with a title ("Mtra.", "Ing.")
 * @param accreditation accreditation number given by the IECM, or null
 * @param curp          a CURP-like string, or null
 * @param address       a street address, or null
 */
public record Observer(String fullName, String phone, String email, String curp, String address,
                       String accreditation) {
}
