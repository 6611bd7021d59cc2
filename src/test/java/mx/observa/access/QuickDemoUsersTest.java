package mx.observa.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import mx.observa.support.SearchFixture;
import mx.observa.support.TestHome;

/** The tests' accounts are the shipped ones, with the demo passwords checked at a small work factor. */
class QuickDemoUsersTest {

    @Test
    void theTestsAccountsAreTheShippedOnesWhosePasswordsSignInAtASmallWorkFactor() {
        Users shipped = new Users(TestHome.projectRoot().resolve("config/usuarios.yaml"));
        Users quick = new Users(QuickDemoUsers.file());

        assertThat(quick.all()).extracting(UserAccount::username, UserAccount::displayName, UserAccount::role,
                UserAccount::demo).isEqualTo(shipped.all().stream().map(a -> org.assertj.core.groups.Tuple.tuple(
                a.username(), a.displayName(), a.role(), a.demo())).toList());
        for (Map.Entry<String, String> demo : SearchFixture.PASSWORDS.entrySet()) {
            String hash = quick.find(demo.getKey()).orElseThrow().passwordHash();
            assertThat(hash).startsWith("pbkdf2-sha256$" + QuickDemoUsers.ROUNDS + "$");
            assertThat(Passwords.matches(demo.getValue().toCharArray(), hash)).as(demo.getKey()).isTrue();
            assertThat(Passwords.matches("otra-clave".toCharArray(), hash)).as(demo.getKey()).isFalse();
        }
    }

    @Test
    void everyTestHomeUsesTheseAccounts() {
        assertThat(Users.file(TestHome.config(TestHome.projectRoot().resolve("target/prueba-usuarios"))))
                .isEqualTo(QuickDemoUsers.file());
    }
}
