package mx.observa.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import mx.observa.access.UserAccount;
import mx.observa.access.Users;
import mx.observa.config.ObservaConfig;

/**
 * Whether other machines can reach this Observa, and what that requires. By default Observa listens on this machine
 * only ({@code observa.host=127.0.0.1}); listening on a network address is a decision, and then:
 * <ul>
 *   <li>the demonstration users, whose passwords are published, must be gone: the service refuses to start, saying
 *       how to create real users;</li>
 *   <li>cookies carry {@code Secure} (sent only over HTTPS), as they also do whenever {@code observa.public-url} is
 *       an https address; {@code observa.web.cookie-segura} = {@code true} or {@code false} decides instead of
 *       {@code auto}.</li>
 * </ul>
 */
public final class NetworkExposure {

    private static final Logger LOG = LoggerFactory.getLogger(NetworkExposure.class);

    private NetworkExposure() {
    }

    /** The address the server listens on. */
    public static String host(ObservaConfig config) {
        return config.get("observa.host").strip();
    }

    /** True when only this machine can connect (a loopback address or name). */
    static boolean loopbackOnly(ObservaConfig config) {
        try {
            return InetAddress.getByName(host(config)).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** Whether cookies carry {@code Secure}: auto = over HTTPS or on a network address. */
    public static boolean secureCookies(ObservaConfig config) {
        String setting = config.get("observa.web.cookie-segura").strip().toLowerCase(Locale.ROOT);
        if (setting.equals("true") || setting.equals("false")) {
            return Boolean.parseBoolean(setting);
        }
        return config.get("observa.public-url").strip().toLowerCase(Locale.ROOT).startsWith("https:")
                || !loopbackOnly(config);
    }

    /**
     * Refuses to serve a network address while a demonstration user is enabled; on this machine only, warns.
     *
     * @throws IllegalStateException with the Spanish explanation, when the service must not start
     */
    public static void checkDemoUsers(ObservaConfig config, Users users) {
        List<String> demo = users.all().stream().filter(UserAccount::demo).map(UserAccount::username).toList();
        if (demo.isEmpty()) {
            return;
        }
        if (!loopbackOnly(config)) {
            throw new IllegalStateException("Observa no se abre a la red (observa.host=" + host(config) + ") mientras "
                    + "existan usuarios de demostración, cuyas contraseñas son públicas: " + String.join(", ", demo)
                    + ". Cree los usuarios reales con './observa user add USUARIO --rol analista|comision|admin' y "
                    + "borre de " + users.file() + " las líneas con 'demo: true' (o cambie su contraseña con el mismo "
                    + "comando). Para probar solo en este equipo, use observa.host=127.0.0.1.");
        }
        LOG.warn("Usuarios de demostración activos ({}): sus contraseñas son públicas. Bórrelos de {} o cambie "
                + "sus contraseñas con 'observa user add' antes de cargar informes reales.", String.join(", ", demo),
                users.file());
    }
}
