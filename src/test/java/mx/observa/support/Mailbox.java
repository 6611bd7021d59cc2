package mx.observa.support;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import mx.observa.config.ObservaConfig;

/** Points Observa's e-mail channel at a GreenMail server in the test JVM (plain IMAP and SMTP, fast polling). */
public final class Mailbox {

    public static final String ADDRESS = "informes@observa.test";
    public static final String PASSWORD = "secreto";

    private Mailbox() {
    }

    /** Creates the reports mailbox on the server and configures Observa to read it and answer through it. */
    public static ObservaConfig configure(ObservaConfig config, GreenMailExtension mail) {
        mail.setUser(ADDRESS, ADDRESS, PASSWORD);
        return config
                .with("observa.mail.enabled", "true")
                .with("observa.mail.protocol", "imap")
                .with("observa.mail.host", "127.0.0.1")
                .with("observa.mail.port", Integer.toString(mail.getImap().getPort()))
                .with("observa.mail.user", ADDRESS)
                .with("observa.mail.password", PASSWORD)
                .with("observa.mail.poll-ms", "250")
                .with("observa.mail.smtp.host", "127.0.0.1")
                .with("observa.mail.smtp.port", Integer.toString(mail.getSmtp().getPort()));
    }
}
