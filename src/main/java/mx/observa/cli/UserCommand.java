package mx.observa.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;

import mx.observa.access.Passwords;
import mx.observa.access.Role;
import mx.observa.access.UserAccount;
import mx.observa.access.Users;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code observa user add|list}: the accounts of the analysts' web app (config/usuarios.yaml). */
@Command(name = "user", description = "Administra los usuarios de la aplicación web (config/usuarios.yaml).",
        synopsisHeading = "Uso: ", commandListHeading = "%nComandos:%n",
        subcommands = {UserCommand.Add.class, UserCommand.ListUsers.class})
final class UserCommand implements Runnable {

    /** Shorter passwords are refused. */
    static final int MIN_PASSWORD = 10;

    @Mixin
    SpanishHelp help;

    @ParentCommand
    ObservaCli parent;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    Users users() {
        return new Users(Users.file(parent.storage.config()));
    }

    @Command(name = "add", description = "Agrega un usuario, o cambia la contraseña, el rol o el nombre de uno que ya "
            + "existe. La contraseña se pide sin mostrarla; sin terminal, se lee la primera línea de la entrada estándar "
            + "(p. ej. printf '%%s\\n' \"$CLAVE\" | observa user add ana --rol analista).",
            synopsisHeading = "Uso: ", optionListHeading = "%nOpciones:%n", parameterListHeading = "%nParámetros:%n")
    static final class Add implements Callable<Integer> {

        @Mixin
        SpanishHelp help;

        @ParentCommand
        UserCommand user;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "USUARIO", description = "Nombre de usuario: minúsculas, dígitos, punto, guion; 2 a 40 caracteres.")
        String username;

        @Option(names = {"--rol", "--role"}, required = true, paramLabel = "ROL",
                description = "analista (busca, exporta, descarga originales), comision (busca y exporta) o admin (todo, con la auditoría).")
        String role;

        @Option(names = "--nombre", paramLabel = "NOMBRE", description = "Nombre que se muestra (predeterminado: el usuario).")
        String displayName;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            String name = username.strip().toLowerCase(java.util.Locale.ROOT);
            if (!Users.USERNAME.matcher(name).matches()) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "Usuario no válido «" + username + "»: use minúsculas, dígitos, punto o guion (2 a 40 caracteres).");
            }
            Role r;
            try {
                r = Role.of(role);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            char[] password = readPassword(out);
            try {
                if (password.length < MIN_PASSWORD) {
                    spec.commandLine().getErr().println("Error: la contraseña debe tener al menos " + MIN_PASSWORD + " caracteres.");
                    return 1;
                }
                Users users = user.users();
                boolean existed = users.save(new UserAccount(name, displayName == null || displayName.isBlank()
                        ? name : displayName.strip(), r, Passwords.hash(password), false));
                out.printf("%s «%s» con rol %s en %s.%n", existed ? "Actualizado" : "Agregado", name, r.id(), users.file());
                out.println("Vale desde el siguiente inicio de sesión; no hace falta reiniciar el servicio.");
                out.flush();
                return 0;
            } finally {
                Arrays.fill(password, '\0');
            }
        }

        private char[] readPassword(PrintWriter out) throws IOException {
            Console console = System.console();
            if (interactive(console)) {
                char[] first = console.readPassword("Contraseña para %s: ", username);
                char[] again = console.readPassword("Repítala: ");
                if (first == null || !Arrays.equals(first, again)) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "Las contraseñas no coinciden.");
                }
                Arrays.fill(again, '\0');
                return first;
            }
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            return line == null ? new char[0] : line.toCharArray();
        }
    }

    /** A real terminal (on JDK 22+ {@code System.console()} exists even when the input is a pipe). */
    static boolean interactive(Console console) {
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException e) {
            return true; // JDK 21: a console exists only for a terminal
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }

    @Command(name = "list", description = "Lista los usuarios y sus roles (nunca las contraseñas).",
            synopsisHeading = "Uso: ", optionListHeading = "%nOpciones:%n")
    static final class ListUsers implements Callable<Integer> {

        @Mixin
        SpanishHelp help;

        @ParentCommand
        UserCommand user;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            for (UserAccount a : user.users().all()) {
                out.printf("%-20s %-10s %s%s%n", a.username(), a.role().id(), a.displayName(), a.demo() ? "  (demostración)" : "");
            }
            out.flush();
            return 0;
        }
    }
}
