package mx.observa.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Passwords, the users file, sessions and the audit log, without HTTP (the sign-in limits: LoginGuardTest). */
class AccessModelTest {

    @TempDir
    Path tmp;

    /** A clock tests move by hand. */
    static final class Ticking extends Clock {
        Instant now = Instant.parse("2022-06-15T10:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void passwordHashesAreSaltedAndVerifyOnlyTheRightPassword() {
        String a = Passwords.hash("contraseña-larga".toCharArray(), 1000);
        String b = Passwords.hash("contraseña-larga".toCharArray(), 1000);

        assertThat(a).startsWith("pbkdf2-sha256$1000$").isNotEqualTo(b);
        assertThat(Passwords.matches("contraseña-larga".toCharArray(), a)).isTrue();
        assertThat(Passwords.matches("contrasena-larga".toCharArray(), a)).isFalse();
        assertThat(Passwords.matches("x".toCharArray(), "texto-cualquiera")).isFalse();
    }

    @Test
    void theShippedDemoUsersAreMarkedAndTheirDocumentedPasswordsWork() {
        Users users = new Users(Path.of("config/usuarios.yaml"));

        assertThat(users.all()).extracting(UserAccount::username).containsExactly("analista", "comision", "admin");
        assertThat(users.all()).allMatch(UserAccount::demo);
        assertThat(Passwords.matches("observa-comision".toCharArray(), users.find("Comision").orElseThrow().passwordHash())).isTrue();
        assertThat(users.find("comision").orElseThrow().role()).isEqualTo(Role.COMISION);
    }

    @Test
    void savingAUserKeepsTheFileCommentsAndReplacesAnExistingLine() throws Exception {
        Path file = Files.writeString(tmp.resolve("usuarios.yaml"),
                "# comentario que debe quedar\nusuarios:\n  - {usuario: ana, nombre: \"Ana\", rol: analista, hash: \"h1\"}\n",
                StandardCharsets.UTF_8);
        Users users = new Users(file);

        assertThat(users.save(new UserAccount("beto", "Beto \"B\" Pérez", Role.COMISION, "h2", false))).isFalse();
        assertThat(users.save(new UserAccount("ana", "Ana López", Role.ADMIN, "h3", false))).isTrue();

        assertThat(Files.readString(file)).startsWith("# comentario que debe quedar\n");
        assertThat(users.find("ana").orElseThrow()).isEqualTo(new UserAccount("ana", "Ana López", Role.ADMIN, "h3", false));
        assertThat(users.find("beto").orElseThrow().displayName()).isEqualTo("Beto \"B\" Pérez");
        assertThat(users.all()).hasSize(2);
    }

    @Test
    void aBrokenUsersFileIsAnErrorNotAnEmptyList() throws Exception {
        Path file = Files.writeString(tmp.resolve("usuarios.yaml"), "usuarios:\n  - {usuario: ana, rol: jefa, hash: \"h\"}\n");

        assertThatThrownBy(() -> new Users(file).all()).hasMessageContaining("Rol desconocido «jefa»");
    }

    @Test
    void sessionsExpireAfterIdleTimeAndAfterTheirMaximumAge() {
        Ticking clock = new Ticking();
        Sessions sessions = new Sessions(Duration.ofMinutes(30), Duration.ofHours(2), 100, clock);
        UserAccount ana = new UserAccount("ana", "Ana", Role.ANALISTA, "h", false);
        Session s = sessions.create(ana);

        assertThat(s.token()).hasSizeGreaterThanOrEqualTo(43).isNotEqualTo(sessions.create(ana).token());
        clock.now = clock.now.plus(Duration.ofMinutes(29));
        assertThat(sessions.find(s.token())).contains(s);
        clock.now = clock.now.plus(Duration.ofMinutes(29));
        assertThat(sessions.find(s.token())).as("kept alive by use").contains(s);
        clock.now = clock.now.plus(Duration.ofMinutes(31));
        assertThat(sessions.find(s.token())).as("idle too long").isEmpty();

        Session t = sessions.create(ana);
        for (int i = 0; i < 5; i++) {
            clock.now = clock.now.plus(Duration.ofMinutes(25));
            sessions.find(t.token());
        }
        assertThat(sessions.find(t.token())).as("older than the maximum age").isEmpty();
        assertThat(sessions.find("inventado")).isEmpty();
    }

    @Test
    void theAuditLogAppendsOneJsonLinePerActionAndReadsTheNewestFirst() throws Exception {
        Ticking clock = new Ticking();
        AuditLog log = new AuditLog(tmp.resolve("audit"), clock);
        log.record("ana", "analista", AuditLog.Action.BUSCAR, Map.of("q", "boletas", "tema", List.of()), null, 12L, "127.0.0.1");
        clock.now = clock.now.plusSeconds(60);
        log.record("ana", "analista", AuditLog.Action.VER_INFORME, null, "OBS-2022-000001", 3L, "127.0.0.1");

        List<String> lines = Files.readAllLines(log.file());
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo("{\"fecha\":\"2022-06-15T10:00:00Z\",\"usuario\":\"ana\",\"rol\":\"analista\","
                + "\"accion\":\"buscar\",\"consulta\":{\"q\":\"boletas\"},\"resultados\":12,\"ip\":\"127.0.0.1\"}");
        assertThat(log.recent(10)).extracting(m -> m.get("accion")).containsExactly("ver_informe", "buscar");
    }
}
