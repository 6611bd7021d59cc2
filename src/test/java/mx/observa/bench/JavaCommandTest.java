package mx.observa.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JavaCommandTest {

    private static final String SUITE = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:+UnlockDiagnosticVMOptions "
            + "-XX:-BytecodeVerificationRemote -Dobserva.extract.workers=1  -XX:AOTCache=/x/observa.aot";

    @Test
    void aFullRunMeasuresTheJvmWithNoneOfTheSuitesOptions() {
        assertThat(JavaCommand.toolOptions(SUITE, false)).isEmpty();
    }

    @Test
    void theQuickRunKeepsTheSuitesOptionsButTheSerialCollector() {
        assertThat(JavaCommand.toolOptions(SUITE, true)).isEqualTo("-XX:TieredStopAtLevel=1 "
                + "-XX:+UnlockDiagnosticVMOptions -XX:-BytecodeVerificationRemote -Dobserva.extract.workers=1 "
                + "-XX:AOTCache=/x/observa.aot");
    }

    @Test
    void aJvmStartedWithoutToolOptionsPassesNoneOn() {
        assertThat(JavaCommand.toolOptions(null, true)).isEmpty();
        assertThat(JavaCommand.toolOptions("  ", true)).isEmpty();
        assertThat(JavaCommand.toolOptions("-XX:+UseSerialGC", true)).isEmpty();
    }
}
