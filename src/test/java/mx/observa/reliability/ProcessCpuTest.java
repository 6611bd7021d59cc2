package mx.observa.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ProcessCpuTest {

    @Test
    void addsItsOwnAndItsEndedChildrensTimeFromTheStatLine() {
        // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime cutime cstime
        String stat = "4242 (java) S 1 4242 4242 0 -1 4194560 9000 12 0 0 1234 166 300 50 20 0 40 0 777 1 2\n";
        assertThat(ProcessCpu.ownAndEndedChildren(stat)).isCloseTo(17.5, within(1e-9));
    }

    @Test
    void aCommandNameWithSpacesAndParenthesesDoesNotShiftTheFields() {
        String stat = "7 (a b) c) R 1 7 7 0 -1 0 0 0 0 0 100 0 0 0 20 0 1 0 5 1 2";
        assertThat(ProcessCpu.ownAndEndedChildren(stat)).isCloseTo(1.0, within(1e-9));
    }
}
