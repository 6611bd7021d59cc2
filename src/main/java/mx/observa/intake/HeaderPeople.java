package mx.observa.intake;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import org.apache.poi.hsmf.MAPIMessage;
import org.apache.poi.hsmf.exceptions.ChunkNotFoundException;

import mx.observa.extract.DeclaredCharset;
import mx.observa.model.DeclaredField;

/**
 * The people a message's headers name (From, Sender, Reply-To, To, Cc): display names, addresses, and the local part
 * of each address read as words ("octavio.rendon" → "octavio rendon"). They are personal data for every part of the
 * message — its body, its attachments, the messages forwarded inside it — so they travel with each part as the
 * declared value {@link DeclaredField#PEOPLE}, one per line. Which of them really are names of people (not "Consulta
 * IECM") is decided by the personal-data detector, which knows given names and surnames.
 */
final class HeaderPeople {

    private static final List<String> HEADERS = List.of("From", "Sender", "Reply-To", "To", "Cc");
    /** Bounds what one hostile header can add to every part. */
    private static final int MAX = 50;

    private HeaderPeople() {
    }

    static Set<String> of(MimeMessage message) {
        Set<String> people = new LinkedHashSet<>();
        for (String header : HEADERS) {
            String raw;
            try {
                raw = DeclaredCharset.rereadLatin1(message.getHeader(header, ",")); // raw UTF-8 or Latin-1 names too
            } catch (MessagingException e) {
                continue;
            }
            if (raw == null) {
                continue;
            }
            for (InternetAddress a : addresses(raw)) {
                add(people, a.getPersonal());
                address(people, a.getAddress());
            }
        }
        return people;
    }

    /**
     * The addresses of a raw header. Some senders encode the whole "Name &lt;address&gt;" as one RFC 2047 word
     * ("=?utf-8?q?Ana_P=C3=A9rez_=3Cana=40x.mx=3E?="), which parses as one address with no "@": such a header is
     * decoded first and parsed again.
     */
    static InternetAddress[] addresses(String raw) {
        InternetAddress[] parsed;
        try {
            parsed = InternetAddress.parseHeader(raw, false);
        } catch (AddressException e) {
            parsed = new InternetAddress[0];
        }
        boolean whole = parsed.length == 0 || java.util.Arrays.stream(parsed).anyMatch(a -> a.getAddress() == null || !a.getAddress().contains("@"));
        if (whole && raw.contains("=?")) {
            try {
                return InternetAddress.parseHeader(MimeUtility.decodeText(MimeUtility.unfold(raw)), false);
            } catch (AddressException | java.io.UnsupportedEncodingException e) {
                return parsed; // a header no parser reads: nothing more known from it
            }
        }
        return parsed;
    }

    /** An Outlook message: the display names of sender and recipients, and their addresses. */
    static Set<String> of(MAPIMessage message) {
        Set<String> people = new LinkedHashSet<>();
        try {
            for (String display : List.of(nonNull(message.getDisplayFrom()), nonNull(message.getDisplayTo()),
                    nonNull(message.getDisplayCC()))) {
                for (String name : display.split(";")) {
                    add(people, name);
                }
            }
            for (String address : message.getRecipientEmailAddressList()) {
                address(people, address);
            }
        } catch (ChunkNotFoundException | RuntimeException e) {
            // a message without these chunks names no one
        }
        return people;
    }

    /** The people a container declared (a forwarded message inherits those of the message that carried it). */
    static List<String> named(Map<String, String> declared) {
        return DeclaredField.people(declared);
    }

    /** What a part declares: the people, one per line; nothing when none. */
    static Map<String, String> declared(Collection<String> people) {
        List<String> bounded = new ArrayList<>(people).subList(0, Math.min(MAX, people.size()));
        return bounded.isEmpty() ? Map.of() : Map.of(DeclaredField.PEOPLE, String.join("\n", bounded));
    }

    private static void address(Set<String> people, String address) {
        if (address == null || !address.contains("@")) {
            return;
        }
        add(people, address.toLowerCase(java.util.Locale.ROOT));
        String words = address.substring(0, address.indexOf('@')).replaceAll("[\\d]+", " ").replaceAll("[._+\\-\\s]+", " ");
        add(people, words);
    }

    private static void add(Set<String> people, String value) {
        if (value == null) {
            return;
        }
        String v = value.replaceAll("[\"'<>\\n\\r]", " ").replaceAll("\\s+", " ").strip();
        if (v.codePoints().filter(Character::isLetter).count() >= 3 && v.length() <= 120) {
            people.add(v);
        }
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
