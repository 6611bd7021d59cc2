package mx.observa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

import mx.observa.access.Passwords;
import mx.observa.access.Role;
import mx.observa.access.UserAccount;
import mx.observa.access.Users;

/** {@code observa user add} reads the password from standard input when there is no terminal. */
class UserCommandTest {

    @TempDir
    Path tmp;

    private final InputStream originalIn = System.in;

    @AfterEach
    void restore() {
        System.setIn(originalIn);
        System.clearProperty("observa.usuarios");
    }

    private int run(String stdin, StringWriter out, StringWriter err, String... args) {
        System.setProperty("observa.usuarios", tmp.resolve("usuarios.yaml").toString());
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        CommandLine cli = ObservaCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void addsAUserWithAHashedPasswordAndThenChangesItsRole() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        assertThat(run("una-clave-segura\n", out, err, "user", "add", "Lucia.R", "--rol", "comisión", "--nombre", "Lucía Ramírez"))
                .as(err.toString()).isZero();
        assertThat(out.toString()).contains("Agregado «lucia.r» con rol comision");

        Users users = new Users(tmp.resolve("usuarios.yaml"));
        UserAccount lucia = users.find("lucia.r").orElseThrow();
        assertThat(lucia.role()).isEqualTo(Role.COMISION);
        assertThat(lucia.displayName()).isEqualTo("Lucía Ramírez");
        assertThat(lucia.passwordHash()).doesNotContain("una-clave-segura");
        assertThat(Passwords.matches("una-clave-segura".toCharArray(), lucia.passwordHash())).isTrue();

        assertThat(run("otra-clave-segura\n", new StringWriter(), err, "user", "add", "lucia.r", "--role", "admin")).isZero();
        assertThat(users.find("lucia.r").orElseThrow().role()).isEqualTo(Role.ADMIN);
        assertThat(users.all()).hasSize(1);
        StringWriter list = new StringWriter();
        assertThat(run("", list, err, "user", "list")).isZero();
        assertThat(list.toString()).contains("lucia.r").contains("admin").doesNotContain("pbkdf2");
    }

    @Test
    void refusesShortPasswordsUnknownRolesAndBadNames() {
        StringWriter err = new StringWriter();
        assertThat(run("corta\n", new StringWriter(), err, "user", "add", "ana", "--rol", "analista")).isEqualTo(1);
        assertThat(err.toString()).contains("al menos 10 caracteres");
        assertThat(run("una-clave-segura\n", new StringWriter(), err, "user", "add", "ana", "--rol", "jefa")).isEqualTo(2);
        assertThat(err.toString()).contains("Rol desconocido «jefa»");
        assertThat(run("una-clave-segura\n", new StringWriter(), err, "user", "add", "../ana", "--rol", "analista")).isEqualTo(2);
        assertThat(new Users(tmp.resolve("usuarios.yaml")).all()).isEmpty();
    }
}
