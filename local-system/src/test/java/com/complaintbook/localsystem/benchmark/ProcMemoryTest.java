package com.complaintbook.localsystem.benchmark;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProcMemoryTest {

    private static final String STATUS = """
            Name:\tjava
            VmPeak:\t 5000000 kB
            VmHWM:\t  700000 kB
            VmRSS:\t  650000 kB
            Threads:\t42
            """;

    @Test
    void readsKilobyteFieldsAsBytes() {
        assertThat(ProcMemory.kilobytes(STATUS, "VmRSS:")).hasValue(650_000L * 1024);
        assertThat(ProcMemory.kilobytes(STATUS, "VmHWM:")).hasValue(700_000L * 1024);
        assertThat(ProcMemory.kilobytes(STATUS, "VmSwap:")).isEmpty();
    }

    @Test
    void readsThisProcessWhereThereIsProc() {
        if (!java.nio.file.Files.isDirectory(java.nio.file.Path.of("/proc/self"))) {
            return;
        }
        assertThat(ProcMemory.of(ProcessHandle.current().pid())).hasValueSatisfying(memory -> {
            assertThat(memory.rssBytes()).isPositive();
            assertThat(memory.hwmBytes()).isGreaterThanOrEqualTo(memory.rssBytes());
        });
        assertThat(ProcMemory.proportionalBytes(ProcessHandle.current().pid())).isPresent();
    }
}
